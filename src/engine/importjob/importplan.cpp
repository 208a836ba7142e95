#include "engine/importjob/importplan.h"
#include "engine/importjob/remapdatafunction.h"

#include "engine/catalog/catalogreader.h"
#include "engine/connection/databaseopener.h"
#include "engine/core/version.h"
#include "engine/data/datasession.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/importjob/importdefiner.h"
#include "engine/importjob/importendpoint.h"
#include "engine/importjob/importexecutor.h"
#include "engine/importjob/importfiles.h"
#include "engine/importjob/keyindexbuilds.h"
#include "engine/job/jobcontext.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/tabledataphase.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/parfilewriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTimer>

namespace sluice::engine {

ImportPlan::ImportPlan() = default;

ImportPlan::~ImportPlan()
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    // The snapshot's readers end first: SQLite's coordinator commits its write lock
    // only once no reader holds the database.
    closeConnections();
    m_coordinator.finish();
}

void ImportPlan::registerPlan()
{
    JobPlanFactory::registerPlan(JobOperation::Import,
                                 [] { return std::make_unique<ImportPlan>(); });
}

bool ImportPlan::fail(const QString &message)
{
    setErrorString(message);
    return false;
}

QString ImportPlan::unsupportedReason(const JobSpec &spec)
{
    if (const QString refusal = filterRefusal(spec); !refusal.isEmpty())
        return refusal;
    if (spec.flashbackScn || (spec.flashbackTime && !spec.flashbackTime->systimestamp))
        return QCoreApplication::translate(
            "ImportPlan", "FLASHBACK_SCN and FLASHBACK_TIME cannot be honoured: no engine "
                          "keeps past versions of ordinary tables");
    return {};
}

// INCLUDE / EXCLUDE that no source engine could satisfy (an unknown object path, a
// path of another mode) are refused before the job starts. Paths only some engines
// have (GRANT on SQLite) are refused once the source's engine is known.
QString ImportPlan::filterRefusal(const JobSpec &spec, std::optional<Dialect> source)
{
    if (source)
        return ExportDefiner::filterRefusal(spec, *source);
    QString refusal;
    for (const Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL, Dialect::MariaDB}) {
        refusal = ExportDefiner::filterRefusal(spec, dialect);
        if (refusal.isEmpty())
            return {};
    }
    return refusal;
}

QString ImportPlan::missingRemapKey(const JobSpec &spec)
{
    for (const RemapDataSpec &remap : spec.remapData) {
        if (RemapDataFunction::needsKey(remap.function))
            return QCoreApplication::translate(
                       "ImportPlan", "REMAP_DATA=%1: this function needs a key, so that the same "
                                     "input always gives the same output: set %2 in the "
                                     "environment of the client that starts the job")
                .arg(remap.toParameterText(), QLatin1String(kRemapKeyVariable));
    }
    return {};
}

QString ImportPlan::targetRefusal(const JobSpec &spec, Dialect target)
{
    if (target != Dialect::SQLite)
        return {};
    for (const RemapPair &remap : spec.remapSchemas) {
        if (remap.to.text.compare(u"main", Qt::CaseInsensitive) != 0)
            return QCoreApplication::translate(
                       "ImportPlan", "REMAP_SCHEMA=%1: a SQLite database has the single schema "
                                     "\"main\"; remap to it (REMAP_SCHEMA=%2:main), or import "
                                     "into a PostgreSQL or MariaDB database to keep the schema")
                .arg(remap.toParameterText(), remap.from.text);
    }
    return {};
}

bool ImportPlan::resolveEndpoints(JobContext &context)
{
    const JobCredentials *credentials = context.credentials;
    QString error;
    const auto obtainFor = [credentials](const QString &reference) {
        return [credentials, reference](const PasswordRequest &request) {
            return credentials->obtain(reference, request);
        };
    };
    const auto target = ImportEndpoint::resolve(context.spec.connection,
                                                obtainFor(context.spec.connection), &error);
    if (!target)
        return fail(error);
    m_state.target = target->params;
    m_state.targetPassword = target->password;
    if (context.spec.networkLink.isEmpty()) {
        if (!m_dump.open(context.spec, target->profileName, true))
            return fail(m_dump.errorString());
        m_state.dump = m_dump.reader();
        m_state.source.dialect = m_dump.dialect();
    } else {
        const auto source = ImportEndpoint::resolve(context.spec.networkLink,
                                                    obtainFor(context.spec.networkLink), &error);
        if (!source)
            return fail(QStringLiteral("NETWORK_LINK=%1: %2").arg(context.spec.networkLink, error));
        m_state.source = source->params;
        m_state.sourcePassword = source->password;
    }
    m_state.remapData = context.spec.remapData;
    m_state.log = context.log;
    const QString reference = QString::fromUtf16(kRemapKeyReference);
    if (credentials->hasPassword(reference))
        m_state.remapKey = credentials->obtain(reference, {}).password.toUtf8();
    else
        m_state.remapKey = qgetenv(kRemapKeyVariable);
    if (m_state.remapKey.isEmpty()) {
        if (const QString missing = missingRemapKey(context.spec); !missing.isEmpty())
            return fail(missing);
    }
    m_ownerName = target->params.user.isEmpty() ? QStringLiteral("main") : target->params.user;
    const auto log = ImportFiles::logPath(context.spec, target->profileName, &error);
    if (!log)
        return fail(error);
    if (!log->isEmpty() && !context.log->open(*log, context.restarted))
        return fail(context.log->errorString());
    return true;
}

bool ImportPlan::takeSnapshot()
{
    QStringList schemas;
    const std::optional<Snapshot> snapshot =
        m_coordinator.begin(m_state.source, m_state.sourcePassword, schemas);
    if (!snapshot)
        return fail(QStringLiteral("NETWORK_LINK: %1").arg(m_coordinator.errorString()));
    m_state.snapshot = *snapshot;
    for (const QString &warning : snapshot->warnings)
        m_state.log->warning(warning);
    const OpenResult opened = DatabaseOpener::open(m_state.source, QStringLiteral("import.catalog"),
                                                   m_state.sourcePassword);
    if (!opened.ok())
        return fail(opened.errorString);
    m_sourceConnection = opened.connectionName;
    QSqlDatabase db = QSqlDatabase::database(m_sourceConnection, false);
    QString error;
    if (!DataSession::prepare(db, m_state.source.dialect, &error) ||
        !SnapshotCoordinator::join(db, m_state.snapshot, &error))
        return fail(error);
    return true;
}

bool ImportPlan::start(JobContext &context)
{
    JobLog &log = *context.log;
    log.setLogTime(JobLog::LogTime(int(context.spec.effectiveLogTime())));
    log.setMetrics(context.spec.metrics);
    if (!m_master.open(context.masterPath))
        return fail(m_master.errorString());
    const QString reason = unsupportedReason(context.spec);
    if (!reason.isEmpty())
        return fail(reason);
    if (!resolveEndpoints(context))
        return false;
    if (const QString refusal = filterRefusal(context.spec, m_state.source.dialect);
        !refusal.isEmpty())
        return fail(refusal);
    if (const QString refusal = targetRefusal(context.spec, m_state.target.dialect);
        !refusal.isEmpty())
        return fail(refusal);
    log.banner(QStringLiteral("Import"), QLatin1String(kVersionString));
    const OpenResult opened = DatabaseOpener::open(m_state.target, QStringLiteral("import.define"),
                                                   m_state.targetPassword);
    if (!opened.ok())
        return fail(opened.errorString);
    m_targetConnection = opened.connectionName;
    log.connected(DatabaseOpener::serverVersion(m_targetConnection, m_state.target.dialect));
    log.info(QStringLiteral("Master table %1 successfully loaded/unloaded")
                 .arg(JobLogFormat::objectName(m_ownerName, context.jobName)));
    QStringList parameters;
    for (const auto &[name, value] : ParfileWriter::entries(context.spec)) {
        if (name != u"USERID")
            parameters << name + u'=' + value;
    }
    log.starting(m_ownerName, context.jobName,
                 JobLog::commandEcho(context.spec.connection, parameters));
    if (context.restarted)
        log.info(QCoreApplication::translate(
            "ImportPlan", "The restarted job reads the remaining data from a new snapshot "
                          "of the source; completed chunks are kept"));
    if (m_state.dump)
        log.info(
            QCoreApplication::translate(
                "ImportPlan", "Importing the dump file set %1 (%2 file(s), exported from %3 %4)")
                .arg(m_state.dump->files().value(0).path)
                .arg(m_state.dump->files().size())
                .arg(m_state.dump->header().sourceEngine, m_state.dump->header().serverVersion));
    else if (!takeSnapshot())
        return false;
    if (context.restarted) {
        expectTables(m_master);
        scheduleLockRelease(
            m_master.property(QString::fromUtf16(MasterKey::Parallel), QStringLiteral("1"))
                .toInt());
    }
    return true;
}

std::optional<QList<WorkItem>> ImportPlan::defineItems(const JobSpec &spec, QSqlDatabase &sourceDb,
                                                       Dialect source, QSqlDatabase *targetDb,
                                                       Dialect target, JobLog &log, QString *error)
{
    CatalogReadOptions sourceOptions;
    sourceOptions.roles = spec.mode == JobMode::Full;
    const std::optional<Catalog> sourceCatalog =
        CatalogReader::read(sourceDb, sourceOptions, error);
    if (!sourceCatalog) {
        *error = QCoreApplication::translate("ImportPlan", "Cannot read the source catalog: %1")
                     .arg(*error);
        return std::nullopt;
    }
    Catalog existing;
    existing.dialect = target;
    if (targetDb) {
        CatalogReadOptions options;
        options.grants = false;
        options.roles = spec.mode == JobMode::Full;
        const std::optional<Catalog> read = CatalogReader::read(*targetDb, options, error);
        if (!read) {
            *error = QCoreApplication::translate("ImportPlan", "Cannot read the target catalog: %1")
                         .arg(*error);
            return std::nullopt;
        }
        existing = *read;
    }
    ImportDefiner definer(spec, source, target, log);
    const bool needsDefault =
        (spec.mode == JobMode::Schemas && spec.schemas.isEmpty()) ||
        (spec.mode == JobMode::Tables &&
         std::any_of(spec.tables.cbegin(), spec.tables.cend(),
                     [](const TableRef &ref) { return ref.schema.isEmpty(); }));
    if (needsDefault) {
        const auto schema = ExportDefiner::defaultSchema(sourceDb, source, error);
        if (!schema)
            return std::nullopt;
        definer.setDefaultSchema(*schema);
    }
    std::optional<QList<WorkItem>> items = definer.define(&sourceDb, *sourceCatalog, existing);
    if (!items)
        *error = definer.errorString();
    else
        KeyIndexBuilds::apply(*items, target);
    return items;
}

std::optional<QList<WorkItem>> ImportPlan::defineFromDump(const JobSpec &spec, DumpSource &dump,
                                                          QSqlDatabase *targetDb, Dialect target,
                                                          JobLog &log, QString *error)
{
    const std::optional<Catalog> source = dump.readCatalog();
    if (!source) {
        *error = dump.errorString();
        return std::nullopt;
    }
    Catalog existing;
    existing.dialect = target;
    if (targetDb) {
        CatalogReadOptions options;
        options.grants = false;
        options.roles = spec.mode == JobMode::Full;
        const std::optional<Catalog> read = CatalogReader::read(*targetDb, options, error);
        if (!read) {
            *error = QCoreApplication::translate("ImportPlan", "Cannot read the target catalog: %1")
                         .arg(*error);
            return std::nullopt;
        }
        existing = *read;
    }
    ImportDefiner definer(spec, dump.dialect(), target, log);
    definer.setDumpChunks(dump.chunks());
    // TABLES=name without a schema: the dump's only (or first) schema.
    if (!source->schemas.isEmpty())
        definer.setDefaultSchema(source->schemas.constFirst().name);
    std::optional<QList<WorkItem>> items = definer.define(nullptr, *source, existing);
    if (!items)
        *error = definer.errorString();
    else
        KeyIndexBuilds::apply(*items, target);
    return items;
}

bool ImportPlan::define(MasterTable &master, JobContext &context)
{
    QSqlDatabase sourceDb = QSqlDatabase::database(m_sourceConnection, false);
    QSqlDatabase targetDb = QSqlDatabase::database(m_targetConnection, false);
    QString error;
    std::optional<QList<WorkItem>> items =
        m_state.dump ? defineFromDump(context.spec, m_dump, &targetDb, m_state.target.dialect,
                                      *context.log, &error)
                     : defineItems(context.spec, sourceDb, m_state.source.dialect, &targetDb,
                                   m_state.target.dialect, *context.log, &error);
    if (!items)
        return fail(error);
    if (!master.addWorkItems(*items))
        return fail(master.errorString());
    expectTables(master);
    scheduleLockRelease(context.spec.parallel);
    return true;
}

std::unique_ptr<WorkItemExecutor> ImportPlan::createExecutor(int workerNumber, JobContext &)
{
    auto executor = std::make_unique<ImportExecutor>(m_state, workerNumber);
    if (!executor->open()) {
        setErrorString(executor->errorString());
        return nullptr;
    }
    return executor;
}

// The ". . imported" line of a table comes with its last chunk; a restart counts the
// chunks completed before it.
void ImportPlan::expectTables(MasterTable &master)
{
    for (const TableDataPhase::Tally &tally : TableDataPhase::tallies(master))
        m_state.expectTable(tally.schema, tally.name, tally.chunks, tally.done, tally.rows,
                            tally.bytes);
}

// A MariaDB source: the global read lock stays until the workers have started their
// consistent-snapshot transactions (as mydumper does), then goes at once.
void ImportPlan::scheduleLockRelease(int workers)
{
    m_releaseTimer = TableDataPhase::scheduleLockRelease(
        m_state.source.dialect, m_coordinator, m_state.joinedWorkers, m_state.lockReleased,
        m_state.log, workers);
}

void ImportPlan::closeConnections()
{
    for (QString *name : {&m_sourceConnection, &m_targetConnection}) {
        if (name->isEmpty())
            continue;
        {
            QSqlDatabase db = QSqlDatabase::database(*name, false);
            if (db.isOpen())
                db.rollback();
        }
        DatabaseOpener::close(*name);
        name->clear();
    }
}

bool ImportPlan::finish(MasterTable &, JobContext &)
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    // The snapshot's readers end first: SQLite's coordinator commits its write lock
    // only once no reader holds the database.
    closeConnections();
    m_coordinator.finish();
    return true;
}

void ImportPlan::stopped(JobContext &)
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    // The snapshot's readers end first: SQLite's coordinator commits its write lock
    // only once no reader holds the database.
    closeConnections();
    m_coordinator.finish();
}

void ImportPlan::killed(JobContext &context)
{
    stopped(context);
}

} // namespace sluice::engine
