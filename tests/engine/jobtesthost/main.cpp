// A job host for the job framework's tests: the same JobHost entry as
// `sluice-cli job-host`, with the test plan registered for EXPORT.
#include "testplan.h"

#include "engine/job/jobhost.h"
#include "engine/job/jobplanfactory.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sluice"));
    sluice::engine::JobPlanFactory::registerPlan(sluice::engine::JobOperation::Export, [] {
        return std::make_unique<sluice::test::TestPlan>();
    });
    return sluice::engine::JobHost::run(QCoreApplication::arguments().mid(1));
}
