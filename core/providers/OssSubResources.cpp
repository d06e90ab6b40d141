#include "providers/OssSubResources.h"

#include <QSet>

bool OssSubResources::contains(const QString &key)
{
    // oss2/auth.py _subresource_key_set at the commit cited in providers.md.
    static const QSet<QString> keys{
        QStringLiteral("response-content-type"), QStringLiteral("response-content-language"), QStringLiteral("response-cache-control"),
        QStringLiteral("logging"), QStringLiteral("response-content-encoding"), QStringLiteral("acl"), QStringLiteral("uploadId"),
        QStringLiteral("uploads"), QStringLiteral("partNumber"), QStringLiteral("group"), QStringLiteral("link"),
        QStringLiteral("delete"), QStringLiteral("website"), QStringLiteral("location"), QStringLiteral("objectInfo"),
        QStringLiteral("objectMeta"), QStringLiteral("response-expires"), QStringLiteral("response-content-disposition"),
        QStringLiteral("cors"), QStringLiteral("lifecycle"), QStringLiteral("restore"), QStringLiteral("qos"),
        QStringLiteral("referer"), QStringLiteral("stat"), QStringLiteral("bucketInfo"), QStringLiteral("append"),
        QStringLiteral("position"), QStringLiteral("security-token"), QStringLiteral("live"), QStringLiteral("comp"),
        QStringLiteral("status"), QStringLiteral("vod"), QStringLiteral("startTime"), QStringLiteral("endTime"),
        QStringLiteral("x-oss-process"), QStringLiteral("symlink"), QStringLiteral("callback"), QStringLiteral("callback-var"),
        QStringLiteral("tagging"), QStringLiteral("encryption"), QStringLiteral("versions"), QStringLiteral("versioning"),
        QStringLiteral("versionId"), QStringLiteral("policy"), QStringLiteral("requestPayment"),
        QStringLiteral("x-oss-traffic-limit"), QStringLiteral("qosInfo"), QStringLiteral("asyncFetch"),
        QStringLiteral("x-oss-request-payer"), QStringLiteral("sequential"), QStringLiteral("inventory"),
        QStringLiteral("inventoryId"), QStringLiteral("continuation-token"), QStringLiteral("worm"), QStringLiteral("wormId"),
        QStringLiteral("wormExtend"), QStringLiteral("replication"), QStringLiteral("replicationLocation"),
        QStringLiteral("replicationProgress"), QStringLiteral("transferAcceleration"), QStringLiteral("cname"),
        QStringLiteral("metaQuery"), QStringLiteral("x-oss-ac-source-ip"), QStringLiteral("x-oss-ac-subnet-mask"),
        QStringLiteral("x-oss-ac-vpc-id"), QStringLiteral("x-oss-ac-forward-allow"), QStringLiteral("resourceGroup"),
        QStringLiteral("style"), QStringLiteral("styleName"), QStringLiteral("x-oss-async-process"), QStringLiteral("regionList"),
        QStringLiteral("x-oss-write-get-object-response"), QStringLiteral("bucketArchiveDirectRead"),
        QStringLiteral("httpsConfig"), QStringLiteral("redundancyTransition"), QStringLiteral("x-oss-target-redundancy-type"),
        QStringLiteral("x-oss-redundancy-transition-taskid"), QStringLiteral("accessPoint"), QStringLiteral("accessPointPolicy"),
        QStringLiteral("publicAccessBlock"), QStringLiteral("x-oss-access-point-name"), QStringLiteral("requesterQosInfo"),
        QStringLiteral("qosRequester"), QStringLiteral("resourcePoolInfo"), QStringLiteral("resourcePool"),
        QStringLiteral("resourcePoolBuckets"),
    };
    return keys.contains(key);
}
