#include "paste/SdkMessageParser.h"

#include "common/LiteralSet.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace {
// The literals the rules and format tests below ask about, in the order they were first named;
// one LiteralSet over all of them reads a paste once (see readers()).
QList<LiteralSet::Literal> &literalList()
{
    static QList<LiteralSet::Literal> list;
    return list;
}

// The index of a literal in literalList(), added when new; -1 for none.
int literalId(const QString &text, Qt::CaseSensitivity cs = Qt::CaseSensitive)
{
    if (text.isEmpty())
        return -1;
    QList<LiteralSet::Literal> &list = literalList();
    // Where each literal is, by its case rule: the rules name some 180, and a walk of the list for
    // each cost 0.14 M instructions of a CLI run (callgrind).
    static QHash<QString, int> index[2];
    QHash<QString, int> &known = index[cs == Qt::CaseSensitive ? 0 : 1];
    const auto it = known.constFind(text);
    if (it != known.cend())
        return *it;
    list.append({text, cs});
    known.insert(text, static_cast<int>(list.size() - 1));
    return static_cast<int>(list.size() - 1);
}

// Whether the text holds any of these literals (bits of a LiteralSet answer, ids in literalList()).
bool anyOf(const QBitArray &literals, const QList<int> &ids)
{
    return std::any_of(ids.cbegin(), ids.cend(), [&literals](int l) { return literals.testBit(l); });
}

// A pattern, the group that holds the value, and a literal every match of the pattern contains.
// The literal is a cheap test first: a text without it skips the pattern, which then is never
// compiled in a run that does not need it (Qt compiles a pattern at its first match).
struct Rule {
    QRegularExpression re;
    int group;
    QList<int> literals; // in literalList(), one of which every match holds; none: the pattern always runs
};

Rule rule(const char *pattern, int group = 1, bool caseInsensitive = false, const char *literal = nullptr)
{
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    const int id = literalId(QString::fromUtf8(literal), caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive);
    return {QRegularExpression(QString::fromUtf8(pattern), options), group, id < 0 ? QList<int>{} : QList<int>{id}};
}

// A rule whose alternatives hold different literals: a text holding none of them skips it.
Rule ruleAny(const char *pattern, bool caseInsensitive, const QStringList &literals)
{
    Rule r = rule(pattern, 1, caseInsensitive);
    for (const QString &literal : literals)
        r.literals << literalId(literal, caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive);
    return r;
}

Rule ruleAny(const char *pattern, bool caseInsensitive, std::initializer_list<const char *> literals)
{
    QStringList list;
    for (const char *literal : literals)
        list << QString::fromUtf8(literal);
    return ruleAny(pattern, caseInsensitive, list);
}

// The literals of a key that every match has followed by whitespace (`\s` without Unicode
// properties, which Qt does not set: space, tab, line feed, carriage return, form feed, vertical
// tab) or by one of `after`: "HostID" alone is in every S3 error body's <HostId>, "http" in every URL.
QStringList keyThen(const char *key, QStringView after)
{
    static constexpr char16_t kSpaces[] = u" \t\n\r\f\v";
    QStringList literals;
    for (const QStringView chars : {QStringView(kSpaces), after}) {
        for (const QChar c : chars)
            literals << QString::fromLatin1(key) + c;
    }
    return literals;
}

// The common case: group 1, case-sensitive, with a literal.
Rule rule(const char *pattern, const char *literal)
{
    return rule(pattern, 1, false, literal);
}

QString firstMatch(const QString &text, const QBitArray &literals, const QList<Rule> &rules)
{
    for (const Rule &r : rules) {
        if (!r.literals.isEmpty() && !anyOf(literals, r.literals))
            continue;
        const auto m = r.re.match(text);
        if (m.hasMatch()) {
            const QString value = m.captured(r.group).trimmed();
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

// A quoted value in the styles of Python dicts, JS object dumps and JSON: key: 'v', "key": "v".
// The key's opening quote is not part of the pattern: it would change where a match starts, not
// which value it captures, and a pattern that starts with the key lets PCRE2 skip to the positions
// where one of the keys' first letters stands (these rules were the costliest of the parser's).
QString quoted(const char *key)
{
    return QStringLiteral("%1['\"]?\\s*[:=]\\s*['\"]([^'\"\\r\\n]*)['\"]").arg(QString::fromLatin1(key));
}

Rule quotedRule(const char *key, const char *literal)
{
    return rule(quoted(key).toUtf8().constData(), 1, false, literal);
}

const QList<Rule> &codeRules()
{
    static const QList<Rule> rules{
        rule("An error occurred \\((\\w+)\\) when calling", "An error occurred ("),
        rule("(?:OssException|OSSException):\\s*([A-Z][A-Za-z]+):\\s", "Exception:"),
        ruleAny("\\b(?:errorCode|Cos Error Code|error_code)\\s*[=:]\\s*(\\w+)", true, {"errorcode", "cos error code", "error_code"}),
        rule("\\bapi error (\\w+):", "api error "),
        rule("Error Code:\\s*(\\w+)", "Error Code:"),
        rule("\\[ErrorCode\\]:\\s*(\\w+)", "[ErrorCode]:"),
        rule("\\bErrorCode\\s*[=:]\\s*\"?(\\w+)", "ErrorCode"),
        rule("S3 error:\\s*\\d{3}\\s*\\((\\w+)\\)", "S3 error:"),
        rule("\\b\\d{3} (\\w+)\\(Message:", "(Message:"),
        ruleAny("\\b(\\w+) \\((?:client|server)\\):", false, {"(client):", "(server):"}),
        quotedRule("(?:code|Code|errorCode|error_code)", "ode"),
        rule("\\b([A-Z][A-Za-z0-9]+): [^:\\n]+\\n\\s*status code: \\d{3}", "status code: "),
    };
    return rules;
}

const QList<Rule> &messageRules()
{
    static const QList<Rule> rules{
        rule("when calling the \\w+ operation(?: \\(reached max retries: \\d+\\))?:\\s*(.+)$", "when calling the "),
        rule("Error returned by Service\\.[\\s\\S]*?^Message:\\s*(.+)\\.$", "Error returned by Service."),
        rule("(?:OssException|OSSException):\\s*[A-Z][A-Za-z]+:\\s*(.+?)\\s*RequestId:", "Exception:"),
        rule("\\b[A-Z][A-Za-z0-9]+: ([^:\\n]+)\\n\\s*status code: \\d{3}", "status code: "),
        rule("^\\w+: (.+)\\n\\s+at ", "at "),
        rule("\\bapi error \\w+:\\s*(.+)$", "api error "),
        rule("(?:AmazonS3Exception|CosServiceException|S3Exception|CosClientException):\\s*(.+?)\\s*\\((?:Service|Status Code)", "Exception:"),
        rule("(?:OSSException|OssException):\\s*(.+?)\\s*(?:\\[ErrorCode\\]|$)", "Exception:"),
        rule("ErrorMessage\\s*=\\s*\"(.*?)\"", "ErrorMessage"),
        rule("\\[?ErrorMessage\\]?\\s*:\\s*(.+)$", "ErrorMessage"),
        ruleAny("\\b(?:errorMessage|Cos Error Message)\\s*[=:]\\s*(.+?)(?:,\\s*\\w+\\s*=|\\s*$)", true, {"errormessage", "cos error message"}),
        rule("S3 error:\\s*\\d{3}\\s*\\(\\w+\\):\\s*(.+)$", "S3 error:"),
        rule("\\b\\d{3} \\w+\\(Message:\\s*(.*?), RequestId:", "(Message:"),
        ruleAny("\\b\\w+ \\((?:client|server)\\):\\s*(.+?)(?: - |$)", false, {"(client):", "(server):"}),
        quotedRule("(?:message|Message|errorMessage|error_message)", "essage"),
        ruleAny("(?:AmazonS3Exception|OssException|CosServerException|CosException|AccessDeniedError|\\w+Error):\\s*(.+)$", false,
                {"Exception:", "Error:"}),
    };
    return rules;
}

const QList<Rule> &requestIdRules()
{
    static const QList<Rule> rules{
        rule("^Request Id:\\s*([\\w=+/-]+?)\\.?$", "Request Id:"),
        rule("\\b(?:Cos )?Request ID:\\s*([\\w=+/-]+)", "Request ID:"),
        rule("\\brequestId\\s*=\\s*([\\w=+/-]+)", "requestId"),
        rule("\\[RequestId\\]:\\s*([\\w=+/-]+)", "[RequestId]:"),
        rule("\\bRequestI[dD]\\s*[=:]\\s*\"?([\\w=+/-]+)", "RequestI"),
        rule("\\brequest id:\\s*([\\w=+/-]+)", "request id:"),
        quotedRule("(?:requestid|requestId|RequestId|request_id|x-cos-request-id|x-oss-request-id|x-amz-request-id)", "equest"),
    };
    return rules;
}

const QList<Rule> &hostIdRules()
{
    static const QList<Rule> rules{
        rule("Extended Request ID:\\s*([\\w=+/.-]+)", "Extended Request ID:"),
        rule("\\[HostId\\]:\\s*([\\w=+/.-]+)", "[HostId]:"),
        rule("\\bhost id:\\s*([\\w=+/.-]+)", 1, true, "host id:"),
        ruleAny("\\bHostID\\s*[=:]\\s*\"?([\\w=+/.-]+)", true, keyThen("HostID", u"=:")),
        ruleAny(quoted("(?:hostId|HostId|host_id|extendedRequestId|x-amz-id-2)").toUtf8().constData(), false,
                {"hostId", "HostId", "host_id", "extendedRequestId", "x-amz-id-2"}),
    };
    return rules;
}

const QList<Rule> &traceIdRules()
{
    static const QList<Rule> rules{
        rule("\\bTrace ID:\\s*([\\w=+/-]+)", "Trace ID:"),
        rule("\\bTraceId\\s*[=:]\\s*\"?([\\w=+/-]+)", 1, true, "TraceId"),
        quotedRule("(?:traceid|traceId|TraceId|x-cos-trace-id)", "race"),
    };
    return rules;
}

const QList<Rule> &ecRules()
{
    static const QList<Rule> rules{
        rule("\\bEc\\s*=\\s*\"?(\\d{4}-\\d{8})", "Ec"),
        rule("\\bEC\\s*[=:]\\s*\"?(\\d{4}-\\d{8})", "EC"),
        rule("x-oss-ec['\"]?\\s*[:=]\\s*['\"]?(\\d{4}-\\d{8})", 1, true, "x-oss-ec"),
        rule("['\"]EC['\"]\\s*:\\s*['\"](\\d{4}-\\d{8})", "EC"),
        // An EC has a shape of its own, so one standing anywhere in the text counts.
        rule("(?<![\\w.-])(\\d{4}-\\d{8})(?![\\w-])"),
    };
    return rules;
}

const QList<Rule> &resourceRules()
{
    static const QList<Rule> rules{
        quotedRule("(?:resource|Resource)", "esource"),
        rule("\\bresource\\s*=\\s*([^,\\s]+)", "resource"),
    };
    return rules;
}

const QList<Rule> &accessKeyRules()
{
    static const QList<Rule> rules{
        quotedRule("(?:OSSAccessKeyId|AWSAccessKeyId)", "AccessKeyId"),
    };
    return rules;
}

QString unescapeBackslashes(const QString &value)
{
    QString out = value;
    out.replace(QLatin1String("\\n"), QLatin1String("\n"));
    out.replace(QLatin1String("\\t"), QLatin1String("\t"));
    return out;
}

const QList<Rule> &statusRules()
{
    static const QList<Rule> rules{
        ruleAny("\\bStatus ?Code\\s*[=:]\\s*(\\d{3})\\b", true, {"statuscode", "status code"}),
        rule("\\bstatus code:\\s*(\\d{3})\\b", 1, true, "status code:"),
        rule("(?:status|statusCode|httpStatusCode|status_code)['\"]?\\s*[:=]\\s*(\\d{3})\\b", "tatus"),
        rule("S3 error:\\s*(\\d{3})", "S3 error:"),
        rule("\\b\\d{3} \\w+\\(Message:", 0, false, "(Message:"),
        rule("\\b(\\d{3}) Forbidden\\b", 1, true, " forbidden"),
        ruleAny("\\bHTTP(?: status(?: code)?)?\\s*(\\d{3})\\b", true, keyThen("http", u"0123456789")),
        rule("状态码\\s*[:：]\\s*(\\d{3})", "状态码"),
        rule("상태 코드\\s*[:：]?\\s*(\\d{3})", "상태 코드"),
        // A bare 403 in prose: the one status this tool is about.
        rule("(?<![\\w.:/-])(403)(?![\\w.:/-])", "403"),
    };
    return rules;
}

int jsErrorLiteral()
{
    static const int id = literalId(QStringLiteral("Error: "));
    return id;
}

// A JavaScript error line ("TypeError: …", "S3Error: …") followed, on a later line, by one of the
// fields SDK errors print ("status: 403", "code: 'AccessDenied'"). Once a pattern with a lazily
// repeated group of lines after every such error; now the first error line, then one search of the
// lines after it (if any later line has a field, the first error line is before it): linear.
bool jsErrorWithFields(const QString &text, const QBitArray &literals)
{
    if (!literals.testBit(jsErrorLiteral()))
        return false;
    static const QRegularExpression errorLine(QStringLiteral("\\b\\w+Error: "));
    const auto error = errorLine.match(text);
    if (!error.hasMatch())
        return false;
    const qsizetype nextLine = text.indexOf(u'\n', error.capturedEnd());
    if (nextLine < 0)
        return false;
    static const QRegularExpression fieldLine(QStringLiteral("^\\s*(?:status|code|requestId): "), QRegularExpression::MultilineOption);
    return fieldLine.match(text, nextLine + 1).hasMatch();
}

// Each pattern with the literals its alternatives hold: a text holding none of them skips it.
struct FormatRule {
    const char *format;
    QRegularExpression re;
    QList<int> literals; // in literalList()
};

QList<int> ids(const QStringList &literals)
{
    QList<int> list;
    for (const QString &l : literals)
        list << literalId(l);
    return list;
}

// Storage error codes as the providers spell them; one standing alone in prose is taken as the code.
struct ProseCodes {
    QStringList names;
    QList<int> literals; // in literalList(), one per name
};

const ProseCodes &knownCodeInProse()
{
    static const ProseCodes codes = [] {
        const QStringList names{
            QStringLiteral("AccessDenied"), QStringLiteral("AccessForbidden"), QStringLiteral("SignatureDoesNotMatch"),
            QStringLiteral("InvalidAccessKeyId"), QStringLiteral("RequestTimeTooSkewed"), QStringLiteral("InvalidObjectState"),
            QStringLiteral("ExpiredToken"), QStringLiteral("InvalidToken"), QStringLiteral("InvalidSecurityToken"),
            QStringLiteral("SecurityTokenExpired"), QStringLiteral("AccessKeyIdAndSecurityTokenNotMatch"),
            QStringLiteral("PermanentRedirect"), QStringLiteral("AuthorizationHeaderMalformed"), QStringLiteral("AllAccessDisabled"),
            QStringLiteral("NoSuchBucket"), QStringLiteral("NoSuchKey"), QStringLiteral("InvalidBucketName"),
            QStringLiteral("BucketNotBelongTo"), QStringLiteral("UserDisable"), QStringLiteral("BucketDisable"), QStringLiteral("InDebt"),
            QStringLiteral("KmsInDebt"), QStringLiteral("AbnormalBucketOwnerStatus"), QStringLiteral("CnameDenied"),
            QStringLiteral("NonStandardHostForbidden"), QStringLiteral("SecondLevelDomainForbidden"), QStringLiteral("DownloadForbidden"),
            QStringLiteral("RequestExpired"), QStringLiteral("SecurityTokenNotSupported"), QStringLiteral("TransferAccelerationDisabled"),
            QStringLiteral("WORMConfigurationLocked"), QStringLiteral("KmsUbsmsInvalidBid"), QStringLiteral("MissingSecurityHeader"),
            QStringLiteral("AccountProblem"), QStringLiteral("InvalidArgument")};
        return ProseCodes{names, ids(names)};
    }();
    return codes;
}

// The first of the codes standing alone in the text: no ASCII letter, digit, underscore or hyphen
// glued to either end (Chinese glues a code to its words, and is read as written). Only the codes
// the literal set found are searched for; one pattern of all of them cost a CLI run 0.3 M
// instructions to compile for every paste that named any code (callgrind).
QString firstCodeInProse(const QString &text, const QBitArray &literals)
{
    auto glued = [](QChar c) {
        const char16_t u = c.unicode();
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
    };
    const ProseCodes &prose = knownCodeInProse();
    qsizetype best = -1;
    QString code;
    for (qsizetype i = 0; i < prose.names.size(); ++i) {
        if (!literals.testBit(prose.literals.at(i)))
            continue;
        const QString &name = prose.names.at(i);
        for (qsizetype at = text.indexOf(name); at >= 0 && (best < 0 || at < best); at = text.indexOf(name, at + 1)) {
            const qsizetype end = at + name.size();
            if ((at == 0 || !glued(text.at(at - 1))) && (end == text.size() || !glued(text.at(end)))) {
                best = at;
                code = name;
                break;
            }
        }
    }
    return code;
}

const QList<FormatRule> &formatRules()
{
    static const QList<FormatRule> formats{
        {"sdk-java",
         QRegularExpression(QStringLiteral(
             "\\b(?:com\\.qcloud\\.cos|com\\.aliyun\\.oss|com\\.amazonaws|software\\.amazon\\.awssdk)\\.[\\w.$]*"
             "|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|\\(Service: (?:Amazon )?S3[;,]")),
         ids({QStringLiteral("com.qcloud.cos."), QStringLiteral("com.aliyun.oss."), QStringLiteral("com.amazonaws."),
          QStringLiteral("software.amazon.awssdk."), QStringLiteral(".java:"), QStringLiteral("(Service: ")})},
        {"sdk-python",
         // boto3 as code (an import, a client made), not named in prose: "my boto3 script" shows no SDK output.
         QRegularExpression(QStringLiteral("\\bqcloud_cos\\.|\\boss2\\.|\\bbotocore\\.|\\bimport boto3\\b|\\bboto3\\.(?:client|resource|session|Session)\\b|Traceback \\(most recent call "
                                           "last\\)|An error occurred \\(\\w+\\) when calling")),
         ids({QStringLiteral("qcloud_cos."), QStringLiteral("oss2."), QStringLiteral("botocore."), QStringLiteral("boto3"),
          QStringLiteral("Traceback (most recent call last)"), QStringLiteral("An error occurred (")})},
        {"sdk-go",
         // Not any "file.go:123": a store's own server log (MinIO, SeaweedFS) cites its Go sources too.
         QRegularExpression(QStringLiteral("oss: service returned error|operation error S3:|Error returned by Service\\.|status code: \\d{3}, request id:|"
                                           "\\bapi error \\w+:|\\b\\d{3} \\w+\\(Message:|cos-go-sdk|alibabacloud-oss-go")),
         ids({QStringLiteral("oss: service returned error"), QStringLiteral("operation error S3:"), QStringLiteral("Error returned by Service."),
          QStringLiteral(", request id:"), QStringLiteral("api error "), QStringLiteral("(Message:"),
          QStringLiteral("cos-go-sdk"), QStringLiteral("alibabacloud-oss-go")})},
        {"sdk-php",
         QRegularExpression(QStringLiteral("OSS\\\\Core\\\\OssException|Qcloud\\\\Cos\\\\|Aws\\\\S3\\\\Exception|Aws\\\\Exception|"
                                           "Error executing \"\\w+\" on|\\.php:\\d+|PHP Fatal error")),
         ids({QStringLiteral("OSS\\Core\\OssException"), QStringLiteral("Qcloud\\Cos\\"), QStringLiteral("Aws\\S3\\Exception"),
          QStringLiteral("Aws\\Exception"), QStringLiteral("Error executing \""), QStringLiteral(".php:"), QStringLiteral("PHP Fatal error")})},
        {"sdk-dotnet",
         QRegularExpression(QStringLiteral("\\bAmazon\\.S3\\.\\w+|\\bAmazon\\.Runtime\\.|\\bAliyun\\.OSS\\.|\\bCOSXML\\.|"
                                           "\\bCOSXML\\b|\\.cs:line \\d+")),
         ids({QStringLiteral("Amazon.S3."), QStringLiteral("Amazon.Runtime."), QStringLiteral("Aliyun.OSS."), QStringLiteral("COSXML"),
          QStringLiteral(".cs:line ")})},
        {"sdk-js",
         QRegularExpression(QStringLiteral("\\$metadata|\\bali-oss\\b|cos-nodejs-sdk|\\bstatusCode: \\d{3},|@aws-sdk/|\\bS3ServiceException\\b|"
                                           "at [\\w.<>]+ \\(.*\\.(?:js|ts|mjs):\\d+:\\d+\\)|\\bnode:internal")),
         ids({QStringLiteral("$metadata"), QStringLiteral("ali-oss"), QStringLiteral("cos-nodejs-sdk"), QStringLiteral("statusCode: "),
          QStringLiteral("@aws-sdk/"), QStringLiteral("S3ServiceException"), QStringLiteral(".js:"), QStringLiteral(".ts:"),
          QStringLiteral(".mjs:"), QStringLiteral("node:internal")})},
    };
    return formats;
}

QStringList detectFormats(const QString &text, const QBitArray &literals)
{
    QStringList result;
    for (const auto &f : formatRules()) {
        if (anyOf(literals, f.literals) && f.re.match(text).hasMatch())
            result << QString::fromLatin1(f.format);
        else if (qstrcmp(f.format, "sdk-js") == 0 && jsErrorWithFields(text, literals))
            result << QString::fromLatin1(f.format);
    }
    return result;
}

// The literals of every rule above, and of the few patterns parse() runs on its own, in one set.
// The rule lists name their literals as they are made, so all of them are made here first; parse()
// asks for this set before it touches any rule, and C++ makes that first use safe across threads.
struct Readers {
    int stringToSign;
    int url;
    QList<int> operation;
    LiteralSet set;
};

const Readers &readers()
{
    static const Readers r = [] {
        codeRules();
        messageRules();
        requestIdRules();
        hostIdRules();
        traceIdRules();
        ecRules();
        statusRules();
        resourceRules();
        accessKeyRules();
        jsErrorLiteral();
        formatRules();
        knownCodeInProse();
        const int stringToSign = literalId(QStringLiteral("StringToSign"));
        const int url = literalId(QStringLiteral("://"));
        const QList<int> operation =
            ids({QStringLiteral("when calling the "), QStringLiteral("operation error S3: "), QStringLiteral("Error executing \"")});
        return Readers{stringToSign, url, operation, LiteralSet(literalList())};
    }();
    return r;
}
}

SdkMessage SdkMessageParser::parse(const QString &text)
{
    const Readers &r = readers();
    // Each literal any rule asks about, answered in one pass over the text.
    const QBitArray literals = r.set.find(text);
    SdkMessage result;
    result.formats = detectFormats(text, literals);
    result.code = firstMatch(text, literals, codeRules());
    result.message = firstMatch(text, literals, messageRules());
    result.requestId = firstMatch(text, literals, requestIdRules());
    result.hostId = firstMatch(text, literals, hostIdRules());
    result.traceId = firstMatch(text, literals, traceIdRules());
    result.ec = firstMatch(text, literals, ecRules());
    const QString status = firstMatch(text, literals, statusRules());
    static const QRegularExpression digits(QStringLiteral("^(\\d{3})"));
    // A pattern runs only where its cheap test passes: a match, even one that finds nothing or is
    // never run (a default QRegularExpressionMatch), costs allocations, the parser's largest cost
    // under the fuzzer's AddressSanitizer.
    if (!status.isEmpty()) {
        if (const auto m = digits.match(status); m.hasMatch())
            result.httpStatus = m.captured(1).toInt();
    }
    result.resource = firstMatch(text, literals, resourceRules());
    result.accessKeyId = firstMatch(text, literals, accessKeyRules());
    static const QRegularExpression stringToSign(QStringLiteral("['\"]StringToSign['\"]\\s*:\\s*['\"]([^'\"]*)['\"]"));
    if (literals.testBit(r.stringToSign)) {
        if (const auto m = stringToSign.match(text); m.hasMatch())
            result.stringToSign = unescapeBackslashes(m.captured(1));
    }
    // "An error occurred (403)": botocore puts the status where the code goes when the body had none.
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{3}$"));
    if (result.code.size() == 3 && digitsOnly.match(result.code).hasMatch()) {
        if (result.httpStatus == 0)
            result.httpStatus = result.code.toInt();
        result.code.clear();
    }
    if (result.code.isEmpty())
        result.code = firstCodeInProse(text, literals);
    // "GET https://host/key: 403 …" (COS Go) and "Request Endpoint: GET https://…." (OSS Go v2).
    static const QRegularExpression methodUrl(
        QStringLiteral("\\b(GET|PUT|POST|HEAD|DELETE|OPTIONS) (https?://[^\\s\"']+?)(?::? \\d{3}\\b|\\.?$|`)"),
        QRegularExpression::MultilineOption);
    if (literals.testBit(r.url)) {
        if (const auto m = methodUrl.match(text); m.hasMatch()) {
            result.method = m.captured(1);
            result.url = m.captured(2);
        }
    }
    static const QRegularExpression operation(QStringLiteral("when calling the (\\w+) operation|operation error S3: (\\w+)|Error executing \"(\\w+)\""));
    if (anyOf(literals, r.operation)) {
        if (const auto m = operation.match(text); m.hasMatch())
            result.operation = m.captured(1) + m.captured(2) + m.captured(3);
    }
    return result;
}
