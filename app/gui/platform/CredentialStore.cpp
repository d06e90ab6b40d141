#include "platform/CredentialStore.h"

#include "export/ReportText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcCredentials, "bucketdoctor.gui.credentials", QtInfoMsg)

CredentialStore::CredentialStore(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<CredentialStore::Credentials>();
}

// Jobs still running are not ours to delete: QtKeychain queues them and deletes each one itself
// when it finishes. The connections die with this object, so no late answer reaches a dead store.
CredentialStore::~CredentialStore() = default;

QString CredentialStore::serviceName()
{
    return QStringLiteral("Bucket Doctor");
}

QByteArray CredentialStore::encode(const Credentials &credentials)
{
    const QJsonObject o { { QStringLiteral("accessKeyId"), credentials.accessKeyId },
        { QStringLiteral("secretKey"), credentials.secretKey }, { QStringLiteral("securityToken"), credentials.securityToken } };
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool CredentialStore::decode(const QByteArray &blob, Credentials *credentials)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(blob, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject o = document.object();
    if (!o.value(QStringLiteral("accessKeyId")).isString() || !o.value(QStringLiteral("secretKey")).isString())
        return false;
    credentials->accessKeyId = o.value(QStringLiteral("accessKeyId")).toString();
    credentials->secretKey = o.value(QStringLiteral("secretKey")).toString();
    credentials->securityToken = o.value(QStringLiteral("securityToken")).toString();
    return true;
}

void CredentialStore::save(const QString &profile, const Credentials &credentials)
{
    if (profile.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(ReportText::keychainNoProfile()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setBinaryData(encode(credentials));
    start(job, profile);
}

void CredentialStore::load(const QString &profile)
{
    if (profile.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(ReportText::keychainNoProfile()); });
        return;
    }
    start(new QKeychain::ReadPasswordJob(serviceName()), profile);
}

void CredentialStore::remove(const QString &profile)
{
    if (profile.trimmed().isEmpty()) {
        QTimer::singleShot(0, this, [this] { Q_EMIT failed(ReportText::keychainNoProfile()); });
        return;
    }
    start(new QKeychain::DeletePasswordJob(serviceName()), profile);
}

void CredentialStore::start(QKeychain::Job *job, const QString &profile)
{
    // Never the plain-text fallback: it would write the secret into QSettings.
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
    job->setKey(profile);

    // Whichever of timer and job comes first answers and silences the other. A job that never
    // finishes is left to QtKeychain, which deletes it if it ever does.
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    const QPointer<QKeychain::Job> guard(job);
    connect(timer, &QTimer::timeout, this, [this, timer, guard, profile] {
        timer->deleteLater();
        if (guard)
            disconnect(guard, nullptr, this, nullptr);
        qCWarning(lcCredentials) << "keychain job for" << profile << "timed out";
        Q_EMIT failed(ReportText::keychainTimeout(qMax(1, (m_timeoutMs + 999) / 1000)));
    });
    connect(job, &QKeychain::Job::finished, this, [this, timer, profile](QKeychain::Job *done) {
        timer->stop();
        timer->deleteLater();
        finish(done, profile);
    });
    timer->start(m_timeoutMs);
    job->start();
}

void CredentialStore::finish(QKeychain::Job *job, const QString &profile)
{
    switch (job->error()) {
    case QKeychain::NoError:
        break;
    case QKeychain::EntryNotFound:
        Q_EMIT failed(ReportText::keychainNothingSaved(profile));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        qCInfo(lcCredentials) << "no keychain backend:" << job->errorString();
        Q_EMIT failed(ReportText::keychainUnavailable());
        return;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        qCInfo(lcCredentials) << "keychain access denied:" << job->errorString();
        Q_EMIT failed(ReportText::keychainDenied());
        return;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        qCWarning(lcCredentials) << "keychain error:" << job->errorString();
        Q_EMIT failed(ReportText::keychainError(job->errorString()));
        return;
    }
    if (qobject_cast<QKeychain::WritePasswordJob *>(job)) {
        Q_EMIT saved();
    } else if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job)) {
        Credentials credentials;
        if (decode(read->binaryData(), &credentials))
            Q_EMIT loaded(credentials);
        else
            Q_EMIT failed(ReportText::keychainUnreadable(profile));
    } else {
        Q_EMIT removed();
    }
}
