#include "paste/SdkMessageParser.h"

#include <QRegularExpression>

namespace {
struct Rule {
    QRegularExpression re;
    int group;
};

Rule rule(const char *pattern, int group = 1, bool caseInsensitive = false)
{
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (caseInsensitive)
        options |= QRegularExpression::CaseInsensitiveOption;
    return {QRegularExpression(QString::fromUtf8(pattern), options), group};
}

QString firstMatch(const QString &text, const QList<Rule> &rules)
{
    for (const Rule &r : rules) {
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
QString quoted(const char *key)
{
    return QStringLiteral("['\"]?%1['\"]?\\s*[:=]\\s*['\"]([^'\"\\r\\n]*)['\"]").arg(QString::fromLatin1(key));
}

Rule quotedRule(const char *key, bool caseInsensitive = false)
{
    return rule(quoted(key).toUtf8().constData(), 1, caseInsensitive);
}

const QList<Rule> &codeRules()
{
    static const QList<Rule> rules{
        rule("An error occurred \\((\\w+)\\) when calling"),
        rule("(?:OssException|OSSException):\\s*([A-Z][A-Za-z]+):\\s"),
        rule("\\b(?:errorCode|Cos Error Code|error_code)\\s*[=:]\\s*(\\w+)", 1, true),
        rule("\\bapi error (\\w+):"),
        rule("Error Code:\\s*(\\w+)"),
        rule("\\[ErrorCode\\]:\\s*(\\w+)"),
        rule("\\bErrorCode\\s*[=:]\\s*\"?(\\w+)"),
        rule("S3 error:\\s*\\d{3}\\s*\\((\\w+)\\)"),
        rule("\\b\\d{3} (\\w+)\\(Message:"),
        rule("\\b(\\w+) \\((?:client|server)\\):"),
        quotedRule("(?:code|Code|errorCode|error_code)"),
        rule("\\b([A-Z][A-Za-z0-9]+): [^:\\n]+\\n\\s*status code: \\d{3}"),
    };
    return rules;
}

const QList<Rule> &messageRules()
{
    static const QList<Rule> rules{
        rule("when calling the \\w+ operation(?: \\(reached max retries: \\d+\\))?:\\s*(.+)$"),
        rule("Error returned by Service\\.[\\s\\S]*?^Message:\\s*(.+)\\.$"),
        rule("(?:OssException|OSSException):\\s*[A-Z][A-Za-z]+:\\s*(.+?)\\s*RequestId:"),
        rule("\\b[A-Z][A-Za-z0-9]+: ([^:\\n]+)\\n\\s*status code: \\d{3}"),
        rule("^\\w+: (.+)\\n\\s+at "),
        rule("\\bapi error \\w+:\\s*(.+)$"),
        rule("(?:AmazonS3Exception|CosServiceException|S3Exception|CosClientException):\\s*(.+?)\\s*\\((?:Service|Status Code)"),
        rule("(?:OSSException|OssException):\\s*(.+?)\\s*(?:\\[ErrorCode\\]|$)"),
        rule("ErrorMessage\\s*=\\s*\"(.*?)\""),
        rule("\\[?ErrorMessage\\]?\\s*:\\s*(.+)$"),
        rule("\\b(?:errorMessage|Cos Error Message)\\s*[=:]\\s*(.+?)(?:,\\s*\\w+\\s*=|\\s*$)", 1, true),
        rule("S3 error:\\s*\\d{3}\\s*\\(\\w+\\):\\s*(.+)$"),
        rule("\\b\\d{3} \\w+\\(Message:\\s*(.*?), RequestId:"),
        rule("\\b\\w+ \\((?:client|server)\\):\\s*(.+?)(?: - |$)"),
        quotedRule("(?:message|Message|errorMessage|error_message)"),
        rule("(?:AmazonS3Exception|OssException|CosServerException|CosException|AccessDeniedError|\\w+Error):\\s*(.+)$"),
    };
    return rules;
}

const QList<Rule> &requestIdRules()
{
    static const QList<Rule> rules{
        rule("^Request Id:\\s*([\\w=+/-]+?)\\.?$"),
        rule("\\b(?:Cos )?Request ID:\\s*([\\w=+/-]+)"),
        rule("\\brequestId\\s*=\\s*([\\w=+/-]+)"),
        rule("\\[RequestId\\]:\\s*([\\w=+/-]+)"),
        rule("\\bRequestI[dD]\\s*[=:]\\s*\"?([\\w=+/-]+)"),
        rule("\\brequest id:\\s*([\\w=+/-]+)"),
        quotedRule("(?:requestid|requestId|RequestId|request_id|x-cos-request-id|x-oss-request-id|x-amz-request-id)"),
    };
    return rules;
}

const QList<Rule> &hostIdRules()
{
    static const QList<Rule> rules{
        rule("Extended Request ID:\\s*([\\w=+/.-]+)"),
        rule("\\[HostId\\]:\\s*([\\w=+/.-]+)"),
        rule("\\bhost id:\\s*([\\w=+/.-]+)", 1, true),
        rule("\\bHostID\\s*[=:]\\s*\"?([\\w=+/.-]+)", 1, true),
        quotedRule("(?:hostId|HostId|host_id|extendedRequestId|x-amz-id-2)"),
    };
    return rules;
}

const QList<Rule> &traceIdRules()
{
    static const QList<Rule> rules{
        rule("\\bTrace ID:\\s*([\\w=+/-]+)"),
        rule("\\bTraceId\\s*[=:]\\s*\"?([\\w=+/-]+)", 1, true),
        quotedRule("(?:traceid|traceId|TraceId|x-cos-trace-id)"),
    };
    return rules;
}

const QList<Rule> &ecRules()
{
    static const QList<Rule> rules{
        rule("\\bEc\\s*=\\s*\"?(\\d{4}-\\d{8})"),
        rule("\\bEC\\s*[=:]\\s*\"?(\\d{4}-\\d{8})"),
        rule("x-oss-ec['\"]?\\s*[:=]\\s*['\"]?(\\d{4}-\\d{8})", 1, true),
        rule("['\"]EC['\"]\\s*:\\s*['\"](\\d{4}-\\d{8})"),
        // An EC has a shape of its own, so one standing anywhere in the text counts.
        rule("(?<![\\w.-])(\\d{4}-\\d{8})(?![\\w-])"),
    };
    return rules;
}

const QList<Rule> &resourceRules()
{
    static const QList<Rule> rules{
        quotedRule("(?:resource|Resource)"),
        rule("\\bresource\\s*=\\s*([^,\\s]+)"),
    };
    return rules;
}

const QList<Rule> &accessKeyRules()
{
    static const QList<Rule> rules{
        quotedRule("(?:OSSAccessKeyId|AWSAccessKeyId)"),
    };
    return rules;
}

// Storage error codes as the providers spell them; one standing alone in prose is taken as the code.
const QRegularExpression &knownCodeInProse()
{
    static const QRegularExpression re(QStringLiteral(
        "(?<![\\w-])(AccessDenied|AccessForbidden|SignatureDoesNotMatch|InvalidAccessKeyId|RequestTimeTooSkewed|"
        "InvalidObjectState|ExpiredToken|InvalidToken|InvalidSecurityToken|SecurityTokenExpired|"
        "AccessKeyIdAndSecurityTokenNotMatch|PermanentRedirect|AuthorizationHeaderMalformed|AllAccessDisabled|"
        "NoSuchBucket|NoSuchKey|InvalidBucketName|BucketNotBelongTo|UserDisable|BucketDisable|InDebt|KmsInDebt|"
        "AbnormalBucketOwnerStatus|CnameDenied|NonStandardHostForbidden|SecondLevelDomainForbidden|DownloadForbidden|"
        "RequestExpired|SecurityTokenNotSupported|TransferAccelerationDisabled|WORMConfigurationLocked|"
        "KmsUbsmsInvalidBid|MissingSecurityHeader|AccountProblem|InvalidArgument)(?![\\w-])"));
    return re;
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
        rule("\\bStatus ?Code\\s*[=:]\\s*(\\d{3})\\b", 1, true),
        rule("\\bstatus code:\\s*(\\d{3})\\b", 1, true),
        rule("['\"]?(?:status|statusCode|httpStatusCode|status_code)['\"]?\\s*[:=]\\s*(\\d{3})\\b"),
        rule("S3 error:\\s*(\\d{3})"),
        rule("\\b\\d{3} \\w+\\(Message:", 0),
        rule("\\b(\\d{3}) Forbidden\\b", 1, true),
        rule("\\bHTTP(?: status(?: code)?)?\\s*(\\d{3})\\b", 1, true),
        rule("状态码\\s*[:：]\\s*(\\d{3})"),
        rule("상태 코드\\s*[:：]?\\s*(\\d{3})"),
        // A bare 403 in prose: the one status this tool is about.
        rule("(?<![\\w.:/-])(403)(?![\\w.:/-])"),
    };
    return rules;
}

QStringList detectFormats(const QString &text)
{
    struct FormatRule {
        const char *format;
        QRegularExpression re;
    };
    static const QList<FormatRule> formats{
        {"sdk-java",
         QRegularExpression(QStringLiteral(
             "\\b(?:com\\.qcloud\\.cos|com\\.aliyun\\.oss|com\\.amazonaws|software\\.amazon\\.awssdk)\\.[\\w.$]*"
             "|\\bat [\\w.$]+\\([\\w]+\\.java:\\d+\\)|\\(Service: (?:Amazon )?S3[;,]"))},
        {"sdk-python",
         QRegularExpression(QStringLiteral("\\bqcloud_cos\\.|\\boss2\\.|\\bbotocore\\.|\\bboto3\\b|Traceback \\(most recent call "
                                           "last\\)|An error occurred \\(\\w+\\) when calling"))},
        {"sdk-go",
         QRegularExpression(QStringLiteral("oss: service returned error|operation error S3:|Error returned by Service\\.|status code: \\d{3}, request id:|"
                                           "\\bapi error \\w+:|\\b\\d{3} \\w+\\(Message:|\\.go:\\d+|cos-go-sdk|alibabacloud-oss-go"))},
        {"sdk-php",
         QRegularExpression(QStringLiteral("OSS\\\\Core\\\\OssException|Qcloud\\\\Cos\\\\|Aws\\\\S3\\\\Exception|Aws\\\\Exception|"
                                           "Error executing \"\\w+\" on|\\.php:\\d+|PHP Fatal error"))},
        {"sdk-dotnet",
         QRegularExpression(QStringLiteral("\\bAmazon\\.S3\\.\\w+|\\bAmazon\\.Runtime\\.|\\bAliyun\\.OSS\\.|\\bCOSXML\\.|"
                                           "\\bCOSXML\\b|\\.cs:line \\d+"))},
        {"sdk-js",
         QRegularExpression(QStringLiteral("\\$metadata|\\bali-oss\\b|cos-nodejs-sdk|\\bstatusCode: \\d{3},|@aws-sdk/|\\bS3ServiceException\\b|"
                                           "\\b\\w+Error: .*\\n(?:.*\\n)*?\\s*(?:status|code|requestId): |at [\\w.<>]+ \\(.*\\.(?:js|ts|mjs):\\d+:\\d+\\)|"
                                           "\\bnode:internal"))},
    };
    QStringList result;
    for (const auto &f : formats) {
        if (f.re.match(text).hasMatch())
            result << QString::fromLatin1(f.format);
    }
    return result;
}
}

SdkMessage SdkMessageParser::parse(const QString &text)
{
    SdkMessage result;
    result.formats = detectFormats(text);
    result.code = firstMatch(text, codeRules());
    result.message = firstMatch(text, messageRules());
    result.requestId = firstMatch(text, requestIdRules());
    result.hostId = firstMatch(text, hostIdRules());
    result.traceId = firstMatch(text, traceIdRules());
    result.ec = firstMatch(text, ecRules());
    const QString status = firstMatch(text, statusRules());
    static const QRegularExpression digits(QStringLiteral("^(\\d{3})"));
    if (const auto m = digits.match(status); m.hasMatch())
        result.httpStatus = m.captured(1).toInt();
    result.resource = firstMatch(text, resourceRules());
    result.accessKeyId = firstMatch(text, accessKeyRules());
    static const QRegularExpression stringToSign(QStringLiteral("['\"]StringToSign['\"]\\s*:\\s*['\"]([^'\"]*)['\"]"));
    if (const auto m = stringToSign.match(text); m.hasMatch())
        result.stringToSign = unescapeBackslashes(m.captured(1));
    // "An error occurred (403)": botocore puts the status where the code goes when the body had none.
    static const QRegularExpression digitsOnly(QStringLiteral("^\\d{3}$"));
    if (digitsOnly.match(result.code).hasMatch()) {
        if (result.httpStatus == 0)
            result.httpStatus = result.code.toInt();
        result.code.clear();
    }
    if (result.code.isEmpty()) {
        if (const auto m = knownCodeInProse().match(text); m.hasMatch())
            result.code = m.captured(1);
    }
    // "GET https://host/key: 403 …" (COS Go) and "Request Endpoint: GET https://…." (OSS Go v2).
    static const QRegularExpression methodUrl(
        QStringLiteral("\\b(GET|PUT|POST|HEAD|DELETE|OPTIONS) (https?://[^\\s\"']+?)(?::? \\d{3}\\b|\\.?$|`)"),
        QRegularExpression::MultilineOption);
    if (const auto m = methodUrl.match(text); m.hasMatch()) {
        result.method = m.captured(1);
        result.url = m.captured(2);
    }
    static const QRegularExpression operation(QStringLiteral("when calling the (\\w+) operation|operation error S3: (\\w+)|Error executing \"(\\w+)\""));
    if (const auto m = operation.match(text); m.hasMatch())
        result.operation = m.captured(1) + m.captured(2) + m.captured(3);
    return result;
}
