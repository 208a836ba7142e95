#pragma once

#include <QString>
#include <QStringList>

namespace sluice::cli {

class CliContext;

// One entry per sub-command. Add a command by writing its run function in its
// own file and listing it in kCommands (main.cpp).
using CommandFunction = int (*)(CliContext &context);

struct Command
{
    const char *name;
    const char *summary;
    CommandFunction run;
};

int runSample(CliContext &context);
int runConnection(CliContext &context);
int runDirectory(CliContext &context);
int runExport(CliContext &context);
int runImport(CliContext &context);
int runJobs(CliContext &context);
int runDumpInfo(CliContext &context);
int runJobHost(CliContext &context);
// sluice-cli job ... (saved jobs); runSavedJobAction handles run, schedule, history, ...
int runSavedJob(CliContext &context);
int runSavedJobAction(CliContext &context, const QString &action, QStringList arguments);

} // namespace sluice::cli
