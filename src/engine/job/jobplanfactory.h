#pragma once

#include "engine/params/parameterdefinition.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

namespace sluice::engine {

class JobPlan;

// Maps an operation to the plan that runs it. The programs that host jobs
// (sluice-cli, the test host) register plans at start-up; an operation without a
// plan cannot be launched ("not available yet"). Thread-safe.
class JobPlanFactory
{
public:
    using Creator = std::function<std::unique_ptr<JobPlan>()>;

    static void registerPlan(JobOperation operation, Creator creator);
    static void unregisterPlan(JobOperation operation);
    [[nodiscard]] static bool hasPlan(JobOperation operation);
    [[nodiscard]] static std::unique_ptr<JobPlan> create(JobOperation operation);

    // "EXPORT" / "IMPORT", as stored in the master table.
    [[nodiscard]] static QString operationName(JobOperation operation);
    [[nodiscard]] static std::optional<JobOperation> operationFromName(const QString &name);
};

} // namespace sluice::engine
