#include "engine/job/interactivecommand.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace sluice::engine {

namespace {

struct CommandInfo
{
    InteractiveCommand::Kind kind;
    const char *name;
    int minimumLetters;
    bool exportOnly;
    const char *help;
};

const CommandInfo kCommands[] = {
    {InteractiveCommand::Kind::AddFile, "ADD_FILE", 3, true,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Add dump files to the dump file set: ADD_FILE=[directory_object:]file_name[,...]")},
    {InteractiveCommand::Kind::ContinueClient, "CONTINUE_CLIENT", 3, false,
     QT_TRANSLATE_NOOP("InteractiveCommand",
                       "Return to logging mode. The job is restarted if it is idle.")},
    {InteractiveCommand::Kind::ExitClient, "EXIT_CLIENT", 3, false,
     QT_TRANSLATE_NOOP("InteractiveCommand", "Quit the client session and leave the job running.")},
    {InteractiveCommand::Kind::FileSize, "FILESIZE", 3, true,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Default file size for dump files added later: FILESIZE=integer[B|KB|MB|GB|TB].")},
    {InteractiveCommand::Kind::Help, "HELP", 3, false,
     QT_TRANSLATE_NOOP("InteractiveCommand", "Summarize the interactive commands.")},
    {InteractiveCommand::Kind::KillJob, "KILL_JOB", 4, false,
     QT_TRANSLATE_NOOP("InteractiveCommand",
                       "Detach and delete the job (and, on export, its dump files).")},
    {InteractiveCommand::Kind::Parallel, "PARALLEL", 3, false,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Change the number of active workers for the current job: PARALLEL=integer.")},
    {InteractiveCommand::Kind::ReuseDumpFiles, "REUSE_DUMPFILES", 3, true,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Overwrite the destination dump file if it exists: REUSE_DUMPFILES=YES|NO.")},
    {InteractiveCommand::Kind::StartJob, "START_JOB", 4, false,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Start or resume the current job: START_JOB[=SKIP_CURRENT] skips the items that "
         "were executing when the job stopped.")},
    {InteractiveCommand::Kind::Status, "STATUS", 4, false,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Frequency (seconds) the job status is monitored; 0 shows it once: STATUS[=integer].")},
    {InteractiveCommand::Kind::StopJob, "STOP_JOB", 4, false,
     QT_TRANSLATE_NOOP(
         "InteractiveCommand",
         "Orderly shutdown of job execution and exit the client: STOP_JOB=IMMEDIATE stops "
         "the workers at once.")},
};

bool checkArgument(const CommandInfo &info, QString &argument, QString *error)
{
    using Kind = InteractiveCommand::Kind;
    const QString keyword = QLatin1String(info.name);
    const auto refuse = [&](const QString &expected) {
        *error = QStringLiteral("%1: %2").arg(keyword, expected);
        return false;
    };
    switch (info.kind) {
    case Kind::ContinueClient:
    case Kind::ExitClient:
    case Kind::Help:
    case Kind::KillJob:
        return argument.isEmpty() ||
               refuse(QCoreApplication::translate("InteractiveCommand", "takes no value"));
    case Kind::Parallel: {
        bool ok = false;
        const int value = argument.toInt(&ok);
        return (ok && value >= 1 && value <= 1024) ||
               refuse(QCoreApplication::translate("InteractiveCommand",
                                                  "needs a number from 1 to 1024"));
    }
    case Kind::Status: {
        bool ok = argument.isEmpty();
        if (!ok)
            ok = argument.toInt(&ok) >= 0 && ok;
        return ok || refuse(QCoreApplication::translate("InteractiveCommand",
                                                        "takes a number of seconds (0 or more)"));
    }
    case Kind::StopJob:
    case Kind::StartJob: {
        const QString allowed = info.kind == Kind::StopJob ? QStringLiteral("IMMEDIATE")
                                                           : QStringLiteral("SKIP_CURRENT");
        argument = argument.toUpper();
        return argument.isEmpty() || argument == allowed ||
               refuse(QCoreApplication::translate("InteractiveCommand", "the only value is %1")
                          .arg(allowed));
    }
    case Kind::ReuseDumpFiles:
        argument = argument.toUpper();
        if (argument == u"Y")
            argument = QStringLiteral("YES");
        if (argument == u"N")
            argument = QStringLiteral("NO");
        return argument == u"YES" || argument == u"NO" || refuse(QStringLiteral("YES or NO"));
    case Kind::FileSize: {
        static const QRegularExpression size(QStringLiteral("^\\d+(B|KB|MB|GB|TB|K|M|G|T)?$"),
                                             QRegularExpression::CaseInsensitiveOption);
        argument = argument.toUpper();
        return size.match(argument).hasMatch() || refuse(QStringLiteral("integer[B|KB|MB|GB|TB]"));
    }
    case Kind::AddFile:
        return !argument.isEmpty() ||
               refuse(QCoreApplication::translate("InteractiveCommand",
                                                  "needs [directory_object:]file_name[,...]"));
    }
    return true;
}

} // namespace

std::optional<InteractiveCommand> InteractiveCommand::parse(const QString &text,
                                                            JobOperation operation, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype eq = trimmed.indexOf(u'=');
    const QString word = (eq < 0 ? trimmed : trimmed.left(eq)).trimmed().toUpper();
    QString argument = eq < 0 ? QString() : trimmed.mid(eq + 1).trimmed();
    if (word.isEmpty()) {
        *error =
            QCoreApplication::translate("InteractiveCommand", "enter a command; HELP lists them");
        return std::nullopt;
    }
    QList<const CommandInfo *> matches;
    for (const CommandInfo &info : kCommands) {
        const QString name = QLatin1String(info.name);
        if (name == word) {
            matches = {&info};
            break;
        }
        if (name.startsWith(word))
            matches.append(&info);
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const CommandInfo *info : matches)
            names << QLatin1String(info->name);
        *error = QCoreApplication::translate("InteractiveCommand", "\"%1\" is ambiguous: %2")
                     .arg(word, names.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (matches.isEmpty()) {
        *error = QCoreApplication::translate("InteractiveCommand",
                                             "unknown command \"%1\"; HELP lists the commands")
                     .arg(word);
        return std::nullopt;
    }
    const CommandInfo &info = *matches.first();
    const QString name = QLatin1String(info.name);
    if (word.size() < info.minimumLetters && word != name) {
        *error = QCoreApplication::translate("InteractiveCommand",
                                             "\"%1\" is too short: type at least %2")
                     .arg(word, name.left(info.minimumLetters));
        return std::nullopt;
    }
    if (info.exportOnly && operation != JobOperation::Export) {
        *error = QCoreApplication::translate("InteractiveCommand", "%1 applies to export jobs only")
                     .arg(name);
        return std::nullopt;
    }
    if (!checkArgument(info, argument, error))
        return std::nullopt;
    return InteractiveCommand{info.kind, name, argument};
}

QString InteractiveCommand::helpText(JobOperation operation)
{
    QString out = QCoreApplication::translate(
        "InteractiveCommand", "The following commands are valid while in interactive mode.\n"
                              "Note: abbreviations are allowed when they name one command.\n\n");
    for (const CommandInfo &info : kCommands) {
        if (info.exportOnly && operation != JobOperation::Export)
            continue;
        out += QStringLiteral("%1\n%2\n\n")
                   .arg(QLatin1String(info.name),
                        QCoreApplication::translate("InteractiveCommand", info.help));
    }
    return out;
}

} // namespace sluice::engine
