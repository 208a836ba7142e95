#include "attachsession.h"
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/connection/passwordsource.h"
#include "engine/connection/terminalprompt.h"
#include "engine/exportjob/exportfiles.h"
#include "engine/exportjob/exportplan.h"
#include "engine/job/joblauncher.h"
#include "engine/job/jobstore.h"
#include "engine/job/mastertable.h"
#include "engine/params/jobspecparser.h"
#include "engine/params/parameterhelp.h"
#include "engine/params/parfilewriter.h"

#include <QCoreApplication>

namespace sluice::cli {

// importcommand.cpp
int runImportJob(CliContext &context, const engine::JobSpec &spec);

namespace {

// The passwords the job's host needs: the connection's (environment, keychain, or a
// prompt on a terminal) and the encryption password.
std::optional<engine::JobCredentials> exportCredentials(CliContext &context,
                                                        const engine::JobSpec &spec,
                                                        const engine::ResolvedConnection &source)
{
    using namespace engine;
    JobCredentials credentials;
    PasswordSource passwords;
    const PasswordRequest request{source.params, source.profileName, source.savePassword,
                                  source.displayName()};
    const PasswordResult password = passwords.obtain(request);
    if (!password.ok) {
        context.fail(password.errorString);
        return std::nullopt;
    }
    credentials.setPassword(spec.connection, password.password);
    QString encryption = spec.encryptionPassword;
    if (encryption.isEmpty() && spec.encryptionPasswordPrompt) {
        const auto typed = TerminalPrompt::readPassword(QStringLiteral("Encryption Password: "));
        if (!typed || typed->isEmpty()) {
            context.fail(QStringLiteral("ENCRYPTION_PWD_PROMPT=YES needs a terminal to type the "
                                        "encryption password on"));
            return std::nullopt;
        }
        encryption = *typed;
    }
    credentials.setEncryptionPassword(encryption);
    return credentials;
}

// sluice-cli export <connection> ...: checks what can be checked before anything
// starts (connection, engine support, directory privileges and folders, existing
// dump files), creates the job, launches its host and follows its log. Ctrl-C
// gives the Export> prompt; the job keeps running when the client leaves.
int runExportJob(CliContext &context, const engine::JobSpec &spec)
{
    using namespace engine;
    ConnectionProfileStore store;
    if (!store.load())
        return context.fail(store.errorString());
    QString error;
    const auto source = ConnectionResolver(store).resolve(spec.connection, &error);
    if (!source)
        return context.fail(error);
    const QString unsupported = ExportPlan::unsupportedReason(spec, source->params.dialect);
    if (!unsupported.isEmpty())
        return context.fail(unsupported);
    ExportFiles files;
    if (!files.check(spec, source->profileName))
        return context.fail(files.errorString());
    const std::optional<JobCredentials> credentials = exportCredentials(context, spec, *source);
    if (!credentials)
        return ExitFailure;
    JobLauncher launcher;
    const std::optional<QString> name = launcher.createJob(spec, &error);
    if (!name)
        return context.fail(error);
    // A client row before the launch: a job that ends at once waits for this client.
    const QString masterPath = JobStore().masterPath(*name);
    qint64 placeholder = 0;
    {
        MasterTable master;
        if (master.open(masterPath))
            placeholder = master.registerClient(QCoreApplication::applicationPid());
    }
    if (!launcher.launch(*name, *credentials, &error))
        return context.fail(error);
    AttachSession session(context, JobOperation::Export, spec, *name, masterPath);
    session.setLaunched(true);
    session.setPlaceholderClient(placeholder);
    session.setStatusInterval(spec.status);
    return session.run();
}

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
    if (operation == engine::JobOperation::Export)
        return runExportJob(context, *spec);
    return runImportJob(context, *spec);
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
