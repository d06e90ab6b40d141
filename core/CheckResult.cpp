#include "CheckResult.h"

QString CheckResult::statusId(Status status)
{
    switch (status) {
    case Status::Pass:
        return QStringLiteral("pass");
    case Status::Fail:
        return QStringLiteral("fail");
    case Status::Warn:
        return QStringLiteral("warn");
    case Status::Skipped:
        return QStringLiteral("skipped");
    case Status::Error:
        break;
    }
    return QStringLiteral("error");
}

QString CheckResult::fact(const QString &name) const
{
    for (const auto &[key, value] : facts) {
        if (key == name)
            return value;
    }
    return {};
}
