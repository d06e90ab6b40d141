#include "checks/bucket/EndpointCheck.h"

#include "checks/CheckTarget.h"

QList<PlannedRequest> EndpointCheck::plannedRequests(const CheckContext &context) const
{
    Q_UNUSED(context)
    return {{QStringLiteral("HEAD"), QStringLiteral("/"), QStringLiteral("anonymous"), false},
            {QStringLiteral("GET"), QStringLiteral("/?max-keys=1"), QStringLiteral("anonymous"), false}};
}

QList<ProbeCheck::Step> EndpointCheck::steps(const CheckContext &context) const
{
    ProbeRequest head;
    head.method = QByteArrayLiteral("HEAD");
    head.url = CheckTarget::url(context);
    ProbeRequest get;
    get.url = CheckTarget::url(context, {}, QStringLiteral("max-keys=1"));
    get.bodyCap = 64 * 1024;
    return {{head, false}, {get, false}};
}

void EndpointCheck::interpretAll(const QList<ProbeResult> &probes, CheckResult &result)
{
    const ProbeResult &head = probes.at(0);
    const ProbeResult &get = probes.at(1);
    const CheckContext &c = context();
    const QUrl url = CheckTarget::url(c);
    result.facts.append({QStringLiteral("addressing"), CheckTarget::pathStyle(c) ? QStringLiteral("path") : QStringLiteral("virtual")});
    for (const ProbeResult *p : {&head, &get}) {
        if (p->tls.encrypted) {
            result.facts.append({QStringLiteral("tlsSubject"), p->tls.subject});
            result.facts.append({QStringLiteral("tlsIssuer"), p->tls.issuer});
            result.facts.append({QStringLiteral("tlsNotAfter"), p->tls.notAfter.toString(Qt::ISODate)});
            break;
        }
    }
    // A transport failure is the answer: nothing else can be learnt past it.
    for (const ProbeResult *p : {&head, &get}) {
        if (p->outcome == ProbeResult::Outcome::Redirect) {
            result.status = CheckResult::Status::Fail;
            result.reason = QStringLiteral("redirect");
            result.facts.append({QStringLiteral("redirectTarget"), p->redirectTarget.toString(QUrl::RemoveQuery)});
            return;
        }
        if (CheckTarget::noAnswer(*p)) {
            result.status = CheckResult::Status::Fail;
            result.reason = CheckTarget::outcomeId(p->outcome);
            if (p->outcome == ProbeResult::Outcome::DnsFailure)
                result.facts.append({QStringLiteral("host"), QUrl(p->transcript.url).host()});
            if (p->outcome == ProbeResult::Outcome::TlsError) {
                for (const QString &e : p->tls.errorStrings)
                    result.facts.append({QStringLiteral("tlsError"), e});
                if (p->tls.hostMismatch)
                    result.facts.append({QStringLiteral("tlsHostMismatch"), p->tls.expectedHost});
                if (p->tls.selfSigned)
                    result.facts.append({QStringLiteral("tlsSelfSigned"), QStringLiteral("true")});
            }
            return;
        }
    }
    const ErrorXml xml = CheckTarget::readAnswer(get, result);
    const QString code = xml.field(u"Code");
    QString region = QString::fromLatin1(head.header(CheckTarget::headerPrefix(c) + "bucket-region"));
    if (region.isEmpty())
        region = QString::fromLatin1(get.header(CheckTarget::headerPrefix(c) + "bucket-region"));
    if (region.isEmpty())
        region = xml.field(u"Region");
    if (!region.isEmpty())
        result.facts.append({QStringLiteral("region"), region});
    const QString endpoint = xml.field(u"Endpoint");
    if (!endpoint.isEmpty())
        result.facts.append({QStringLiteral("suggestedEndpoint"), endpoint});

    result.status = CheckResult::Status::Fail;
    if (!endpoint.isEmpty() || code == QLatin1String("PermanentRedirect") || code == QLatin1String("AuthorizationHeaderMalformed")
        || head.httpStatus == 301) {
        result.reason = QStringLiteral("wrong_endpoint");
    } else if (code == QLatin1String("NoSuchBucket") || (head.httpStatus == 404 && code.isEmpty() && get.httpStatus == 404)) {
        result.reason = QStringLiteral("bucket_not_found");
    } else if (!region.isEmpty() && !c.region.isEmpty() && !region.endsWith(c.region) && !c.region.endsWith(region)) {
        // OSS writes oss-cn-hangzhou where the user may have typed cn-hangzhou: either contains the other.
        result.reason = QStringLiteral("region_mismatch");
    } else if (c.provider == QLatin1String("cos") && c.pathStyle
               && (url.host().endsWith(QLatin1String(".myqcloud.com")) || url.host().endsWith(QLatin1String(".tencentcos.cn")))) {
        result.status = CheckResult::Status::Warn;
        result.reason = QStringLiteral("path_style_unsupported");
    } else {
        result.status = CheckResult::Status::Pass;
        result.reason = QStringLiteral("reachable");
    }
}
