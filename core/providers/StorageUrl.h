#pragma once

#include "common/Provider.h"

#include <QDateTime>
#include <QString>

// What a storage URL says by its shape alone: the provider, bucket, region, object key and
// addressing style from the host name and path, and, for a presigned URL, who signed it and the
// window in which it is valid. Nothing is fetched.
//
// Usage: const StorageUrl u = StorageUrl::parse(text); if (u.presigned) … u.expiresAt …
struct StorageUrl {
    bool valid = false;
    Provider provider = Provider::Unknown;
    QString host;
    QString bucket;
    QString objectKey;     // percent-decoded, without the leading slash
    QString region;        // region id from the host (COS ap-guangzhou, OSS cn-hangzhou, S3 us-east-1)
    QString endpoint;      // host without the bucket label, when virtual-hosted
    bool pathStyle = false;
    bool providerHost = false; // the host is one of the provider's own domains
    // The host ends in a storage service's own domain: COS's, OSS's or AWS's in any form (also one
    // the patterns do not read, such as a placeholder region), or a known S3-compatible service's
    // (DigitalOcean Spaces, Backblaze B2, Wasabi, Cloudflare R2 …). Such a host is not a custom domain.
    bool serviceHost = false;

    bool presigned = false;
    QString accessKeyId;
    QString scopeRegion;
    bool hasToken = false;
    QDateTime signedAt;    // UTC
    QDateTime expiresAt;   // UTC

    static StorageUrl parse(const QString &url);
    // A literal IP address (v4 or v6) or localhost: no DNS name can carry a bucket in front of it,
    // so such an endpoint is addressed path-style.
    static bool hostNeedsPathStyle(const QString &host);
};
