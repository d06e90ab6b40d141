#include "AnonymousCheck.h"

#include "CheckTarget.h"
#include "ErrorXmlReader.h"
#include "HttpProbe.h"

AnonymousCheck::AnonymousCheck(QObject *parent)
    : LiveCheck(parent)
{
}

AnonymousCheck::~AnonymousCheck() = default;

QList<PlannedRequest> AnonymousCheck::plannedRequests(const CheckContext &context) const
{
    return {{QStringLiteral("GET"), QStringLiteral("/") + context.objectKey, QStringLiteral("none (anonymous)"), false}};
}

QString AnonymousCheck::cannotRun(const CheckContext &context) const
{
    return CheckTarget::missingInput(context);
}

void AnonymousCheck::start(const CheckContext &context, const QHash<QString, CheckResult> &earlier)
{
    Q_UNUSED(earlier)
    m_probe = std::make_unique<HttpProbe>(context.network);
    connect(m_probe.get(), &HttpProbe::finished, this, [this](const ProbeResult &probe) {
        CheckResult result;
        result.id = id();
        result.transcript = CheckTarget::transcript(probe);
        if (probe.httpStatus == 0 || probe.outcome == ProbeResult::Outcome::Redirect) {
            result.status = CheckResult::Status::Error;
            result.reason = CheckTarget::outcomeId(probe.outcome);
            Q_EMIT finished(result);
            return;
        }
        const ErrorXml xml = ErrorXmlReader::findAndRead(QString::fromUtf8(probe.body));
        const QString code = xml.field(u"Code");
        result.facts = {{QStringLiteral("httpStatus"), QString::number(probe.httpStatus)}};
        if (!code.isEmpty())
            result.facts.append({QStringLiteral("code"), code});
        if (!xml.field(u"Message").isEmpty())
            result.facts.append({QStringLiteral("message"), xml.field(u"Message")});
        for (const char *header : {"x-cos-request-id", "x-oss-request-id", "x-amz-request-id"}) {
            const QByteArray value = probe.header(header);
            if (!value.isEmpty())
                result.facts.append({QStringLiteral("requestId"), QString::fromLatin1(value)});
        }
        if (probe.httpStatus >= 200 && probe.httpStatus < 300) {
            result.status = CheckResult::Status::Pass;
            result.reason = QStringLiteral("public");
        } else if (probe.httpStatus == 404) {
            result.status = CheckResult::Status::Warn;
            result.reason = QStringLiteral("not_found");
        } else if (probe.httpStatus == 403 && (code == QLatin1String("AccessDenied") || code.isEmpty())
                   && !xml.field(u"Message").contains(QLatin1String("referer"), Qt::CaseInsensitive)) {
            result.status = CheckResult::Status::Pass;
            result.reason = QStringLiteral("private");
        } else {
            result.status = CheckResult::Status::Warn;
            result.reason = QStringLiteral("denied_other");
        }
        Q_EMIT finished(result);
    });
    ProbeRequest request;
    request.method = QByteArrayLiteral("GET");
    request.url = CheckTarget::url(context, context.objectKey);
    request.transferTimeoutMs = context.requestTimeoutMs;
    request.deadlineMs = context.requestTimeoutMs;
    request.bodyCap = 64 * 1024; // the error body is all we read; a public object's content is not needed
    m_probe->start(request);
}

void AnonymousCheck::cancel()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->cancel();
    }
}
