#include "report/Redacted.h"

#include "security/Redactor.h"

namespace {
QStringList redactAll(QStringList lines)
{
    for (QString &line : lines)
        line = Redactor::text(line);
    return lines;
}

HeaderList redactHeaders(HeaderList headers)
{
    for (auto &[name, value] : headers)
        value = Redactor::headerValue(name, value);
    return headers;
}
}

namespace Redacted {

QString fact(const QString &name, const QString &value)
{
    // A fact named after a secret header, query key or field ("x-cos-security-token",
    // "Authorization", "SecretKey") is redacted by its name, whatever its value looks like.
    if (Redactor::isSecretQueryKey(name))
        return Redactor::placeholder();
    return Redactor::fieldValue(name, Redactor::headerValue(name, value));
}

ParsedInput input(ParsedInput in)
{
    for (QString *field : {&in.code, &in.message, &in.requestId, &in.hostId, &in.traceId, &in.ec, &in.resource,
                           &in.stringToSign, &in.canonicalRequest, &in.clientStringToSign, &in.clientCanonicalRequest,
                           &in.clientHttpString, &in.serverTime, &in.requestTime, &in.expires, &in.endpoint, &in.bucket,
                           &in.objectKey, &in.region, &in.scopeRegion, &in.method, &in.accessKeyId})
        *field = Redactor::text(*field);
    in.url = Redactor::text(Redactor::url(in.url));
    in.presignedUrl = Redactor::text(Redactor::url(in.presignedUrl));
    in.requestHeaders = redactHeaders(in.requestHeaders);
    in.responseHeaders = redactHeaders(in.responseHeaders);
    for (auto &[name, value] : in.extraFields)
        value = Redactor::fieldValue(name, value);
    return in;
}

Statement statement(const Statement &s)
{
    if (s.id == QLatin1String("check"))
        return result(CheckResult::fromStatement(s)).toStatement();
    return {s.id, redactAll(s.args)};
}

CheckResult result(CheckResult r)
{
    r.transcript = redactAll(r.transcript);
    for (auto &[name, value] : r.facts)
        value = fact(name, value);
    return r;
}

Diagnosis diagnosis(Diagnosis d)
{
    d.input = input(d.input);
    for (Statement &note : d.notes)
        note = statement(note);
    for (RankedCause &c : d.causes) {
        for (Evidence &e : c.evidence)
            e.what = statement(e.what);
        for (Statement &b : c.stateBasis)
            b = statement(b);
    }
    SignatureFinding &f = d.signature;
    f.theirs = Redactor::text(f.theirs);
    f.ours = Redactor::text(f.ours);
    f.detail = Redactor::text(f.detail);
    f.diff.oursLine = Redactor::text(f.diff.oursLine);
    f.diff.theirsLine = Redactor::text(f.diff.theirsLine);
    f.diff.oursContext = Redactor::text(f.diff.oursContext);
    f.diff.theirsContext = Redactor::text(f.diff.theirsContext);
    UrlInspection &u = d.presignedUrl;
    for (UrlWarning &w : u.warnings)
        w.args = redactAll(w.args);
    return d;
}

} // namespace Redacted
