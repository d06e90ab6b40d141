#include "checks/PendingCleanups.h"

#include "net/HttpProbe.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

namespace {
const char *const kCleanupName = "bucketdoctor-pending-cleanup";
}

namespace PendingCleanups {

void track(HttpProbe *probe)
{
    probe->setObjectName(QLatin1String(kCleanupName));
}

int count(const QNetworkAccessManager *network)
{
    return network ? int(network->findChildren<HttpProbe *>(QLatin1String(kCleanupName), Qt::FindDirectChildrenOnly).size()) : 0;
}

bool drain(QNetworkAccessManager *network, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (count(network) > 0 && !deadline.hasExpired()) {
        // A finished probe deletes itself later: spin the loop until each one is gone.
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return count(network) == 0;
}

} // namespace PendingCleanups
