#pragma once

#include <QString>

class QNetworkAccessManager;

// The proxy a user chose for the live checks: empty for the system's settings, "none" for a direct
// connection, or http://host:port / socks5://host:port (user and password allowed in the URL).
// Shared by the command line's --proxy and the wizard's override field.
namespace ProxySetting {
bool isValid(const QString &value);
// Returns false, and changes nothing, when the value is not one of the forms above.
bool apply(QNetworkAccessManager &network, const QString &value);
}
