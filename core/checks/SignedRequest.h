#pragma once

#include "checks/LiveCheck.h"
#include "net/HttpProbe.h"

#include <QDateTime>

// Signs a probe's request with the context's key pair and our own signers: q-sign for COS, OSS V1
// (the scheme ali-oss and ossutil use by default) and SigV4 for S3. The headers the signer adds
// (Authorization, Date, x-amz-date, the token header …) are added to the request; the probe's
// transcript redacts them.
namespace SignedRequest {
bool sign(const CheckContext &context, ProbeRequest *request, const QDateTime &at, QString *error);
}
