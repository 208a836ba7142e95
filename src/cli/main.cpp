// sluice-cli: the command-line client. It speaks Data Pump's parameter
// language and runs everything through the engine library.
#include "clicontext.h"
#include "commands.h"

#include "engine/core/localetranslator.h"
#include "engine/core/version.h"

#include <QCoreApplication>
#include <iterator>

using namespace sluice::cli;

namespace {

const Command kCommands[] = {
    {"sample", "Prepare the bundled HR sample database and print its path", &runSample},
    {"connection", "Manage connection profiles: add, list, remove, test", &runConnection},
    {"directory", "Manage directory objects: create, drop, grant, revoke, list", &runDirectory},
    {"export", "Export to a dump file set (expdp parameters; HELP=YES lists them)", &runExport},
    {"import", "Import a dump file set or copy with NETWORK_LINK (impdp parameters)", &runImport},
    {"dumpinfo", "Print a dump file set's header and members (VERIFY=YES checks them)",
     &runDumpInfo},
    {"jobs", "List export and import jobs (--all: finished ones too; --remove NAME)", &runJobs},
    {"job", "Saved jobs: save, list, run, schedule, enable/disable, history (job help)",
     &runSavedJob},
    // The detached process that runs a job; started by clients, not listed.
    {"job-host", nullptr, &runJobHost},
};

void printUsage(CliContext &context)
{
    QTextStream &out = context.out();
    out << "Usage: sluice-cli <command> [arguments]\n\nCommands:\n";
    for (const Command &command : kCommands) {
        if (!command.summary)
            continue;
        out << "  " << QString::fromLatin1(command.name).leftJustified(12) << ' '
            << QLatin1String(command.summary) << '\n';
    }
    out << "\n  sluice-cli --version   print the version\n";
    out.flush();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sluice"));
    QCoreApplication::setApplicationVersion(QLatin1String(sluice::engine::kVersionString));
    // Messages follow the system locale (translations/CMakeLists.txt embeds the translations).
    auto *translator = new sluice::engine::LocaleTranslator(&app);
    if (translator->loadForSystemLocale())
        QCoreApplication::installTranslator(translator);

    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString commandName = arguments.isEmpty() ? QString() : arguments.takeFirst();
    CliContext context(arguments);

    if (commandName.isEmpty() || commandName == u"help" || commandName == u"--help") {
        printUsage(context);
        return commandName.isEmpty() ? ExitFailure : ExitSuccess;
    }
    if (commandName == u"--version") {
        context.out() << "sluice-cli " << sluice::engine::kVersionString << Qt::endl;
        return ExitSuccess;
    }
    for (const Command &command : kCommands) {
        if (commandName == QLatin1String(command.name))
            return command.run(context);
    }
    printUsage(context);
    return context.fail(QStringLiteral("unknown command \"%1\"").arg(commandName));
}
