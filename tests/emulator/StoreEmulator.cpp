#include "StoreEmulator.h"

#include "signing/SignRequest.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QXmlStreamWriter>

#include <functional>

namespace {
// Verbatim from providers.md §3.1 / §6, typos included: clients match on this text.
const QString kCorsRefused = QStringLiteral(
    "CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / "
    "Access-Control-Request-Method or Access-Control-Requet-Headers are not whitelisted by the resource's CORS spec");
const QString kEndpointMessage = QStringLiteral(
    "The bucket you are attempting to access must be addressed using the specified endpoint. Please send all future "
    "requests to this endpoint.");

bool isArchive(const QString &storageClass)
{
    const QString upper = storageClass.toUpper();
    return upper == QLatin1String("ARCHIVE") || upper == QLatin1String("DEEP_ARCHIVE") || upper == QLatin1String("COLDARCHIVE")
        || upper == QLatin1String("DEEPCOLDARCHIVE");
}

QByteArray xmlDocument(const std::function<void(QXmlStreamWriter &)> &write)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.writeStartDocument();
    write(xml);
    xml.writeEndDocument();
    return body;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    const QStringList parts = text.split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    }
    return out;
}
}

StoreEmulator::StoreEmulator(const EmulatorScenario &scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(scenario)
{
    connect(&m_server, &QTcpServer::newConnection, this, &StoreEmulator::onNewConnection);
}

StoreEmulator::~StoreEmulator()
{
    // Sockets are children of the server; stop them from calling back into a half-destroyed object.
    const QList<QTcpSocket *> sockets = m_connections.keys();
    for (QTcpSocket *socket : sockets)
        socket->disconnect(this);
}

bool StoreEmulator::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

quint16 StoreEmulator::port() const
{
    return m_server.serverPort();
}

QString StoreEmulator::errorString() const
{
    return m_server.errorString();
}

void StoreEmulator::setExtraDelayMs(int milliseconds)
{
    m_extraDelayMs = qMax(0, milliseconds);
}

void StoreEmulator::setMethodDelayMs(const QString &method, int milliseconds)
{
    m_methodDelayMs.insert(method, qMax(0, milliseconds));
}

void StoreEmulator::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        m_connections.insert(socket, Connection());
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
            m_connections[socket].buffer += socket->readAll();
            processNext(socket);
        });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_connections.remove(socket);
            socket->deleteLater();
        });
    }
}

void StoreEmulator::processNext(QTcpSocket *socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->busy)
        return;
    EmulatorRequest request;
    qsizetype consumed = 0;
    const EmulatorRequest::ParseState state = EmulatorRequest::parse(it->buffer, &request, &consumed);
    if (state == EmulatorRequest::ParseState::Incomplete)
        return;
    it->busy = true;
    EmulatorResponse response;
    int methodDelay = 0;
    if (state == EmulatorRequest::ParseState::Malformed) {
        it->buffer.clear();
        const QString requestId = newRequestId();
        response = EmulatorResponse::error(m_scenario.provider,
            providerError(400, QStringLiteral("InvalidRequest"), request.malformedReason, QStringLiteral("0002-00000001")),
            requestId, QString(), QString());
        addCommonHeaders(requestId, QDateTime::currentDateTimeUtc().addSecs(m_scenario.clockOffsetSeconds), &response);
        response.closeConnection = true;
    } else {
        it->buffer.remove(0, consumed);
        response = respond(request);
        response.closeConnection = !request.keepAlive;
        methodDelay = m_methodDelayMs.value(request.method);
    }
    response.setHeader(
        QStringLiteral("Connection"), response.closeConnection ? QStringLiteral("close") : QStringLiteral("keep-alive"));

    // The delay goes through the event loop so that other connections keep being served.
    const int delay = m_scenario.delayMs + m_extraDelayMs + methodDelay;
    QPointer<QTcpSocket> guard(socket);
    QTimer::singleShot(delay, this, [this, guard, response] {
        if (guard)
            send(guard, response);
    });
}

void StoreEmulator::send(QTcpSocket *socket, const EmulatorResponse &response)
{
    socket->write(response.serialise());
    auto it = m_connections.find(socket);
    if (it != m_connections.end())
        it->busy = false;
    if (response.closeConnection) {
        socket->disconnectFromHost();
        return;
    }
    processNext(socket);
}

QString StoreEmulator::newRequestId()
{
    ++m_requestSerial;
    if (m_scenario.provider == Provider::Cos) {
        const QByteArray raw = QByteArray::number(QRandomGenerator::global()->generate(), 16) + '_'
            + QByteArray::number(m_requestSerial, 16).rightJustified(8, '0');
        return QString::fromLatin1(raw.toBase64(QByteArray::OmitTrailingEquals));
    }
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 16).rightJustified(16, u'0');
    return (random + QString::number(m_requestSerial, 16).rightJustified(8, u'0')).toUpper();
}

EmulatorError StoreEmulator::providerError(int status, const QString &code, const QString &message, const QString &ec) const
{
    EmulatorError e;
    e.status = status;
    e.code = code;
    e.message = message;
    if (m_scenario.provider == Provider::Oss)
        e.ec = ec;
    return e;
}

EmulatorResponse StoreEmulator::respond(const EmulatorRequest &request)
{
    ++m_requestCount;
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(m_scenario.clockOffsetSeconds);
    const QString path = request.decodedPath();
    const QString bucketPrefix = u'/' + m_scenario.bucket;
    // Path style when the first segment is the bucket; otherwise the Host names the bucket.
    QString key = path.mid(1);
    if (path == bucketPrefix || path.startsWith(bucketPrefix + u'/'))
        key = path.mid(bucketPrefix.size() + 1);

    m_requestId = newRequestId();
    const QString requestId = m_requestId;
    EmulatorResponse response = dispatch(request, key, now);
    addCommonHeaders(requestId, now, &response);
    if (request.method == QLatin1String("HEAD"))
        response.headOnly = true;
    addCorsHeaders(request, &response);
    return response;
}

void StoreEmulator::addCommonHeaders(const QString &requestId, const QDateTime &now, EmulatorResponse *response) const
{
    response->setHeader(QStringLiteral("Date"), SignUtil::rfc1123(now));
    if (m_scenario.provider == Provider::Cos) {
        response->setHeader(QStringLiteral("Server"), QStringLiteral("tencent-cos"));
        response->setHeader(QStringLiteral("x-cos-request-id"), requestId);
        if (response->status >= 400)
            response->setHeader(QStringLiteral("x-cos-trace-id"), QString::fromLatin1(requestId.toUtf8().toBase64()));
    } else {
        response->setHeader(QStringLiteral("Server"), QStringLiteral("AliyunOSS"));
        response->setHeader(QStringLiteral("x-oss-request-id"), requestId);
        response->setHeader(QStringLiteral("x-oss-server-time"), QStringLiteral("0"));
    }
}

EmulatorResponse StoreEmulator::dispatch(const EmulatorRequest &request, const QString &key, const QDateTime &now)
{
    const QString resource = request.header(QStringLiteral("Host")) + request.decodedPath();
    const QString hostId = request.header(QStringLiteral("Host"));
    const auto fail = [&](const EmulatorError &error) {
        return EmulatorResponse::error(m_scenario.provider, error, m_requestId, resource, hostId);
    };

    const EmulatorError endpoint = wrongEndpoint(request);
    if (endpoint.isSet())
        return fail(endpoint);
    if (request.method == QLatin1String("OPTIONS"))
        return preflight(request);

    const EmulatorAuthenticator authenticator(m_scenario, request, key, now);
    const EmulatorAuthResult auth = authenticator.authenticate();
    if (auth.error.isSet())
        return fail(auth.error);
    const EmulatorError referer = refererDenied(request, auth);
    if (referer.isSet())
        return fail(referer);

    const Operation operation = operationFor(request, key);
    if (operation.action.isEmpty())
        return fail(providerError(405, QStringLiteral("MethodNotAllowed"),
            QStringLiteral("The specified method is not allowed against this resource."), QStringLiteral("0003-00000006")));
    const EmulatorError denied = authorise(operation, auth);
    if (denied.isSet())
        return fail(denied);
    return runOperation(operation, request, key, now);
}

EmulatorError StoreEmulator::wrongEndpoint(const EmulatorRequest &request) const
{
    const QString host = request.header(QStringLiteral("Host")).section(u':', 0, 0).toLower();
    bool wrong = m_scenario.endpointIsWrong();
    // A provider host naming another region is wrong too, so a client can be pointed at the
    // emulator with a real-looking Host header.
    if (m_scenario.provider == Provider::Oss && host.endsWith(QLatin1String(".aliyuncs.com"))
        && host.contains(QLatin1String("oss-")))
        wrong = wrong || !host.contains(QStringLiteral("oss-") + m_scenario.region + u'.');
    if (m_scenario.provider == Provider::Cos && host.endsWith(QLatin1String(".myqcloud.com"))
        && host.contains(QLatin1String(".cos.")))
        wrong = wrong || !host.contains(QStringLiteral(".cos.") + m_scenario.region + u'.');
    if (!wrong)
        return {};
    if (m_scenario.provider == Provider::Cos) {
        // UNCONFIRMED (providers.md §9.1): COS documents no redirect; the wrong region does not know the bucket.
        return providerError(
            404, QStringLiteral("NoSuchBucket"), QStringLiteral("The specified bucket does not exist."), QString());
    }
    EmulatorError e = providerError(403, QStringLiteral("AccessDenied"), kEndpointMessage, QStringLiteral("0003-00001403"));
    e.extra = { { QStringLiteral("Bucket"), m_scenario.bucket },
        { QStringLiteral("Endpoint"), m_scenario.ossEndpoint(m_scenario.region) } };
    return e;
}

EmulatorResponse StoreEmulator::preflight(const EmulatorRequest &request)
{
    const QString origin = request.header(QStringLiteral("Origin"));
    const QString method = request.header(QStringLiteral("Access-Control-Request-Method"));
    const QStringList headers = splitList(request.header(QStringLiteral("Access-Control-Request-Headers")));
    // The scenario's own table decides (EmulatorOracle), not core's CorsEvaluator.
    const EmulatorOracle::CorsRow *row
        = origin.isEmpty() || method.isEmpty() ? nullptr : m_scenario.oracle.cors(origin, method, headers);
    if (!row) {
        return EmulatorResponse::error(m_scenario.provider,
            providerError(403, QStringLiteral("AccessForbidden"), kCorsRefused, QStringLiteral("0003-00000001")), m_requestId,
            request.header(QStringLiteral("Host")) + request.decodedPath(), request.header(QStringLiteral("Host")));
    }
    EmulatorResponse response;
    // providers.md §6: the origin echoed (or `*` for a `*` rule), the rule's methods, the requested headers.
    const QString allowOrigin = row->origin == QLatin1String("*") ? QStringLiteral("*") : origin;
    response.setHeader(QStringLiteral("Access-Control-Allow-Origin"), allowOrigin);
    response.setHeader(QStringLiteral("Access-Control-Allow-Methods"), row->methods.join(u','));
    if (!headers.isEmpty())
        response.setHeader(QStringLiteral("Access-Control-Allow-Headers"), headers.join(u','));
    if (!row->expose.isEmpty())
        response.setHeader(QStringLiteral("Access-Control-Expose-Headers"), row->expose.join(u','));
    if (row->maxAgeSeconds >= 0)
        response.setHeader(QStringLiteral("Access-Control-Max-Age"), QString::number(row->maxAgeSeconds));
    if (allowOrigin != QLatin1String("*"))
        response.setHeader(QStringLiteral("Access-Control-Allow-Credentials"), QStringLiteral("true"));
    if (m_scenario.corsVary)
        response.setHeader(QStringLiteral("Vary"), QStringLiteral("Origin"));
    return response;
}

void StoreEmulator::addCorsHeaders(const EmulatorRequest &request, EmulatorResponse *response) const
{
    const QString origin = request.header(QStringLiteral("Origin"));
    if (origin.isEmpty() || request.method == QLatin1String("OPTIONS"))
        return;
    const EmulatorOracle::CorsRow *row = m_scenario.oracle.cors(origin, request.method, {});
    if (!row)
        return; // providers.md §6: actual requests that no rule matches just lack the CORS headers
    const QString allowOrigin = row->origin == QLatin1String("*") ? QStringLiteral("*") : origin;
    response->setHeader(QStringLiteral("Access-Control-Allow-Origin"), allowOrigin);
    if (!row->expose.isEmpty())
        response->setHeader(QStringLiteral("Access-Control-Expose-Headers"), row->expose.join(u','));
    if (allowOrigin != QLatin1String("*"))
        response->setHeader(QStringLiteral("Access-Control-Allow-Credentials"), QStringLiteral("true"));
    if (m_scenario.corsVary)
        response->setHeader(QStringLiteral("Vary"), QStringLiteral("Origin"));
}

EmulatorError StoreEmulator::refererDenied(const EmulatorRequest &request, const EmulatorAuthResult &auth) const
{
    if (m_scenario.refererXml.isEmpty())
        return {};
    // providers.md §7: COS checks the Referer of unsigned requests only; OSS of anonymous requests
    // and signed URLs, never of requests with an Authorization header.
    const bool checked = auth.kind == EmulatorAuthResult::Kind::Anonymous
        || (m_scenario.provider == Provider::Oss && auth.kind == EmulatorAuthResult::Kind::SignedUrl);
    if (!checked)
        return {};
    const EmulatorOracle::RefererRow *row = m_scenario.oracle.referer(request.header(QStringLiteral("Referer")));
    if (!row || row->allow)
        return {};
    if (m_scenario.provider == Provider::Cos)
        return providerError(
            403, QStringLiteral("AccessDenied"), QStringLiteral("You are denied by bucket referer rule"), QString());
    return providerError(403, QStringLiteral("AccessDenied"), QStringLiteral("You are denied by bucket referer policy."),
        row->ec.isEmpty() ? QStringLiteral("0003-00000503") : row->ec);
}

StoreEmulator::Operation StoreEmulator::operationFor(const EmulatorRequest &request, const QString &key) const
{
    const bool cos = m_scenario.provider == Provider::Cos;
    const QString &method = request.method;
    const bool get = method == QLatin1String("GET");
    Operation op;
    if (key.isEmpty()) {
        op.scope = Scope::Bucket;
        if (request.hasQuery(QStringLiteral("acl")))
            op.action = get ? (cos ? QStringLiteral("GetBucketACL") : QStringLiteral("GetBucketAcl")) : QString();
        else if (request.hasQuery(QStringLiteral("policy")))
            op.action = get ? QStringLiteral("GetBucketPolicy") : QString();
        else if (request.hasQuery(QStringLiteral("cors")))
            op.action = get ? (cos ? QStringLiteral("GetBucketCORS") : QStringLiteral("GetBucketCors")) : QString();
        else if (request.hasQuery(QStringLiteral("referer")))
            op.action = get ? QStringLiteral("GetBucketReferer") : QString();
        else if (request.hasQuery(QStringLiteral("location")))
            op.action = get ? QStringLiteral("GetBucketLocation") : QString();
        else if (request.hasQuery(QStringLiteral("bucketInfo")) && !cos)
            op.action = get ? QStringLiteral("GetBucketInfo") : QString();
        else if (method == QLatin1String("HEAD"))
            op.action = cos ? QStringLiteral("HeadBucket") : QStringLiteral("GetBucketInfo");
        else if (get)
            op.action = cos ? QStringLiteral("GetBucket") : QStringLiteral("ListObjects");
        op.read = op.action == QLatin1String("HeadBucket") || op.action == QLatin1String("GetBucket")
            || op.action == QLatin1String("ListObjects");
        return op;
    }
    op.scope = Scope::Object;
    if (request.hasQuery(QStringLiteral("acl"))) {
        op.action = get ? (cos ? QStringLiteral("GetObjectACL") : QStringLiteral("GetObjectAcl")) : QString();
    } else if (get) {
        op.action = QStringLiteral("GetObject");
        op.read = true;
    } else if (method == QLatin1String("HEAD")) {
        // OSS authorises HeadObject as oss:GetObject (providers.md §4.2).
        op.action = cos ? QStringLiteral("HeadObject") : QStringLiteral("GetObject");
        op.read = true;
    } else if (method == QLatin1String("PUT")) {
        op.action = QStringLiteral("PutObject");
        op.write = true;
    } else if (method == QLatin1String("DELETE")) {
        op.action = QStringLiteral("DeleteObject");
        op.write = true;
    }
    return op;
}

QString StoreEmulator::principalOf(const EmulatorKey *key) const
{
    if (!key)
        return {};
    if (m_scenario.provider == Provider::Cos)
        return QStringLiteral("qcs::cam::uin/") + m_scenario.ownerId + QStringLiteral(":uin/") + key->uin;
    return key->uin;
}

EmulatorError StoreEmulator::authorise(const Operation &operation, const EmulatorAuthResult &auth) const
{
    const bool cos = m_scenario.provider == Provider::Cos;
    const bool owner = auth.key && auth.key->owner;
    bool explicitDeny = false;
    bool allowed = false;
    if (!m_scenario.policyJson.isEmpty()) {
        // The scenario's own table decides (EmulatorOracle), not core's PolicyEvaluator.
        const EmulatorOracle::PolicyEffect effect = m_scenario.oracle.policy(auth.key ? auth.key->uin : QString(), operation.action);
        explicitDeny = effect == EmulatorOracle::PolicyEffect::Deny;
        allowed = effect == EmulatorOracle::PolicyEffect::Allow;
    }
    if (!explicitDeny) {
        // The owner holds every right; an explicit Deny in the table still binds it.
        allowed = allowed || owner;
        if (operation.read
            && (m_scenario.acl == QLatin1String("public-read") || m_scenario.acl == QLatin1String("public-read-write")))
            allowed = true;
        if (operation.write && m_scenario.acl == QLatin1String("public-read-write"))
            allowed = true;
        const QString principal = principalOf(auth.key);
        for (const EmulatorGrant &grant : m_scenario.grants) {
            const bool everyone
                = grant.grantee == QLatin1String("qcs::cam::anyone:anyone") || grant.grantee == QLatin1String("*");
            if (!everyone && (principal.isEmpty() || grant.grantee != principal))
                continue;
            if (grant.permission == QLatin1String("FULL_CONTROL") || (grant.permission == QLatin1String("READ") && operation.read)
                || (grant.permission == QLatin1String("WRITE") && operation.write))
                allowed = true;
        }
    }
    if (allowed)
        return {};
    const QString ec = QStringLiteral("0003-00000001");
    if (cos)
        return providerError(403, QStringLiteral("AccessDenied"), QStringLiteral("Access Denied."), QString());
    if (!auth.key)
        return providerError(403, QStringLiteral("AccessDenied"),
            operation.scope == Scope::Object ? QStringLiteral("Anonymous user has no right to access this object")
                                             : QStringLiteral("Anonymous user has no right to access this bucket"),
            ec);
    if (explicitDeny)
        return providerError(403, QStringLiteral("AccessDenied"), QStringLiteral("Access denied by bucket policy."), ec);
    if (operation.scope == Scope::Object)
        return providerError(403, QStringLiteral("AccessDenied"),
            QStringLiteral("You have no right to access this object because of bucket acl."), ec);
    return providerError(403, QStringLiteral("AccessDenied"), QStringLiteral("The bucket you visit is not belong to you."), ec);
}

int StoreEmulator::findObject(const QString &key) const
{
    for (int i = 0; i < m_scenario.objects.size(); ++i) {
        if (m_scenario.objects.at(i).key == key)
            return i;
    }
    return -1;
}

void StoreEmulator::addObjectHeaders(const EmulatorObject &object, const QDateTime &now, EmulatorResponse *response) const
{
    const bool cos = m_scenario.provider == Provider::Cos;
    const QString prefix = cos ? QStringLiteral("x-cos-") : QStringLiteral("x-oss-");
    QString etag = QString::fromLatin1(QCryptographicHash::hash(object.body, QCryptographicHash::Md5).toHex());
    response->setHeader(QStringLiteral("Content-Type"), object.contentType);
    response->setHeader(QStringLiteral("ETag"), u'"' + (cos ? etag : etag.toUpper()) + u'"');
    response->setHeader(QStringLiteral("Last-Modified"), SignUtil::rfc1123(now.addDays(-1)));
    response->setHeader(QStringLiteral("Accept-Ranges"), QStringLiteral("bytes"));
    // COS leaves the storage class out for STANDARD (providers.md §4.1); OSS always sends it.
    if (!cos || object.storageClass.toUpper() != QLatin1String("STANDARD"))
        response->setHeader(prefix + QStringLiteral("storage-class"), object.storageClass);
    if (!cos)
        response->setHeader(QStringLiteral("x-oss-object-type"), QStringLiteral("Normal"));
    if (object.restore == QLatin1String("ongoing"))
        response->setHeader(prefix + QStringLiteral("restore"), QStringLiteral("ongoing-request=\"true\""));
    else if (object.restore == QLatin1String("restored"))
        response->setHeader(prefix + QStringLiteral("restore"),
            QStringLiteral("ongoing-request=\"false\", expiry-date=\"") + SignUtil::rfc1123(now.addDays(1)) + u'"');
    if (!object.sse.isEmpty())
        response->setHeader(prefix + QStringLiteral("server-side-encryption"), object.sse);
}

EmulatorResponse StoreEmulator::runOperation(
    const Operation &operation, const EmulatorRequest &request, const QString &key, const QDateTime &now)
{
    const bool cos = m_scenario.provider == Provider::Cos;
    const QString resource = request.header(QStringLiteral("Host")) + request.decodedPath();
    const QString hostId = request.header(QStringLiteral("Host"));
    const auto fail = [&](const EmulatorError &error) {
        return EmulatorResponse::error(m_scenario.provider, error, m_requestId, resource, hostId);
    };
    const auto xmlResponse = [](const QByteArray &body) {
        EmulatorResponse response;
        response.setHeader(QStringLiteral("Content-Type"), QStringLiteral("application/xml"));
        response.body = body;
        return response;
    };
    const QString ownerId = cos
        ? QStringLiteral("qcs::cam::uin/") + m_scenario.ownerId + QStringLiteral(":uin/") + m_scenario.ownerId
        : m_scenario.ownerId;
    const QString &action = operation.action;

    if (action == QLatin1String("GetObject") || action == QLatin1String("HeadObject")) {
        const int index = findObject(key);
        if (index < 0) {
            EmulatorError e = providerError(404, QStringLiteral("NoSuchKey"), QStringLiteral("The specified key does not exist."),
                QStringLiteral("0026-00000001"));
            if (!cos)
                e.extra.append({ QStringLiteral("Key"), key });
            return fail(e);
        }
        const EmulatorObject &object = m_scenario.objects.at(index);
        if (request.method == QLatin1String("GET") && isArchive(object.storageClass)
            && object.restore != QLatin1String("restored")) {
            EmulatorError e = cos
                ? providerError(403, QStringLiteral("InvalidObjectState"),
                    QStringLiteral("The operation is not valid for the object storage class."), QString())
                : providerError(403, QStringLiteral("InvalidObjectState"),
                    QStringLiteral("The operation is not valid for the object's state"), QStringLiteral("0016-00000204"));
            e.headers.append(
                { cos ? QStringLiteral("x-cos-storage-class") : QStringLiteral("x-oss-storage-class"), object.storageClass });
            return fail(e);
        }
        EmulatorResponse response;
        addObjectHeaders(object, now, &response);
        response.body = object.body;
        return response;
    }
    if (action == QLatin1String("PutObject")) {
        EmulatorObject object;
        object.key = key;
        object.body = request.body;
        const QString storageClass
            = request.header(cos ? QStringLiteral("x-cos-storage-class") : QStringLiteral("x-oss-storage-class"));
        object.storageClass = !storageClass.isEmpty() ? storageClass
            : cos                                     ? QStringLiteral("STANDARD")
                                                      : QStringLiteral("Standard");
        object.restore = QStringLiteral("none");
        object.contentType = request.hasHeader(QStringLiteral("Content-Type")) ? request.header(QStringLiteral("Content-Type"))
                                                                               : QStringLiteral("application/octet-stream");
        const int index = findObject(key);
        if (index >= 0)
            m_scenario.objects[index] = object;
        else
            m_scenario.objects.append(object);
        EmulatorResponse response;
        response.setHeader(QStringLiteral("ETag"),
            u'"' + QString::fromLatin1(QCryptographicHash::hash(object.body, QCryptographicHash::Md5).toHex()) + u'"');
        return response;
    }
    if (action == QLatin1String("DeleteObject")) {
        const int index = findObject(key);
        if (index >= 0)
            m_scenario.objects.removeAt(index);
        EmulatorResponse response;
        response.status = 204;
        return response;
    }
    if (action == QLatin1String("HeadBucket")) {
        EmulatorResponse response;
        response.setHeader(QStringLiteral("x-cos-bucket-region"), m_scenario.region);
        return response;
    }
    if (action == QLatin1String("GetBucketACL") || action == QLatin1String("GetBucketAcl")
        || action == QLatin1String("GetObjectACL") || action == QLatin1String("GetObjectAcl")) {
        EmulatorResponse response = xmlResponse(xmlDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("AccessControlPolicy"));
            xml.writeStartElement(QStringLiteral("Owner"));
            xml.writeTextElement(QStringLiteral("ID"), ownerId);
            xml.writeTextElement(QStringLiteral("DisplayName"), m_scenario.ownerId);
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("AccessControlList"));
            if (!cos) {
                xml.writeTextElement(QStringLiteral("Grant"), m_scenario.acl);
            } else {
                const QString xsi = QStringLiteral("http://www.w3.org/2001/XMLSchema-instance");
                const auto grant = [&](const QString &type, const QString &idOrUri, const QString &permission) {
                    xml.writeStartElement(QStringLiteral("Grant"));
                    xml.writeStartElement(QStringLiteral("Grantee"));
                    xml.writeNamespace(xsi, QStringLiteral("xsi"));
                    xml.writeAttribute(xsi, QStringLiteral("type"), type);
                    xml.writeTextElement(type == QLatin1String("Group") ? QStringLiteral("URI") : QStringLiteral("ID"), idOrUri);
                    xml.writeEndElement();
                    xml.writeTextElement(QStringLiteral("Permission"), permission);
                    xml.writeEndElement();
                };
                grant(QStringLiteral("CanonicalUser"), ownerId, QStringLiteral("FULL_CONTROL"));
                const QString allUsers = QStringLiteral("http://cam.qcloud.com/groups/global/AllUsers");
                if (m_scenario.acl == QLatin1String("public-read") || m_scenario.acl == QLatin1String("public-read-write"))
                    grant(QStringLiteral("Group"), allUsers, QStringLiteral("READ"));
                if (m_scenario.acl == QLatin1String("public-read-write"))
                    grant(QStringLiteral("Group"), allUsers, QStringLiteral("WRITE"));
                for (const EmulatorGrant &g : std::as_const(m_scenario.grants))
                    grant(QStringLiteral("CanonicalUser"), g.grantee, g.permission);
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }));
        if (cos)
            response.setHeader(QStringLiteral("x-cos-acl"), m_scenario.acl);
        return response;
    }
    if (action == QLatin1String("GetBucketPolicy")) {
        if (m_scenario.policyJson.isEmpty())
            return fail(providerError(404, QStringLiteral("NoSuchBucketPolicy"),
                QStringLiteral("The bucket policy does not exist."), QStringLiteral("0031-00000001")));
        EmulatorResponse response;
        response.setHeader(QStringLiteral("Content-Type"), QStringLiteral("application/json"));
        response.body = m_scenario.policyJson;
        return response;
    }
    if (action == QLatin1String("GetBucketCORS") || action == QLatin1String("GetBucketCors")) {
        if (m_scenario.corsXml.isEmpty())
            return fail(providerError(404, QStringLiteral("NoSuchCORSConfiguration"),
                QStringLiteral("The CORS configuration does not exist."), QStringLiteral("0030-00000001")));
        return xmlResponse(m_scenario.corsXml.toUtf8());
    }
    if (action == QLatin1String("GetBucketReferer")) {
        if (m_scenario.refererXml.isEmpty()) {
            if (cos)
                return fail(providerError(404, QStringLiteral("NoSuchRefererConfiguration"),
                    QStringLiteral("The referer configuration does not exist."), QString()));
            // OSS always has a referer configuration: the default lets everything through.
            return xmlResponse(xmlDocument([](QXmlStreamWriter &xml) {
                xml.writeStartElement(QStringLiteral("RefererConfiguration"));
                xml.writeTextElement(QStringLiteral("AllowEmptyReferer"), QStringLiteral("true"));
                xml.writeEmptyElement(QStringLiteral("RefererList"));
                xml.writeEndElement();
            }));
        }
        return xmlResponse(m_scenario.refererXml.toUtf8());
    }
    if (action == QLatin1String("GetBucketLocation")) {
        return xmlResponse(xmlDocument([&](QXmlStreamWriter &xml) {
            xml.writeTextElement(
                QStringLiteral("LocationConstraint"), cos ? m_scenario.region : QStringLiteral("oss-") + m_scenario.region);
        }));
    }
    if (action == QLatin1String("GetBucketInfo")) {
        return xmlResponse(xmlDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("BucketInfo"));
            xml.writeStartElement(QStringLiteral("Bucket"));
            xml.writeTextElement(QStringLiteral("Name"), m_scenario.bucket);
            xml.writeTextElement(QStringLiteral("Location"), QStringLiteral("oss-") + m_scenario.region);
            xml.writeTextElement(QStringLiteral("CreationDate"), QStringLiteral("2024-01-01T00:00:00.000Z"));
            xml.writeTextElement(QStringLiteral("ExtranetEndpoint"), m_scenario.ossEndpoint(m_scenario.region));
            xml.writeTextElement(QStringLiteral("IntranetEndpoint"),
                QStringLiteral("oss-") + m_scenario.region + QStringLiteral("-internal.aliyuncs.com"));
            xml.writeTextElement(QStringLiteral("StorageClass"), QStringLiteral("Standard"));
            xml.writeStartElement(QStringLiteral("Owner"));
            xml.writeTextElement(QStringLiteral("ID"), m_scenario.ownerId);
            xml.writeTextElement(QStringLiteral("DisplayName"), m_scenario.ownerId);
            xml.writeEndElement();
            xml.writeStartElement(QStringLiteral("AccessControlList"));
            xml.writeTextElement(QStringLiteral("Grant"), m_scenario.acl);
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }));
    }
    if (action == QLatin1String("GetBucket") || action == QLatin1String("ListObjects")) {
        return xmlResponse(xmlDocument([&](QXmlStreamWriter &xml) {
            xml.writeStartElement(QStringLiteral("ListBucketResult"));
            xml.writeTextElement(QStringLiteral("Name"), m_scenario.bucket);
            xml.writeTextElement(QStringLiteral("Prefix"), QString());
            xml.writeTextElement(QStringLiteral("MaxKeys"), QStringLiteral("1000"));
            xml.writeTextElement(QStringLiteral("IsTruncated"), QStringLiteral("false"));
            for (const EmulatorObject &object : std::as_const(m_scenario.objects)) {
                xml.writeStartElement(QStringLiteral("Contents"));
                xml.writeTextElement(QStringLiteral("Key"), object.key);
                xml.writeTextElement(QStringLiteral("Size"), QString::number(object.body.size()));
                xml.writeTextElement(QStringLiteral("StorageClass"), object.storageClass);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }));
    }
    return fail(providerError(501, QStringLiteral("NotImplemented"),
        QStringLiteral("The emulator does not implement this operation."), QStringLiteral("0003-00000006")));
}
