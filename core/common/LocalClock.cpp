#include "common/LocalClock.h"

#include <QtGlobal>

namespace LocalClock {

qint64 testOffsetMs()
{
    static const qint64 offset = [] {
        bool ok = false;
        const qint64 value = qEnvironmentVariable("BUCKETDOCTOR_TEST_CLOCK_OFFSET_MS").trimmed().toLongLong(&ok);
        return ok ? value : qint64(0);
    }();
    return offset;
}

QDateTime nowUtc()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 offset = testOffsetMs();
    return offset == 0 ? now : now.addMSecs(offset);
}

}
