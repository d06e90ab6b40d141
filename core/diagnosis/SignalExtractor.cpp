#include "diagnosis/SignalExtractor.h"

#include "common/UtcTime.h"
#include "common/WholeWord.h"
#include "providers/StorageUrl.h"

#include <QRegularExpression>
#include <QStringMatcher>

#include <cmath>

using namespace Qt::StringLiterals;

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

// The first of the words that the text holds as a word of its own somewhere, not only joined to
// what precedes it by `joiner`: ':' for an action a policy lists ("s3:PutObject" is no call of
// the request), '-' after a letter or digit for the tail of a compound name ("oss-browser",
// Alibaba's desktop client, is no web browser; "--no-sign-request" stays a switch).
QString firstWordApart(const QString &lower, const WholeWordIndex &lowerIndex, const QStringList &words, QChar joiner)
{
    auto joined = [&lower, joiner](qsizetype at) {
        if (at == 0 || lower.at(at - 1) != joiner)
            return false;
        return joiner != u'-' || (at >= 2 && lower.at(at - 2).isLetterOrNumber());
    };
    for (const QString &word : words) {
        if (!lowerIndex.contains(word))
            continue;
        const qsizetype first = lower.indexOf(word);
        bool anyJoined = false;
        for (qsizetype at = first; at >= 0 && !anyJoined; at = lower.indexOf(word, at + 1))
            anyJoined = joined(at);
        if (!anyJoined)
            return word;
        // Blank the joined occurrences and ask again whether it stands whole anywhere.
        QString apart = lower;
        for (qsizetype at = first; at >= 0; at = lower.indexOf(word, at + 1)) {
            if (joined(at))
                apart.replace(at, word.size(), QString(word.size(), u' '));
        }
        if (WholeWord::contains(apart, word))
            return word;
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


// The word lists of the signals that name one word found, written in lower case (the text is
// searched lower-cased; TestSignalExtractor holds every word to it) as literals, which cost no
// allocation at start (made from UTF-8 and lower-cased, they cost 0.17 M instructions of a CLI run).
// Each signal's words come in two lists where they can: names a request, a URL, a log or code
// shows (a header, a parameter, an API or a client switch), then words of the reporter's prose,
// which say what the text speaks of, not what the paste shows (Signal::fromText).
struct SignalWords {
    QStringList token, tokenSaid, cors, corsSaid, preflightSaid, refererSaid, anonymous, anonymousSaid, upload, uploadSaid;
};

const SignalWords &signalWords()
{
    static const SignalWords words{
        QStringList{u"x-cos-security-token"_s, u"x-oss-security-token"_s, u"x-amz-security-token"_s, u"x-ci-security-token"_s,
                    u"security-token="_s, u"securitytoken"_s, u"sessiontoken"_s, u"assumerole"_s},
        QStringList{u"security token"_s, u"session token"_s, u"temporary key"_s, u"temporary credential"_s, u"临时密钥"_s,
                    u"临时凭证"_s, u"临时访问凭证"_s, u"임시 키"_s, u"임시 자격"_s},
        QStringList{u"xmlhttprequest"_s, u"access-control-"_s, u"failed to load resource"_s},
        QStringList{u"cors"_s, u"跨域"_s, u"跨源"_s, u"크로스 도메인"_s, u"browser"_s, u"浏览器"_s, u"브라우저"_s,
                    u"web page"_s, u"网页"_s, u"前端"_s, u"프런트엔드"_s, u"axios"_s, u"ajax"_s, u"vue"_s, u"react"_s,
                    u"angular"_s, u"front-end"_s, u"frontend"_s, u"web app"_s, u"works in postman"_s},
        QStringList{u"preflight"_s, u"预检"_s, u"프리플라이트"_s},
        QStringList{u"referer"_s, u"referrer"_s, u"hotlink"_s, u"防盗链"_s, u"盗链"_s, u"링크 도용"_s, u"리퍼러"_s},
        // The clients' own switches for an unsigned request: the AWS CLI's --no-sign-request,
        // botocore's UNSIGNED, the Java SDKs' anonymous credentials, fsspec's anon.
        QStringList{u"no-sign-request"_s, u"signature_version=unsigned"_s, u"anonymouscredentialsprovider"_s,
                    u"anonymousawscredentials"_s, u"anon=true"_s},
        QStringList{u"anonymous"_s, u"匿名"_s, u"익명"_s, u"unsigned request"_s, u"public-read"_s, u"公有读"_s,
                    u"public read"_s},
        QStringList{u"putobject"_s, u"postobject"_s},
        QStringList{u"put object"_s, u"upload"_s, u"上传"_s, u"업로드"_s},
    };
    return words;
}

struct WordSignal {
    const char *id;
    QStringList words;
};

// The signals raised by one word of the reporter's text (Signal::fromText).
const QList<WordSignal> &wordSignals()
{
    static const QList<WordSignal> wordSignals{
        {"archive", QStringList{u"deep_archive"_s, u"archive"_s, u"coldarchive"_s, u"deepcoldarchive"_s, u"glacier"_s,
                                u"restore"_s, u"归档"_s, u"解冻"_s, u"아카이브"_s, u"복구"_s}},
        {"kms", QStringList{u"kms"_s, u"cmk"_s, u"customer master key"_s, u"sse-kms"_s, u"密钥管理服务"_s}},
        {"sub_account", QStringList{u"sub-account"_s, u"subaccount"_s, u"sub account"_s, u"ram user"_s, u"ram 用户"_s,
                                    u"ram用户"_s, u"ram role"_s, u"cam "_s, u"iam user"_s, u"iam role"_s, u"assumed-role"_s,
                                    u"子账号"_s, u"子账户"_s, u"子用户"_s, u"서브 계정"_s, u"하위 계정"_s, u":user/"_s,
                                    u":role/"_s}},
        {"cross_account", QStringList{u"cross-account"_s, u"cross account"_s, u"another account"_s, u"跨账号"_s, u"跨账户"_s,
                                      u"他人的存储桶"_s, u"계정 간"_s}},
        {"policy", QStringList{u"bucket policy"_s, u"identity-based policy"_s, u"resource-based policy"_s, u"ram policy"_s,
                               u"cam policy"_s, u"iam policy"_s, u"session policy"_s, u"permissions boundary"_s,
                               u"service control policy"_s, u"policy"_s, u"存储桶策略"_s, u"授权策略"_s, u"策略"_s, u"정책"_s}},
        {"explicit_deny", QStringList{u"explicit deny"_s, u"\"effect\": \"deny\""_s, u"\"effect\":\"deny\""_s,
                                      u"effect: deny"_s, u"显式拒绝"_s}},
        {"acl", QStringList{u"bucket acl"_s, u"object acl"_s, u"x-cos-acl"_s, u"x-oss-acl"_s, u"x-amz-acl"_s, u" acl"_s,
                            u"访问权限"_s, u"private"_s, u"私有读"_s, u"public-read"_s, u"액세스 권한"_s, u"acl"_s}},
        {"ip_vpc", QStringList{u"vpc"_s, u"vpce"_s, u"sourceip"_s, u"source ip"_s, u"qcs:ip"_s, u"acs:sourceip"_s,
                               u"aws:sourceip"_s, u"ip whitelist"_s, u"ip 白名单"_s, u"内网"_s, u"ip_equal"_s}},
        {"post_policy", QStringList{u"postobject"_s, u"post object"_s, u"post policy"_s, u"invalid according to policy"_s,
                                    u"\"expiration\""_s, u"\"conditions\""_s}},
        {"cdn", QStringList{u"cdn"_s, u"x-cache"_s, u"via:"_s, u"edgeone"_s, u"cloudfront"_s, u"加速域名"_s}},
        {"requester_pays", QStringList{u"requester pays"_s, u"request-payer"_s, u"requestpayer"_s, u"x-amz-request-payer"_s,
                                       u"请求者付费"_s}},
    };
    return wordSignals;
}
}

QStringList SignalExtractor::words()
{
    const SignalWords &w = signalWords();
    QStringList all = w.token + w.tokenSaid + w.cors + w.corsSaid + w.preflightSaid + w.refererSaid + w.anonymous + w.anonymousSaid
        + w.upload + w.uploadSaid;
    for (const WordSignal &ws : wordSignals())
        all += ws.words;
    return all;
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
            detail = firstWordApart(lower, lowerIndex, signalWords().tokenSaid, u'-');
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
            detail = firstWordApart(lower, lowerIndex, signalWords().corsSaid, u'-');
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
            detail = firstWordApart(lower, lowerIndex, signalWords().preflightSaid, u'-');
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
            detail = firstWordApart(lower, lowerIndex, signalWords().refererSaid, u'-');
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
        // A head cut short ("...", "…" on a line of its own) may have had one.
        static const QRegularExpression elided(QStringLiteral("^[ \\t>]*(?:\\.\\.\\.|…|\\[\\.\\.\\.\\])[ \\t]*$"),
                                               QRegularExpression::MultilineOption);
        const bool sawRequestHead = !input.requestHeader(QStringLiteral("Host")).isEmpty()
            && (input.formats.contains(QStringLiteral("curl-verbose")) || input.formats.contains(QStringLiteral("http-dump")))
            && !((lower.contains(QLatin1String("...")) || lower.contains(u'…')) && elided.match(lower).hasMatch());
        if (authHeader || signedUrl)
            c.add(QStringLiteral("signed"), authField ? QStringLiteral("Authorization") : signedUrl ? QStringLiteral("URL") : algorithm);
        if (const QString client = firstWord(lowerIndex, signalWords().anonymous); !client.isEmpty())
            c.add(QStringLiteral("anonymous"), client);
        else if (const QString word = firstWordApart(lower, lowerIndex, signalWords().anonymousSaid, u'-'); !word.isEmpty())
            c.add(QStringLiteral("anonymous"), word, true);
        else if (sawRequestHead && !authHeader && !signedUrl)
            c.add(QStringLiteral("anonymous"), kUnsignedRequestHead);
    }

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
    for (const WordSignal &ws : wordSignals()) {
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
    else if (const QString call = firstWordApart(lower, lowerIndex, signalWords().upload, u':'); !call.isEmpty())
        c.add(QStringLiteral("write_method"), call);
    else if (const QString word = firstWordApart(lower, lowerIndex, signalWords().uploadSaid, u'-'); !word.isEmpty())
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
