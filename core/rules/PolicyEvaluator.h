#pragma once

#include "common/Provider.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

// Offline bucket-policy evaluation for COS (CAM style), OSS and S3 (providers.md §5).
//
// Usage:
//     PolicyRequest request;
//     request.principal = QStringLiteral("qcs::cam::uin/100000000001:uin/100000000002"); // empty: anonymous
//     request.action = QStringLiteral("name/cos:GetObject");
//     request.resource = QStringLiteral("qcs::cos:ap-beijing:uid/1250000000:examplebucket-1250000000/a.jpg");
//     request.context.insert(QStringLiteral("SourceIp"), QStringLiteral("192.168.1.7"));
//     const PolicyResult r = PolicyEvaluator::evaluate(Provider::Cos, policyJson, request);
//     // r.decision, r.statementIndex / r.sid, r.reason + r.detail, r.matched, r.notes
//
// The order is the one all three providers state: an explicit Deny wins, otherwise an Allow is
// needed, otherwise the request is implicitly denied. Nothing here is user-facing text: reasons and
// notes are enums, `detail` carries the technical specifics (operator and key, pattern, version).

struct PolicyRequest {
    QString principal;          // empty means an anonymous (unsigned) request
    bool isBucketOwner = false; // OSS treats the owner specially (see PolicyNote::OssOwnerSkippedUnconditionalWildcard)
    QString action;             // "name/cos:GetObject", "oss:GetObject", "s3:GetObject"; a bare "GetObject" gets the provider prefix
    // The provider's full resource ("qcs::cos:…", "acs:oss:…", "arn:aws:s3:::…") or the short
    // "bucket/key" form, which is then compared with the part of each policy resource after the
    // account fields.
    QString resource;
    // Condition keys, case-insensitive: either the provider's own names ("qcs:ip", "acs:SourceIp",
    // "aws:SourceVpce", …) or the generic ones SourceIp, SourceVpc, SourceVpce, SecureTransport,
    // Referer, which every provider's equivalent key reads.
    QHash<QString, QString> context;
    // Keys that have a value the caller does not know (a live check cannot see the source IP or
    // VPC the failing request came from). A condition on one of them can decide neither way: the
    // statement is Undetermined with UnknownConditionValue, never assumed met or failed.
    QStringList unknownKeys;
};

enum class PolicyDecision {
    Allow,
    ExplicitDeny,
    ImplicitDeny,
    Undetermined, // a statement that could decide has a condition this evaluator does not support
    Invalid,      // the policy could not be read
};

enum class PolicyReason {
    // Decisions.
    AllowedByStatement,  // detail: the action pattern that matched
    DeniedByStatement,   // detail: the action pattern that matched (or "NotAction")
    // Implicit deny: the closest Allow statement and the step where it failed.
    NoAllowStatement,    // the policy has no Allow statement at all
    PrincipalNotMatched, // detail: the request principal ("anonymous" when unsigned)
    ActionNotMatched,    // detail: the request action
    ResourceNotMatched,  // detail: the request resource
    ConditionNotMet,     // detail: "<operator> <key>"
    OwnerNotCovered,     // OSS: the Allow is Principal * without Condition, which skips the owner
    // Undetermined.
    UnsupportedCondition, // detail: the operator name
    UnknownConditionValue, // detail: "<operator> <key>" whose value the request does not know
    // Invalid policy or request.
    NoConfiguration,  // empty text: no policy is set
    MalformedJson,    // detail: QJsonParseError text and offset
    NotAnObject,
    UnsupportedVersion, // detail: the version found
    MissingStatement,
    InvalidStatement, // detail: "<index>: <what>"
    MissingAction,    // the request names no action
};

enum class PolicyNote {
    // COS doc 40105: a policy for Everyone ranks below one for a specified user. Added when
    // statements of both kinds with different effects matched.
    CosEveryoneRanksBelowSpecifiedUser,
    // COS doc 40105: a public-read policy overrides a private ACL. Added when an Everyone
    // statement allows.
    CosPolicyOverridesPrivateAcl,
    // OSS: a Principal * statement without Condition was skipped because the caller owns the bucket.
    OssOwnerSkippedUnconditionalWildcard,
    // S3 implicit deny of a signed caller: in the bucket owner's account an identity policy may
    // still allow, so the bucket policy alone does not refuse the request.
    S3IdentityPolicyMayAllow,
};

struct PolicyStatementRef {
    int index = -1;
    QString sid;
    bool allow = false;
    bool operator==(const PolicyStatementRef &other) const
    {
        return index == other.index && sid == other.sid && allow == other.allow;
    }
};

struct PolicyResult {
    PolicyDecision decision = PolicyDecision::Invalid;
    int statementIndex = -1; // the deciding (or, for an implicit deny, the closest) statement
    QString sid;             // that statement's Sid, when it has one
    PolicyReason reason = PolicyReason::NoConfiguration;
    QString detail;
    QList<PolicyStatementRef> matched; // every statement whose principal, action, resource and conditions matched
    QList<PolicyNote> notes;
};

namespace PolicyEvaluator {
// Provider::Unknown is taken from the policy's Version ("2.0" COS, "1" OSS, a date S3).
PolicyResult evaluate(Provider provider, const QByteArray &policyJson, const PolicyRequest &request);


// UNCONFIRMED (COS doc 40105 ranks Everyone below a specified user but does not say whether that
// beats "deny wins"). false: deny wins everywhere and the ranking is only a note on the result;
// true: when a specified-user statement matched, Everyone statements are ignored.
bool cosSpecifiedUserOutranksEveryone();

// Whether action names compare case-sensitively. COS says so [S]; IAM says S3 action names are
// not; OSS is UNCONFIRMED and follows IAM.
Qt::CaseSensitivity actionCaseSensitivity(Provider provider);
}
