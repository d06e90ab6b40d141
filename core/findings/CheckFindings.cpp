#include "findings/CheckFindings.h"

namespace {
struct Rule {
    const char *check;
    const char *reason; // "*" for any reason of that status
    CheckResult::Status status;
    const char *category;
    double weight;
    // Proves its category (a failing check) or excludes it (a passing one): the cause's state
    // becomes confirmed or ruled out. Not decisive: the verdict only moves the score.
    bool decisive;
    // The one cause the reason names, as the trees spell it after the provider ("referer.…"), when
    // the reason says more than the category; a tree without that cause takes the category's best.
    const char *cause = nullptr;
};

// A failing check is strong evidence for its category; a passing one rules it down, less strongly,
// since a check asks the bucket now and the failure may have been another request at another time.
// A rule with an exact reason wins over a "*" rule of the same check, status and category.
// Decisive rules are those whose reason names the cause itself (the server refused the key, the
// Referer, the preflight; the object is archived; the endpoint is another one) or whose pass leaves
// the cause no room (the key was accepted, the clock is in sync, the bucket is public).
constexpr Rule kRules[] = {
    {"endpoint", "wrong_endpoint", CheckResult::Status::Fail, "wrong_endpoint_region", 6, true},
    {"endpoint", "region_mismatch", CheckResult::Status::Fail, "wrong_endpoint_region", 6, true},
    {"endpoint", "*", CheckResult::Status::Fail, "wrong_endpoint_region", 6, false},
    {"endpoint", "reachable", CheckResult::Status::Pass, "wrong_endpoint_region", -2, false},
    {"time", "too_skewed", CheckResult::Status::Fail, "clock_skew", 8, true},
    {"time", "drifting", CheckResult::Status::Warn, "clock_skew", 1, false},
    {"time", "in_sync", CheckResult::Status::Pass, "clock_skew", -3, true},
    {"key", "key_unknown", CheckResult::Status::Fail, "key_invalid_or_disabled", 8, true},
    {"key", "key_disabled", CheckResult::Status::Fail, "key_invalid_or_disabled", 8, true},
    {"key", "account_disabled", CheckResult::Status::Fail, "account_or_bucket_disabled", 8, true},
    {"key", "signature_mismatch", CheckResult::Status::Fail, "secret_wrong_signature", 8, true},
    {"key", "token_missing", CheckResult::Status::Fail, "sts_token_expired_or_missing", 8, true},
    {"key", "token_invalid", CheckResult::Status::Fail, "sts_token_expired_or_missing", 8, true},
    {"key", "clock_rejected", CheckResult::Status::Fail, "clock_skew", 4, true},
    {"key", "region_rejected", CheckResult::Status::Fail, "wrong_endpoint_region", 6, true},
    {"key", "wrong_endpoint", CheckResult::Status::Fail, "wrong_endpoint_region", 6, true},
    {"key", "*", CheckResult::Status::Pass, "key_invalid_or_disabled", -3, true},
    {"key", "*", CheckResult::Status::Pass, "secret_wrong_signature", -3, true},
    {"key", "accepted_denied", CheckResult::Status::Pass, "permission_acl_policy", 3, false},
    {"anonymous", "public", CheckResult::Status::Pass, "anonymous_private", -3, true},
    {"acl", "public_read", CheckResult::Status::Pass, "anonymous_private", -2, true},
    {"policy", "explicit_deny", CheckResult::Status::Fail, "permission_acl_policy", 6, true},
    {"policy", "network_condition", CheckResult::Status::Warn, "policy_condition_ip_vpc", 5, false},
    {"policy", "public_by_policy", CheckResult::Status::Pass, "anonymous_private", -2, true},
    {"cors", "*", CheckResult::Status::Fail, "cors", 8, true},
    {"cors", "rules_disagree", CheckResult::Status::Warn, "cors", 3, false},
    {"cors", "allowed", CheckResult::Status::Pass, "cors", -3, true},
    {"referer", "empty_referer_denied", CheckResult::Status::Fail, "referer", 8, true, "referer.empty_referer_denied"},
    {"referer", "*", CheckResult::Status::Fail, "referer", 8, true},
    {"referer", "allowed", CheckResult::Status::Pass, "referer", -3, true},
    {"object", "archived", CheckResult::Status::Fail, "archive_not_restored", 8, true},
    {"object", "restoring", CheckResult::Status::Fail, "archive_not_restored", 8, true},
    {"object", "available", CheckResult::Status::Pass, "archive_not_restored", -3, true},
    {"object", "restored", CheckResult::Status::Pass, "archive_not_restored", -3, true},
    {"object", "denied", CheckResult::Status::Warn, "permission_acl_policy", 1, false},
    {"encryption", "kms", CheckResult::Status::Warn, "kms", 5, false},
    {"encryption", "none", CheckResult::Status::Pass, "kms", -3, true},
    {"encryption", "managed", CheckResult::Status::Pass, "kms", -3, true},
    {"write", "denied", CheckResult::Status::Fail, "permission_acl_policy", 3, false},
};
}

QList<Finding> CheckFindings::fromResults(const QList<CheckResult> &results, bool tokenGiven, bool keyGiven)
{
    QList<Finding> findings;
    for (const CheckResult &result : results) {
        const Statement evidence = result.toStatement();
        auto exactRuleFor = [&](const Rule &wild) {
            for (const Rule &rule : kRules) {
                if (qstrcmp(rule.check, wild.check) == 0 && rule.status == wild.status && qstrcmp(rule.category, wild.category) == 0
                    && qstrcmp(rule.reason, "*") != 0 && result.reason == QLatin1String(rule.reason))
                    return true;
            }
            return false;
        };
        for (const Rule &rule : kRules) {
            if (result.id != QLatin1String(rule.check) || result.status != rule.status)
                continue;
            if (qstrcmp(rule.reason, "*") != 0 && result.reason != QLatin1String(rule.reason))
                continue;
            if (qstrcmp(rule.reason, "*") == 0 && exactRuleFor(rule))
                continue;
            Finding finding;
            finding.source = result.id;
            finding.categoryId = QString::fromLatin1(rule.category);
            finding.weight = rule.weight;
            finding.evidence = evidence;
            finding.decisive = rule.decisive;
            finding.causeKey = QString::fromLatin1(rule.cause);
            findings.append(finding);
        }
        // A private bucket explains the failure of an unsigned request; with a key at hand the failing
        // request was more likely signed, so the hint is weaker.
        if (result.id == QLatin1String("anonymous") && result.reason == QLatin1String("private"))
            findings.append({result.id, QStringLiteral("anonymous_private"), keyGiven ? 0.5 : 2, evidence});
        // A key accepted with a token says the token is good too.
        if (tokenGiven && result.id == QLatin1String("key") && result.status == CheckResult::Status::Pass)
            findings.append({result.id, QStringLiteral("sts_token_expired_or_missing"), -3, evidence, true});
    }
    return findings;
}
