// sluice-cli job ...: saved jobs, their schedules, the on/off switch and the run
// history. The logic lives in engine/schedule; this file parses and prints.
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/schedule/calendarparser.h"
#include "engine/schedule/savedjobstore.h"
#include "engine/schedule/schedulemanager.h"

namespace sluice::cli {

namespace {

using namespace engine;

const char kUsage[] =
    "Usage: sluice-cli job <action> ...\n"
    "  save <name> export|import <connection> KEYWORD=value ... | PARFILE=file\n"
    "                                  save a job (the parfile is normalized; no passwords)\n"
    "  edit <name> <connection> KEYWORD=value ...   replace a saved job's parameters\n"
    "  list                            the saved jobs, with switch and schedule\n"
    "  show <name>                     print the saved job's parfile\n"
    "  duplicate <name> <new-name>     copy a saved job (without its schedule)\n"
    "  delete <name>                   delete a saved job and its OS scheduler entry\n"
    "  run <name> [--scheduled]        run a saved job now and record it in the history\n"
    "  schedule <name> \"<schedule>\" [--backend systemd|crontab|windows]\n"
    "                                  register with the OS scheduler, e.g. \"daily 04:30\",\n"
    "                                  \"weekly mon,fri 04:30\", \"monthly 1 04:30\" or\n"
    "                                  \"FREQ=DAILY; BYHOUR=4; BYMINUTE=30\"\n"
    "  unschedule <name>               remove the OS scheduler entry\n"
    "  schedules                       the scheduled jobs with their next run times\n"
    "  next \"<schedule>\" [count]       the next run times of a schedule (nothing registered)\n"
    "  enable <name> | disable <name>  the on/off switch; the OS entry stays\n"
    "  history [<name>] [--limit N]    the run history (failures highlighted on a terminal)\n"
    "  set-encryption-password <name>  keychain entry for unattended encrypted exports\n";

int needArguments(CliContext &context, const QStringList &arguments, qsizetype count,
                  const char *usage)
{
    if (arguments.size() >= count)
        return -1;
    return context.fail(QStringLiteral("usage: sluice-cli job %1").arg(QLatin1String(usage)));
}

int saveJob(CliContext &context, const QStringList &arguments, bool edit)
{
    SavedJobStore store;
    const QString name = arguments.value(0);
    std::optional<SavedJob> existing;
    std::optional<JobOperation> operation;
    QStringList parameters;
    if (edit) {
        existing = store.find(name);
        if (!existing)
            return context.fail(store.errorString());
        operation = existing->operation;
        parameters = arguments.mid(1);
    } else {
        operation = SavedJob::operationFromName(arguments.value(1));
        if (!operation)
            return context.fail(QStringLiteral("say what the job does: sluice-cli job save %1 "
                                               "export|import <connection> KEYWORD=value ...")
                                    .arg(name));
        if (store.contains(name))
            return context.fail(QStringLiteral("a saved job \"%1\" exists: change it with "
                                               "\"sluice-cli job edit %1 ...\" or delete it first")
                                    .arg(name));
        parameters = arguments.mid(2);
    }
    ConnectionProfileStore profiles;
    if (!profiles.load())
        return context.fail(profiles.errorString());
    QString error;
    std::optional<SavedJob> job =
        SavedJob::fromArguments(name, *operation, parameters, &profiles, &error);
    if (!job)
        return context.fail(error);
    if (existing) {
        job->enabled = existing->enabled;
        job->schedule = existing->schedule;
        job->created = existing->created;
    }
    if (!store.save(*job))
        return context.fail(store.errorString());
    context.out() << (edit ? "Changed" : "Saved") << " the " << job->operationName() << " job \""
                  << name << "\":\n"
                  << job->parfile << Qt::flush;
    return ExitSuccess;
}

QString nextRunText(const SavedSchedule &schedule)
{
    CalendarParser parser;
    std::optional<CalendarSpec> spec = parser.parse(schedule.text);
    if (!spec)
        return QStringLiteral("?");
    spec->anchor = schedule.anchor;
    const QList<QDateTime> next = spec->nextRuns(QDateTime::currentDateTime(), 1);
    return next.isEmpty() ? QStringLiteral("never")
                          : next.first().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

int listJobs(CliContext &context, bool scheduledOnly)
{
    SavedJobStore store;
    const QList<SavedJob> jobs = store.list();
    if (!store.errorString().isEmpty())
        context.err() << "sluice-cli: warning: " << store.errorString() << Qt::endl;
    QTextStream &out = context.out();
    int shown = 0;
    for (const SavedJob &job : jobs) {
        if (scheduledOnly && !job.schedule)
            continue;
        if (shown++ == 0)
            out << QStringLiteral("%1 %2 %3 %4 %5\n")
                       .arg(QStringLiteral("NAME").leftJustified(20),
                            QStringLiteral("OPERATION").leftJustified(9),
                            QStringLiteral("SWITCH").leftJustified(6),
                            QStringLiteral("NEXT RUN").leftJustified(16),
                            QStringLiteral("SCHEDULE"));
        const QString schedule =
            job.schedule ? QStringLiteral("%1 (%2%3)")
                               .arg(job.schedule->text, job.schedule->backend,
                                    job.schedule->exact ? QString() : QStringLiteral(", guarded"))
                         : QStringLiteral("-");
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(job.name.leftJustified(20), job.operationName().leftJustified(9),
                        (job.enabled ? QStringLiteral("on") : QStringLiteral("off"))
                            .leftJustified(6),
                        (job.schedule ? nextRunText(*job.schedule) : QStringLiteral("-"))
                            .leftJustified(16),
                        schedule);
    }
    if (shown == 0)
        out << (scheduledOnly ? "No saved job is scheduled.\n" : "No saved jobs.\n");
    out.flush();
    return ExitSuccess;
}

int showJob(CliContext &context, const QString &name)
{
    SavedJobStore store;
    const std::optional<SavedJob> job = store.find(name);
    if (!job)
        return context.fail(store.errorString());
    QTextStream &out = context.out();
    out << "# saved " << job->operationName() << " job \"" << job->name << "\", switched "
        << (job->enabled ? "on" : "off") << '\n';
    if (job->schedule)
        out << "# schedule: " << job->schedule->text << " (" << job->schedule->backend
            << ", next run " << nextRunText(*job->schedule) << ")\n";
    out << job->parfile << Qt::flush;
    return ExitSuccess;
}

int duplicateJob(CliContext &context, const QString &name, const QString &newName)
{
    SavedJobStore store;
    std::optional<SavedJob> job = store.find(name);
    if (!job)
        return context.fail(store.errorString());
    QString error;
    if (!SavedJob::isValidName(newName, &error))
        return context.fail(error);
    if (store.contains(newName))
        return context.fail(QStringLiteral("a saved job \"%1\" exists already").arg(newName));
    job->name = newName;
    job->schedule.reset(); // one OS entry per job: schedule the copy on its own
    job->created = QDateTime();
    if (!store.save(*job))
        return context.fail(store.errorString());
    context.out() << "Copied \"" << name << "\" to \"" << newName << "\" (not scheduled)."
                  << Qt::endl;
    return ExitSuccess;
}

int deleteJob(CliContext &context, const QString &name)
{
    SavedJobStore store;
    const std::optional<SavedJob> job = store.find(name);
    if (!job)
        return context.fail(store.errorString());
    ScheduleManager manager;
    if (!manager.removeEntry(*job))
        return context.fail(manager.errorString());
    if (!store.remove(name))
        return context.fail(store.errorString());
    context.out() << "Deleted the saved job \"" << name << "\""
                  << (job->schedule ? " and its "
                                      "schedule"
                                    : "")
                  << "." << Qt::endl;
    return ExitSuccess;
}

int switchJob(CliContext &context, const QString &name, bool enabled)
{
    SavedJobStore store;
    std::optional<SavedJob> job = store.find(name);
    if (!job)
        return context.fail(store.errorString());
    job->enabled = enabled;
    if (!store.save(*job))
        return context.fail(store.errorString());
    context.out() << "The saved job \"" << name << "\" is switched " << (enabled ? "on" : "off")
                  << (job->schedule ? "; its schedule stays registered." : ".") << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runSavedJob(CliContext &context)
{
    QStringList arguments = context.arguments();
    const QString action = arguments.isEmpty() ? QString() : arguments.takeFirst();
    if (action.isEmpty() || action == u"help" || action == u"--help") {
        context.out() << kUsage << Qt::flush;
        return action.isEmpty() ? ExitFailure : ExitSuccess;
    }
    int early = -1;
    if (action == u"save" && (early = needArguments(context, arguments, 3,
                                                    "save <name> export|import <connection> "
                                                    "KEYWORD=value ...")) < 0)
        return saveJob(context, arguments, false);
    if (action == u"edit" &&
        (early = needArguments(context, arguments, 2,
                               "edit <name> <connection> KEYWORD=value ...")) < 0)
        return saveJob(context, arguments, true);
    if (action == u"list")
        return listJobs(context, false);
    if (action == u"schedules")
        return listJobs(context, true);
    if (action == u"show" && (early = needArguments(context, arguments, 1, "show <name>")) < 0)
        return showJob(context, arguments.first());
    if (action == u"duplicate" &&
        (early = needArguments(context, arguments, 2, "duplicate <name> <new-name>")) < 0)
        return duplicateJob(context, arguments.at(0), arguments.at(1));
    if (action == u"delete" && (early = needArguments(context, arguments, 1, "delete <name>")) < 0)
        return deleteJob(context, arguments.first());
    if ((action == u"enable" || action == u"disable") &&
        (early = needArguments(context, arguments, 1, "enable|disable <name>")) < 0)
        return switchJob(context, arguments.first(), action == u"enable");
    if (early >= 0)
        return early;
    return runSavedJobAction(context, action, arguments);
}

} // namespace sluice::cli
