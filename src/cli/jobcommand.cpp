#include "attachsession.h"
#include "clicontext.h"
#include "commands.h"

#include "engine/params/jobspecparser.h"
#include "engine/params/parameterhelp.h"
#include "engine/params/parfilewriter.h"

namespace sluice::cli {

namespace {

// sluice-cli export|import <connection> KEYWORD=value ... [--show-parfile]
// Parses the Data Pump parameters (and PARFILE). --show-parfile prints the job
// as a normalized parameter file without connecting to anything.
int runJob(CliContext &context, engine::JobOperation operation)
{
    const QString name = operation == engine::JobOperation::Export ? QStringLiteral("export")
                                                                   : QStringLiteral("import");
    QStringList arguments = context.arguments();
    const bool showParfile = arguments.removeAll(QStringLiteral("--show-parfile")) > 0;
    if (arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"))) {
        context.out() << engine::ParameterHelp::text(operation) << Qt::flush;
        return ExitSuccess;
    }
    if (arguments.isEmpty())
        return context.fail(QStringLiteral("%1 needs a connection and parameters, e.g. "
                                           "sluice-cli %1 hr_profile SCHEMAS=hr; "
                                           "sluice-cli %1 HELP=YES lists the parameters")
                                .arg(name));

    engine::JobSpecParser parser(operation);
    const std::optional<engine::JobSpec> spec = parser.parseArguments(arguments);
    if (!spec)
        return context.fail(parser.errorString());
    for (const QString &warning : parser.warnings())
        context.err() << "sluice-cli: warning: " << warning << Qt::endl;
    if (spec->help) {
        context.out() << engine::ParameterHelp::text(operation) << Qt::flush;
        return ExitSuccess;
    }
    if (showParfile) {
        context.out() << engine::ParfileWriter::write(*spec) << Qt::flush;
        return ExitSuccess;
    }
    if (spec->attach)
        return runAttach(context, operation, *spec);
    return context.fail(QStringLiteral("%1 jobs are not available in this build yet; the "
                                       "parameters are valid (check them with --show-parfile)")
                            .arg(name));
}

} // namespace

int runExport(CliContext &context)
{
    return runJob(context, engine::JobOperation::Export);
}

int runImport(CliContext &context)
{
    return runJob(context, engine::JobOperation::Import);
}

} // namespace sluice::cli
