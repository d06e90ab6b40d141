#include "providers/ProviderDetector.h"

#include "common/LiteralSet.h"

#include <QRegularExpression>

namespace {
struct Rule {
    const char *id;
    Provider provider;
    int weight;
    QRegularExpression re;
    // Every match of `re` contains one of these: a text with none of them skips the pattern, which
    // is then never compiled (Qt compiles a pattern at its first match). The longer they are, the
    // fewer texts run a pattern that then finds nothing: "aliyun" alone is in every OSS host name,
    // where the SDK pattern ran and failed, so the literals are whole alternatives where they can be.
    QStringList literals;
};

// The literals of all rules in one set, so the lower-cased text is read once for all of them;
// rule i's literals are bits firstLiteral[i] .. firstLiteral[i + 1] - 1 of the answer.
struct RuleLiterals {
    QList<qsizetype> firstLiteral;
    LiteralSet set;
};

// Patterns are matched against the lower-cased text unless they say otherwise.
const QList<Rule> &rules()
{
    static const auto ci = QRegularExpression::NoPatternOption;
    static const QList<Rule> list{
        {"host.cos", Provider::Cos, 8, QRegularExpression(QStringLiteral("\\.(?:myqcloud\\.com|tencentcos\\.(?:cn|com))\\b"), ci),
         {QStringLiteral("myqcloud.com"), QStringLiteral("tencentcos.")}},
        {"host.oss", Provider::Oss, 8, QRegularExpression(QStringLiteral("\\boss[a-z0-9-]*\\.aliyuncs\\.com\\b"), ci),
         {QStringLiteral(".aliyuncs.com")}},
        {"host.s3", Provider::S3, 8, QRegularExpression(QStringLiteral("\\bs3[a-z0-9.-]*\\.amazonaws\\.com\\b"), ci),
         {QStringLiteral(".amazonaws.com")}},
        {"header.cos", Provider::Cos, 4, QRegularExpression(QStringLiteral("\\bx-cos-[a-z-]+"), ci), {QStringLiteral("x-cos-")}},
        {"header.oss", Provider::Oss, 4, QRegularExpression(QStringLiteral("\\bx-oss-[a-z-]+"), ci), {QStringLiteral("x-oss-")}},
        {"header.amz", Provider::S3, 3, QRegularExpression(QStringLiteral("\\bx-amz-(?:request-id|id-2|bucket-region)"), ci),
         {QStringLiteral("x-amz-request-id"), QStringLiteral("x-amz-id-2"), QStringLiteral("x-amz-bucket-region")}},
        {"server.cos", Provider::Cos, 5, QRegularExpression(QStringLiteral("server:\\s*tencent-cos"), ci),
         {QStringLiteral("tencent-cos")}},
        {"server.oss", Provider::Oss, 5, QRegularExpression(QStringLiteral("server:\\s*aliyunoss"), ci),
         {QStringLiteral("aliyunoss")}},
        {"server.s3", Provider::S3, 5, QRegularExpression(QStringLiteral("server:\\s*(?:amazons3|minio)"), ci),
         {QStringLiteral("amazons3"), QStringLiteral("minio")}},
        {"sdk.cos", Provider::Cos, 5,
         QRegularExpression(QStringLiteral("com\\.qcloud\\.cos|qcloud_cos|cos-js-sdk|cos-nodejs-sdk|cos-go-sdk|cosxml|"
                                           "cosserviceexception|cosclientexception|qcloud\\\\cos|cos-python-sdk|coscmd|coscli"), ci),
         {QStringLiteral("qcloud.cos"), QStringLiteral("qcloud_cos"), QStringLiteral("cos-js-sdk"), QStringLiteral("cos-nodejs-sdk"),
          QStringLiteral("cos-go-sdk"), QStringLiteral("cosxml"), QStringLiteral("cosserviceexception"), QStringLiteral("cosclientexception"),
          QStringLiteral("qcloud\\cos"), QStringLiteral("cos-python-sdk"), QStringLiteral("coscmd"), QStringLiteral("coscli")}},
        {"sdk.oss", Provider::Oss, 5,
         QRegularExpression(QStringLiteral("com\\.aliyun\\.oss|\\boss2\\b|\\bali-oss\\b|aliyun\\.oss|ossexception|"
                                           "oss\\\\core|aliyun-oss|alibabacloud-oss|ossutil|ossbrowser|oss: service returned error"), ci),
         {QStringLiteral("aliyun.oss"), QStringLiteral("oss2"), QStringLiteral("ali-oss"), QStringLiteral("ossexception"), QStringLiteral("aliyun-oss"),
          QStringLiteral("oss\\core"), QStringLiteral("alibabacloud-oss"), QStringLiteral("ossutil"), QStringLiteral("ossbrowser"),
          QStringLiteral("oss: service returned error")}},
        {"sdk.s3", Provider::S3, 5,
         QRegularExpression(QStringLiteral("com\\.amazonaws|software\\.amazon\\.awssdk|botocore|\\bboto3\\b|@aws-sdk|aws-sdk|"
                                           "amazons3exception|aws\\\\s3|service: (?:amazon )?s3\\b|operation error s3:|"
                                           "\\bminio\\b|\\bs3cmd\\b|\\brclone\\b"), ci),
         {QStringLiteral("com.amazonaws"), QStringLiteral("software.amazon.awssdk"), QStringLiteral("botocore"), QStringLiteral("boto3"),
          QStringLiteral("aws-sdk"), QStringLiteral("amazons3exception"), QStringLiteral("aws\\s3"), QStringLiteral("service: s3"),
          QStringLiteral("service: amazon s3"),
          QStringLiteral("operation error s3:"), QStringLiteral("minio"), QStringLiteral("s3cmd"), QStringLiteral("rclone")}},
        {"auth.cos", Provider::Cos, 5, QRegularExpression(QStringLiteral("q-sign-algorithm|q-signature|q-key-time"), ci),
         {QStringLiteral("q-sign-algorithm"), QStringLiteral("q-signature"), QStringLiteral("q-key-time")}},
        {"auth.oss", Provider::Oss, 5,
         QRegularExpression(QStringLiteral("oss4-hmac-sha256|authorization:\\s*oss [^\\s:]+:|ossaccesskeyid|x-oss-signature"), ci),
         {QStringLiteral("oss4-hmac-sha256"), QStringLiteral("oss "), QStringLiteral("ossaccesskeyid"), QStringLiteral("x-oss-signature")}},
        {"auth.s3", Provider::S3, 3, QRegularExpression(QStringLiteral("aws4-hmac-sha256|x-amz-signature|x-amz-credential"), ci),
         {QStringLiteral("aws4-hmac-sha256"), QStringLiteral("x-amz-signature"), QStringLiteral("x-amz-credential")}},
        {"body.oss", Provider::Oss, 4, QRegularExpression(QStringLiteral("<ec>|<recommenddoc>|<ossaccesskeyid>|['\"]ec['\"]\\s*:|\\bec=\\d{4}-"), ci),
         {QStringLiteral("<ec>"), QStringLiteral("<recommenddoc>"), QStringLiteral("<ossaccesskeyid>"), QStringLiteral("ec\""),
          QStringLiteral("ec'"), QStringLiteral("ec=")}},
        {"body.cos", Provider::Cos, 3, QRegularExpression(QStringLiteral("<traceid>|trace id:|['\"]traceid['\"]"), ci),
         {QStringLiteral("<traceid>"), QStringLiteral("trace id:"), QStringLiteral("traceid'"), QStringLiteral("traceid\"")}},
        {"body.s3", Provider::S3, 3, QRegularExpression(QStringLiteral("<awsaccesskeyid>|<maxallowedskewmilliseconds>|extended request id|x-amz-expires"), ci),
         {QStringLiteral("<awsaccesskeyid>"), QStringLiteral("<maxallowedskewmilliseconds>"),
          QStringLiteral("extended request id"), QStringLiteral("x-amz-expires")}},
        {"words.cos", Provider::Cos, 3,
         QRegularExpression(QStringLiteral("you are denied by bucket referer rule|qcs::|tencent|腾讯云|\\bcos\\b|\\bcam\\b|"
                                           "对象存储控制台|텐센트"), ci),
         {QStringLiteral("referer rule"), QStringLiteral("qcs::"), QStringLiteral("tencent"), QStringLiteral("腾讯云"),
          QStringLiteral("cos"), QStringLiteral("cam"), QStringLiteral("对象存储控制台"), QStringLiteral("텐센트")}},
        {"words.oss", Provider::Oss, 3,
         QRegularExpression(QStringLiteral("oss access key id|bucket referer policy|anonymous user has no right|you have no right to access|"
                                           "acs:oss|alibaba|aliyun|阿里云|\\boss\\b|\\bram\\b|알리바바"), ci),
         {QStringLiteral("oss"), QStringLiteral("bucket referer policy"), QStringLiteral("no right"), QStringLiteral("alibaba"),
          QStringLiteral("aliyun"), QStringLiteral("阿里云"), QStringLiteral("ram"), QStringLiteral("알리바바")}},
        {"words.s3", Provider::S3, 3,
         QRegularExpression(QStringLiteral("aws access key id|identity-based policy|resource-based policy|arn:aws|\\baws\\b|\\bamazon\\b|"
                                           "\\bs3\\b|\\biam\\b|cloudflare r2|\\bceph\\b"), ci),
         {QStringLiteral("aws"), QStringLiteral("-based policy"), QStringLiteral("amazon"), QStringLiteral("s3"),
          QStringLiteral("iam"), QStringLiteral("cloudflare r2"), QStringLiteral("ceph")}},
        // S3-compatible stores named in prose: their reports are read with the S3 guide, so a text
        // that names one speaks for S3 (a COS, OSS or AWS report names its provider as above).
        {"words.s3compat", Provider::S3, 3,
         QRegularExpression(QStringLiteral("backblaze|wasabi|digitalocean|华为云|huawei cloud|ksyun|金山云|\\bks3\\b|"
                                           "ibm cloud object storage|seaweedfs|storj|tigris|linode|scaleway|cloudflare-r2|\\bwrangler\\b|\\br2 bucket"), ci),
         {QStringLiteral("backblaze"), QStringLiteral("wasabi"), QStringLiteral("digitalocean"), QStringLiteral("华为云"),
          QStringLiteral("huawei cloud"), QStringLiteral("ksyun"), QStringLiteral("金山云"), QStringLiteral("ks3"),
          QStringLiteral("ibm cloud object storage"), QStringLiteral("seaweedfs"), QStringLiteral("storj"), QStringLiteral("tigris"),
          QStringLiteral("linode"), QStringLiteral("scaleway"), QStringLiteral("cloudflare-r2"), QStringLiteral("wrangler"),
          QStringLiteral("r2 bucket")}},
        {"key.cos", Provider::Cos, 2, QRegularExpression(QStringLiteral("\\bakid[0-9a-z]{20,}"), ci), {QStringLiteral("akid")}},
        {"key.oss", Provider::Oss, 2, QRegularExpression(QStringLiteral("\\bltai[0-9a-z]{8,}|\\bsts\\.[0-9a-z]{10,}"), ci),
         {QStringLiteral("ltai"), QStringLiteral("sts.")}},
        {"key.s3", Provider::S3, 2, QRegularExpression(QStringLiteral("\\b(?:akia|asia)[0-9a-z]{12,}"), ci),
         {QStringLiteral("akia"), QStringLiteral("asia")}},
    };
    return list;
}

const RuleLiterals &ruleLiterals()
{
    static const RuleLiterals literals = [] {
        RuleLiterals r;
        QList<LiteralSet::Literal> all;
        for (const Rule &rule : rules()) {
            r.firstLiteral.append(all.size());
            for (const QString &literal : rule.literals)
                all.append({literal, Qt::CaseSensitive});
        }
        r.firstLiteral.append(all.size());
        r.set = LiteralSet(all);
        return r;
    }();
    return literals;
}

int &scoreOf(ProviderGuess &guess, Provider provider)
{
    switch (provider) {
    case Provider::Cos:
        return guess.cos;
    case Provider::Oss:
        return guess.oss;
    default:
        return guess.s3;
    }
}
}

ProviderGuess ProviderDetector::detect(const QString &text, const QString &lowerText, const QString &requestId)
{
    Q_UNUSED(text)
    ProviderGuess guess;
    const RuleLiterals &literals = ruleLiterals();
    const QBitArray found = literals.set.find(lowerText);
    const QList<Rule> &list = rules();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Rule &rule = list.at(i);
        bool any = false;
        for (qsizetype l = literals.firstLiteral.at(i); l < literals.firstLiteral.at(i + 1) && !any; ++l)
            any = found.testBit(l);
        if (any && rule.re.match(lowerText).hasMatch()) {
            scoreOf(guess, rule.provider) += rule.weight;
            guess.reasons << QString::fromLatin1(rule.id);
        }
    }
    // Request-id shapes: OSS 24 upper-case hex; S3 16 upper-case letters and digits; COS base64 of
    // an underscore-separated hex tuple, which starts with "N" and is 40 or more characters long.
    static const QRegularExpression ossId(QStringLiteral("^[0-9A-F]{24}$"));
    static const QRegularExpression s3Id(QStringLiteral("^[0-9A-Z]{16}$"));
    static const QRegularExpression cosId(QStringLiteral("^N[A-Za-z0-9+/]{30,}={0,2}$"));
    // Each shape has its length (and COS its first letter): other ids are not matched at all.
    const qsizetype idSize = requestId.size();
    if (idSize == 24 && ossId.match(requestId).hasMatch()) {
        guess.oss += 2;
        guess.reasons << QStringLiteral("requestid.oss");
    } else if (idSize == 16 && s3Id.match(requestId).hasMatch()) {
        guess.s3 += 2;
        guess.reasons << QStringLiteral("requestid.s3");
    } else if (idSize > 30 && requestId.startsWith(u'N') && cosId.match(requestId).hasMatch()) {
        guess.cos += 2;
        guess.reasons << QStringLiteral("requestid.cos");
    }
    const QList<Provider> leaders = guess.leaders();
    if (leaders.size() == 1)
        guess.provider = leaders.first();
    return guess;
}

QList<Provider> ProviderGuess::leaders() const
{
    // Every clue adds 2 or more: under 2, nothing in the text spoke for any provider.
    const int best = std::max({cos, oss, s3});
    if (best < 2)
        return {};
    QList<Provider> list;
    if (cos == best)
        list << Provider::Cos;
    if (oss == best)
        list << Provider::Oss;
    if (s3 == best)
        list << Provider::S3;
    return list;
}

QList<Provider> ProviderGuess::tied() const
{
    const QList<Provider> list = leaders();
    return list.size() > 1 ? list : QList<Provider>{};
}
