#include "clicontext.h"
#include "commands.h"

#include "engine/exportjob/exportplan.h"
#include "engine/importjob/importplan.h"
#include "engine/job/jobhost.h"
#include "engine/job/jobstore.h"

namespace sluice::cli {

// sluice-cli jobs [--all] [--remove JOB_NAME]
// Lists the user's jobs like DBA_DATAPUMP_JOBS: unfinished ones by default, also
// the finished ones kept by KEEP_MASTER=YES with --all.
int runJobs(CliContext &context)
{
    QStringList arguments = context.arguments();
    const bool all = arguments.removeAll(QStringLiteral("--all")) > 0;
    const engine::JobStore store;
    const qsizetype remove = arguments.indexOf(QStringLiteral("--remove"));
    if (remove >= 0) {
        if (remove + 1 >= arguments.size())
            return context.fail(QStringLiteral("--remove needs a job name"));
        QString error;
        const QString name = arguments.at(remove + 1);
        if (!store.remove(name, &error))
            return context.fail(error);
        context.out() << "Job " << name << " removed" << Qt::endl;
        return ExitSuccess;
    }
    if (!arguments.isEmpty())
        return context.fail(QStringLiteral("usage: sluice-cli jobs [--all] [--remove JOB_NAME]"));
    const QList<engine::JobStatus> jobs = store.list(all);
    QTextStream &out = context.out();
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("JOB_NAME").leftJustified(30),
                    QStringLiteral("OPERATION").leftJustified(9),
                    QStringLiteral("JOB_MODE").leftJustified(8),
                    QStringLiteral("STATE").leftJustified(21), QStringLiteral("DEGREE"),
                    QStringLiteral("ATTACHED_SESSIONS"));
    for (const engine::JobStatus &job : jobs) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(job.name.leftJustified(30), job.operation.leftJustified(9),
                        job.mode.leftJustified(8),
                        engine::jobStateName(job.state).leftJustified(21))
                   .arg(job.progress.parallel, 6)
                   .arg(job.attachedClients, 17);
    }
    if (jobs.isEmpty())
        out << (all ? "no jobs\n"
                    : "no running or stopped jobs (--all also lists finished ones)\n");
    out.flush();
    return ExitSuccess;
}

// sluice-cli job-host <master table> [--credentials <channel>]: the detached
// process that runs one job (started by the client; not for direct use).
int runJobHost(CliContext &context)
{
    // The plans this program hosts.
    engine::ExportPlan::registerPlan();
    engine::ImportPlan::registerPlan();
    return engine::JobHost::run(context.arguments());
}

} // namespace sluice::cli
