// Input: "<url>\f<method>". The method is optional (empty means unknown, as in the app when the
// user does not say); it changes which Content-Type findings apply.
#include "FuzzInput.h"
#include "diagnosis/PresignedUrlInspector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > FuzzInput::kMaxBytes)
        return 0;
    const QList<QByteArray> parts = FuzzInput::fields(FuzzInput::bytes(data, size), 2);
    // A fixed 'now' keeps the expiry status reproducible: the fixtures are signed around March 2024.
    static const QDateTime now(QDate(2024, 3, 15), QTime(10, 30), Qt::UTC);
    const UrlInspection inspection
        = PresignedUrlInspector::inspect(FuzzInput::text(parts[0]), now, FuzzInput::text(parts[1]).toUpper());
    return 0;
}
