#pragma once

#include "signing/SignRequest.h"

// AWS Signature Version 4 as S3 uses it, header and query (presigned) forms (providers.md §2.3).
// S3 neither normalises nor double-encodes the path: each segment is encoded once, '/' kept.
// For S3 the payload is UNSIGNED-PAYLOAD unless x-amz-content-sha256 says otherwise; for another
// service name (the AWS test suite uses "service") it is the hash of the empty body and no
// x-amz-content-sha256 header is added.
namespace SigV4Signer {
SignResult sign(const SignRequest &request);
}
