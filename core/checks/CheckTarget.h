#pragma once

#include "checks/LiveCheck.h"
#include "formats/ErrorXmlReader.h"
#include "net/HttpProbe.h"

#include <QUrl>

// Where a check's requests go, from the context: virtual-hosted <bucket>.<endpoint host>/<key>, or
// path-style <endpoint>/<bucket>/<key>. And what every check does with a probe's answer.
namespace CheckTarget {
QUrl url(const CheckContext &context, const QString &objectKey = {}, const QString &query = {});
// Path-style when asked for, and by itself for an endpoint on a literal IP address or localhost,
// where <bucket>.127.0.0.1 could never resolve.
bool pathStyle(const CheckContext &context);
// The endpoint's host alone, as typed (without scheme and port).
QString endpointHost(const CheckContext &context);
QString missingInput(const CheckContext &context); // "missing_input:endpoint" etc., or empty
QString missingKey(const CheckContext &context);   // "missing_input:access_key_id" / ":secret_key", or empty
// The machine id of a probe outcome that is not an HTTP answer: "timeout", "tls_error", …
QString outcomeId(ProbeResult::Outcome outcome);
// The transcript lines of a probe, already redacted by the probe.
QStringList transcript(const ProbeResult &result);
// True when the probe got no whole HTTP answer to read: a network failure, a body that timed out
// or was cut, or a redirect we do not follow.
bool noAnswer(const ProbeResult &probe);
// When noAnswer(): marks `result` an error with the probe's outcome id and returns true.
bool settleNoAnswer(const ProbeResult &probe, CheckResult &result);
// Reads the answer's error body (or, for HEAD, the error headers) and records httpStatus, code,
// message, ec and requestId in the facts. Returns the parsed body.
ErrorXml readAnswer(const ProbeResult &probe, CheckResult &result);
// True when the store does not implement the request (S3-compatible stores lack many bucket APIs):
// 501, or the code NotImplemented.
bool notImplemented(const ProbeResult &probe, const ErrorXml &error);
// True when the answer says the bucket lives behind another endpoint: OSS AccessDenied and S3
// PermanentRedirect name it in <Endpoint>, with "must be addressed using the specified endpoint".
bool wrongEndpoint(const ErrorXml &error);
// The provider's header prefix: "x-cos-", "x-oss-" or "x-amz-".
QByteArray headerPrefix(const CheckContext &context);
// The permission name a request needs, in the provider's own spelling.
QString permission(const CheckContext &context, const char *cos, const char *oss, const char *s3);
}
