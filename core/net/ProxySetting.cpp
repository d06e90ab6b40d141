#include "net/ProxySetting.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkProxyFactory>
#include <QUrl>

bool ProxySetting::isValid(const QString &value)
{
    const QString v = value.trimmed();
    if (v.isEmpty() || v == QLatin1String("none"))
        return true;
    const QUrl url(v);
    return url.isValid() && !url.host().isEmpty() && url.port() > 0
        && (url.scheme() == QLatin1String("http") || url.scheme().startsWith(QLatin1String("socks")));
}

bool ProxySetting::apply(QNetworkAccessManager &network, const QString &value)
{
    const QString v = value.trimmed();
    if (!isValid(v))
        return false;
    if (v.isEmpty()) {
        // The system's proxy settings, as a desktop user expects.
        QNetworkProxyFactory::setUseSystemConfiguration(true);
        network.setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        return true;
    }
    if (v == QLatin1String("none")) {
        network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        return true;
    }
    const QUrl url(v);
    const bool socks = url.scheme().startsWith(QLatin1String("socks"));
    network.setProxy(QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(), quint16(url.port()),
                                   url.userName(), url.password()));
    return true;
}
