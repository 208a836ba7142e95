#include "gui/schedule/schedulecommands.h"

#include "engine/params/parfilewriter.h"
#include "engine/schedule/runhistory.h"
#include "engine/schedule/savedjobrunner.h"
#include "engine/schedule/savedjobstore.h"
#include "engine/schedule/schedulemanager.h"

#include <QCoreApplication>

namespace sluice::gui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sluice::gui::ScheduleCommands", text);
}

ScheduleCommandResult done(bool ok, const QString &message)
{
    return ScheduleCommandResult{ok, message};
}

} // namespace

SavedJobList ScheduleCommands::list()
{
    SavedJobList result;
    engine::SavedJobStore store;
    const QList<engine::SavedJob> jobs = store.list();
    result.error = store.errorString();
    const QList<engine::RunRecord> history = engine::RunHistory().records();
    for (const engine::SavedJob &job : jobs) {
        SavedJobRow row;
        row.job = job;
        row.running = engine::SavedJobRunner::isRunning(job.name);
        for (auto it = history.crbegin(); it != history.crend(); ++it) {
            if (it->jobName == job.name) {
                row.lastRun = *it;
                break;
            }
        }
        result.jobs << row;
    }
    return result;
}

ScheduleCommandResult ScheduleCommands::setEnabled(const QString &name, bool enabled)
{
    engine::SavedJobStore store;
    auto job = store.find(name);
    if (!job)
        return done(false, store.errorString());
    job->enabled = enabled;
    if (!store.save(*job))
        return done(false, store.errorString());
    return done(true, enabled ? tr("%1 is switched on.").arg(name)
                              : tr("%1 is switched off: its runs are skipped.").arg(name));
}

QString ScheduleCommands::freeName(const QString &base)
{
    engine::SavedJobStore store;
    QString name = base + QStringLiteral("_copy");
    for (int i = 2; store.contains(name); ++i)
        name = base + QStringLiteral("_copy%1").arg(i);
    return name;
}

ScheduleCommandResult ScheduleCommands::duplicate(const QString &name, const QString &newName)
{
    engine::SavedJobStore store;
    auto job = store.find(name);
    if (!job)
        return done(false, store.errorString());
    QString error;
    if (!engine::SavedJob::isValidName(newName, &error))
        return done(false, error);
    if (store.contains(newName))
        return done(false, tr("A saved job named %1 exists already.").arg(newName));
    job->name = newName;
    job->schedule.reset(); // one job, one OS entry
    job->created = QDateTime::currentDateTime();
    if (!store.save(*job))
        return done(false, store.errorString());
    return done(true, tr("%1 was copied to %2.").arg(name, newName));
}

ScheduleCommandResult ScheduleCommands::remove(const QString &name)
{
    engine::SavedJobStore store;
    auto job = store.find(name);
    if (!job)
        return done(false, store.errorString());
    engine::ScheduleManager manager;
    if (job->schedule && !manager.removeEntry(*job))
        return done(false, manager.errorString());
    if (!store.remove(name))
        return done(false, store.errorString());
    return done(true, tr("%1 was deleted.").arg(name));
}

ScheduleCommandResult ScheduleCommands::schedule(const QString &name, const QString &text)
{
    engine::ScheduleManager manager;
    const auto registered = manager.schedule(name, text);
    if (!registered)
        return done(false, manager.errorString());
    return done(
        true,
        tr("%1 runs %2 (registered with %3).").arg(name, registered->text, registered->backend));
}

ScheduleCommandResult ScheduleCommands::unschedule(const QString &name)
{
    engine::ScheduleManager manager;
    if (!manager.unschedule(name))
        return done(false, manager.errorString());
    return done(true, tr("%1 is no longer scheduled.").arg(name));
}

ScheduleCommandResult ScheduleCommands::updateJob(const QString &name, const engine::JobSpec &spec)
{
    engine::SavedJobStore store;
    auto job = store.find(name);
    if (!job)
        return done(false, store.errorString());
    if (job->operation != spec.operation)
        return done(
            false, tr("%1 is an %2 job; it cannot hold this job.").arg(name, job->operationName()));
    job->parfile = engine::ParfileWriter::write(spec);
    job->connection = spec.connection;
    job->networkLink = spec.networkLink;
    if (!store.save(*job))
        return done(false, store.errorString());
    return done(true, tr("%1 was saved.").arg(name));
}

} // namespace sluice::gui
