#include "security/Redactor.h"

#include "common/LiteralSet.h"

#include <QRegularExpression>

#include <algorithm>

namespace {
const QStringList &secretQueryKeys()
{
    static const QStringList keys{
        QStringLiteral("q-signature"),         QStringLiteral("signature"),
        QStringLiteral("x-amz-signature"),     QStringLiteral("x-oss-signature"),
        QStringLiteral("security-token"),      QStringLiteral("x-cos-security-token"),
        QStringLiteral("x-amz-security-token"), QStringLiteral("x-oss-security-token"),
        QStringLiteral("x-ci-security-token"), QStringLiteral("sessiontoken"),
        QStringLiteral("x-amz-server-side-encryption-customer-key"),
        QStringLiteral("x-oss-server-side-encryption-customer-key"),
        QStringLiteral("x-cos-server-side-encryption-customer-key"),
    };
    return keys;
}

const QStringList &secretHeaders()
{
    static const QStringList names{
        QStringLiteral("x-cos-security-token"), QStringLiteral("x-oss-security-token"),
        QStringLiteral("x-amz-security-token"), QStringLiteral("x-ci-security-token"),
        QStringLiteral("cookie"),               QStringLiteral("set-cookie"),
        QStringLiteral("proxy-authorization"),
        // SSE-C: the customer's own encryption key travels in a header (its MD5 is no secret).
        QStringLiteral("x-amz-server-side-encryption-customer-key"),
        QStringLiteral("x-oss-server-side-encryption-customer-key"),
        QStringLiteral("x-cos-server-side-encryption-customer-key"),
        QStringLiteral("x-amz-copy-source-server-side-encryption-customer-key"),
    };
    return names;
}

const QStringList &secretFields()
{
    static const QStringList names{
        QStringLiteral("SignatureProvided"), QStringLiteral("Token-0"),       QStringLiteral("SecurityToken"),
        QStringLiteral("SessionToken"),      QStringLiteral("SecretKey"),     QStringLiteral("SecretAccessKey"),
        QStringLiteral("AccessKeySecret"),   QStringLiteral("Signature"),     QStringLiteral("q-signature"),
        QStringLiteral("Token"),             QStringLiteral("StsToken"),      QStringLiteral("aws_secret_access_key"),
        QStringLiteral("aws_session_token"), QStringLiteral("TmpSecretKey"),  QStringLiteral("SecretAccessKey"),
    };
    return names;
}

// Signature parts inside Authorization values (COS q-signature, OSS V1 "OSS ak:sig", V4 Signature=).
QString redactAuthorization(QString value)
{
    static const QRegularExpression cos(QStringLiteral("(q-signature=)[^&\\s\"']+"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression v4(QStringLiteral("(Signature=)[0-9A-Za-z%/+=]+"));
    // "OSS ak:sig" (OSS V1) and "AWS ak:sig" (S3 SigV2) keep the key id and lose the signature.
    static const QRegularExpression ossV1(QStringLiteral("^(\\s*(?:OSS|AWS)\\s+[^:\\s]+:)\\S+"));
    static const QRegularExpression basic(QStringLiteral("^(\\s*(?:Basic|Bearer)\\s+)\\S+"),
                                          QRegularExpression::CaseInsensitiveOption);
    const QString replacement = QStringLiteral("\\1") + Redactor::placeholder();
    value.replace(cos, replacement);
    value.replace(v4, replacement);
    value.replace(ossV1, replacement);
    value.replace(basic, replacement);
    return value;
}
}

QString Redactor::placeholder()
{
    return QStringLiteral("[redacted]");
}

bool Redactor::isSecretHeader(const QString &name)
{
    return secretHeaders().contains(name.trimmed().toLower());
}

bool Redactor::isSecretQueryKey(const QString &name)
{
    return secretQueryKeys().contains(name.trimmed().toLower());
}

QString Redactor::headerValue(const QString &name, const QString &value)
{
    if (isSecretHeader(name))
        return placeholder();
    if (name.compare(QLatin1String("authorization"), Qt::CaseInsensitive) == 0)
        return redactAuthorization(value);
    return value;
}

QString Redactor::fieldValue(const QString &name, const QString &value)
{
    for (const QString &secret : secretFields()) {
        if (name.compare(secret, Qt::CaseInsensitive) == 0)
            return placeholder();
    }
    return text(value);
}

QString Redactor::url(const QString &url)
{
    // Works on the text as written, so the rest of the URL stays byte for byte.
    static const QRegularExpression param(
        QStringLiteral("([?&](?:q-signature|Signature|X-Amz-Signature|x-oss-signature|security-token|"
                       "x-cos-security-token|X-Amz-Security-Token|x-oss-security-token|x-ci-security-token)=)"
                       "[^&#\\s\"'<>]*"),
        QRegularExpression::CaseInsensitiveOption);
    // Every match starts at a '?' or '&': a URL with neither (or no URL at all, as most pastes
    // have) is not searched, and the pattern is not compiled for it.
    if (!url.contains(u'?') && !url.contains(u'&'))
        return url;
    QString result = url;
    result.replace(param, QStringLiteral("\\1") + placeholder());
    return result;
}

QString Redactor::text(const QString &input)
{
    static const QRegularExpression authLine(
        QStringLiteral("((?:^|[\\s\"'{,>])(?:authorization|proxy-authorization)\\s*[:=]\\s*[\"']?)([^\\r\\n\"'<]*)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tokenLine(
        QStringLiteral("((?:x-cos-security-token|x-oss-security-token|x-amz-security-token|x-ci-security-token|"
                       "SecurityToken|security_token|sessionToken|session_token|SecretKey|secret_key|SecretAccessKey|"
                       "AccessKeySecret|access_key_secret|SignatureProvided|Token-0|aws_secret_access_key|aws_session_token|"
                       "stsToken|TmpSecretKey|\\bToken|\\bSignature|"
                       "x-(?:amz|oss|cos)-(?:copy-source-)?server-side-encryption-customer-key)"
                       "[\"']?\\s*(?:[:=]|>)\\s*[\"']?)"
                       "([^\\s\"'<,;&}]+)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cosSig(QStringLiteral("(q-signature(?:=|%3D))[0-9a-fA-F]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression v4Sig(QStringLiteral("((?:X-Amz-Signature|x-oss-signature|Signature)=)[0-9A-Za-z%/+=]+"),
                                          QRegularExpression::CaseInsensitiveOption);
    // Query values of presigned URLs and of the canonical query lines in server strings.
    static const QRegularExpression urlToken(QStringLiteral("((?:^|[?&\\s])(?:security-token|x-cos-security-token|X-Amz-Security-Token|"
                                                            "x-oss-security-token|x-ci-security-token|"
                                                            "x-(?:amz|oss|cos)-server-side-encryption-customer-key)=)[^&#\\s\"'<>]+"),
                                             QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);

    // Each pattern runs only on a text holding a word that every one of its matches holds (compared
    // without case, as the patterns are): most texts hold none, and a pattern that does not run is
    // not compiled either. The words are read off the patterns above; keep them in step. All of
    // them are looked for in one pass (a report redacts some hundred strings, each asked eight times).
    enum Word { Authorization, Token, Secret, Signature, CustomerKey, QSignature, SignatureIs, SecurityToken };
    static const LiteralSet words([] {
        QList<LiteralSet::Literal> list;
        for (const char *word : {"authorization", "token", "secret", "signature", "customer-key", "q-signature", "signature=",
                                 "security-token"})
            list.append({QString::fromLatin1(word), Qt::CaseInsensitive});
        return list;
    }());
    const QBitArray found = words.find(input);
    auto holds = [&found](std::initializer_list<Word> any) {
        return std::any_of(any.begin(), any.end(), [&found](Word w) { return found.testBit(w); });
    };

    QString result = input;
    // Authorization values: redact the signature part, keep the key id and scope.
    if (holds({Authorization})) {
        QString out;
        out.reserve(result.size());
        qsizetype last = 0;
        auto it = authLine.globalMatch(result);
        while (it.hasNext()) {
            const auto match = it.next();
            out += QStringView(result).mid(last, match.capturedStart(2) - last);
            out += redactAuthorization(match.captured(2));
            last = match.capturedEnd(2);
        }
        out += QStringView(result).mid(last);
        result = out;
    }

    if (holds({Token, Secret, Signature, CustomerKey}))
        result.replace(tokenLine, QStringLiteral("\\1") + placeholder());
    if (holds({QSignature}))
        result.replace(cosSig, QStringLiteral("\\1") + placeholder());
    if (holds({SignatureIs}))
        result.replace(v4Sig, QStringLiteral("\\1") + placeholder());
    if (holds({SecurityToken, CustomerKey}))
        result.replace(urlToken, QStringLiteral("\\1") + placeholder());
    return result;
}

QStringList Redactor::redactionKinds()
{
    return { QStringLiteral("signature"), QStringLiteral("security_token"), QStringLiteral("secret_key"),
        QStringLiteral("authorization"), QStringLiteral("cookie"), QStringLiteral("other") };
}

namespace {
// The kind of secret a name before the placeholder stands for.
QString kindOfName(const QString &name)
{
    const QString n = name.toLower();
    if (n.contains(QLatin1String("token")))
        return QStringLiteral("security_token");
    if (n.contains(QLatin1String("signature")))
        return QStringLiteral("signature");
    if (n.contains(QLatin1String("secret")))
        return QStringLiteral("secret_key");
    if (n.contains(QLatin1String("authorization")))
        return QStringLiteral("authorization");
    if (n.contains(QLatin1String("cookie")))
        return QStringLiteral("cookie");
    return QStringLiteral("other");
}

// The name and kind of the secret whose placeholder follows `before`.
QPair<QString, QString> nameBefore(QStringView before)
{
    // "OSS LTAIxxx:[redacted]" (OSS V1 Authorization), "Bearer [redacted]", then "name=", "name: ",
    // "name%3D", "\"name\": \"", "<name>" and their HTML-escaped forms.
    static const QRegularExpression ossV1(QStringLiteral("\\bOSS\\s+[^:\\s]+:$"));
    static const QRegularExpression scheme(QStringLiteral("\\b(Basic|Bearer)\\s+$"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression named(
        QStringLiteral(
            "([A-Za-z][A-Za-z0-9_.-]*)(?:[\"']|&quot;|&#39;)?[ \\t]*(?:[:=>]|%3D|&gt;)[ \\t]*(?:[\"'`]|&quot;|&#39;)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString tail = before.right(120).toString();
    if (ossV1.match(tail).hasMatch())
        return { QStringLiteral("OSS V1"), QStringLiteral("signature") };
    const auto schemeMatch = scheme.match(tail);
    if (schemeMatch.hasMatch())
        return { schemeMatch.captured(1), QStringLiteral("authorization") };
    const auto namedMatch = named.match(tail);
    if (namedMatch.hasMatch())
        return { namedMatch.captured(1), kindOfName(namedMatch.captured(1)) };
    return { QString(), QStringLiteral("other") };
}
}

QList<Redactor::Redaction> Redactor::inventory(const QString &redactedText)
{
    const QStringList kinds = redactionKinds();
    QList<Redaction> byKind(kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i)
        byKind[i].kind = kinds.at(i);
    const QString mark = placeholder();
    for (qsizetype at = redactedText.indexOf(mark); at >= 0; at = redactedText.indexOf(mark, at + mark.size())) {
        const auto [name, kind] = nameBefore(QStringView(redactedText).left(at));
        Redaction &r = byKind[kinds.indexOf(kind)];
        ++r.count;
        if (!name.isEmpty() && !r.labels.contains(name, Qt::CaseInsensitive))
            r.labels.append(name);
    }
    QList<Redaction> result;
    for (const Redaction &r : byKind) {
        if (r.count > 0)
            result.append(r);
    }
    return result;
}
