#pragma once

#include "common/Provider.h"

#include <QString>
#include <QStringList>

// The provider's referer (hotlink) configuration as GET ?referer returns it (providers.md §4, §7).
// One struct for COS and OSS: each provider fills its own fields and leaves the others at their
// defaults.
struct RefererConfig {
    enum class ListType { WhiteList, BlackList };

    // COS: RefererConfiguration{Status, RefererType, DomainList/Domain*, EmptyReferConfiguration}.
    bool cosEnabled = false;
    ListType cosType = ListType::WhiteList;
    QStringList cosDomains;
    bool cosAllowEmpty = false; // EmptyReferConfiguration, default Deny (§7.1)

    // OSS: RefererConfiguration{AllowEmptyReferer, AllowTruncateQueryString, TruncatePath,
    // RefererList/Referer*, RefererBlacklist/Referer*}. Defaults apply when an element is absent.
    bool ossAllowEmpty = true;
    bool ossTruncateQueryString = true; // overwritten by the parser with the UNCONFIRMED default
    bool ossTruncatePath = false;
    QStringList ossWhitelist;
    QStringList ossBlacklist;
};

// What the evaluator was asked about: one request as the bucket would see it.
struct RefererRequest {
    // How the request is authenticated: COS skips the referer check for every signed request,
    // OSS only for requests with an Authorization header (it still checks signed URLs, §7.2).
    enum class Auth { Anonymous, AuthorizationHeader, SignedUrl };

    QString referer; // the Referer header value; empty means absent
    Auth auth = Auth::Anonymous;
};

// Which rule decided and why. `reason` is machine-readable; turning it into a sentence is the job
// of a later, translated layer. `detail` carries the technical specifics (the pattern that
// matched, the referer as compared, the XML error).
struct RefererVerdict {
    enum class Decision {
        Allowed,       // the referer rules let the request through (it may still fail elsewhere)
        Denied,        // the referer rules give 403 AccessDenied
        NotApplicable, // the provider has no referer feature
        Invalid,       // the configuration could not be read
    };
    enum class Reason {
        NotSupported,                   // S3 (or unknown): no native referer feature (§7.3)
        NoConfiguration,                // no configuration given (COS 404 NoSuchRefererConfiguration)
        MalformedConfiguration,         // see `error` and `detail`
        Disabled,                       // COS Status=Disabled
        SignedRequestNotChecked,        // COS: any signed request; OSS: Authorization header
        EmptyRefererAllowed,            // COS EmptyReferConfiguration=Allow, OSS AllowEmptyReferer=true
        EmptyRefererAllowedNoWhitelist, // OSS AllowEmptyReferer=false but the whitelist is empty
        EmptyRefererDenied,             // empty referer and the configuration does not allow it
        BlacklistHit,                   // the referer matches a blacklist entry
        NotInBlacklist,                 // COS Black-List: no entry matches
        WhitelistHit,                   // the referer matches a whitelist entry
        NotInWhitelist,                 // no whitelist entry matches
        NoWhitelist,                    // OSS: not blacklisted and the whitelist is empty
    };
    enum class List { None, Whitelist, Blacklist };
    enum class ParseError { None, UnsupportedProvider, MalformedXml, WrongRootElement, MissingElement, InvalidValue };

    Decision decision = Decision::Allowed;
    Reason reason = Reason::NoConfiguration;
    List list = List::None;
    int index = -1;          // index of the deciding entry in `list`, −1 when no entry decided
    QString pattern;         // the deciding entry as configured
    QString comparedReferer; // the referer after truncation (OSS), as it was matched
    ParseError error = ParseError::None;
    QString detail;

    // Stable ids for JSON and tests: "blacklist_hit", "not_in_whitelist", …
    static QString reasonId(Reason reason);
    static QString decisionId(Decision decision);
};

// Result of reading a configuration on its own (a live check can show the rules it read).
struct RefererParseResult {
    RefererConfig config;
    RefererVerdict::ParseError error = RefererVerdict::ParseError::None;
    QString detail; // the XML reader's message with line and column, or the offending element
    bool ok() const { return error == RefererVerdict::ParseError::None; }
};

// Offline referer (hotlink) evaluator for COS and OSS (providers.md §7). Pure: no network.
//
// Usage:
//   RefererRequest request;
//   request.referer = QStringLiteral("https://www.example.com/page.html");
//   const RefererVerdict v = RefererEvaluator::evaluate(Provider::Cos, xmlFromGetBucketReferer, request);
//   if (v.decision == RefererVerdict::Decision::Denied) … v.reason, v.list, v.index, v.pattern …
//
// An empty configuration text means "no referer configuration" and allows everything.
namespace RefererEvaluator {

// An OSS entry matches a prefix of the Referer. Stated by the OSS troubleshooting page ("OSS checks
// the Referer field by matching the URL prefix", https://www.alibabacloud.com/help/en/oss/user-guide/how-to-configure-hotlink-protection-and-troubleshoot-common-errors)
// and by its worked examples: a whitelist of http(s)://www.example.com admits the webpages of
// www.example.com (https://www.alibabacloud.com/help/en/oss/user-guide/common-examples-of-hotlink-protection),
// *.aliyun.com admits help.aliyun.com (TestRefererEvaluator::documentedExamples). Still to be
// confirmed by a live probe (providers.md §7.2, §12).
constexpr bool kOssPrefixMatch = true;

// UNCONFIRMED (providers.md §7.2, §12): the OSS docs contradict each other on the default of
// AllowTruncateQueryString; the PutBucketReferer API reference says true.
constexpr bool kOssAllowTruncateQueryStringDefault = true;

// Our reading, not stated in providers.md §7.1: COS applies EmptyReferConfiguration under a
// Black-List too (the API reference lists it without tying it to the list type).
constexpr bool kCosEmptyRuleAppliesToBlackList = true;

RefererParseResult parse(Provider provider, const QString &xml);
RefererVerdict evaluate(Provider provider, const RefererConfig &config, const RefererRequest &request);
RefererVerdict evaluate(Provider provider, const QString &xml, const RefererRequest &request);

// The single-entry matchers, exposed for the live check and for tests.
bool cosEntryMatches(const QString &entry, const QString &referer);
bool ossEntryMatches(const QString &entry, const QString &comparedReferer);
// OSS: the referer as the server compares it after AllowTruncateQueryString / TruncatePath.
QString ossComparedReferer(const QString &referer, bool truncateQueryString, bool truncatePath);
}
