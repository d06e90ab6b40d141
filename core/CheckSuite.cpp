#include "CheckSuite.h"

#include "AclCheck.h"
#include "AnonymousCheck.h"
#include "CheckRunner.h"
#include "CorsCheck.h"
#include "EncryptionCheck.h"
#include "EndpointCheck.h"
#include "KeyCheck.h"
#include "ObjectCheck.h"
#include "PolicyCheck.h"
#include "RefererCheck.h"
#include "TimeCheck.h"
#include "WriteProbeCheck.h"

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
