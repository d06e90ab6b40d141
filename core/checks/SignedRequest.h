#pragma once

#include "checks/LiveCheck.h"
#include "net/HttpProbe.h"

#include <QDateTime>

// Signs a probe's request with the context's key pair and our own signers: q-sign for COS, OSS V4
// (or V1 when the context asks for it) and SigV4 for S3. A default port in the URL (:443 for https,
// :80 for http) is dropped first, so the Host that is sent and the Host that is signed are one. The headers the signer adds
// (Authorization, Date, x-amz-date, the token header …) are added to the request; the probe's
// transcript redacts them.
namespace SignedRequest {
bool sign(const CheckContext &context, ProbeRequest *request, const QDateTime &at, QString *error);
}
