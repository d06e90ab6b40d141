#pragma once

#include "signing/SignRequest.h"

// Alibaba OSS V4 signature (OSS4-HMAC-SHA256), header and query forms (providers.md §2.2.3):
//   CanonicalRequest = METHOD\n/bucket/key (encoded)\nquery\nheaders\nadditional-headers\npayload
//   StringToSign     = OSS4-HMAC-SHA256\nx-oss-date\ndate/region/oss/aliyun_v4_request\nhex(SHA256(CR))
//   key chain        = "aliyun_v4"+secret → date → region → "oss" → "aliyun_v4_request"
// The region in the scope is the plain id (cn-hangzhou), not the endpoint's oss-cn-hangzhou.
// Headers outside x-oss-*, Content-Type and Content-MD5 are signed only when listed as additional.
namespace OssV4Signer {
SignResult sign(const SignRequest &request, const QStringList &additionalHeaders = {});
}
