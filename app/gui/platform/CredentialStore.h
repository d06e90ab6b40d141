#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Opt-in storage of a key pair in the operating system's keychain (Secret Service or KWallet on
// Linux, Keychain on macOS, Credential Manager on Windows) through QtKeychain. One JSON blob per
// profile, under the service "Bucket Doctor" and the profile name as key ("cos/default"). Nothing
// ever goes to QSettings or to a file: without a keychain the store fails with a sentence.
//
// Every call answers exactly once, asynchronously: saved(), loaded(), removed() or failed(). A
// keychain that does not answer within timeoutMs() counts as failed, so a locked or missing
// backend never hangs the caller.
//
// Usage:
//   auto *store = new CredentialStore(this);
//   connect(store, &CredentialStore::loaded, this, [this](const CredentialStore::Credentials &c) { … });
//   connect(store, &CredentialStore::failed, this, [this](const QString &sentence) { m_error->setText(sentence); });
//   store->load(QStringLiteral("cos/default"));
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    struct Credentials {
        QString accessKeyId;
        QString secretKey;
        QString securityToken;
    };

    explicit CredentialStore(QObject *parent = nullptr);
    ~CredentialStore() override;

    static QString serviceName();
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }

    void save(const QString &profile, const Credentials &credentials);
    void load(const QString &profile);
    void remove(const QString &profile);

    // The blob stored per profile, public for tests.
    static QByteArray encode(const Credentials &credentials);
    static bool decode(const QByteArray &blob, Credentials *credentials);

Q_SIGNALS:
    void saved();
    void loaded(const CredentialStore::Credentials &credentials);
    void removed();
    void failed(const QString &userSentence);

private:
    void start(QKeychain::Job *job, const QString &profile);
    void finish(QKeychain::Job *job, const QString &profile);

    int m_timeoutMs = 10000;
};

Q_DECLARE_METATYPE(CredentialStore::Credentials)
