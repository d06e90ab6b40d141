#pragma once

#include "checks/LiveCheck.h"

#include <QHash>
#include <memory>
#include <vector>

class CheckRunner;

// The live checks in the wizard's order (endpoint, time, key, anonymous, acl, policy, cors,
// referer, object, encryption) and the opt-in write probe last. The dependency graph comes from
// each check's dependsOn(): time first for every signed check, object before encryption; the rest
// run in parallel.
namespace CheckSuite {
std::vector<std::unique_ptr<LiveCheck>> create();
void addAll(CheckRunner &runner);
QStringList ids();
// What every check of the suite would send for this context, before anything runs.
QHash<QString, QList<PlannedRequest>> plannedRequests(const CheckContext &context);
}
