#include "text/UserText.h"

#include "diagnosis/DecisionTree.h"
#include "diagnosis/SignalExtractor.h"
#include "text/CheckText.h"

#include <QRegularExpression>

#include <cstdlib>

namespace {
// The guides the trees cite, by the seed file they were read from (see the seeds' README): the
// guide's title (translated) and its public documentation URL in each language the provider
// publishes it in. "providers.md" is the provider notes, cited as the provider's documentation.
struct Guide {
    const char *file;    // prefix of the tree's source
    Provider provider;
    const char *title;   // QT_TRANSLATE_NOOP("UserText", …)
    const char *url;     // English, or the only one
    const char *urlZh;   // Chinese page, when the provider has one
};

constexpr Guide kGuides[] = {
    {"000_", Provider::Cos, QT_TRANSLATE_NOOP("UserText", "Tencent Cloud COS guide \"403 error for COS access\""),
     "https://www.tencentcloud.com/document/product/436/40105", "https://cloud.tencent.com/document/product/436/40105"},
    {"001_", Provider::Cos, QT_TRANSLATE_NOOP("UserText", "Tencent Cloud COS guide \"403 error for COS access\""),
     "https://www.tencentcloud.com/document/product/436/40105", "https://cloud.tencent.com/document/product/436/40105"},
    {"004_", Provider::Cos, QT_TRANSLATE_NOOP("UserText", "Tencent Cloud COS guide \"403 error for COS access\""),
     "https://www.tencentcloud.com/document/product/436/40105", "https://cloud.tencent.com/document/product/436/40105"},
    {"002_", Provider::Oss, QT_TRANSLATE_NOOP("UserText", "Alibaba Cloud OSS guide \"HTTP status code 403\""),
     "https://www.alibabacloud.com/help/en/oss/support/http-status-code-403", "https://help.aliyun.com/zh/oss/support/http-status-code-403"},
    {"003_", Provider::Oss, QT_TRANSLATE_NOOP("UserText", "Alibaba Cloud OSS guide \"HTTP status code 403\""),
     "https://www.alibabacloud.com/help/en/oss/support/http-status-code-403", "https://help.aliyun.com/zh/oss/support/http-status-code-403"},
};

constexpr Guide kProviderDocs[] = {
    {"providers.md", Provider::Cos, QT_TRANSLATE_NOOP("UserText", "Tencent Cloud COS documentation"),
     "https://www.tencentcloud.com/document/product/436", "https://cloud.tencent.com/document/product/436"},
    {"providers.md", Provider::Oss, QT_TRANSLATE_NOOP("UserText", "Alibaba Cloud OSS documentation"),
     "https://www.alibabacloud.com/help/en/oss", "https://help.aliyun.com/zh/oss"},
    {"providers.md", Provider::S3, QT_TRANSLATE_NOOP("UserText", "Amazon S3 documentation"),
     "https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html", nullptr},
};

const Guide *guideFor(const QString &source, Provider provider)
{
    for (const Guide &g : kGuides) {
        if (source.startsWith(QLatin1String(g.file)))
            return &g;
    }
    if (source.startsWith(QLatin1String("providers.md"))) {
        for (const Guide &g : kProviderDocs) {
            if (g.provider == provider)
                return &g;
        }
    }
    return nullptr;
}

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7e)
            return false;
    }
    return true;
}
}

QString UserText::providerName(Provider provider)
{
    switch (provider) {
    case Provider::Cos:
        return tr("Tencent Cloud COS");
    case Provider::Oss:
        return tr("Alibaba Cloud OSS");
    case Provider::S3:
        return tr("AWS S3 or an S3-compatible store");
    case Provider::Unknown:
        break;
    }
    return tr("unknown provider");
}

QString UserText::signalEvidence(const QString &id, const QString &detail, bool fromText)
{
    const QString d = detail.isEmpty() ? QStringLiteral("—") : detail;
    // A word of the text says what the reporter wrote about, not what the paste shows.
    if (fromText) {
        if (id == QLatin1String("token"))
            return tr("The text speaks of temporary credentials (%1).").arg(d);
        if (id == QLatin1String("browser"))
            return tr("The text speaks of a browser or a web page (%1).").arg(d);
        if (id == QLatin1String("preflight"))
            return tr("The text speaks of a CORS preflight (%1).").arg(d);
        if (id == QLatin1String("referer"))
            return tr("The text speaks of the Referer or hotlink protection (%1).").arg(d);
        if (id == QLatin1String("write_method"))
            return tr("The text speaks of writing data (%1).").arg(d);
        if (id == QLatin1String("anonymous"))
            return tr("The text speaks of unsigned or public access (%1).").arg(d);
    }
    if (id == QLatin1String("token"))
        return tr("Temporary credentials are involved (%1).").arg(d);
    if (id == QLatin1String("browser"))
        return tr("The request came from a web page (%1).").arg(d);
    if (id == QLatin1String("preflight"))
        return tr("A CORS preflight request is involved (%1).").arg(d);
    if (id == QLatin1String("cors_console"))
        return tr("The browser reports that it blocked the response for CORS reasons.");
    if (id == QLatin1String("referer"))
        return tr("A Referer or hotlink protection is involved (%1).").arg(d);
    if (id == QLatin1String("presigned"))
        return tr("The request used a presigned URL (%1).").arg(d);
    if (id == QLatin1String("presign_expired")) {
        // "expiry < server time" when the paste shows the server's time; the expiry alone when
        // only this machine's clock says it has passed (SignalExtractor).
        if (detail.contains(u'<'))
            return tr("The signature's validity had already ended: %1.").arg(d);
        return tr("The URL's validity ended at %1, which has passed by this computer's clock; the paste does not show when the URL was used.").arg(d);
    }
    if (id == QLatin1String("clock_skew"))
        return tr("Request time and server time are more than 15 minutes apart (%1).").arg(d);
    if (id == QLatin1String("clock_said_off"))
        return tr("The text says that a clock or the time is off (%1).").arg(d);
    if (id == QLatin1String("clock_ok"))
        return tr("Request time and server time are within 15 minutes (%1).").arg(d);
    if (id == QLatin1String("string_to_sign"))
        return tr("The server returned the string it signed (%1), so the signed strings can be compared.").arg(d);
    if (id == QLatin1String("special_key"))
        return tr("The object key has characters that are often encoded wrongly: %1").arg(d);
    // A dumped request head shows that the request itself went unsigned; otherwise the detail is a
    // client's switch for unsigned requests (a word such as "public-read" is handled above).
    if (id == QLatin1String("anonymous") && detail == SignalExtractor::kUnsignedRequestHead)
        return tr("The request head in the paste has no Authorization header, and its URL no signature.");
    if (id == QLatin1String("anonymous"))
        return tr("The client is set up to send unsigned requests (%1).").arg(d);
    if (id == QLatin1String("signed"))
        return tr("The request was signed (%1).").arg(d);
    if (id == QLatin1String("archive"))
        return tr("An archive storage class or a restore is mentioned (%1).").arg(d);
    if (id == QLatin1String("requester_pays"))
        return tr("Requester Pays is named (%1).").arg(d);
    if (id == QLatin1String("kms"))
        return tr("KMS encryption is mentioned (%1).").arg(d);
    if (id == QLatin1String("sub_account"))
        return tr("The text speaks of a sub-account, user or role (%1).").arg(d);
    if (id == QLatin1String("cross_account"))
        return tr("The text speaks of access across accounts (%1).").arg(d);
    if (id == QLatin1String("policy"))
        return tr("A policy is mentioned (%1).").arg(d);
    if (id == QLatin1String("explicit_deny"))
        return tr("An explicit deny is mentioned (%1).").arg(d);
    if (id == QLatin1String("acl"))
        // A word of the text ("private", "public-read", "访问权限"): the text speaks of access
        // settings; "a private bucket" names no ACL.
        return tr("The text speaks of an ACL or of private or public access (%1).").arg(d);
    if (id == QLatin1String("endpoint_hint"))
        return tr("The server names another endpoint or redirects (%1).").arg(d);
    if (id == QLatin1String("region_mismatch"))
        return tr("Two different regions appear (%1).").arg(d);
    if (id == QLatin1String("bucket_no_appid"))
        return tr("The COS bucket name has no -APPID suffix (%1).").arg(d);
    if (id == QLatin1String("ip_vpc"))
        // A word of the text ("vpc", "sourceip"), which may name a network, not a condition.
        return tr("The text speaks of a source IP or a VPC (%1).").arg(d);
    if (id == QLatin1String("write_method"))
        return tr("The request writes data (%1).").arg(d);
    if (id == QLatin1String("content_type"))
        return tr("The request carries a Content-Type header (%1).").arg(d);
    if (id == QLatin1String("sdk"))
        return tr("The text comes from an SDK (%1).").arg(d);
    if (id == QLatin1String("ak_bad_chars"))
        return tr("The access key id has characters that are not allowed (%1).").arg(d);
    if (id == QLatin1String("post_policy"))
        return tr("The text speaks of a POST form policy (%1).").arg(d);
    if (id == QLatin1String("custom_domain"))
        return tr("The request went to a custom domain, not the provider's own (%1).").arg(d);
    if (id == QLatin1String("cdn"))
        return tr("The text speaks of a CDN (%1).").arg(d);
    return tr("Other evidence: %1").arg(id);
}

QString UserText::againstEvidence(const QString &evidence)
{
    return tr("Speaks against it: %1").arg(evidence);
}

QString UserText::symptomEvidence(const QString &symptomTitle, const QString &source)
{
    return tr("The error matches %1 (source: %2).").arg(symptomTitle, sourceCitation(source));
}

QString UserText::symptomWithoutMessageEvidence(const QString &symptomTitle, const QString &source)
{
    return tr("The error's code matches %1, but the paste does not show that message, so this rests on the code alone (source: %2).")
        .arg(symptomTitle, sourceCitation(source));
}

QString UserText::symptomWithoutCodeEvidence(const QString &symptomTitle, const QString &source)
{
    return tr("The error's message matches %1, but the paste does not show its code, so this rests on the message alone (source: %2).")
        .arg(symptomTitle, sourceCitation(source));
}

QString UserText::fallbackEvidence(Provider provider)
{
    return tr("No error code or message was recognised; this is a common cause of 403 errors on %1.").arg(providerName(provider));
}

QString UserText::priorEvidence()
{
    return tr("No direct evidence; ranked by how often this cause occurs.");
}

QString UserText::categoryName(Category category)
{
    switch (category) {
    case Category::PermissionAclPolicy:
        return tr("permissions (ACL or policy)");
    case Category::AnonymousPrivate:
        return tr("anonymous access to a private object");
    case Category::KeyInvalidOrDisabled:
        return tr("access key unknown or disabled");
    case Category::SecretWrongSignature:
        return tr("wrong secret key");
    case Category::SignatureCalcBug:
        return tr("signature calculated wrongly");
    case Category::ClockSkew:
        return tr("clock difference");
    case Category::PresignExpired:
        return tr("signed URL expired");
    case Category::StsTokenExpiredOrMissing:
        return tr("temporary credentials expired or token missing");
    case Category::Cors:
        return tr("CORS");
    case Category::Referer:
        return tr("Referer (hotlink protection)");
    case Category::WrongEndpointRegion:
        return tr("wrong endpoint or region");
    case Category::ArchiveNotRestored:
        return tr("archived object not restored");
    case Category::Kms:
        return tr("encryption key (KMS)");
    case Category::BucketNameFormat:
        return tr("bucket name format");
    case Category::AccountOrBucketDisabled:
        return tr("account or bucket disabled");
    case Category::PolicyConditionIpVpc:
        return tr("policy condition (IP or VPC)");
    case Category::Other:
        break;
    }
    return tr("other");
}

QString UserText::calibratedEvidence(const QString &featureId, const QString &detail, bool fromText)
{
    const QString kind = featureId.section(u':', 0, 0);
    const QString value = featureId.section(u':', 1);
    const QString d = detail.isEmpty() ? value : detail;
    if (kind == QLatin1String("code"))
        return tr("In real reports, the code %1 speaks for a cause of this kind.").arg(d);
    if (kind == QLatin1String("ec") || kind == QLatin1String("ec_prefix"))
        return tr("In real reports, the EC %1 speaks for a cause of this kind.").arg(d);
    if (kind == QLatin1String("term") || kind == QLatin1String("word"))
        return tr("The text mentions “%1”; in real reports that speaks for a cause of this kind.").arg(d);
    if (kind == QLatin1String("signal"))
        return tr("In real reports, this speaks for a cause of this kind: %1").arg(signalEvidence(value, detail, fromText));
    if (kind == QLatin1String("symptom"))
        return tr("In real reports, this error speaks for a cause of this kind.");
    if (kind == QLatin1String("status"))
        return tr("In real reports, HTTP status %1 speaks for a cause of this kind.").arg(d);
    if (featureId == QLatin1String("shape:no_code"))
        return tr("The paste shows no error code; in real reports that speaks for a cause of this kind.");
    if (featureId == QLatin1String("shape:code_only"))
        return tr("The error body has a Code (%1) but an empty Message, as Ceph RGW and some S3-compatible stores answer; in real reports that speaks for a cause of this kind.").arg(d);
    // Never the feature's id: the engine names only the kinds above.
    return tr("In real reports, what this paste shows speaks for a cause of this kind.");
}

QString UserText::inputWarning(const QString &id)
{
    if (id == QLatin1String("invalid_utf8"))
        return tr("The input is not valid UTF-8; unreadable bytes were replaced.");
    if (id == QLatin1String("binary"))
        return tr("The input contains binary data; only its text parts were read.");
    if (id == QLatin1String("truncated_xml"))
        return tr("The XML error body ends early; the fields before the cut were used.");
    if (id == QLatin1String("malformed_xml"))
        return tr("The XML error body is not well formed; the fields before the fault were used.");
    if (id == QLatin1String("xml_dtd_refused"))
        return tr("The XML contains a document type declaration, which is not read for safety.");
    if (id == QLatin1String("gb18030"))
        return tr("The input is not UTF-8; it was read as GB18030 (Simplified Chinese).");
    if (id == QLatin1String("large_input"))
        return tr("The input is very large; only the lines around errors were examined.");
    if (id == QLatin1String("empty"))
        return tr("The input is empty; the ranking below is only by how common each cause is.");
    return tr("Input note: %1").arg(id);
}

QString UserText::providerShown(Provider provider, bool known, const QList<Provider> &candidates)
{
    if (known || provider == Provider::Unknown)
        return providerName(provider);
    // A text that names two providers alike ("S3 settings of 腾讯云 COS") does name them.
    if (candidates.size() > 1)
        return tr("%1 (assumed: the text points to more than one provider)").arg(providerName(provider));
    return tr("%1 (assumed: the text does not name a provider)").arg(providerName(provider));
}

QString UserText::providerAssumed(Provider provider, const QList<Provider> &candidates)
{
    if (candidates.size() > 1) {
        QStringList names;
        for (const Provider p : candidates)
            names << providerName(p);
        return tr("The text points to %1 alike; of these, the %2 guide fitted best.").arg(names.join(tr(" and ")), providerName(provider));
    }
    return tr("The provider could not be told from the text; the %1 guide fitted best.").arg(providerName(provider));
}

QString UserText::signatureCause(const QString &id, const QString &detail)
{
    const QString d = detail.isEmpty() ? QStringLiteral("—") : detail;
    if (id == QLatin1String("method"))
        return tr("The HTTP method differs (%1): a URL signed for one method was used with another.").arg(d);
    if (id == QLatin1String("content_md5"))
        return tr("The Content-MD5 differs (%1): sign the same Content-MD5 header that is sent.").arg(d);
    if (id == QLatin1String("content_type"))
        return tr("The Content-Type differs (%1): a browser, an SDK or a proxy sent another Content-Type than the one signed.").arg(d);
    if (id == QLatin1String("date"))
        return tr("The date or time differs (%1): sign the same Date, x-oss-date or x-amz-date that is sent.").arg(d);
    if (id == QLatin1String("subresource"))
        return tr("The sub-resources differ (%1): a parameter such as acl, uploadId or versionId was left out of the signature or added.").arg(d);
    if (id == QLatin1String("path_style"))
        return tr("The path differs by the bucket name (%1): the request was signed for path-style but sent virtual-hosted, or the reverse.").arg(d);
    if (id == QLatin1String("path_encoding"))
        return tr("The path is encoded differently (%1): a space, + or another special character was encoded twice, not at all, or the wrong way.").arg(d);
    if (id == QLatin1String("path"))
        return tr("The path differs (%1): the object key signed is not the one requested.").arg(d);
    if (id == QLatin1String("space_plus_encoding"))
        return tr("The query is encoded differently (%1): a space must be %20 and a + must be %2B.").arg(d);
    if (id == QLatin1String("query"))
        return tr("The query parameters differ (%1).").arg(d);
    if (id == QLatin1String("header_changed"))
        return tr("The header %1 differs: it was added or changed after signing, by a browser, a proxy or the SDK itself.").arg(d);
    if (id == QLatin1String("other_line"))
        return tr("Line %1 of the signed strings differs.").arg(d);
    if (id == QLatin1String("scope_region"))
        return tr("The region in the signature scope differs (%1): sign with the bucket's region.").arg(d);
    if (id == QLatin1String("canonical_request"))
        return tr("The canonical requests differ; only their hashes are visible. Compare the CanonicalRequest of the client and the server.");
    if (id == QLatin1String("identical_strings"))
        return tr("The client signed exactly the string the server computed, so the secret key is wrong: mistyped, with extra white space, or from another key pair.");
    if (id == QLatin1String("request_unchanged"))
        return tr("The request in the paste gives exactly the server's string: it arrived unchanged, so the client signed another string or used another secret.");
    if (id == QLatin1String("secret_wrong_pair"))
        return tr("Signed with the given secret, the server's string gives the signature the client sent: the server holds another secret for this key id.");
    if (id == QLatin1String("secret_whitespace"))
        return tr("The secret key starts or ends with white space.");
    return tr("Signature finding: %1").arg(id);
}

QString UserText::signatureNoRequest()
{
    return tr("The server returned the string it signed, but the request is not in the paste: add the curl -v output, the HTTP dump or the presigned URL to compare the two.");
}

QString UserText::cosNoServerString()
{
    return tr("COS does not return the string it signed: compare the HttpString of your SDK's debug log with the one from bucketdoctor-cli sign for the same request.");
}

QString UserText::labelSignatureComparison()
{
    return tr("Signature comparison");
}

QString UserText::labelServerString(const QString &which)
{
    return tr("Server's %1").arg(which);
}

QString UserText::labelClientString(bool fromClientLog)
{
    return fromClientLog ? tr("Client's string, from its log") : tr("Rebuilt from the request in the paste");
}

QString UserText::labelFirstDifference(qsizetype offset, int line)
{
    return tr("First difference at byte %1, line %2").arg(offset).arg(line + 1);
}

QString UserText::cannotReadFile(const QString &path, const QString &reason)
{
    return tr("Cannot read %1: %2").arg(path, reason);
}

QString UserText::emptyInput()
{
    return tr("The input is empty: paste an error message, a response or a URL.");
}

QString UserText::inputTooLarge(qint64 bytes, qint64 limit)
{
    return tr("The input is %1 bytes, more than the %2 bytes that are read.").arg(bytes).arg(limit);
}

QString UserText::unknownProvider(const QString &value)
{
    return tr("Unknown provider \"%1\": use auto, cos, oss or s3.").arg(value);
}

QString UserText::unknownFormat(const QString &value)
{
    return tr("Unknown output format \"%1\": use text, json or markdown.").arg(value);
}

QString UserText::unknownLanguage(const QString &value)
{
    return tr("Unknown language \"%1\": use en, zh_CN or ko.").arg(value);
}

QString UserText::unknownCommand(const QString &value)
{
    return tr("Unknown command \"%1\": use diagnose, inspect-url, sign or check.").arg(value);
}

QString UserText::unknownCheck(const QString &value, const QString &known)
{
    return tr("Unknown check \"%1\": use a comma-separated list of %2.").arg(value, known);
}

QString UserText::pdfNeedsDesktop()
{
    return tr("PDF reports are written by the desktop app; the command line writes .md, .html and .json.");
}

QString UserText::unknownReportFormat(const QString &path)
{
    return tr("Cannot tell the report format of \"%1\": name the file .md, .html or .json.").arg(path);
}

QString UserText::badProxy(const QString &value)
{
    return tr("Unusable proxy \"%1\": give http://host:port, socks5://host:port or none.").arg(value);
}

QString UserText::cannotWriteFile(const QString &path, const QString &reason)
{
    return tr("Cannot write \"%1\": %2").arg(path, reason);
}

QString UserText::treeLoadFailed(const QString &detail)
{
    return tr("The built-in decision trees could not be loaded: %1").arg(detail);
}

QString UserText::missingOption(const QString &option)
{
    return tr("The option %1 is required.").arg(option);
}

QString UserText::unknownSignProvider(const QString &value)
{
    return tr("Unknown provider \"%1\": use cos, oss or s3.").arg(value);
}

QString UserText::unknownSignatureVersion(const QString &value)
{
    return tr("Unknown signature version \"%1\": use 1 or 4.").arg(value);
}

QString UserText::unknownSignFormat(const QString &value)
{
    return tr("Unknown output format \"%1\": use text or json.").arg(value);
}

QString UserText::badHeader(const QString &value)
{
    return tr("The header \"%1\" is not of the form \"Name: value\".").arg(value);
}

QString UserText::badUrl(const QString &value)
{
    return tr("\"%1\" is not an http or https URL with a host.").arg(value);
}

QString UserText::badNumber(const QString &option, const QString &value)
{
    return tr("The option %1 needs a positive whole number, not \"%2\".").arg(option, value);
}

QString UserText::noSecretKey()
{
    return tr("No secret key: set BUCKETDOCTOR_SECRET_KEY, use --secret-key-file, or run in a terminal to be asked.");
}

QString UserText::secretPrompt()
{
    return tr("Secret key (not shown): ");
}

QString UserText::regionNeeded()
{
    return tr("The region cannot be told from the host: give it with --region.");
}

QString UserText::urlWarning(const QString &id, Provider provider, const QStringList &args)
{
    const QString a1 = args.value(0);
    const QString a2 = args.value(1);
    const QString a3 = args.value(2);
    if (id == QLatin1String("temporary_key_without_token"))
        return tr("The access key id %1 is a temporary one, but the URL carries no %2 parameter: the server refuses temporary credentials without their security token. Sign the URL again with the token.").arg(a1, a2);
    if (id == QLatin1String("temporary_credential_lifetime")) {
        const QString span = duration(a1.toLongLong()); // the inspector gives seconds
        if (a2 == QLatin1String("cos"))
            return tr("The URL is signed with a COS temporary key and stays valid for %1. Temporary keys last 30 minutes by default, at most 2 hours for a root account and 36 hours for a sub-account: if the key expires first, the URL stops working before its own end. Request the key for at least as long as the URL, or sign a shorter URL.").arg(span);
        return tr("The URL is signed with STS temporary credentials and stays valid for %1. STS credentials commonly last 1 hour by default: if they expire first, the URL stops working before its own end. Request the credentials for at least as long as the URL, or sign a shorter URL.").arg(span);
    }
    if (id == QLatin1String("content_type_must_match"))
        return tr("OSS signs the Content-Type of the request even though the URL does not show it: this %1 request must send exactly the Content-Type the URL was signed with, or none if it was signed without one. A browser sets Content-Type from the file, and any other value gives 403 SignatureDoesNotMatch. The same holds for Content-MD5.").arg(a1);
    if (id == QLatin1String("content_type_if_upload"))
        return tr("If this URL is used for an upload (PUT or POST), the request must send exactly the Content-Type the URL was signed with, or none if it was signed without one: OSS signs Content-Type even though the URL does not show it.");
    if (id == QLatin1String("content_type_signed"))
        return tr("The URL signs the Content-Type header: the request must send exactly the signed value, or the server answers 403 SignatureDoesNotMatch. A browser sets Content-Type from the file it uploads, so sign with that same type.");
    if (id == QLatin1String("content_type_unsigned"))
        return tr("This %1 URL does not sign Content-Type (signed headers: %2): the Content-Type a browser sends cannot break the signature, but the object is stored with it. To fix the type, sign Content-Type and send the same value.").arg(a1, a2);
    if (id == QLatin1String("unexpected_algorithm"))
        return tr("The URL names the signature algorithm %1, but %2 expects %3: the server cannot verify this signature.").arg(a1, providerName(provider), a2);
    if (id == QLatin1String("sign_time_mismatch"))
        return tr("q-sign-time (%1) and q-key-time (%2) differ. The COS SDKs write the same window in both; a different one means the URL was built or edited by hand, and it may be refused outside either window.").arg(a1, a2);
    if (id == QLatin1String("expires_in_milliseconds"))
        return tr("Expires is %1, a time in milliseconds, but it must be in Unix seconds: the server may refuse the URL or treat it as valid for thousands of years. The intended end is probably %2; sign with Expires in seconds.").arg(a1, a2);
    if (id == QLatin1String("expires_over_maximum"))
        return tr("%1 is %2 seconds, more than the maximum of 604800 seconds (7 days): the server refuses such a URL. Sign it for 7 days or less.").arg(a1, a2);
    if (id == QLatin1String("validity_unreadable"))
        return tr("The validity of the URL cannot be read (%1 is missing or not a valid value), so it is unknown whether the URL has expired.").arg(a1);
    if (id == QLatin1String("scope_region_oss_prefix"))
        return tr("The signature scope names the region %1, an OSS region id with the oss- prefix: V4 scopes take the plain region id (%2), so the server refuses the signature.").arg(a1, a2);
    if (id == QLatin1String("region_mismatch"))
        return tr("The signature scope names the region %1, but the host %2 is in region %3: the server refuses a signature for another region. Sign with the bucket's region, or send the URL to the endpoint of region %1.").arg(a1, a2, a3);
    if (id == QLatin1String("token_to_foreign_host"))
        return tr("The URL carries a security token but goes to %1, which is not a %2 domain (a CDN, a proxy or a custom domain): the token travels to that host and can stay in its logs and caches. Keep such URLs short-lived and make sure you control that host.").arg(a1, providerName(provider));
    return tr("URL finding: %1").arg(id);
}

QString UserText::urlStatus(const QString &statusId, const QString &duration)
{
    if (statusId == QLatin1String("valid"))
        return tr("valid, %1 left").arg(duration);
    if (statusId == QLatin1String("expired"))
        return tr("expired %1 ago").arg(duration);
    if (statusId == QLatin1String("not_yet_valid"))
        return tr("not yet valid: the signing time is %1 ahead").arg(duration);
    return tr("unknown: the validity cannot be read");
}

QString UserText::duration(qint64 seconds)
{
    const qint64 s = seconds < 0 ? -seconds : seconds;
    const qint64 days = s / 86400;
    const qint64 hours = s % 86400 / 3600;
    const qint64 minutes = s % 3600 / 60;
    const qint64 rest = s % 60;
    if (days > 0)
        return hours > 0 ? tr("%1 d %2 h").arg(days).arg(hours) : tr("%1 d").arg(days);
    if (hours > 0)
        return minutes > 0 ? tr("%1 h %2 min").arg(hours).arg(minutes) : tr("%1 h").arg(hours);
    if (minutes > 0)
        return rest > 0 ? tr("%1 min %2 s").arg(minutes).arg(rest) : tr("%1 min").arg(minutes);
    return tr("%1 s").arg(rest);
}

QString UserText::labelUrlField(const QString &id)
{
    if (id == QLatin1String("url"))
        return tr("URL");
    if (id == QLatin1String("provider"))
        return labelProvider();
    if (id == QLatin1String("form"))
        return tr("Signature form");
    if (id == QLatin1String("accessKeyId"))
        return tr("Access key id");
    if (id == QLatin1String("temporaryCredential"))
        return tr("Temporary credentials");
    if (id == QLatin1String("signedAt"))
        return tr("Signed at");
    if (id == QLatin1String("expiresAt"))
        return tr("Expires at");
    if (id == QLatin1String("validity"))
        return tr("Valid for");
    if (id == QLatin1String("now"))
        return tr("Checked against");
    if (id == QLatin1String("status"))
        return tr("Status");
    if (id == QLatin1String("method"))
        return tr("Method");
    if (id == QLatin1String("host"))
        return tr("Host");
    if (id == QLatin1String("bucket"))
        return tr("Bucket");
    if (id == QLatin1String("objectKey"))
        return tr("Object key");
    if (id == QLatin1String("hostRegion"))
        return tr("Region of the host");
    if (id == QLatin1String("scope"))
        return tr("Signature scope");
    if (id == QLatin1String("signedHeaders"))
        return tr("Signed headers");
    if (id == QLatin1String("implicitHeaders"))
        return tr("Also signed, though not listed");
    if (id == QLatin1String("signedQueryParams"))
        return tr("Signed query parameters");
    if (id == QLatin1String("securityToken"))
        return tr("Security token");
    if (id == QLatin1String("signature"))
        return tr("Signature");
    if (id == QLatin1String("warnings"))
        return tr("Warnings");
    if (id == QLatin1String("note"))
        return tr("Note");
    if (id == QLatin1String("warning"))
        return tr("Warning");
    return id;
}

QString UserText::urlValueWord(const QString &id)
{
    if (id == QLatin1String("yes"))
        return tr("yes");
    if (id == QLatin1String("no"))
        return tr("no");
    if (id == QLatin1String("not_in_url"))
        return tr("not in the URL");
    return tr("none");
}

QString UserText::notAUrl()
{
    return tr("The argument is not an http or https URL: give the whole presigned URL, in quotes.");
}

QString UserText::notPresignedUrl(const QString &host)
{
    return tr("The URL to %1 is not a presigned URL: its query has none of the COS, OSS or S3 signature parameters. If the shell cut it at an & sign, put the URL in quotes.").arg(host);
}

QString UserText::missingUrl()
{
    return tr("Give the presigned URL to inspect, in quotes.");
}

QString UserText::unexpectedArgument(const QString &value)
{
    return tr("Unexpected argument \"%1\": inspect-url takes one URL; put it in quotes.").arg(value);
}

QString UserText::unknownMethod(const QString &value)
{
    return tr("Unknown HTTP method \"%1\": use GET, HEAD, PUT, POST or DELETE.").arg(value);
}

QString UserText::labelProvider()
{
    return tr("Provider");
}

QString UserText::labelRecognised()
{
    return tr("Recognised");
}

QString UserText::labelNothingRecognised()
{
    return tr("Nothing specific was recognised in the input.");
}

QString UserText::labelCauses()
{
    return tr("Likely causes");
}

QString UserText::labelEvidence()
{
    return tr("Evidence");
}

QString UserText::labelChecks()
{
    return tr("What to check");
}

QString UserText::labelSteps()
{
    return tr("Next steps");
}

QString UserText::labelSource()
{
    return tr("Source");
}

QString UserText::labelCategory()
{
    return tr("Category");
}

QString UserText::labelScore(int percent)
{
    return tr("%1% likely").arg(percent);
}

QString UserText::labelInputNotes()
{
    return tr("About the input");
}

QString UserText::reportTitle()
{
    return tr("Bucket Doctor diagnosis");
}

QString UserText::treeText(Provider provider, const QString &source)
{
    if (source.isEmpty())
        return {};
    const QByteArray context = DecisionTree::translationContext(provider).toLatin1();
    return QCoreApplication::translate(context.constData(), source.toUtf8().constData());
}

QString UserText::causeTitle(Provider provider, const RankedCause &cause)
{
    return treeText(provider, cause.treeTitle);
}

QString UserText::causeWhy(Provider provider, const RankedCause &cause)
{
    return treeText(provider, cause.treeWhy);
}

QStringList UserText::causeSteps(Provider provider, const RankedCause &cause)
{
    QStringList steps;
    for (const QString &step : cause.treeSteps)
        steps << treeText(provider, step);
    return steps;
}

QStringList UserText::causeEvidence(const RankedCause &cause)
{
    QStringList lines;
    for (const Evidence &e : cause.evidence)
        lines << evidence(e);
    return lines;
}

QString UserText::evidence(const Evidence &evidence)
{
    const QString text = statement(evidence.what);
    return evidence.against ? againstEvidence(text) : text;
}

QString UserText::statement(const Statement &s)
{
    const QStringList &a = s.args;
    if (s.id == QLatin1String("symptom"))
        return symptomEvidence(treeText(Providers::fromId(a.value(0)), a.value(1)), a.value(2));
    if (s.id == QLatin1String("symptom_without_message"))
        return symptomWithoutMessageEvidence(treeText(Providers::fromId(a.value(0)), a.value(1)), a.value(2));
    if (s.id == QLatin1String("symptom_without_code"))
        return symptomWithoutCodeEvidence(treeText(Providers::fromId(a.value(0)), a.value(1)), a.value(2));
    if (s.id == QLatin1String("fallback"))
        return fallbackEvidence(Providers::fromId(a.value(0)));
    if (s.id == QLatin1String("prior"))
        return priorEvidence();
    if (s.id == QLatin1String("signal"))
        return signalEvidence(a.value(0), a.value(1), a.value(2) == SignalExtractor::kFromText);
    if (s.id == QLatin1String("calibrated"))
        return calibratedEvidence(a.value(0), a.value(1), a.value(2) == SignalExtractor::kFromText);
    if (s.id == QLatin1String("signature"))
        return signatureCause(a.value(0), a.value(1));
    if (s.id == QLatin1String("check")) {
        const CheckResult result = CheckResult::fromStatement(s);
        return CheckText::findingEvidence(result.id, CheckText::summary(result));
    }
    if (s.id == QLatin1String("provider_assumed")) {
        QList<Provider> candidates;
        for (const QString &id : a.mid(1))
            candidates << Providers::fromId(id);
        return providerAssumed(Providers::fromId(a.value(0)), candidates);
    }
    if (s.id == QLatin1String("url_warning"))
        return urlWarning(a.value(0), Providers::fromId(a.value(1)), a.mid(2));
    if (s.id == QLatin1String("signature_no_request"))
        return signatureNoRequest();
    if (s.id == QLatin1String("cos_no_server_string"))
        return cosNoServerString();
    if (s.id == QLatin1String("input_warning"))
        return inputWarning(a.value(0));
    if (s.id == QLatin1String("url_expired_at_server"))
        return tr("The presigned URL expired at %1; the server answered at %2, after that.").arg(a.value(0), a.value(2));
    if (s.id == QLatin1String("url_not_yet_valid_at_server"))
        return tr("The presigned URL was signed for %1, later than the server's time %2: the signing clock is ahead.").arg(a.value(1), a.value(2));
    if (s.id == QLatin1String("fact_url_expired"))
        return tr("The presigned URL had expired (at %1) by the server's time of the failure.").arg(a.value(0));
    if (s.id == QLatin1String("fact_expires_before_server_time"))
        return tr("The server reports that the request expired before its own time (%1).").arg(a.value(0));
    if (s.id == QLatin1String("fact_time_too_skewed")) {
        // The detail is "<seconds> s", signed: worded as a duration.
        bool ok = false;
        const qint64 seconds = QString(a.value(0)).remove(QStringLiteral(" s")).toLongLong(&ok);
        return tr("The server refused the request time as too far from its own (%1 apart, the limit is 15 minutes).")
            .arg(ok ? duration(std::llabs(seconds)) : a.value(0));
    }
    if (s.id == QLatin1String("clock_shown_in_sync"))
        return tr("The paste shows this machine's clock in sync with a time server (%1). The server still found the "
                  "request's time too far from its own: the request may have been signed long before it was sent "
                  "(a long upload, retries or a queue), not by a wrong clock.")
            .arg(a.value(0));
    if (s.id == QLatin1String("user_answer")) {
        const QString question = treeText(Providers::fromId(a.value(0)), a.value(1));
        return a.value(2) == QLatin1String("yes") ? tr("You answered yes to the guide's question: %1").arg(question)
                                                  : tr("You answered no to the guide's question: %1").arg(question);
    }
    if (s.id == QLatin1String("verdict_thin"))
        return tr("The evidence is thin: nothing in the paste or the checks sets one cause clearly ahead.");
    if (s.id == QLatin1String("verdict_all_ruled_out"))
        return tr("The checks ruled out every cause the guide names for this error.");
    // Every id an analyser emits has its sentence above; TestUserText walks them all.
    return {};
}

QStringList UserText::notes(const Diagnosis &diagnosis)
{
    QStringList lines;
    for (const Statement &note : diagnosis.notes)
        lines << statement(note);
    return lines;
}

QString UserText::verdictSentence(Provider provider, const Verdict &verdict, const Diagnosis &diagnosis)
{
    QString title;
    for (const RankedCause &cause : diagnosis.causes) {
        if (cause.id == verdict.causeId) {
            title = causeTitle(provider, cause);
            break;
        }
    }
    switch (verdict.state) {
    case Verdict::State::Confirmed:
        return tr("Confirmed: %1").arg(title);
    case Verdict::State::Likely:
        return tr("Most likely: %1").arg(title);
    case Verdict::State::Undetermined:
        break;
    }
    if (verdict.basis.contains(Statement{QStringLiteral("verdict_all_ruled_out"), {}}))
        return tr("Not settled: the checks ruled out the causes the guide names; the request that failed differs from the checked ones.");
    return tr("Not settled yet; the leading cause: %1").arg(title);
}

QString UserText::verdictStateName(Verdict::State state)
{
    switch (state) {
    case Verdict::State::Confirmed:
        return tr("Confirmed");
    case Verdict::State::Likely:
        return tr("Most likely");
    case Verdict::State::Undetermined:
        break;
    }
    return tr("Not settled");
}

QString UserText::verdictStateLine(const Verdict &verdict)
{
    if (verdict.state == Verdict::State::Confirmed) {
        for (const Statement &s : verdict.basis) {
            if (s.id == QLatin1String("check"))
                return tr("Confirmed by the “%1” check").arg(CheckText::title(CheckResult::fromStatement(s).id));
        }
        if (!verdict.basis.isEmpty())
            return tr("Confirmed by the pasted error");
    }
    return verdictStateName(verdict.state);
}

QStringList UserText::verdictBasis(const Verdict &verdict)
{
    QStringList lines;
    for (const Statement &s : verdict.basis)
        lines << statement(s);
    return lines;
}

QString UserText::discriminatorQuestion(Provider provider, const Verdict &verdict)
{
    if (!verdict.hasDiscriminator)
        return {};
    const QString question = treeText(provider, verdict.discriminator.question);
    if (verdict.discriminator.check.isEmpty())
        return tr("The question that would settle it: %1").arg(question);
    return tr("The question that would settle it: %1 (the live check \"%2\" answers it)")
        .arg(question, CheckText::title(verdict.discriminator.check));
}

QString UserText::causeStateName(CauseState state)
{
    switch (state) {
    case CauseState::Confirmed:
        return tr("confirmed");
    case CauseState::RuledOut:
        return tr("ruled out");
    case CauseState::Open:
        break;
    }
    return tr("open");
}

QString UserText::labelVerdict()
{
    return tr("Verdict");
}

QString UserText::labelBasis()
{
    return tr("Why");
}

QString UserText::sourceCitation(const QString &source)
{
    // The provider of a providers.md section is not in the string; the guide's own title is generic.
    const Guide *guide = nullptr;
    for (const Guide &g : kGuides) {
        if (source.startsWith(QLatin1String(g.file)))
            guide = &g;
    }
    if (!guide) {
        if (source.startsWith(QLatin1String("providers.md")))
            return tr("the provider's documentation");
        // Our own notes are not for the user: the measured behaviour of Ceph's gateway, and the
        // public reports of the real-world corpus (the address follows, from sourceUrl).
        if (source.startsWith(QLatin1String("rgw.md")))
            return tr("the measured answers of Ceph RADOS Gateway");
        if (source.startsWith(QLatin1String("cases.json")))
            return tr("a public report of the same error");
        return source;
    }
    const QString title = tr(guide->title);
    QString heading = source.section(QStringLiteral(" § "), 1).trimmed();
    if (heading.isEmpty())
        return title;
    // "(step 3)", "(steps 4-6)", "(step 7 note)": the guide's numbered steps.
    QString step;
    static const QRegularExpression stepPattern(QStringLiteral("\\s*\\(steps? ([0-9][0-9.\\-–]*)[^)]*\\)\\s*$"));
    if (const QRegularExpressionMatch m = stepPattern.match(heading); m.hasMatch()) {
        step = m.captured(1);
        heading = heading.left(m.capturedStart()).trimmed();
    }
    // "Message 为 “Access Denied.”": the COS guide's sections are named after the server's message,
    // which stays in English; other headings are shown when they are the server's own words (ASCII)
    // and left out when they are a heading in the guide's language.
    static const QRegularExpression messagePattern(QStringLiteral("“([^”]+)”"));
    QString section;
    if (const QRegularExpressionMatch m = messagePattern.match(heading); m.hasMatch())
        section = tr("the message \"%1\"").arg(m.captured(1));
    else if (heading == QLatin1String("Analysis"))
        section = tr("Analysis");
    else if (isAscii(heading))
        section = heading;
    if (section.isEmpty())
        return step.isEmpty() ? title : tr("%1, step %2").arg(title, step);
    return step.isEmpty() ? tr("%1, section %2").arg(title, section) : tr("%1, section %2, step %3").arg(title, section, step);
}

QString UserText::sourceUrl(const QString &source, Provider provider)
{
    const Guide *guide = guideFor(source, provider);
    if (!guide) {
        // A cause learnt from public reports cites the thread: its first GitHub address.
        static const QRegularExpression thread(QStringLiteral("github\\.com/[^\\s,;()]+"));
        const QRegularExpressionMatch m = thread.match(source);
        return m.hasMatch() ? QStringLiteral("https://") + m.captured(0) : QString();
    }
    // The Chinese page for a Chinese reader, else the English (international) one.
    const bool chinese = tr("en", "language code of this translation: en, zh_CN or ko").startsWith(QLatin1String("zh"));
    return QString::fromLatin1(chinese && guide->urlZh ? guide->urlZh : guide->url);
}

QString UserText::sourceTitle(const QString &source, Provider provider)
{
    if (source.startsWith(QLatin1String("providers.md"))) {
        if (const Guide *guide = guideFor(source, provider))
            return tr(guide->title);
    }
    return sourceCitation(source);
}

QString UserText::sourceWithUrl(const QString &source, Provider provider)
{
    const QString citation = sourceTitle(source, provider);
    const QString url = sourceUrl(source, provider);
    return url.isEmpty() ? citation : tr("%1 (%2)").arg(citation, url);
}
