// sluice-cli job run / schedule / unschedule / next / history / set-encryption-password.
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/terminalprompt.h"
#include "engine/schedule/calendarparser.h"
#include "engine/schedule/runcredentials.h"
#include "engine/schedule/runhistory.h"
#include "engine/schedule/savedjobrunner.h"
#include "engine/schedule/savedjobstore.h"
#include "engine/schedule/schedulemanager.h"

#include <QCoreApplication>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace sluice::cli {

namespace {

using namespace engine;

bool colorOutput()
{
#ifdef Q_OS_UNIX
    return isatty(fileno(stdout)) && qEnvironmentVariable("TERM") != u"dumb" &&
           !qEnvironmentVariableIsSet("NO_COLOR");
#else
    return false;
#endif
}

QString takeOption(QStringList &arguments, const QString &option)
{
    const qsizetype index = arguments.indexOf(option);
    if (index < 0 || index + 1 >= arguments.size())
        return QString();
    const QString value = arguments.at(index + 1);
    arguments.remove(index, 2);
    return value;
}

int runJob(CliContext &context, QStringList arguments)
{
    const bool scheduled = arguments.removeAll(QStringLiteral("--scheduled")) > 0;
    if (arguments.size() != 1)
        return context.fail(QStringLiteral("usage: sluice-cli job run <name> [--scheduled]"));
    SavedJobRunner::Options options;
    options.scheduled = scheduled;
    options.interactive = !scheduled && TerminalPrompt::stdinIsTerminal();
    options.program = QCoreApplication::applicationFilePath();
    options.echo = [&context](const QByteArray &chunk) {
        context.out() << QString::fromUtf8(chunk) << Qt::flush;
    };
    const SavedJobRunner::Result result = SavedJobRunner(options).run(arguments.first());
    if (!result.recorded && result.record.runLog.isEmpty() && !result.note.isEmpty()) {
        // The schedule guard: not a run time, nothing happened.
        context.err() << "sluice-cli: job run " << arguments.first() << ": " << result.note
                      << Qt::endl;
        return ExitSuccess;
    }
    const RunRecord &record = result.record;
    QTextStream &stream = record.exitCode == 0 ? context.out() : context.err();
    stream << "Saved job \"" << record.jobName << "\": " << record.outcome() << " (exit code "
           << record.exitCode << ")";
    if (record.rows >= 0)
        stream << ", " << record.rows << " rows";
    if (!record.runLog.isEmpty())
        stream << "; run log: " << record.runLog;
    stream << Qt::endl;
    if (!result.note.isEmpty())
        context.err() << "sluice-cli: note: " << result.note << Qt::endl;
    return record.exitCode;
}

int scheduleJob(CliContext &context, QStringList arguments)
{
    ScheduleManager::Options options;
    options.backend = takeOption(arguments, QStringLiteral("--backend"));
    options.program = QCoreApplication::applicationFilePath();
    if (arguments.size() != 2)
        return context.fail(QStringLiteral("usage: sluice-cli job schedule <name> \"<schedule>\" "
                                           "[--backend systemd|crontab|windows]"));
    ScheduleManager manager(options);
    const std::optional<SavedSchedule> schedule =
        manager.schedule(arguments.at(0), arguments.at(1));
    if (!schedule)
        return context.fail(manager.errorString());
    context.out() << "Scheduled \"" << arguments.at(0) << "\": " << schedule->text << " with "
                  << schedule->backend << " (" << schedule->entries.join(QStringLiteral(", "))
                  << ")\n  runs: " << manager.command(arguments.at(0)).join(u' ') << '\n';
    if (!schedule->exact)
        context.out() << "  The OS entry fires on a superset of these times; runs at other "
                         "times exit without doing anything.\n";
    context.out().flush();
    return ExitSuccess;
}

int unscheduleJob(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(QStringLiteral("usage: sluice-cli job unschedule <name>"));
    ScheduleManager manager;
    if (!manager.unschedule(arguments.first()))
        return context.fail(manager.errorString());
    context.out() << "The saved job \"" << arguments.first() << "\" is not scheduled." << Qt::endl;
    return ExitSuccess;
}

int nextRuns(CliContext &context, const QStringList &arguments)
{
    if (arguments.isEmpty() || arguments.size() > 2)
        return context.fail(QStringLiteral("usage: sluice-cli job next \"<schedule>\" [count]"));
    CalendarParser parser;
    const std::optional<CalendarSpec> spec = parser.parse(arguments.first());
    if (!spec)
        return context.fail(QStringLiteral("the schedule %1").arg(parser.errorString()));
    const int count = arguments.size() == 2 ? arguments.at(1).toInt() : 5;
    context.out() << spec->toString() << '\n';
    for (const QDateTime &time : spec->nextRuns(QDateTime::currentDateTime(), qMax(count, 1)))
        context.out() << "  " << time.toString(QStringLiteral("ddd yyyy-MM-dd HH:mm")) << '\n';
    context.out().flush();
    return ExitSuccess;
}

int showHistory(CliContext &context, QStringList arguments)
{
    const QString limitText = takeOption(arguments, QStringLiteral("--limit"));
    const int limit = limitText.isEmpty() ? 50 : limitText.toInt();
    const QString name = arguments.value(0);
    const QList<RunRecord> records = RunHistory().records(name, limit);
    QTextStream &out = context.out();
    if (records.isEmpty()) {
        out << "No runs recorded" << (name.isEmpty() ? "" : " for this job") << "." << Qt::endl;
        return ExitSuccess;
    }
    const bool color = colorOutput();
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg(QStringLiteral("START").leftJustified(19),
                    QStringLiteral("END").leftJustified(19),
                    QStringLiteral("JOB").leftJustified(16), QStringLiteral("EXIT"),
                    QStringLiteral("ROWS").rightJustified(9), QStringLiteral("WARN"),
                    QStringLiteral("ERR"), QStringLiteral("OUTCOME / RUN LOG"));
    for (const RunRecord &record : records) {
        const QString line =
            QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8")
                .arg(record.start.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     record.end.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     record.jobName.leftJustified(16),
                     QString::number(record.exitCode).leftJustified(4),
                     (record.rows >= 0 ? QString::number(record.rows) : QStringLiteral("-"))
                         .rightJustified(9),
                     QString::number(record.warnings).leftJustified(4),
                     QString::number(record.errors).leftJustified(3), record.outcome());
        const char *start = record.kind == RunRecord::Kind::Failed                ? "\x1b[1;31m"
                            : record.kind == RunRecord::Kind::CompletedWithErrors ? "\x1b[33m"
                                                                                  : "";
        out << (color ? start : "") << line << (color && *start ? "\x1b[0m" : "") << '\n';
        if (!record.runLog.isEmpty())
            out << QString(19 * 2 + 2, u' ') << "log: " << record.runLog << '\n';
    }
    out.flush();
    return ExitSuccess;
}

int setEncryptionPassword(CliContext &context, const QStringList &arguments)
{
    if (arguments.size() != 1)
        return context.fail(QStringLiteral("usage: sluice-cli job set-encryption-password <name>"));
    SavedJobStore store;
    if (!store.find(arguments.first()))
        return context.fail(store.errorString());
    const auto typed = TerminalPrompt::readPassword(
        QStringLiteral("Encryption password for the saved job %1: ").arg(arguments.first()));
    if (!typed || typed->isEmpty())
        return context.fail(QStringLiteral("set-encryption-password needs a terminal to type "
                                           "the password on"));
    QString error;
    if (!RunCredentials(true, 15000).storeEncryptionPassword(arguments.first(), *typed, &error))
        return context.fail(error);
    context.out() << "Saved in the keychain (service \"sluice\", key \""
                  << RunCredentials::encryptionKeychainKey(arguments.first()) << "\")." << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runSavedJobAction(CliContext &context, const QString &action, QStringList arguments)
{
    if (action == u"run")
        return runJob(context, arguments);
    if (action == u"schedule")
        return scheduleJob(context, arguments);
    if (action == u"unschedule")
        return unscheduleJob(context, arguments);
    if (action == u"next")
        return nextRuns(context, arguments);
    if (action == u"history")
        return showHistory(context, arguments);
    if (action == u"set-encryption-password")
        return setEncryptionPassword(context, arguments);
    return context.fail(
        QStringLiteral("unknown action \"%1\"; sluice-cli job help lists them").arg(action));
}

} // namespace sluice::cli
