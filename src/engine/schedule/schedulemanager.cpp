#include "engine/schedule/schedulemanager.h"

#include "engine/schedule/calendarparser.h"
#include "engine/schedule/savedjobrunner.h"
#include "engine/schedule/savedjobstore.h"
#include "engine/schedule/schedulerbackend.h"
#include "engine/schedule/windowstaskbackend.h"

#include <QDir>
#include <QFileInfo>

namespace sluice::engine {

ScheduleManager::ScheduleManager(Options options)
    : m_options(std::move(options))
{}

bool ScheduleManager::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QStringList ScheduleManager::command(const QString &jobName) const
{
    const QString program =
        m_options.program.isEmpty() ? SavedJobRunner::defaultProgram() : m_options.program;
    return {QFileInfo(program).absoluteFilePath(), QStringLiteral("job"), QStringLiteral("run"),
            jobName, QStringLiteral("--scheduled")};
}

std::optional<SavedSchedule> ScheduleManager::schedule(const QString &jobName, const QString &text)
{
    SavedJobStore store;
    std::optional<SavedJob> job = store.find(jobName);
    if (!job) {
        fail(store.errorString());
        return std::nullopt;
    }
    CalendarParser parser;
    std::optional<CalendarSpec> spec = parser.parse(text);
    if (!spec) {
        fail(QStringLiteral("the schedule \"%1\" %2").arg(text, parser.errorString()));
        return std::nullopt;
    }
    spec->anchor = m_options.anchor.isValid() ? m_options.anchor : QDate::currentDate();
    QString error;
    const std::unique_ptr<SchedulerBackend> backend =
        SchedulerBackend::create(m_options.backend, &error);
    if (!backend) {
        fail(error);
        return std::nullopt;
    }
    if (job->schedule && !removeEntry(*job))
        return std::nullopt;
    ScheduleEntry entry;
    entry.jobName = jobName;
    entry.spec = *spec;
    const QStringList commandLine = command(jobName);
    entry.program = commandLine.first();
    entry.arguments = commandLine.mid(1);
    entry.sluiceHome =
        m_options.sluiceHome.isEmpty() ? qEnvironmentVariable("SLUICE_HOME") : m_options.sluiceHome;
    if (!entry.sluiceHome.isEmpty())
        entry.sluiceHome = QDir(entry.sluiceHome).absolutePath();
    const std::optional<ScheduleRegistration> registration = backend->install(entry);
    if (!registration) {
        fail(backend->errorString());
        return std::nullopt;
    }
    SavedSchedule saved;
    saved.text = spec->toString();
    saved.anchor = spec->anchor;
    saved.backend = registration->backend;
    saved.entries = registration->entries;
    saved.exact = registration->exact;
    saved.registered = QDateTime::currentDateTime();
    job->schedule = saved;
    if (!store.save(*job)) {
        fail(store.errorString());
        return std::nullopt;
    }
    return saved;
}

bool ScheduleManager::removeEntry(const SavedJob &job)
{
    if (!job.schedule)
        return true;
    QString error;
    const std::unique_ptr<SchedulerBackend> backend =
        SchedulerBackend::create(job.schedule->backend, &error);
    if (!backend)
        return fail(QStringLiteral("cannot remove the %1 entry of \"%2\": %3")
                        .arg(job.schedule->backend, job.name, error));
    if (auto *windows = dynamic_cast<WindowsTaskBackend *>(backend.get()))
        windows->setRegisteredTasks(job.schedule->entries);
    if (!backend->remove(job.name))
        return fail(backend->errorString());
    return true;
}

bool ScheduleManager::unschedule(const QString &jobName)
{
    SavedJobStore store;
    std::optional<SavedJob> job = store.find(jobName);
    if (!job)
        return fail(store.errorString());
    if (!job->schedule)
        return true;
    if (!removeEntry(*job))
        return false;
    job->schedule.reset();
    if (!store.save(*job))
        return fail(store.errorString());
    return true;
}

} // namespace sluice::engine
