#include "checks/CheckResult.h"

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

Statement CheckResult::toStatement() const
{
    QStringList args{id, statusId(status), reason};
    for (const auto &[name, value] : facts)
        args << name << value;
    return {QStringLiteral("check"), args};
}

CheckResult CheckResult::fromStatement(const Statement &statement)
{
    CheckResult r;
    const QStringList &a = statement.args;
    r.id = a.value(0);
    for (Status s : {Status::Pass, Status::Fail, Status::Warn, Status::Skipped, Status::Error}) {
        if (statusId(s) == a.value(1))
            r.status = s;
    }
    r.reason = a.value(2);
    for (qsizetype i = 3; i + 1 < a.size(); i += 2)
        r.facts.append({a.at(i), a.at(i + 1)});
    return r;
}
