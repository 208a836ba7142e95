#include "engine/job/jobplanfactory.h"

#include "engine/job/jobplan.h"

#include <QHash>
#include <QMutex>
#include <QString>

namespace sluice::engine {

namespace {

struct Registry
{
    QMutex mutex;
    QHash<int, JobPlanFactory::Creator> creators; // guarded by mutex
};

Registry &registry()
{
    static Registry instance;
    return instance;
}

} // namespace

void JobPlanFactory::registerPlan(JobOperation operation, Creator creator)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.creators.insert(int(operation), std::move(creator));
}

void JobPlanFactory::unregisterPlan(JobOperation operation)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    r.creators.remove(int(operation));
}

bool JobPlanFactory::hasPlan(JobOperation operation)
{
    Registry &r = registry();
    const QMutexLocker lock(&r.mutex);
    return r.creators.contains(int(operation));
}

std::unique_ptr<JobPlan> JobPlanFactory::create(JobOperation operation)
{
    Creator creator;
    {
        Registry &r = registry();
        const QMutexLocker lock(&r.mutex);
        creator = r.creators.value(int(operation));
    }
    return creator ? creator() : nullptr;
}

QString JobPlanFactory::operationName(JobOperation operation)
{
    return operation == JobOperation::Export ? QStringLiteral("EXPORT") : QStringLiteral("IMPORT");
}

std::optional<JobOperation> JobPlanFactory::operationFromName(const QString &name)
{
    if (name.compare(u"EXPORT", Qt::CaseInsensitive) == 0)
        return JobOperation::Export;
    if (name.compare(u"IMPORT", Qt::CaseInsensitive) == 0)
        return JobOperation::Import;
    return std::nullopt;
}

} // namespace sluice::engine
