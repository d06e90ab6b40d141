#include "checks/CheckSuite.h"

#include "checks/bucket/AclCheck.h"
#include "checks/bucket/AnonymousCheck.h"
#include "checks/bucket/CorsCheck.h"
#include "checks/bucket/EncryptionCheck.h"
#include "checks/bucket/EndpointCheck.h"
#include "checks/bucket/KeyCheck.h"
#include "checks/bucket/ObjectCheck.h"
#include "checks/bucket/PolicyCheck.h"
#include "checks/bucket/RefererCheck.h"
#include "checks/bucket/TimeCheck.h"
#include "checks/bucket/WriteProbeCheck.h"
#include "checks/CheckRunner.h"

std::vector<std::unique_ptr<LiveCheck>> CheckSuite::create()
{
    std::vector<std::unique_ptr<LiveCheck>> checks;
    checks.push_back(std::make_unique<EndpointCheck>());
    checks.push_back(std::make_unique<TimeCheck>());
    checks.push_back(std::make_unique<KeyCheck>());
    checks.push_back(std::make_unique<AnonymousCheck>());
    checks.push_back(std::make_unique<AclCheck>());
    checks.push_back(std::make_unique<PolicyCheck>());
    checks.push_back(std::make_unique<CorsCheck>());
    checks.push_back(std::make_unique<RefererCheck>());
    checks.push_back(std::make_unique<ObjectCheck>());
    checks.push_back(std::make_unique<EncryptionCheck>());
    checks.push_back(std::make_unique<WriteProbeCheck>());
    return checks;
}

void CheckSuite::addAll(CheckRunner &runner)
{
    for (auto &check : create())
        runner.add(std::move(check));
}

QStringList CheckSuite::ids()
{
    QStringList list;
    for (const auto &check : create())
        list << check->id();
    return list;
}

QHash<QString, QList<PlannedRequest>> CheckSuite::plannedRequests(const CheckContext &context)
{
    CheckRunner planner;
    addAll(planner);
    return planner.plannedRequests(context);
}
