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

// A string a server or client signed (StringToSign, CanonicalRequest, HttpString) is made of
// lines: a header as "name:value", the canonical query as "key=value&key=value", a resource as
// "/bucket/key?key=value". Each header line is redacted by its name and each query pair by its key,
// whatever the value looks like; the patterns then run over the whole.
QString signedString(const QString &text)
{
    if (text.isEmpty()) // most pastes carry no server string
        return text;
    QStringList lines = text.split(u'\n');
    for (QString &line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon > 0 && Redactor::isSecretHeader(line.left(colon))) {
            line = line.left(colon + 1) + Redactor::placeholder();
            continue;
        }
        if (!line.contains(u'='))
            continue;
        // OSS V1 and SigV2 sign the resource with its sub-resources: "/bucket/key?security-token=…".
        const qsizetype question = line.indexOf(u'?');
        const QString path = question >= 0 ? line.left(question + 1) : QString();
        QStringList pairs = line.mid(path.size()).split(u'&');
        for (QString &pair : pairs) {
            const qsizetype eq = pair.indexOf(u'=');
            if (eq > 0 && Redactor::isSecretQueryKey(pair.left(eq)))
                pair = pair.left(eq + 1) + Redactor::placeholder();
        }
        line = path + pairs.join(u'&');
    }
    return Redactor::text(lines.join(u'\n'));
}

// An error body's ArgumentValue is the value of the header or parameter its ArgumentName names
// (OSS and S3 "InvalidArgument"): it is redacted as that header's or parameter's value.
QString argumentValue(const QString &argumentName, const QString &value)
{
    if (Redactor::isSecretQueryKey(argumentName))
        return Redactor::placeholder();
    return Redactor::fieldValue(argumentName, Redactor::headerValue(argumentName, value));
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
    for (QString *field : {&in.stringToSign, &in.canonicalRequest, &in.clientStringToSign, &in.clientCanonicalRequest,
                           &in.clientHttpString})
        *field = signedString(*field);
    for (QString *field : {&in.code, &in.message, &in.requestId, &in.hostId, &in.traceId, &in.ec, &in.resource, &in.serverTime,
                           &in.requestTime, &in.expires, &in.endpoint, &in.bucket, &in.objectKey, &in.region, &in.scopeRegion,
                           &in.method, &in.accessKeyId})
        *field = Redactor::text(*field);
    in.url = Redactor::text(Redactor::url(in.url));
    in.presignedUrl = Redactor::text(Redactor::url(in.presignedUrl));
    in.requestHeaders = redactHeaders(in.requestHeaders);
    in.responseHeaders = redactHeaders(in.responseHeaders);
    QString argumentName;
    for (const auto &[name, value] : std::as_const(in.extraFields)) {
        if (name.compare(QLatin1String("ArgumentName"), Qt::CaseInsensitive) == 0)
            argumentName = value;
    }
    for (auto &[name, value] : in.extraFields) {
        value = Redactor::fieldValue(name, value);
        if (name.compare(QLatin1String("ArgumentValue"), Qt::CaseInsensitive) == 0 && !argumentName.isEmpty())
            value = argumentValue(argumentName, value);
    }
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
    // The compared strings are signed strings, their differing lines lines of one.
    for (QString *signedField :
         {&f.theirs, &f.ours, &f.diff.oursLine, &f.diff.theirsLine, &f.diff.oursContext, &f.diff.theirsContext})
        *signedField = signedString(*signedField);
    f.detail = Redactor::text(f.detail);
    UrlInspection &u = d.presignedUrl;
    for (UrlWarning &w : u.warnings)
        w.args = redactAll(w.args);
    return d;
}

} // namespace Redacted
