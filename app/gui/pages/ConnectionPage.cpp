#include "pages/ConnectionPage.h"

#include "net/ProxySetting.h"
#include "platform/CredentialStore.h"
#include "providers/StorageUrl.h"
#include "text/UserText.h"
#include "wizard/WizardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const char *const kProviders[] = {"cos", "oss", "s3"};
}

QLineEdit *ConnectionPage::addLine(QFormLayout *form, const char *objectName, QLabel **label)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(QLatin1String(objectName));
    *label = new QLabel(this);
    (*label)->setBuddy(edit);
    form->addRow(*label, edit);
    return edit;
}

ConnectionPage::ConnectionPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_session(session)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    auto *whereBox = new QGroupBox(content);
    whereBox->setObjectName(QStringLiteral("whereBox"));
    auto *where = new QFormLayout(whereBox);
    QLabel *label = nullptr;
    m_provider = new QComboBox(this);
    // activated: the user's own choice only, never a programmatic fill.
    connect(m_provider, QOverload<int>::of(&QComboBox::activated), this, [this] { m_providerChosen = true; });
    m_provider->setObjectName(QStringLiteral("provider"));
    for (const char *id : kProviders)
        m_provider->addItem(QString(), QLatin1String(id));
    label = new QLabel(this);
    label->setBuddy(m_provider);
    where->addRow(label, m_provider);
    m_labels.append({label, "providerLabel"});
    m_endpoint = addLine(where, "endpoint", &label);
    m_labels.append({label, "endpointLabel"});
    m_region = addLine(where, "region", &label);
    m_labels.append({label, "regionLabel"});
    m_bucket = addLine(where, "bucket", &label);
    m_labels.append({label, "bucketLabel"});
    m_object = addLine(where, "object", &label);
    m_labels.append({label, "objectLabel"});
    m_pathStyle = new QCheckBox(this);
    m_pathStyle->setObjectName(QStringLiteral("pathStyle"));
    where->addRow(m_pathStyle);
    m_pathStyleNote = new QLabel(this);
    m_pathStyleNote->setObjectName(QStringLiteral("pathStyleNote"));
    m_pathStyleNote->setWordWrap(true);
    m_pathStyleNote->setVisible(false);
    where->addRow(m_pathStyleNote);
    layout->addWidget(whereBox);

    m_identityBox = new QGroupBox(content);
    auto *identity = new QFormLayout(m_identityBox);
    m_keyId = addLine(identity, "accessKeyId", &label);
    m_labels.append({label, "keyIdLabel"});
    m_secret = addLine(identity, "secretKey", &label);
    m_secret->setEchoMode(QLineEdit::Password);
    m_labels.append({label, "secretLabel"});
    m_token = addLine(identity, "securityToken", &label);
    m_token->setEchoMode(QLineEdit::Password);
    m_labels.append({label, "tokenLabel"});
    // Credentials are kept only when the user asks, and then only in the OS keychain; the settings
    // file records no more than that the user asked.
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("rememberCredentials"));
    identity->addRow(m_remember);
    m_keychainState = new QLabel(this);
    m_keychainState->setObjectName(QStringLiteral("keychainState"));
    m_keychainState->setWordWrap(true);
    m_keychainState->setVisible(false);
    identity->addRow(m_keychainState);
    m_store = new CredentialStore(this);
    connect(m_store, &CredentialStore::failed, this, [this](const QString &sentence) {
        m_keychainState->setText(sentence);
        m_keychainState->setVisible(true);
    });
    connect(m_store, &CredentialStore::loaded, this, [this](const CredentialStore::Credentials &c) {
        if (m_keyId->text().isEmpty())
            m_keyId->setText(c.accessKeyId);
        if (m_secret->text().isEmpty())
            m_secret->setText(c.secretKey);
        if (m_token->text().isEmpty())
            m_token->setText(c.securityToken);
    });
    m_remember->setChecked(QSettings().value(QStringLiteral("credentials/rememberInKeychain"), false).toBool());
    connect(m_remember, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("credentials/rememberInKeychain"), on);
        if (!on)
            m_store->remove(keychainProfile());
    });
    layout->addWidget(m_identityBox);

    m_adminBox = new QGroupBox(content);
    m_adminBox->setObjectName(QStringLiteral("adminBox"));
    m_adminBox->setCheckable(true);
    m_adminBox->setChecked(false);
    auto *admin = new QFormLayout(m_adminBox);
    m_adminKeyId = addLine(admin, "adminAccessKeyId", &label);
    m_labels.append({label, "adminKeyIdLabel"});
    m_adminSecret = addLine(admin, "adminSecretKey", &label);
    m_adminSecret->setEchoMode(QLineEdit::Password);
    m_labels.append({label, "adminSecretLabel"});
    layout->addWidget(m_adminBox);

    m_browserBox = new QGroupBox(content);
    m_browserBox->setObjectName(QStringLiteral("browserBox"));
    m_browserBox->setCheckable(true);
    m_browserBox->setChecked(false);
    auto *browser = new QFormLayout(m_browserBox);
    m_origin = addLine(browser, "origin", &label);
    m_labels.append({label, "originLabel"});
    m_method = addLine(browser, "requestMethod", &label);
    m_labels.append({label, "methodLabel"});
    m_headers = addLine(browser, "requestHeaders", &label);
    m_labels.append({label, "headersLabel"});
    m_referer = addLine(browser, "referer", &label);
    m_labels.append({label, "refererLabel"});
    layout->addWidget(m_browserBox);

    auto *networkBox = new QGroupBox(content);
    networkBox->setObjectName(QStringLiteral("networkBox"));
    auto *network = new QFormLayout(networkBox);
    m_proxyInfo = new QLabel(this);
    m_proxyInfo->setWordWrap(true);
    network->addRow(m_proxyInfo);
    m_proxy = addLine(network, "proxy", &label);
    m_labels.append({label, "proxyLabel"});
    layout->addWidget(networkBox);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    registerField(QStringLiteral("endpoint"), m_endpoint);
    registerField(QStringLiteral("bucket"), m_bucket);
    registerField(QStringLiteral("objectKey"), m_object);
    connect(m_endpoint, &QLineEdit::textChanged, this, [this] {
        m_proxyInfo->setText(effectiveProxyText());
        updatePathStyle();
    });
    retranslate();
}

void ConnectionPage::updatePathStyle()
{
    const QString text = m_endpoint->text().trimmed();
    const QUrl url(text.contains(QLatin1String("://")) ? text : QStringLiteral("https://") + text);
    const bool automatic = StorageUrl::hostNeedsPathStyle(url.host());
    if (automatic == m_pathStyleAutomatic)
        return;
    m_pathStyleAutomatic = automatic;
    if (automatic) {
        m_pathStyleBeforeAutomatic = m_pathStyle->isChecked();
        m_pathStyle->setChecked(true);
    } else {
        m_pathStyle->setChecked(m_pathStyleBeforeAutomatic);
    }
    m_pathStyle->setEnabled(!automatic);
    m_pathStyleNote->setVisible(automatic);
}

void ConnectionPage::cleanupPage()
{
}

void ConnectionPage::initializePage()
{
    // Fill once from the paste; after that the user's own edits win.
    const Diagnosis &d = m_session->diagnosis();
    const QString urlText = m_session->url().isEmpty() ? d.input.url : m_session->url();
    const StorageUrl url = StorageUrl::parse(urlText);
    const Provider provider = m_session->provider() != Provider::Unknown ? m_session->provider() : d.provider;
    if (!m_providerChosen)
        m_provider->setCurrentIndex(std::max(0, m_provider->findData(Providers::id(provider))));
    auto fill = [](QLineEdit *edit, const QString &value) {
        if (edit->text().isEmpty() && !value.isEmpty())
            edit->setText(value);
    };
    if (url.valid) {
        const QString host = url.pathStyle || url.endpoint.isEmpty() ? url.host : url.endpoint;
        // The pasted URL's own scheme and port: http://127.0.0.1:9000 is not https://127.0.0.1.
        const QUrl pasted = QUrl::fromUserInput(urlText.trimmed());
        const QString scheme = pasted.scheme() == QLatin1String("http") ? QStringLiteral("http") : QStringLiteral("https");
        const QString port = pasted.port() > 0 ? QStringLiteral(":%1").arg(pasted.port()) : QString();
        fill(m_endpoint, scheme + QStringLiteral("://") + host + port);
        fill(m_bucket, url.bucket);
        fill(m_object, url.objectKey);
        fill(m_region, url.region);
        if (!m_filledFromPaste)
            m_pathStyle->setChecked(url.pathStyle);
        fill(m_keyId, url.accessKeyId);
    }
    fill(m_bucket, d.input.bucket);
    fill(m_object, d.input.objectKey);
    fill(m_region, d.input.region);
    if (!d.input.endpoint.isEmpty())
        fill(m_endpoint, d.input.endpoint.contains(QLatin1String("://")) ? d.input.endpoint : QStringLiteral("https://") + d.input.endpoint);
    fill(m_keyId, d.input.accessKeyId);
    bool browser = false;
    bool referer = false;
    for (const Signal &s : d.signalList) {
        browser |= s.id == QLatin1String("browser") || s.id == QLatin1String("preflight") || s.id == QLatin1String("cors_console");
        referer |= s.id == QLatin1String("referer");
    }
    if (!m_filledFromPaste) {
        m_browserBox->setChecked(browser || referer);
        fill(m_origin, d.input.requestHeader(QStringLiteral("Origin")));
        fill(m_referer, d.input.requestHeader(QStringLiteral("Referer")));
        fill(m_method, d.input.method);
    }
    if (!m_filledFromPaste && m_remember->isChecked() && m_keyId->text().isEmpty())
        m_store->load(keychainProfile());
    m_filledFromPaste = true;
    m_proxyInfo->setText(effectiveProxyText());
}

QString ConnectionPage::keychainProfile() const
{
    return m_provider->currentData().toString() + QStringLiteral("/default");
}

CheckContext ConnectionPage::context() const
{
    CheckContext c;
    c.provider = m_provider->currentData().toString();
    c.endpoint = m_endpoint->text().trimmed();
    c.region = m_region->text().trimmed();
    c.bucket = m_bucket->text().trimmed();
    c.objectKey = m_object->text().trimmed();
    if (c.objectKey.startsWith(u'/'))
        c.objectKey.remove(0, 1);
    c.pathStyle = m_pathStyle->isChecked();
    c.accessKeyId = m_keyId->text().trimmed();
    c.secretKey = m_secret->text(); // as typed: a stray space is a finding, not noise
    c.securityToken = m_token->text().trimmed();
    if (m_adminBox->isChecked()) {
        c.adminAccessKeyId = m_adminKeyId->text().trimmed();
        c.adminSecretKey = m_adminSecret->text();
    }
    if (m_browserBox->isChecked()) {
        c.origin = m_origin->text().trimmed();
        c.requestMethod = m_method->text().trimmed().toUpper();
        for (const QString &h : m_headers->text().split(u',', Qt::SkipEmptyParts))
            c.requestHeaders << h.trimmed();
        c.referer = m_referer->text().trimmed();
    }
    return c;
}

bool ConnectionPage::validatePage()
{
    // The checks go through the wizard's own network manager: the override applies to it alone.
    if (!ProxySetting::apply(*m_session->network(), m_proxy->text())) {
        m_proxyInfo->setText(tr("This proxy cannot be used: give http://host:port, socks5://host:port or none."));
        m_proxy->setFocus();
        return false;
    }
    if (m_remember->isChecked() && !m_keyId->text().trimmed().isEmpty() && !m_secret->text().isEmpty())
        m_store->save(keychainProfile(), {m_keyId->text().trimmed(), m_secret->text(), m_token->text().trimmed()});
    m_session->setProvider(Providers::fromId(m_provider->currentData().toString()));
    m_session->setContext(context());
    return true;
}

QString ConnectionPage::effectiveProxyText() const
{
    if (!m_proxy->text().trimmed().isEmpty())
        return tr("Proxy: %1 (your setting).").arg(m_proxy->text().trimmed());
    QUrl target(m_endpoint->text().trimmed());
    if (target.scheme().isEmpty())
        target = QUrl(QStringLiteral("https://") + m_endpoint->text().trimmed());
    const QList<QNetworkProxy> proxies = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(target));
    if (proxies.isEmpty() || proxies.first().type() == QNetworkProxy::NoProxy)
        return tr("Proxy: none; the system settings send this endpoint directly.");
    return tr("Proxy: %1:%2, from the system settings.").arg(proxies.first().hostName()).arg(proxies.first().port());
}

void ConnectionPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizardPage::changeEvent(event);
}

void ConnectionPage::retranslate()
{
    setTitle(tr("Where is the bucket, and who is calling?"));
    setSubTitle(tr("Everything here is optional. Without credentials, the checks that need none still run. Nothing is saved."));
    for (int i = 0; i < m_provider->count(); ++i)
        m_provider->setItemText(i, UserText::providerName(Providers::fromId(m_provider->itemData(i).toString())));
    const QHash<QByteArray, QString> texts{
        {"providerLabel", tr("&Provider:")},
        {"endpointLabel", tr("&Endpoint:")},
        {"regionLabel", tr("&Region:")},
        {"bucketLabel", tr("B&ucket:")},
        {"objectLabel", tr("&Object key:")},
        {"keyIdLabel", tr("Access &key ID (SecretId / AccessKeyId):")},
        {"secretLabel", tr("&Secret key:")},
        {"tokenLabel", tr("Security &token (temporary keys only):")},
        {"adminKeyIdLabel", tr("Admin access key ID:")},
        {"adminSecretLabel", tr("Admin secret key:")},
        {"originLabel", tr("Page or&igin:")},
        {"methodLabel", tr("Request &method:")},
        {"headersLabel", tr("Request &headers (comma-separated):")},
        {"refererLabel", tr("Re&ferer:")},
        {"proxyLabel", tr("Pro&xy override:")},
    };
    for (const auto &[label, id] : std::as_const(m_labels)) {
        label->setText(texts.value(id));
        if (QWidget *buddy = label->buddy())
            buddy->setAccessibleName(QString(texts.value(id)).remove(u'&').remove(u':').remove(QChar(0xFF1A)));
    }
    findChild<QGroupBox *>(QStringLiteral("whereBox"))->setTitle(tr("Bucket"));
    m_pathStyle->setText(tr("Path-style address (bucket in the path, not in the host name)"));
    m_pathStyleNote->setText(tr("An IP address or localhost cannot carry the bucket in its host name, so the checks use path-style addressing."));
    m_identityBox->setTitle(tr("The identity that failed"));
    m_remember->setText(tr("Remember these &credentials in the system keychain"));
    m_adminBox->setTitle(tr("An identity that may read the bucket's settings (optional)"));
    m_browserBox->setTitle(tr("Browser context (for CORS and referer checks)"));
    m_origin->setPlaceholderText(tr("https://app.example.com"));
    m_method->setPlaceholderText(QStringLiteral("GET"));
    m_referer->setPlaceholderText(tr("https://www.example.com/page.html"));
    m_proxy->setPlaceholderText(tr("http://proxy.example.com:3128 or none"));
    findChild<QGroupBox *>(QStringLiteral("networkBox"))->setTitle(tr("Network"));
    m_proxyInfo->setText(effectiveProxyText());
}
