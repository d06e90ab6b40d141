#include "text/CheckText.h"

#include <QHash>

namespace {
QString orDash(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("—") : value;
}
}

QString CheckText::title(const QString &id)
{
    if (id == QLatin1String("endpoint"))
        return tr("Endpoint and region");
    if (id == QLatin1String("time"))
        return tr("Time sync");
    if (id == QLatin1String("key"))
        return tr("Key state");
    if (id == QLatin1String("anonymous"))
        return tr("Anonymous access");
    if (id == QLatin1String("acl"))
        return tr("Bucket ACL");
    if (id == QLatin1String("policy"))
        return tr("Bucket policy");
    if (id == QLatin1String("cors"))
        return tr("CORS");
    if (id == QLatin1String("referer"))
        return tr("Referer (hotlink protection)");
    if (id == QLatin1String("object"))
        return tr("Object state");
    if (id == QLatin1String("encryption"))
        return tr("Encryption");
    if (id == QLatin1String("write"))
        return tr("Write probe");
    return id;
}

QString CheckText::statusName(CheckResult::Status status)
{
    switch (status) {
    case CheckResult::Status::Pass:
        return tr("pass");
    case CheckResult::Status::Fail:
        return tr("fail");
    case CheckResult::Status::Warn:
        return tr("warning");
    case CheckResult::Status::Skipped:
        return tr("skipped");
    case CheckResult::Status::Error:
        break;
    }
    return tr("error");
}

QString CheckText::outcome(const QString &id)
{
    if (id == QLatin1String("dns_failure"))
        return tr("The host name did not resolve: check the endpoint for typos, and the DNS or proxy settings.");
    if (id == QLatin1String("connection_refused"))
        return tr("Nothing accepted the connection on that host and port.");
    if (id == QLatin1String("timeout"))
        return tr("The server did not answer in time.");
    if (id == QLatin1String("cancelled"))
        return tr("The check was cancelled.");
    if (id == QLatin1String("tls_error"))
        return tr("The TLS handshake was refused: the server's certificate is not trusted for this host. The details list why.");
    if (id == QLatin1String("redirect"))
        return tr("The server sent the request elsewhere. The redirect was not followed, so no credentials left for another host.");
    if (id == QLatin1String("truncated_body"))
        return tr("The answer stopped before its end.");
    if (id == QLatin1String("server_closed"))
        return tr("The server closed the connection without answering.");
    if (id == QLatin1String("server_error"))
        return tr("The server answered with an internal error (5xx); try again later.");
    if (id == QLatin1String("sign_failed"))
        return tr("The request could not be signed with the given key.");
    if (id == QLatin1String("oss_v4_needs_region"))
        return tr("OSS V4 signatures name the bucket's region: give the region (for example cn-hangzhou), or sign with version 1.");
    if (id == QLatin1String("no_date"))
        return tr("The answer carried no Date header to compare the clock with.");
    if (id == QLatin1String("http_error") || id == QLatin1String("unreadable") || id == QLatin1String("invalid"))
        return tr("The answer could not be read.");
    return tr("The request failed because of a network error.");
}

QString CheckText::skipReason(const QString &reason)
{
    if (reason == QLatin1String("not_selected"))
        return tr("Not selected for this run.");
    if (reason == QLatin1String("not_opted_in"))
        return tr("Writes to the bucket only when you allow the write probe.");
    if (reason == QLatin1String("not_supported"))
        return tr("This provider has no referer rules of its own; a referer condition would be in the bucket policy.");
    if (reason == QLatin1String("cancelled"))
        return tr("The run was cancelled before this check started.");
    if (reason == QLatin1String("not_implemented"))
        return tr("The store does not implement this request, so there is nothing to read.");
    if (reason == QLatin1String("missing_input:endpoint"))
        return tr("Needs the endpoint.");
    if (reason == QLatin1String("missing_input:bucket"))
        return tr("Needs the bucket name.");
    if (reason == QLatin1String("missing_input:object"))
        return tr("Needs the object key.");
    if (reason == QLatin1String("missing_input:origin"))
        return tr("Needs the page's origin (the browser context).");
    if (reason == QLatin1String("missing_input:referer"))
        return tr("Needs the Referer the page sends.");
    if (reason == QLatin1String("missing_input:access_key_id"))
        return tr("Needs an access key ID (SecretId / AccessKeyId).");
    if (reason == QLatin1String("missing_input:secret_key"))
        return tr("Needs the secret key.");
    if (reason == QLatin1String("missing_input:network"))
        return tr("No network access is available.");
    return tr("Could not run (%1).").arg(reason);
}

QString CheckText::summary(const CheckResult &r)
{
    if (r.status == CheckResult::Status::Skipped)
        return skipReason(r.reason);
    const QString key = r.id + u'/' + r.reason;
    auto is = [&key](const char *k) { return key == QLatin1String(k); };
    // endpoint
    if (is("endpoint/reachable"))
        return r.fact(QStringLiteral("region")).isEmpty() ? tr("The bucket answers at this endpoint.")
                                           : tr("The bucket answers at this endpoint, in region %1.").arg(r.fact(QStringLiteral("region")));
    if (is("endpoint/wrong_endpoint"))
        return tr("The bucket must be addressed at another endpoint: %1.").arg(orDash(r.fact(QStringLiteral("suggestedEndpoint")).isEmpty() ? r.fact(QStringLiteral("region")) : r.fact(QStringLiteral("suggestedEndpoint"))));
    if (is("endpoint/region_mismatch"))
        return tr("The bucket lives in region %1, not in the region given.").arg(r.fact(QStringLiteral("region")));
    if (is("endpoint/bucket_not_found"))
        return tr("No bucket of this name exists at this endpoint: check the name (for COS with its -APPID) and the region.");
    if (is("endpoint/path_style_unsupported"))
        return tr("Path-style addresses do not work on the default COS domain for buckets created since 2024-01-01; use the virtual-hosted form.");
    if (is("endpoint/redirect"))
        return tr("The endpoint redirects to %1; the redirect was not followed.").arg(orDash(r.fact(QStringLiteral("redirectTarget"))));
    // time
    if (is("time/in_sync"))
        return tr("The local clock agrees with the server's (off by %1 s).").arg(r.fact(QStringLiteral("skewMs")).toLongLong() / 1000);
    if (is("time/drifting"))
        return tr("The local clock is %1 s off the server's: not yet refused, but drifting.").arg(r.fact(QStringLiteral("skewMs")).toLongLong() / 1000);
    if (is("time/too_skewed"))
        return tr("The local clock is %1 s off the server's, more than the 15 minutes the provider accepts: signed requests are refused.").arg(r.fact(QStringLiteral("skewMs")).toLongLong() / 1000);
    // key
    if (is("key/accepted"))
        return tr("The provider accepts the key pair and its signature.");
    if (is("key/accepted_denied"))
        return tr("The provider accepts the key pair, but refused the request for lack of permission (%1).").arg(orDash(r.fact(QStringLiteral("code"))));
    if (is("key/key_unknown"))
        return tr("The provider does not know this access key ID: it is mistyped, deleted, or from another account.");
    if (is("key/key_disabled"))
        return tr("This access key is disabled.");
    if (is("key/account_disabled"))
        return tr("The provider knows this key, but its user, account or bucket is suspended or disabled (%1): the account owner or the provider must lift it.").arg(orDash(r.fact(QStringLiteral("code"))));
    if (is("key/signature_mismatch"))
        return tr("The signature was refused although it was computed correctly: the secret key does not belong to this access key ID.");
    if (is("key/token_missing"))
        return tr("These are temporary credentials and the security token is missing.");
    if (is("key/token_invalid"))
        return tr("The security token was refused: it has expired or belongs to another key.");
    if (is("key/clock_rejected"))
        return tr("The request was refused for its time: the clock difference is too large or the signature expired.");
    if (is("key/wrong_endpoint"))
        return tr("The signed request was refused because the bucket lives behind another endpoint.");
    if (is("key/region_rejected"))
        return tr("The signature names the wrong region for this bucket.");
    // anonymous
    if (is("anonymous/public"))
        return tr("Anyone can read this without signing.");
    if (is("anonymous/private"))
        return tr("An unsigned request is refused: the resource is private, so requests must be signed.");
    if (is("anonymous/denied_other"))
        return tr("An unsigned request is refused for another reason (%1).").arg(orDash(r.fact(QStringLiteral("code"))));
    if (is("anonymous/not_found"))
        return tr("An unsigned request gets 404: the object or bucket does not exist here.");
    // acl
    if (is("acl/private"))
        return tr("The bucket ACL is private: only granted accounts may read.");
    if (is("acl/public_read"))
        return tr("The bucket ACL lets anyone read.");
    if (is("acl/public_write"))
        return tr("The bucket ACL lets anyone write: anyone may upload or overwrite objects.");
    if (is("acl/not_permitted") || is("policy/not_permitted") || is("encryption/not_permitted"))
        return tr("This key may not read the setting (%1). An administrator's key can.").arg(orDash(r.fact(QStringLiteral("code"))));
    // policy
    if (is("policy/no_policy"))
        return tr("The bucket has no bucket policy.");
    if (is("policy/no_deny"))
        return tr("The bucket policy (%1 statements) denies nothing here.").arg(r.fact(QStringLiteral("statements")));
    if (is("policy/public_by_policy"))
        return tr("The bucket policy lets anyone read, whatever the ACL says.");
    if (is("policy/explicit_deny"))
        return tr("Statement %1 of the bucket policy denies this request for %2; a deny wins over any allow.").arg(orDash(r.fact(QStringLiteral("sid")).isEmpty() ? r.fact(QStringLiteral("statementIndex")) : r.fact(QStringLiteral("sid"))), r.fact(QStringLiteral("deniedPrincipal")));
    if (is("policy/network_condition"))
        return tr("The bucket policy depends on the caller's network (%1): requests from another IP address or VPC are treated differently.").arg(orDash(r.fact(QStringLiteral("conditionKey"))));
    if (is("policy/undetermined"))
        return tr("The bucket policy has a condition this tool cannot evaluate; read it in the details.");
    // cors
    if (is("cors/allowed"))
        return tr("The preflight is allowed for this origin, method and headers.");
    if (is("cors/refused"))
        return tr("The preflight is refused: no CORS rule allows this origin, method and headers.");
    if (is("cors/origin_not_echoed"))
        return tr("The answer does not allow this origin, so the browser blocks the response.");
    if (is("cors/method_not_allowed"))
        return tr("The answer does not allow this method.");
    if (is("cors/header_not_allowed"))
        return tr("The answer does not allow the request header %1.").arg(orDash(r.fact(QStringLiteral("missingHeader"))));
    if (is("cors/rules_disagree"))
        return tr("The preflight passed, but the bucket's rules refuse it: something in front of the bucket (a CDN or proxy) answered.");
    // referer
    if (is("referer/allowed"))
        return tr("The referer rules let this page through.");
    if (is("referer/referer_denied"))
        return tr("The bucket's referer rules refuse requests from this page.");
    if (is("referer/empty_referer_denied"))
        return tr("The bucket's referer rules refuse requests without a Referer.");
    if (is("referer/empty_referer_allowed"))
        return tr("A request without a Referer gets through the referer rules. Type the page's address as the Referer to test the page itself.");
    if (is("referer/rules_deny"))
        return tr("The bucket's referer rules would refuse this page (%1).").arg(orDash(r.fact(QStringLiteral("ruleReason"))));
    // object
    if (is("object/available"))
        return tr("The object exists (storage class %1).").arg(r.fact(QStringLiteral("storageClass")));
    if (is("object/restored"))
        return tr("The object is archived (%1) and a restored copy is readable.").arg(r.fact(QStringLiteral("storageClass")));
    if (is("object/archived"))
        return tr("The object is in the archive class %1 and not restored: restore it before reading.").arg(r.fact(QStringLiteral("storageClass")));
    if (is("object/restoring"))
        return tr("The object is being restored from %1; it can be read when the restore ends.").arg(r.fact(QStringLiteral("storageClass")));
    if (is("object/not_found"))
        return tr("The object does not exist.");
    if (is("object/denied"))
        return tr("The object answered 403. Without list permission a missing object also answers 403, not 404.");
    // encryption
    if (is("encryption/kms"))
        return tr("KMS encryption is in use: the caller also needs permission to use the KMS key.");
    if (is("encryption/managed"))
        return tr("Server-side encryption with provider-managed keys; it needs no extra permission.");
    if (is("encryption/none"))
        return tr("No server-side encryption is set.");
    // write
    if (is("write/writable"))
        return tr("A test object was written and deleted: this key may write here.");
    if (is("write/denied"))
        return tr("Writing a test object was refused (%1).").arg(orDash(r.fact(QStringLiteral("code"))));
    if (is("write/cleanup_failed"))
        return tr("A test object was written but could not be deleted: remove %1 by hand.").arg(r.fact(QStringLiteral("probeKey")));
    if (r.status == CheckResult::Status::Error && !r.reason.isEmpty()
        && r.reason.front() >= u'A' && r.reason.front() <= u'Z')
        return tr("The server answered with the error %1.").arg(r.reason);
    if (r.reason == QLatin1String("dns_failure") && !r.fact(QStringLiteral("host")).isEmpty())
        return tr("The host name %1 did not resolve: check the endpoint for typos, and the DNS or proxy settings. A store without a DNS name for each bucket needs path-style addressing.")
            .arg(r.fact(QStringLiteral("host")));
    return outcome(r.reason);
}

QString CheckText::factLabel(const QString &name)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("httpStatus"), QT_TR_NOOP("HTTP status")},
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("message"), QT_TR_NOOP("Message")},
        {QStringLiteral("ec"), QT_TR_NOOP("EC")},
        {QStringLiteral("requestId"), QT_TR_NOOP("RequestId")},
        {QStringLiteral("region"), QT_TR_NOOP("Region")},
        {QStringLiteral("suggestedEndpoint"), QT_TR_NOOP("Endpoint named by the server")},
        {QStringLiteral("addressing"), QT_TR_NOOP("Addressing")},
        {QStringLiteral("host"), QT_TR_NOOP("Host")},
        {QStringLiteral("tlsSubject"), QT_TR_NOOP("Certificate subject")},
        {QStringLiteral("tlsIssuer"), QT_TR_NOOP("Certificate issuer")},
        {QStringLiteral("tlsNotAfter"), QT_TR_NOOP("Certificate valid until")},
        {QStringLiteral("tlsError"), QT_TR_NOOP("TLS error")},
        {QStringLiteral("tlsHostMismatch"), QT_TR_NOOP("Certificate not issued for")},
        {QStringLiteral("tlsSelfSigned"), QT_TR_NOOP("Self-signed certificate")},
        {QStringLiteral("redirectTarget"), QT_TR_NOOP("Redirect target")},
        {QStringLiteral("skewMs"), QT_TR_NOOP("Clock offset (ms, server minus local)")},
        {QStringLiteral("errorMs"), QT_TR_NOOP("Measurement error (± ms)")},
        {QStringLiteral("serverDate"), QT_TR_NOOP("Server Date")},
        {QStringLiteral("signedWithOffsetMs"), QT_TR_NOOP("Signed at the server's time (offset ms)")},
        {QStringLiteral("cannedAcl"), QT_TR_NOOP("Canned ACL")},
        {QStringLiteral("grant"), QT_TR_NOOP("Grant")},
        {QStringLiteral("everyoneRead"), QT_TR_NOOP("Anyone may read")},
        {QStringLiteral("everyoneWrite"), QT_TR_NOOP("Anyone may write")},
        {QStringLiteral("statements"), QT_TR_NOOP("Policy statements")},
        {QStringLiteral("deniedPrincipal"), QT_TR_NOOP("Denied principal")},
        {QStringLiteral("sid"), QT_TR_NOOP("Statement Sid")},
        {QStringLiteral("statementIndex"), QT_TR_NOOP("Statement number (from 0)")},
        {QStringLiteral("conditionKey"), QT_TR_NOOP("Network condition key")},
        {QStringLiteral("condition"), QT_TR_NOOP("Condition that decides")},
        {QStringLiteral("allowOrigin"), QT_TR_NOOP("Access-Control-Allow-Origin")},
        {QStringLiteral("allowMethods"), QT_TR_NOOP("Access-Control-Allow-Methods")},
        {QStringLiteral("allowHeaders"), QT_TR_NOOP("Access-Control-Allow-Headers")},
        {QStringLiteral("missingHeader"), QT_TR_NOOP("Header not allowed")},
        {QStringLiteral("rulesRead"), QT_TR_NOOP("Rules read")},
        {QStringLiteral("ruleDecision"), QT_TR_NOOP("The rules decide")},
        {QStringLiteral("ruleReason"), QT_TR_NOOP("Why")},
        {QStringLiteral("ruleIndex"), QT_TR_NOOP("Deciding rule (from 0)")},
        {QStringLiteral("closestRuleIndex"), QT_TR_NOOP("Closest rule (from 0)")},
        {QStringLiteral("ruleDetail"), QT_TR_NOOP("Rule detail")},
        {QStringLiteral("rulesDisagree"), QT_TR_NOOP("Rules and live answer disagree")},
        {QStringLiteral("rulePattern"), QT_TR_NOOP("Deciding entry")},
        {QStringLiteral("comparedReferer"), QT_TR_NOOP("Referer as compared")},
        {QStringLiteral("withReferer"), QT_TR_NOOP("With the Referer")},
        {QStringLiteral("withoutReferer"), QT_TR_NOOP("Without a Referer")},
        {QStringLiteral("storageClass"), QT_TR_NOOP("Storage class")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restore state")},
        {QStringLiteral("contentLength"), QT_TR_NOOP("Size (bytes)")},
        {QStringLiteral("sse"), QT_TR_NOOP("Server-side encryption")},
        {QStringLiteral("kmsKeyId"), QT_TR_NOOP("KMS key")},
        {QStringLiteral("bucketAlgorithm"), QT_TR_NOOP("Bucket default encryption")},
        {QStringLiteral("bucketKmsKeyId"), QT_TR_NOOP("Bucket KMS key")},
        {QStringLiteral("objectSse"), QT_TR_NOOP("Object encryption")},
        {QStringLiteral("objectKmsKeyId"), QT_TR_NOOP("Object KMS key")},
        {QStringLiteral("probeKey"), QT_TR_NOOP("Test object")},
        {QStringLiteral("putStatus"), QT_TR_NOOP("PUT status")},
        {QStringLiteral("deleteStatus"), QT_TR_NOOP("DELETE status")},
        {QStringLiteral("detail"), QT_TR_NOOP("Detail")},
    };
    const char *label = labels.value(name);
    return label ? tr(label) : name;
}

QStringList CheckText::evidence(const CheckResult &r)
{
    QStringList lines;
    for (const auto &[name, value] : r.facts) {
        if (!value.isEmpty())
            lines << tr("%1: %2").arg(factLabel(name), factValue(name, value));
    }
    return lines;
}

QString CheckText::findingEvidence(const QString &checkId, const QString &summary)
{
    return tr("Live check \"%1\": %2").arg(title(checkId), summary);
}

QString CheckText::timing(qint64 wallMs, qint64 sumMs, qint64 criticalPathMs)
{
    return tr("Took %1 ms (the checks' own times add up to %2 ms; the longest chain of dependent checks, %3 ms).")
        .arg(wallMs)
        .arg(sumMs)
        .arg(criticalPathMs);
}

QString CheckText::reportTitle()
{
    return tr("Bucket Doctor live check report");
}

QString CheckText::labelTarget()
{
    return tr("Checked");
}

QString CheckText::labelAccessKeyId()
{
    return tr("Access key ID");
}

QString CheckText::labelChecks()
{
    return tr("Live checks");
}

QString CheckText::labelRequests()
{
    return tr("Requests sent and the permission each needs");
}

QString CheckText::labelTranscript()
{
    return tr("Requests and responses (secrets removed)");
}

QString CheckText::noCheckFailed()
{
    return tr("No check failed: the bucket answers these requests. Compare them with the request that failed (its key, headers, time "
              "and network); the causes below are ranked from what the checks found.");
}

QString CheckText::ruledOutBySymptom()
{
    return tr("The symptom does not point here, so this check is not suggested. You can still run it.");
}

QString CheckText::couldNotReach()
{
    return tr("The checks could not reach the bucket: there may be no network, or the endpoint is wrong. The diagnosis of the paste "
              "stands without them.");
}

QString CheckText::permission(const QString &permission)
{
    if (permission == QLatin1String("anonymous"))
        return tr("none (unsigned)");
    if (permission == QLatin1String("preflight"))
        return tr("none (a browser never signs a preflight)");
    return permission;
}

QString CheckText::labelEnvironment()
{
    return tr("Environment");
}

QString CheckText::labelAppVersion()
{
    return tr("Bucket Doctor version");
}

QString CheckText::labelOperatingSystem()
{
    return tr("Operating system");
}

QString CheckText::labelQtVersion()
{
    return tr("Qt version");
}

QString CheckText::labelClockOffset()
{
    return tr("Clock offset");
}

QString CheckText::labelProxy()
{
    return tr("Proxy");
}

QString CheckText::clockOffset(qint64 ms)
{
    return tr("%1 ms (server minus this computer)").arg(ms);
}

QString CheckText::clockNotMeasured()
{
    return tr("not measured (the time check did not run)");
}

QString CheckText::proxySystem()
{
    return tr("the system's settings");
}

QString CheckText::proxyNone()
{
    return tr("none (direct connection)");
}

QString CheckText::nothingChecked()
{
    return tr("No live check gave an answer (each was skipped, ended in error or did not run), so nothing here was confirmed "
              "against the bucket itself.");
}

QString CheckText::checkedList(const QStringList &titles)
{
    return tr("Checked: %1.").arg(titles.join(QStringLiteral(", ")));
}

QString CheckText::notCheckedList(const QStringList &titles)
{
    return tr("Not checked (skipped, error or not run): %1.").arg(titles.join(QStringLiteral(", ")));
}

QString CheckText::labelSupport()
{
    return tr("For the provider's support");
}

QString CheckText::labelSupportField()
{
    return tr("Identifier");
}

QString CheckText::labelSupportValue()
{
    return tr("Value");
}

QString CheckText::labelSupportSource()
{
    return tr("Read from");
}

QString CheckText::labelFromPaste()
{
    return tr("from the pasted error");
}

QString CheckText::labelFromCheck(const QString &checkId)
{
    return tr("from the live check \"%1\"").arg(title(checkId));
}

QString CheckText::labelTime()
{
    return tr("Time");
}

QString CheckText::labelBucket()
{
    return tr("Bucket");
}

QString CheckText::labelEndpoint()
{
    return tr("Endpoint");
}

QString CheckText::labelAppendix()
{
    return tr("Appendix: requests and responses");
}

QString CheckText::labelStatus()
{
    return tr("Status");
}

QString CheckText::labelSummary()
{
    return tr("Result");
}

QString CheckText::factValue(const QString &fact, const QString &value)
{
    Q_UNUSED(fact)
    static const QHash<QString, const char *> words{
        {QStringLiteral("yes"), QT_TR_NOOP("yes")},
        {QStringLiteral("true"), QT_TR_NOOP("yes")},
        {QStringLiteral("false"), QT_TR_NOOP("no")},
        {QStringLiteral("none"), QT_TR_NOOP("none")},
        {QStringLiteral("not_permitted"), QT_TR_NOOP("not permitted to read")},
        {QStringLiteral("unreadable"), QT_TR_NOOP("could not be read")},
        {QStringLiteral("allowed"), QT_TR_NOOP("allowed")},
        {QStringLiteral("refused"), QT_TR_NOOP("refused")},
        {QStringLiteral("denied"), QT_TR_NOOP("denied (403)")},
        {QStringLiteral("invalid"), QT_TR_NOOP("invalid")},
        {QStringLiteral("disabled"), QT_TR_NOOP("disabled")},
        {QStringLiteral("referer_denied"), QT_TR_NOOP("denied by the Referer rule")},
        {QStringLiteral("path"), QT_TR_NOOP("path-style")},
        {QStringLiteral("virtual"), QT_TR_NOOP("virtual-hosted")},
        {QStringLiteral("anonymous"), QT_TR_NOOP("anonymous (unsigned)")},
        {QStringLiteral("blacklist_hit"), QT_TR_NOOP("the Referer is on the blacklist")},
        {QStringLiteral("not_in_blacklist"), QT_TR_NOOP("the Referer is not on the blacklist")},
        {QStringLiteral("whitelist_hit"), QT_TR_NOOP("the Referer is on the whitelist")},
        {QStringLiteral("not_in_whitelist"), QT_TR_NOOP("the Referer is not on the whitelist")},
        {QStringLiteral("no_whitelist"), QT_TR_NOOP("no whitelist")},
        {QStringLiteral("empty_referer_allowed"), QT_TR_NOOP("an empty Referer is allowed")},
        {QStringLiteral("empty_referer_allowed_no_whitelist"), QT_TR_NOOP("an empty Referer is allowed (no whitelist)")},
        {QStringLiteral("empty_referer_denied"), QT_TR_NOOP("an empty Referer is denied")},
        {QStringLiteral("no_configuration"), QT_TR_NOOP("no rules configured")},
        {QStringLiteral("configuration_error"), QT_TR_NOOP("the rules cannot be applied")},
        {QStringLiteral("malformed_configuration"), QT_TR_NOOP("the rules are malformed")},
        {QStringLiteral("not_applicable"), QT_TR_NOOP("does not apply")},
        {QStringLiteral("not_supported"), QT_TR_NOOP("not supported")},
        {QStringLiteral("signed_request_not_checked"), QT_TR_NOOP("a signed request is not checked")},
        {QStringLiteral("rule_matched"), QT_TR_NOOP("a rule matches")},
        {QStringLiteral("origin_not_allowed"), QT_TR_NOOP("no rule allows the origin")},
        {QStringLiteral("method_not_allowed"), QT_TR_NOOP("no rule allows the method")},
        {QStringLiteral("header_not_allowed"), QT_TR_NOOP("no rule allows a requested header")},
        {QStringLiteral("missing_origin"), QT_TR_NOOP("no origin given")},
        {QStringLiteral("missing_request_method"), QT_TR_NOOP("no request method given")},
        {QStringLiteral("unsupported_method"), QT_TR_NOOP("unsupported method")},
    };
    const auto it = words.constFind(value);
    return it == words.cend() ? value : tr(it.value());
}
