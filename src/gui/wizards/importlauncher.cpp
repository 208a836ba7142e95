#include "gui/wizards/importlauncher.h"

#include "engine/importjob/importplan.h"
#include "engine/importjob/sqlfilewriter.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogline.h"
#include "engine/params/parfilewriter.h"
#include "engine/schedule/savedjob.h"
#include "engine/schedule/savedjobstore.h"

#include <QCoreApplication>

namespace sluice::gui {

namespace {

JobCommandResult failure(const QString &error)
{
    JobCommandResult result;
    result.error = error;
    return result;
}

} // namespace

QString ImportLauncher::unsupportedReason(const engine::JobSpec &spec)
{
    return engine::ImportPlan::unsupportedReason(spec);
}

QString ImportLauncher::commandLine(const engine::JobSpec &spec)
{
    QStringList words{QStringLiteral("sluice-cli"), QStringLiteral("import")};
    for (const auto &[name, value] : engine::ParfileWriter::entries(spec)) {
        if (name == u"USERID") {
            words.insert(2, value);
            continue;
        }
        const QString word = name + u'=' + value;
        // Single quotes keep the shell away from the parameter language's quotes.
        const bool plain = !word.contains(u' ') && !word.contains(u'"') && !word.contains(u'\'') &&
                           !word.contains(u'(') && !word.contains(u'%') && !word.contains(u'$');
        words << (plain ? word
                        : u'\'' + QString(word).replace(u'\'', QLatin1String("'\\''")) + u'\'');
    }
    return words.join(u' ');
}

JobCommandResult ImportLauncher::launch(const engine::JobSpec &spec,
                                        const engine::JobCredentials &credentials,
                                        const LaunchTicket &ticket)
{
    using namespace engine;
    const QString unsupported = unsupportedReason(spec);
    if (!unsupported.isEmpty())
        return failure(unsupported);
    JobCredentials withKey = credentials;
    const QByteArray key = qgetenv(ImportPlan::kRemapKeyVariable);
    if (!key.isEmpty())
        withKey.setPassword(QString::fromUtf16(ImportPlan::kRemapKeyReference),
                            QString::fromUtf8(key));
    return JobCommands::createAndLaunch(spec, withKey, ticket);
}

SqlFileResult ImportLauncher::writeSqlFile(const engine::JobSpec &spec,
                                           const engine::JobCredentials &credentials,
                                           const LaunchTicket &ticket)
{
    using namespace engine;
    SqlFileResult result;
    const QString unsupported = unsupportedReason(spec);
    if (!unsupported.isEmpty()) {
        result.error = unsupported;
        return result;
    }
    if (!ticket.commit()) {
        result.cancelled = true;
        return result;
    }
    JobLog log;
    QObject::connect(&log, &JobLog::lineLogged, &log,
                     [&result](const JobLogLine &line) { result.log << line.text; });
    const QStringList references{spec.connection, spec.networkLink};
    const auto passwords = [&credentials, &references](const PasswordRequest &request) {
        // The request names a profile or a URL: hand over the password given for it.
        for (const QString &reference : references) {
            if (!reference.isEmpty() && credentials.hasPassword(reference) &&
                (reference.compare(request.profileName, Qt::CaseInsensitive) == 0 ||
                 reference == request.params.toUrl()))
                return credentials.obtain(reference, request);
        }
        return credentials.obtain(request.profileName, request);
    };
    SqlFileWriter writer;
    result.ok = writer.run(spec, passwords, log);
    (void)log.finish(result.ok ? JobLog::Outcome::Completed : JobLog::Outcome::StoppedByFatalError);
    result.path = writer.filePath();
    result.error = writer.errorString();
    return result;
}

QString ImportLauncher::saveNamedJob(const QString &name, const engine::JobSpec &spec, bool replace)
{
    using namespace engine;
    QString error;
    if (!SavedJob::isValidName(name, &error))
        return error;
    SavedJobStore store;
    if (!replace && store.contains(name))
        return QCoreApplication::translate("sluice::gui::ImportLauncher",
                                           "A saved job named %1 exists already.")
            .arg(name);
    SavedJob job;
    job.name = name;
    job.operation = spec.operation;
    job.parfile = ParfileWriter::write(spec);
    job.connection = spec.connection;
    job.networkLink = spec.networkLink;
    job.created = QDateTime::currentDateTime();
    if (replace) {
        if (const auto existing = store.find(name)) {
            job.enabled = existing->enabled;
            job.schedule = existing->schedule;
            job.created = existing->created;
        }
    }
    if (!store.save(job))
        return store.errorString();
    return {};
}

} // namespace sluice::gui
