#pragma once

#include "signing/SignRequest.h"

// Alibaba OSS V1 signature (HMAC-SHA1), header form "OSS ak:sig" and URL form with Expires
// (providers.md §2.2.1 and §2.2.2):
//   StringToSign = VERB\nContent-MD5\nContent-Type\nDate|Expires\nCanonicalizedOSSHeaders CanonicalizedResource
// Only sub-resources from the Python SDK's list (providers/OssSubResources) take part in the resource; other query parameters
// are ignored by the server and so by us.
namespace OssV1Signer {
SignResult sign(const SignRequest &request);
QString canonicalizedResource(const SignRequest &request);
}
