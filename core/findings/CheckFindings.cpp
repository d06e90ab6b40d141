#include "findings/CheckFindings.h"

namespace {
struct Rule {
    const char *check;
    const char *reason; // "*" for any reason of that status
    CheckResult::Status status;
    const char *category;
    double weight;
};

// A failing check is strong evidence for its category; a passing one rules it down, less strongly,
// since a check asks the bucket now and the failure may have been another request at another time.
constexpr Rule kRules[] = {
    {"endpoint", "*", CheckResult::Status::Fail, "wrong_endpoint_region", 6},
    {"endpoint", "reachable", CheckResult::Status::Pass, "wrong_endpoint_region", -2},
    {"time", "too_skewed", CheckResult::Status::Fail, "clock_skew", 8},
    {"time", "drifting", CheckResult::Status::Warn, "clock_skew", 1},
    {"time", "in_sync", CheckResult::Status::Pass, "clock_skew", -3},
    {"key", "key_unknown", CheckResult::Status::Fail, "key_invalid_or_disabled", 8},
    {"key", "key_disabled", CheckResult::Status::Fail, "key_invalid_or_disabled", 8},
    {"key", "account_disabled", CheckResult::Status::Fail, "account_or_bucket_disabled", 8},
    {"key", "signature_mismatch", CheckResult::Status::Fail, "secret_wrong_signature", 8},
    {"key", "token_missing", CheckResult::Status::Fail, "sts_token_expired_or_missing", 8},
    {"key", "token_invalid", CheckResult::Status::Fail, "sts_token_expired_or_missing", 8},
    {"key", "clock_rejected", CheckResult::Status::Fail, "clock_skew", 4},
    {"key", "region_rejected", CheckResult::Status::Fail, "wrong_endpoint_region", 6},
    {"key", "wrong_endpoint", CheckResult::Status::Fail, "wrong_endpoint_region", 6},
    {"key", "*", CheckResult::Status::Pass, "key_invalid_or_disabled", -3},
    {"key", "*", CheckResult::Status::Pass, "secret_wrong_signature", -3},
    {"key", "accepted_denied", CheckResult::Status::Pass, "permission_acl_policy", 3},
    {"anonymous", "public", CheckResult::Status::Pass, "anonymous_private", -3},
    {"acl", "public_read", CheckResult::Status::Pass, "anonymous_private", -2},
    {"policy", "explicit_deny", CheckResult::Status::Fail, "permission_acl_policy", 6},
    {"policy", "network_condition", CheckResult::Status::Warn, "policy_condition_ip_vpc", 5},
    {"policy", "public_by_policy", CheckResult::Status::Pass, "anonymous_private", -2},
    {"cors", "*", CheckResult::Status::Fail, "cors", 8},
    {"cors", "rules_disagree", CheckResult::Status::Warn, "cors", 3},
    {"cors", "allowed", CheckResult::Status::Pass, "cors", -3},
    {"referer", "*", CheckResult::Status::Fail, "referer", 8},
    {"referer", "allowed", CheckResult::Status::Pass, "referer", -3},
    {"object", "archived", CheckResult::Status::Fail, "archive_not_restored", 8},
    {"object", "restoring", CheckResult::Status::Fail, "archive_not_restored", 8},
    {"object", "available", CheckResult::Status::Pass, "archive_not_restored", -3},
    {"object", "restored", CheckResult::Status::Pass, "archive_not_restored", -3},
    {"object", "denied", CheckResult::Status::Warn, "permission_acl_policy", 1},
    {"encryption", "kms", CheckResult::Status::Warn, "kms", 5},
    {"encryption", "none", CheckResult::Status::Pass, "kms", -3},
    {"encryption", "managed", CheckResult::Status::Pass, "kms", -3},
    {"write", "denied", CheckResult::Status::Fail, "permission_acl_policy", 3},
};
}

QList<Finding> CheckFindings::fromResults(const QList<CheckResult> &results, bool tokenGiven, bool keyGiven)
{
    QList<Finding> findings;
    for (const CheckResult &result : results) {
        const Statement evidence = result.toStatement();
        for (const Rule &rule : kRules) {
            if (result.id != QLatin1String(rule.check) || result.status != rule.status)
                continue;
            if (qstrcmp(rule.reason, "*") != 0 && result.reason != QLatin1String(rule.reason))
                continue;
            Finding finding;
            finding.source = result.id;
            finding.categoryId = QString::fromLatin1(rule.category);
            finding.weight = rule.weight;
            finding.evidence = evidence;
            findings.append(finding);
        }
        // A private bucket explains the failure of an unsigned request; with a key at hand the failing
        // request was more likely signed, so the hint is weaker.
        if (result.id == QLatin1String("anonymous") && result.reason == QLatin1String("private"))
            findings.append({result.id, QStringLiteral("anonymous_private"), keyGiven ? 0.5 : 2, evidence});
        // A key accepted with a token says the token is good too.
        if (tokenGiven && result.id == QLatin1String("key") && result.status == CheckResult::Status::Pass)
            findings.append({result.id, QStringLiteral("sts_token_expired_or_missing"), -3, evidence});
    }
    return findings;
}
