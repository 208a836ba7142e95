// sluice-cli import: the import launch path (dump file sets, NETWORK_LINK copies, SQLFILE).
#include "attachsession.h"
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/passwordsource.h"
#include "engine/connection/terminalprompt.h"
#include "engine/importjob/dumpsource.h"
#include "engine/importjob/importendpoint.h"
#include "engine/importjob/importplan.h"
#include "engine/importjob/sqlfilewriter.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/joblauncher.h"
#include "engine/job/jobstore.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogline.h"

namespace sluice::cli {

namespace {

// SQLFILE runs in this process: it reads catalogs and writes a file, nothing else.
int runSqlFile(CliContext &context, const engine::JobSpec &spec)
{
    using namespace engine;
    JobLog log;
    QObject::connect(&log, &JobLog::lineLogged, &log, [&context](const JobLogLine &line) {
        context.out() << line.text << Qt::endl;
    });
    PasswordSource passwords;
    SqlFileWriter writer;
    const bool ok = writer.run(
        spec, [&passwords](const PasswordRequest &request) { return passwords.obtain(request); },
        log);
    if (!ok) {
        log.finish(JobLog::Outcome::StoppedByFatalError);
        return context.fail(writer.errorString());
    }
    return toInt(log.finish(JobLog::Outcome::Completed));
}

} // namespace

// sluice-cli import <target> NETWORK_LINK=<source> ...: checks both connections and
// their passwords before anything starts, creates the job, launches its host and
// follows its log. Ctrl-C gives the Import> prompt; the job keeps running when the
// client leaves. The REMAP_DATA key (HASH, FAKE_EMAIL) comes from SLUICE_REMAP_KEY
// and is handed to the host with the passwords.
int runImportJob(CliContext &context, const engine::JobSpec &spec)
{
    using namespace engine;
    const QString unsupported = ImportPlan::unsupportedReason(spec);
    if (!unsupported.isEmpty())
        return context.fail(unsupported);
    if (spec.sqlFile)
        return runSqlFile(context, spec);
    JobCredentials credentials;
    PasswordSource passwords;
    QStringList references{spec.connection};
    if (!spec.networkLink.isEmpty())
        references << spec.networkLink;
    QString targetProfile;
    for (const QString &reference : std::as_const(references)) {
        QString error;
        const auto endpoint = ImportEndpoint::resolve(
            reference, [&passwords](const PasswordRequest &r) { return passwords.obtain(r); },
            &error);
        if (!endpoint)
            return context.fail(reference == spec.connection
                                    ? error
                                    : QStringLiteral("NETWORK_LINK=%1: %2").arg(reference, error));
        credentials.setPassword(reference, endpoint->password);
        if (reference == spec.connection) {
            targetProfile = endpoint->profileName;
            const QString refusal = ImportPlan::targetRefusal(spec, endpoint->params.dialect);
            if (!refusal.isEmpty())
                return context.fail(refusal);
        }
        if (reference == spec.networkLink) {
            // Now that the source's engine is known, a filter it cannot satisfy
            // ("Object path GRANT was not found" on SQLite) fails before any job exists.
            const QString refusal = ImportPlan::filterRefusal(spec, endpoint->params.dialect);
            if (!refusal.isEmpty())
                return context.fail(refusal);
        }
    }
    if (spec.networkLink.isEmpty()) {
        // The dump's header, files and password are checked before any job exists, so
        // a wrong password or a damaged set loads nothing.
        JobSpec checked = spec;
        if (checked.encryptionPassword.isEmpty() && spec.encryptionPasswordPrompt) {
            const auto typed =
                TerminalPrompt::readPassword(QStringLiteral("Encryption Password: "));
            if (!typed || typed->isEmpty())
                return context.fail(QStringLiteral("ENCRYPTION_PWD_PROMPT=YES needs a terminal to "
                                                   "type the encryption password on"));
            checked.encryptionPassword = *typed;
        }
        DumpSource dump;
        if (!dump.open(checked, targetProfile))
            return context.fail(dump.errorString());
        credentials.setEncryptionPassword(checked.encryptionPassword);
    }
    const QByteArray key = qgetenv(ImportPlan::kRemapKeyVariable);
    if (key.isEmpty()) {
        if (const QString missing = ImportPlan::missingRemapKey(spec); !missing.isEmpty())
            return context.fail(missing);
    }
    if (!key.isEmpty())
        credentials.setPassword(QString::fromUtf16(ImportPlan::kRemapKeyReference),
                                QString::fromUtf8(key));
    JobLauncher launcher;
    QString error;
    const std::optional<QString> name = launcher.createJob(spec, &error);
    if (!name)
        return context.fail(error);
    if (!launcher.launch(*name, credentials, &error))
        return context.fail(error);
    AttachSession session(context, JobOperation::Import, spec, *name, JobStore().masterPath(*name));
    session.setLaunched(true);
    session.setStatusInterval(spec.status);
    return session.run();
}

} // namespace sluice::cli
