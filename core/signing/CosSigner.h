#pragma once

#include "signing/SignRequest.h"

// Tencent COS XML API signature (q-sign-algorithm=sha1), header and presigned forms, as in the
// COS "Request Signature" document and its official SDKs (providers.md §2.1):
//   KeyTime      = start;end
//   SignKey      = hex(HMAC-SHA1(SecretKey, KeyTime))
//   HttpString   = method\n/raw key\nparams\nheaders\n      (keys lower-cased, values RFC 3986)
//   StringToSign = sha1\nKeyTime\nhex(SHA1(HttpString))\n
//   Signature    = hex(HMAC-SHA1(SignKey, StringToSign))
// Signed headers are those of the SDKs' allow-list plus every x-cos-* and x-ci-* header; Host is
// always signed, so the signature cannot be replayed against another bucket.
namespace CosSigner {
SignResult sign(const SignRequest &request);
bool isSignedHeader(const QString &lowerName);
}
