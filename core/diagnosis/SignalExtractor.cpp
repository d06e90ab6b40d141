#include "diagnosis/SignalExtractor.h"

#include "common/UtcTime.h"
#include "providers/StorageUrl.h"

#include <QRegularExpression>
#include <QStringMatcher>

#include <cmath>

namespace {
constexpr qint64 kMaxSkewSeconds = 15 * 60;

// The first of `words` found whole in the lower-cased text, or an empty string.
QString firstWord(const WholeWordIndex &lower, const QStringList &words)
{
    for (const QString &w : words) {
        if (lower.contains(w))
            return w;
    }
    return {};
}

QString firstRegex(const QString &text, const QRegularExpression &re)
{
    const auto m = re.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

class Collector
{
public:
    void add(const QString &id, const QString &detail = {}, bool fromText = false)
    {
        for (const Signal &s : signalList) {
            if (s.id == id)
                return;
        }
        signalList.append({id, detail.left(160), fromText});
    }
    QList<Signal> signalList;
};

QStringList lowerList(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item).toLower();
    return list;
}

// The word lists of the signals that name one word found, lower-cased once per process (they were
// made again for every paste).
// Each signal's words come in two lists where they can: names a request, a URL, a log or code
// shows (a header, a parameter, an API or a client switch), then words of the reporter's prose,
// which say what the text speaks of, not what the paste shows (Signal::fromText).
struct SignalWords {
    QStringList token, tokenSaid, cors, corsSaid, preflightSaid, refererSaid, anonymous, anonymousSaid, upload, uploadSaid;
};

const SignalWords &signalWords()
{
    static const SignalWords words{
        lowerList({"x-cos-security-token", "x-oss-security-token", "x-amz-security-token", "x-ci-security-token",
                   "security-token=", "securitytoken", "sessiontoken", "assumerole"}),
        lowerList({"security token", "session token", "temporary key", "temporary credential", "临时密钥", "临时凭证", "临时访问凭证",
                   "임시 키", "임시 자격"}),
        lowerList({"xmlhttprequest", "access-control-", "failed to load resource"}),
        lowerList({"cors", "跨域", "跨源", "크로스 도메인", "browser", "浏览器", "브라우저", "web page", "网页", "前端", "프런트엔드", "axios",
                   "ajax", "vue", "react", "angular", "front-end", "frontend", "web app", "works in postman"}),
        lowerList({"preflight", "预检", "프리플라이트"}),
        lowerList({"referer", "referrer", "hotlink", "防盗链", "盗链", "링크 도용", "리퍼러"}),
        // The clients' own switches for an unsigned request: the AWS CLI's --no-sign-request,
        // botocore's UNSIGNED, the Java SDKs' anonymous credentials, fsspec's anon.
        lowerList({"no-sign-request", "signature_version=unsigned", "anonymouscredentialsprovider", "anonymousawscredentials",
                   "anon=true"}),
        lowerList({"anonymous", "匿名", "익명", "unsigned request", "public-read", "公有读", "public read"}),
        lowerList({"putobject", "postobject"}),
        lowerList({"put object", "upload", "上传", "업로드"}),
    };
    return words;
}
}

QStringList SignalExtractor::knownIds()
{
    return {QStringLiteral("token"),         QStringLiteral("browser"),        QStringLiteral("preflight"),
            QStringLiteral("cors_console"),  QStringLiteral("referer"),        QStringLiteral("presigned"),
            QStringLiteral("presign_expired"), QStringLiteral("clock_skew"),   QStringLiteral("clock_ok"),
            QStringLiteral("string_to_sign"), QStringLiteral("special_key"),   QStringLiteral("anonymous"),
            QStringLiteral("signed"),        QStringLiteral("archive"),        QStringLiteral("kms"),
            QStringLiteral("sub_account"),   QStringLiteral("cross_account"),  QStringLiteral("policy"),
            QStringLiteral("explicit_deny"), QStringLiteral("acl"),            QStringLiteral("endpoint_hint"),
            QStringLiteral("region_mismatch"), QStringLiteral("bucket_no_appid"), QStringLiteral("ip_vpc"),
            QStringLiteral("write_method"),  QStringLiteral("content_type"),   QStringLiteral("sdk"),
            QStringLiteral("ak_bad_chars"),  QStringLiteral("post_policy"),    QStringLiteral("custom_domain"),
            QStringLiteral("requester_pays"),
            QStringLiteral("cdn"),           QStringLiteral("clock_said_off")};
}

QList<Signal> SignalExtractor::extract(const ParsedInput &input, const QString &text, const WholeWordIndex &lowerIndex,
                                       const QDateTime &now)
{
    const QString &lower = lowerIndex.text();
    Collector c;
    const StorageUrl url = StorageUrl::parse(input.url);
    const StorageUrl presigned = StorageUrl::parse(input.presignedUrl);

    // Temporary credentials.
    {
        static const QRegularExpression tokenKey(
            QStringLiteral("\\b(?:STS\\.[A-Za-z0-9]{8,}|ASIA[A-Z0-9]{12,})"));
        // What shows a token first (a header or parameter, the URL's token, a temporary key's id),
        // then the reporter's words.
        QString detail = firstWord(lowerIndex, signalWords().token);
        if (detail.isEmpty() && presigned.hasToken)
            detail = QStringLiteral("security-token");
        if (detail.isEmpty()) {
            const QString key = firstRegex(text, tokenKey);
            if (!key.isEmpty())
                detail = key.left(8) + QStringLiteral("…");
        }
        bool word = false;
        if (detail.isEmpty()) {
            detail = firstWord(lowerIndex, signalWords().tokenSaid);
            word = !detail.isEmpty();
        }
        static const QRegularExpression sts(QStringLiteral("\\bsts\\b"));
        if (detail.isEmpty() && sts.match(lower).hasMatch()) {
            detail = QStringLiteral("STS");
            word = true;
        }
        if (!detail.isEmpty())
            c.add(QStringLiteral("token"), detail, word);
    }

    // Browser, CORS and preflight.
    const bool consoleCors = input.formats.contains(QStringLiteral("browser-console"))
        || lower.contains(QLatin1String("blocked by cors policy")) || lower.contains(QLatin1String("cross-origin request blocked"))
        || lower.contains(QLatin1String("no 'access-control-allow-origin'")) || text.contains(QStringLiteral("已拦截跨源请求"))
        || text.contains(QStringLiteral("CORS 策略"));
    if (consoleCors)
        c.add(QStringLiteral("cors_console"));
    {
        QString detail;
        if (!input.requestHeader(QStringLiteral("Origin")).isEmpty())
            detail = QStringLiteral("Origin: ") + input.requestHeader(QStringLiteral("Origin"));
        if (detail.isEmpty())
            detail = firstWord(lowerIndex, signalWords().cors);
        bool word = false;
        if (detail.isEmpty()) {
            detail = firstWord(lowerIndex, signalWords().corsSaid);
            // Beside a browser's console message the word only names it; the message shows it.
            word = !detail.isEmpty() && !consoleCors;
        }
        if (!detail.isEmpty() || consoleCors)
            c.add(QStringLiteral("browser"), detail, word);
    }
    {
        QString detail;
        if (input.method == QLatin1String("OPTIONS"))
            detail = QStringLiteral("OPTIONS");
        if (detail.isEmpty() && !input.requestHeader(QStringLiteral("Access-Control-Request-Method")).isEmpty())
            detail = QStringLiteral("Access-Control-Request-Method");
        bool word = false;
        if (detail.isEmpty()) {
            detail = firstWord(lowerIndex, signalWords().preflightSaid);
            // A browser's console message names the preflight that failed: it shows it.
            word = !detail.isEmpty() && !consoleCors;
        }
        // The method's name in the text: a log line or a word of the reporter's.
        static const QRegularExpression options(QStringLiteral("\\bOPTIONS\\b"));
        if (detail.isEmpty() && options.match(text).hasMatch()) {
            detail = QStringLiteral("OPTIONS");
            word = true;
        }
        if (!detail.isEmpty())
            c.add(QStringLiteral("preflight"), detail, word);
    }

    // Referer.
    {
        QString detail;
        if (!input.requestHeader(QStringLiteral("Referer")).isEmpty())
            detail = QStringLiteral("Referer: ") + input.requestHeader(QStringLiteral("Referer"));
        bool word = false;
        if (detail.isEmpty()) {
            detail = firstWord(lowerIndex, signalWords().refererSaid);
            word = !detail.isEmpty();
        }
        if (!detail.isEmpty())
            c.add(QStringLiteral("referer"), detail, word);
    }

    // The server's time: its ServerTime, else its Date header; each read once (a parse of a
    // date costs as much as a search of the whole paste), for the blocks below.
    const QDateTime serverTime = UtcTime::parse(input.serverTime);
    const QDateTime serverTimeOrDate = serverTime.isValid() ? serverTime : UtcTime::parse(input.responseHeader(QStringLiteral("Date")));

    // Presigned URL and its window.
    if (presigned.presigned) {
        c.add(QStringLiteral("presigned"), presigned.host);
        // Against the server's time when the paste shows it ("expiry < server time"); else against
        // this machine's clock, which says the URL has expired by now, not that it had when it was
        // used: the detail is then the expiry alone, and the evidence says so (UserText).
        if (presigned.expiresAt.isValid() && serverTimeOrDate.isValid() && presigned.expiresAt < serverTimeOrDate)
            c.add(QStringLiteral("presign_expired"),
                  presigned.expiresAt.toString(Qt::ISODate) + QStringLiteral(" < ") + serverTimeOrDate.toString(Qt::ISODate));
        else if (presigned.expiresAt.isValid() && !serverTimeOrDate.isValid() && presigned.expiresAt < now.toUTC())
            c.add(QStringLiteral("presign_expired"), presigned.expiresAt.toString(Qt::ISODate));
    } else if (lower.contains(QLatin1String("x-amz-signature")) || lower.contains(QLatin1String("q-signature="))
               || lower.contains(QLatin1String("x-oss-signature=")) || lower.contains(QLatin1String("ossaccesskeyid="))) {
        c.add(QStringLiteral("presigned"));
    }
    {
        const QDateTime expires = UtcTime::parse(input.expires);
        if (expires.isValid() && serverTime.isValid() && expires < serverTime)
            c.add(QStringLiteral("presign_expired"), input.expires + QStringLiteral(" < ") + input.serverTime);
    }

    // Clock: request time against server time, from the body or from the two Date headers.
    {
        QDateTime request = UtcTime::parse(input.requestTime);
        const QDateTime &server = serverTimeOrDate;
        if (!request.isValid())
            request = UtcTime::parse(input.requestHeader(QStringLiteral("Date")));
        if (!request.isValid())
            request = UtcTime::parse(input.requestHeader(QStringLiteral("x-amz-date")));
        if (!request.isValid())
            request = UtcTime::parse(input.requestHeader(QStringLiteral("x-oss-date")));
        if (request.isValid() && server.isValid()) {
            const qint64 skew = request.secsTo(server);
            const QString detail = QStringLiteral("%1 s").arg(skew);
            if (std::llabs(skew) > kMaxSkewSeconds)
                c.add(QStringLiteral("clock_skew"), detail);
            else
                c.add(QStringLiteral("clock_ok"), detail);
        }
    }

    // What the reporter says of the clock: a measured skew is rarely pasted, a sentence about it often.
    // A pasted reading of a synced clock outweighs the words (chrony's "System time : 0.000012
    // seconds fast" is such a reading).
    if (const QString said = clockSaidOff(lowerIndex); !said.isEmpty() && syncedClockReading(lower).isEmpty())
        c.add(QStringLiteral("clock_said_off"), said);

    if (!input.stringToSign.isEmpty() || !input.canonicalRequest.isEmpty())
        c.add(QStringLiteral("string_to_sign"), input.canonicalRequest.isEmpty() ? QStringLiteral("StringToSign")
                                                                                 : QStringLiteral("CanonicalRequest"));

    // Object keys that clients often encode wrongly.
    {
        // The server's <Resource> keeps the key whole where a pasted URL may have been cut at a space.
        QString resourceKey;
        if (!input.resource.isEmpty()) {
            const qsizetype scheme = input.resource.indexOf(QLatin1String("://"));
            resourceKey = input.resource.mid(scheme < 0 ? 0 : scheme + 3).section(u'/', 1);
        }
        static const QRegularExpression special(QStringLiteral("[ +%*~!'()\\[\\]]|[^\\x00-\\x7F]"));
        for (const QString &key : {input.objectKey, resourceKey}) {
            if (!key.isEmpty() && special.match(key).hasMatch()) {
                c.add(QStringLiteral("special_key"), key);
                break;
            }
        }
    }

    // Signed or anonymous.
    {
        // The header or a logged field of that name, not a longer name that ends in it: a
        // Proxy-Authorization header signs nothing for the store, and a setting such as
        // "s3proxy.authorization=aws-v2-or-v4" is configuration, not a signed request.
        static const QRegularExpression authorization(QStringLiteral("(?<![\\w.-])authorization\\s*[:=]"));
        const bool authField = !input.requestHeader(QStringLiteral("Authorization")).isEmpty() || authorization.match(lower).hasMatch();
        // A signing algorithm's name alone: an Authorization value logged without its name, or a
        // presigned URL's X-Amz-Algorithm; the evidence names what was seen, not a header.
        QString algorithm;
        for (const QLatin1String name : {QLatin1String("q-sign-algorithm"), QLatin1String("aws4-hmac-sha256"), QLatin1String("oss4-hmac-sha256")}) {
            if (algorithm.isEmpty() && lower.contains(name))
                algorithm = name;
        }
        const bool authHeader = authField || !algorithm.isEmpty();
        const bool signedUrl = presigned.presigned;
        // Only a dumped request head shows every header; an SDK line or a console message does not,
        // so a missing Authorization means something only there.
        const bool sawRequestHead = !input.requestHeader(QStringLiteral("Host")).isEmpty()
            && (input.formats.contains(QStringLiteral("curl-verbose")) || input.formats.contains(QStringLiteral("http-dump")));
        if (authHeader || signedUrl)
            c.add(QStringLiteral("signed"), authField ? QStringLiteral("Authorization") : signedUrl ? QStringLiteral("URL") : algorithm);
        if (const QString client = firstWord(lowerIndex, signalWords().anonymous); !client.isEmpty())
            c.add(QStringLiteral("anonymous"), client);
        else if (const QString word = firstWord(lowerIndex, signalWords().anonymousSaid); !word.isEmpty())
            c.add(QStringLiteral("anonymous"), word, true);
        else if (sawRequestHead && !authHeader && !signedUrl)
            c.add(QStringLiteral("anonymous"), kUnsignedRequestHead);
    }

    struct WordSignal {
        const char *id;
        QStringList words;
    };
    static const QList<WordSignal> wordSignals{
        {"archive", lowerList({"deep_archive", "archive", "coldarchive", "deepcoldarchive", "glacier", "restore", "归档", "解冻",
                               "아카이브", "복구"})},
        {"kms", lowerList({"kms", "cmk", "customer master key", "sse-kms", "密钥管理服务"})},
        {"sub_account", lowerList({"sub-account", "subaccount", "sub account", "ram user", "ram 用户", "ram用户", "ram role", "cam ",
                                   "iam user", "iam role", "assumed-role", "子账号", "子账户", "子用户", "서브 계정", "하위 계정",
                                   ":user/", ":role/"})},
        {"cross_account", lowerList({"cross-account", "cross account", "another account", "跨账号", "跨账户", "他人的存储桶", "계정 간"})},
        {"policy", lowerList({"bucket policy", "identity-based policy", "resource-based policy", "ram policy", "cam policy",
                              "iam policy", "session policy", "permissions boundary", "service control policy", "policy",
                              "存储桶策略", "授权策略", "策略", "정책"})},
        {"explicit_deny", lowerList({"explicit deny", "\"effect\": \"deny\"", "\"effect\":\"deny\"", "effect: deny", "显式拒绝"})},
        {"acl", lowerList({"bucket acl", "object acl", "x-cos-acl", "x-oss-acl", "x-amz-acl", " acl", "访问权限", "private",
                           "私有读", "public-read", "액세스 권한", "acl"})},
        {"ip_vpc", lowerList({"vpc", "vpce", "sourceip", "source ip", "qcs:ip", "acs:sourceip", "aws:sourceip", "ip whitelist",
                              "ip 白名单", "内网", "ip_equal"})},
        {"post_policy", lowerList({"postobject", "post object", "post policy", "invalid according to policy", "\"expiration\"",
                                   "\"conditions\""})},
        {"cdn", lowerList({"cdn", "x-cache", "via:", "edgeone", "cloudfront", "加速域名"})},
        {"requester_pays", lowerList({"requester pays", "request-payer", "requestpayer", "x-amz-request-payer", "请求者付费"})},
    };
    // "Policy" also names things that are not access policies; those must not count.
    // Each phrase holds "policy" or "策": a text with neither has none of them, and is not searched
    // ten times more (the ten searches were a fiftieth of a diagnosis).
    QString policyText = lower;
    static const QStringMatcher policyWord(u"policy");
    if (policyWord.indexIn(lower) >= 0 || lower.contains(u'策')) {
        for (const char *phrase : {"cors policy", "same origin policy", "referer policy", "referrer policy", "according to policy",
                                   "cors 策略", "同源策略", "referrer-policy", "policy form", "post policy"})
            policyText.remove(QString::fromUtf8(phrase));
    }
    // Most texts hold none of those phrases: then the index of the text serves for policy too.
    const WholeWordIndex policyIndex = policyText.size() == lower.size() ? lowerIndex : WholeWordIndex(policyText);
    for (const WordSignal &ws : wordSignals) {
        const bool isPolicy = qstrcmp(ws.id, "policy") == 0;
        const QString word = firstWord(isPolicy ? policyIndex : lowerIndex, ws.words);
        if (!word.isEmpty())
            c.add(QString::fromLatin1(ws.id), word.trimmed(), true);
    }

    // Endpoint and region.
    if (!input.endpoint.isEmpty())
        c.add(QStringLiteral("endpoint_hint"), input.endpoint);
    else if (input.httpStatus == 301 || lower.contains(QLatin1String("permanentredirect")))
        c.add(QStringLiteral("endpoint_hint"), QStringLiteral("301 PermanentRedirect"));
    {
        QString hostRegion = url.region.isEmpty() ? presigned.region : url.region;
        QString otherRegion = input.scopeRegion;
        const QString bodyRegion = input.extraField(QStringLiteral("x-amz-bucket-region")).isEmpty()
            ? input.extraField(QStringLiteral("x-cos-bucket-region"))
            : input.extraField(QStringLiteral("x-amz-bucket-region"));
        if (!bodyRegion.isEmpty())
            otherRegion = bodyRegion;
        else if (!input.region.isEmpty() && input.region != hostRegion && !hostRegion.isEmpty())
            otherRegion = input.region;
        if (hostRegion.isEmpty())
            hostRegion = input.region;
        if (!hostRegion.isEmpty() && !otherRegion.isEmpty() && hostRegion != otherRegion)
            c.add(QStringLiteral("region_mismatch"), hostRegion + QStringLiteral(" ≠ ") + otherRegion);
    }
    if (input.provider == Provider::Cos || url.provider == Provider::Cos) {
        static const QRegularExpression appid(QStringLiteral("-\\d{7,12}$"));
        if (!input.bucket.isEmpty() && !appid.match(input.bucket).hasMatch())
            c.add(QStringLiteral("bucket_no_appid"), input.bucket);
    }
    // A custom domain is a DNS name of the user's own: not a storage service's domain, not an
    // address or localhost, and not a bare word (a placeholder such as <region> leaves "cos").
    if (url.valid && !url.serviceHost && url.host.contains(u'.') && !StorageUrl::hostNeedsPathStyle(url.host))
        c.add(QStringLiteral("custom_domain"), url.host);

    if (input.method == QLatin1String("PUT") || input.method == QLatin1String("POST") || input.method == QLatin1String("DELETE"))
        c.add(QStringLiteral("write_method"), input.method);
    else if (const QString call = firstWord(lowerIndex, signalWords().upload); !call.isEmpty())
        c.add(QStringLiteral("write_method"), call);
    else if (const QString word = firstWord(lowerIndex, signalWords().uploadSaid); !word.isEmpty())
        c.add(QStringLiteral("write_method"), word, true);

    if (!input.requestHeader(QStringLiteral("Content-Type")).isEmpty())
        c.add(QStringLiteral("content_type"), input.requestHeader(QStringLiteral("Content-Type")));

    for (const QString &format : input.formats) {
        if (format.startsWith(QLatin1String("sdk-"))) {
            c.add(QStringLiteral("sdk"), format);
            break;
        }
    }

    if (!input.accessKeyId.isEmpty()) {
        static const QRegularExpression goodKey(QStringLiteral("^[0-9A-Za-z._=]+$"));
        if (!goodKey.match(input.accessKeyId).hasMatch())
            c.add(QStringLiteral("ak_bad_chars"), input.accessKeyId);
    }
    if (lower.contains(QLatin1String("non-acceptable characters")))
        c.add(QStringLiteral("ak_bad_chars"));

    return c.signalList;
}

QString SignalExtractor::syncedClockReading(const QString &lower)
{
    // The literals first: most pastes hold none of them, and then no pattern is compiled.
    if (lower.contains(QLatin1String("synchronized: yes"))) {
        static const QRegularExpression timedatectl(QStringLiteral("system clock synchronized:\\s*yes"));
        const auto m = timedatectl.match(lower);
        if (m.hasMatch())
            return m.captured(0);
    }
    if (lower.contains(QLatin1String("offset")) || lower.contains(QLatin1String("system time"))) {
        static const QRegularExpression reading(QStringLiteral(
            "\\boffset\\s*[:=]?\\s*([-+]?\\d+(?:\\.\\d+)?)\\s*(?:sec|s\\b)|system time\\s*:\\s*(\\d+(?:\\.\\d+)?)\\s+seconds\\s+(?:fast|slow)"));
        for (auto it = reading.globalMatch(lower); it.hasNext();) {
            const auto m = it.next();
            const QString value = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
            bool ok = false;
            if (std::abs(value.toDouble(&ok)) < 1.0 && ok)
                return m.captured(0);
        }
    }
    return {};
}

QString SignalExtractor::clockSaidOff(const WholeWordIndex &lower)
{
    // The nouns first, from the index of the paste's words: most pastes hold none of them, and then
    // no pattern is compiled or run (seven substring searches of the paste here cost 4 % of a
    // diagnosis, callgrind on the fixtures' bench). Every match of the English pattern holds
    // "clock", "time" or "timezone" as a whole word. "time" alone is too common a word for the
    // loose deviations ("off", "wrong", "behind": "every time behind the proxy"): it takes only
    // the words that can mean nothing but a clock that is off.
    if (lower.contains(u"clock") || lower.contains(u"time") || lower.contains(u"timezone")) {
        static const QRegularExpression english(QStringLiteral(
            "\\b(?:clock|(?:system|server|local|machine|computer|device|phone|host|container) time|time ?zone)\\b"
            "[^.!?\\n]{0,30}?\\b(?:slow|fast|behind|ahead|off|wrong|incorrect|skew(?:ed)?|drift(?:ed|ing)?|differs?|different"
            "|out of sync|not (?:in )?sync(?:ed|hroni[sz]ed)?)\\b"
            "|\\btime\\b[^.!?\\n]{0,30}?\\b(?:skew(?:ed)?|drift(?:ed|ing)?|differs|out of sync)\\b"
            "|\\b(?:slow|fast|wrong|incorrect|skewed|drifting|unsynchroni[sz]ed) (?:system )?(?:clock|time)\\b"
            "|\\b(?:clock|time) (?:skew|drift)\\b"));
        const auto m = english.match(lower.text());
        if (m.hasMatch())
            return m.captured(0);
    }
    for (const char16_t *noun : {u"时间", u"时钟", u"时区", u"시간", u"시계"}) {
        if (!lower.containsSubstring(QStringView(noun)))
            continue;
        static const QRegularExpression chineseKorean(QStringLiteral(
            "(?:时间|时钟|时区)[^。！？，,.\\n]{0,8}?(?:快了|慢了|不对|不准|偏差|不同步|相差|差了|误差|不一致)"
            "|(?:시간|시계)[^.!?\\n]{0,10}?(?:느리|느려|빠르|빨라|안 맞|틀리|틀려|차이)"));
        const auto m = chineseKorean.match(lower.text());
        return m.hasMatch() ? m.captured(0) : QString();
    }
    return {};
}
