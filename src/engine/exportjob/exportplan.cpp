#include "engine/exportjob/exportplan.h"

#include "engine/catalog/catalogreader.h"
#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/connection/databaseopener.h"
#include "engine/core/version.h"
#include "engine/data/datasession.h"
#include "engine/dump/archivereader.h"
#include "engine/dump/dumpformat.h"
#include "engine/exportjob/dumprecovery.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/job/jobcontext.h"
#include "engine/job/jobcredentials.h"
#include "engine/job/jobplanfactory.h"
#include "engine/job/jobstore.h"
#include "engine/job/tabledataphase.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/parfilewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace sluice::engine {

namespace {

QString key(const char16_t *name)
{
    return QString::fromUtf16(name);
}

} // namespace

ExportPlan::ExportPlan() = default;

ExportPlan::~ExportPlan()
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    closeSource(); // its read transaction first: SQLite's COMMIT waits for readers
    m_coordinator.finish();
    // A writer still open here belongs to a job that stops: keep its files.
    if (m_state.writer)
        m_state.writer->suspend();
}

void ExportPlan::registerPlan()
{
    JobPlanFactory::registerPlan(JobOperation::Export,
                                 [] { return std::make_unique<ExportPlan>(); });
}

QString ExportPlan::fail(const QString &message)
{
    setErrorString(message);
    return message;
}

QString ExportPlan::unsupportedReason(const JobSpec &spec, Dialect dialect)
{
    if (spec.flashbackScn || (spec.flashbackTime && !spec.flashbackTime->systimestamp))
        return SnapshotCoordinator::flashbackRefusal(dialect);
    if (const QString refusal = ExportDefiner::filterRefusal(spec, dialect); !refusal.isEmpty())
        return refusal;
    if (!spec.networkLink.isEmpty())
        return QCoreApplication::translate(
            "ExportPlan", "NETWORK_LINK is an import parameter in Sluice: use sluice-cli "
                          "import NETWORK_LINK=... to copy between databases");
    return {};
}

bool ExportPlan::resolveSource(JobContext &context)
{
    ConnectionProfileStore store;
    if (!store.load()) {
        fail(store.errorString());
        return false;
    }
    QString error;
    const auto resolved = ConnectionResolver(store).resolve(context.spec.connection, &error);
    if (!resolved) {
        fail(error);
        return false;
    }
    m_state.params = resolved->params;
    m_profileName = resolved->profileName;
    const PasswordRequest request{resolved->params, resolved->profileName, resolved->savePassword,
                                  resolved->displayName()};
    const PasswordResult password = context.credentials->obtain(context.spec.connection, request);
    if (!password.ok) {
        fail(password.errorString);
        return false;
    }
    m_state.password = password.password;
    m_state.log = context.log;
    const QString reason = unsupportedReason(context.spec, m_state.params.dialect);
    if (!reason.isEmpty()) {
        fail(reason);
        return false;
    }
    return true;
}

bool ExportPlan::connectCatalog(JobContext &context)
{
    const OpenResult opened =
        DatabaseOpener::open(m_state.params, QStringLiteral("export.catalog"), m_state.password);
    if (!opened.ok()) {
        fail(opened.errorString);
        return false;
    }
    m_catalogConnection = opened.connectionName;
    const Dialect dialect = m_state.params.dialect;
    m_serverVersion = DatabaseOpener::serverVersion(m_catalogConnection, dialect);
    m_owner = m_state.params.user;
    if (m_owner.isEmpty() && dialect != Dialect::SQLite) {
        QSqlQuery query(QSqlDatabase::database(m_catalogConnection, false));
        if (query.exec(dialect == Dialect::PostgreSQL
                           ? QStringLiteral("SELECT current_user")
                           : QStringLiteral("SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")) &&
            query.next())
            m_owner = query.value(0).toString();
    }
    if (m_owner.isEmpty())
        m_owner = QStringLiteral("main");
    context.log->connected(m_serverVersion);
    return true;
}

bool ExportPlan::takeSnapshot(JobContext &context)
{
    QStringList schemas;
    for (const SqlName &name : context.spec.schemas)
        schemas << name.text;
    const std::optional<Snapshot> snapshot =
        m_coordinator.begin(m_state.params, m_state.password, schemas);
    if (!snapshot) {
        fail(m_coordinator.errorString());
        return false;
    }
    m_state.snapshot = *snapshot;
    for (const QString &warning : snapshot->warnings)
        context.log->warning(warning);
    QSqlDatabase db = QSqlDatabase::database(m_catalogConnection, false);
    QString error;
    if (!DataSession::prepare(db, m_state.params.dialect, &error) ||
        !SnapshotCoordinator::join(db, m_state.snapshot, &error)) {
        fail(error);
        return false;
    }
    return true;
}

bool ExportPlan::start(JobContext &context)
{
#ifdef __GLIBC__
    // Chunk buffers (megabytes) are filled on a worker thread and freed on its writer
    // thread. glibc raises its mmap threshold to the size of the largest block freed
    // (up to 32 MB), after which such buffers come from per-thread arenas that keep
    // their pages: the job host's peak RSS grew by half. A fixed threshold keeps large
    // buffers in mmap, returned to the system when freed.
    mallopt(M_MMAP_THRESHOLD, 1024 * 1024);
#endif
    JobLog &log = *context.log;
    log.setLogTime(JobLog::LogTime(int(context.spec.effectiveLogTime())));
    log.setMetrics(context.spec.metrics);
    if (!m_master.open(context.masterPath)) {
        fail(m_master.errorString());
        return false;
    }
    if (!resolveSource(context) || !m_files.resolve(context.spec, m_profileName)) {
        if (errorString().isEmpty())
            fail(m_files.errorString());
        return false;
    }
    // A job that ran before (its dump header is recorded) adds to its log file.
    const bool ranBefore = !m_master.property(key(kDumpHeaderKey)).isEmpty();
    if (!m_files.logPath().isEmpty() &&
        !log.open(m_files.logPath(), context.restarted || ranBefore)) {
        fail(log.errorString());
        return false;
    }
    log.banner(QStringLiteral("Export"), QLatin1String(kVersionString));
    if (!connectCatalog(context))
        return false;
    QStringList parameters;
    for (const auto &[name, value] : ParfileWriter::entries(context.spec)) {
        if (name != u"USERID") // the connection leads the echo already
            parameters << name + u'=' + value;
    }
    log.starting(m_owner, context.jobName,
                 JobLog::commandEcho(context.spec.connection, parameters));
    if (context.restarted)
        log.info(QCoreApplication::translate(
            "ExportPlan", "The restarted job reads the remaining data from a new "
                          "snapshot; completed chunks are kept"));
    if (!takeSnapshot(context))
        return false;
    if (!context.spec.estimateOnly && !openDump(context))
        return false;
    if (context.restarted) {
        expectTables(m_master);
        scheduleLockRelease(
            m_master.property(key(MasterKey::Parallel), QStringLiteral("1")).toInt());
    }
    return true;
}

bool ExportPlan::define(MasterTable &master, JobContext &context)
{
    QSqlDatabase db = QSqlDatabase::database(m_catalogConnection, false);
    CatalogReadOptions options;
    options.roles = context.spec.mode == JobMode::Full;
    QString error;
    const std::optional<Catalog> catalog = CatalogReader::read(db, options, &error);
    if (!catalog) {
        fail(QCoreApplication::translate("ExportPlan", "Cannot read the catalog: %1").arg(error));
        return false;
    }
    ExportDefiner definer(context.spec, m_dumpOptions, *context.log);
    std::optional<QList<WorkItem>> items = definer.define(db, *catalog);
    if (!items) {
        fail(definer.errorString());
        return false;
    }
    m_state.markProcessed(definer.tableDataPath());
    if (!master.addWorkItems(*items) ||
        !master.setProperty(key(MasterKey::DumpFiles), m_files.dumpTemplates().join(u", "))) {
        fail(master.errorString());
        return false;
    }
    expectTables(master);
    scheduleLockRelease(context.spec.parallel);
    return true;
}

// Runs on the worker's thread, concurrently with other workers: a failure to open is
// not stored in the plan (its error text is not thread-safe) but carried by the
// executor, whose items then fail fatally with it, so the job stops restartable.
std::unique_ptr<WorkItemExecutor> ExportPlan::createExecutor(int workerNumber, JobContext &)
{
    auto executor = std::make_unique<ExportExecutor>(m_state, workerNumber);
    (void)executor->open();
    return executor;
}

// The ". . exported" line of a table comes with its last chunk; a restart counts
// the chunks completed before it.
void ExportPlan::expectTables(MasterTable &master)
{
    for (const TableDataPhase::Tally &tally : TableDataPhase::tallies(master))
        m_state.expectTable(tally.schema, tally.name, tally.chunks, tally.done, tally.rows,
                            tally.bytes);
}

// MariaDB: the global read lock stays until the first workers have started their
// consistent-snapshot transactions (as mydumper does), then goes at once.
void ExportPlan::scheduleLockRelease(int workers)
{
    m_releaseTimer = TableDataPhase::scheduleLockRelease(
        m_state.params.dialect, m_coordinator, m_state.joinedWorkers, m_state.lockReleased,
        m_state.log, workers);
}

void ExportPlan::closeSource()
{
    if (m_catalogConnection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_catalogConnection, false);
        if (db.isOpen())
            db.commit();
    }
    DatabaseOpener::close(m_catalogConnection);
    m_catalogConnection.clear();
}

// Opens the dump file set. A job that wrote before (its header is in the master
// table) continues its set: the files of the interrupted run are set aside and the
// members of completed items copied over (DumpRecovery).
bool ExportPlan::openDump(JobContext &context)
{
    m_dumpOptions = m_files.writerOptions(context.spec);
    DumpHeader &header = m_dumpOptions.header;
    header.sourceEngine = dialectDisplayName(m_state.params.dialect);
    header.serverVersion = m_serverVersion;
    header.jobName = context.jobName;
    header.operation = QStringLiteral("EXPORT");
    header.job = {{QStringLiteral("mode"), JobStore::modeName(context.spec.mode)},
                  {QStringLiteral("content"), enumKeyword(context.spec.effectiveContent())},
                  {QStringLiteral("owner"), m_owner},
                  {QStringLiteral("parfile"), ParfileWriter::write(context.spec)}};
    DumpRecovery recovery(m_files.dumpTemplates(), context.jobName);
    const QString stored = m_master.property(key(kDumpHeaderKey));
    if (!stored.isEmpty()) {
        QString error;
        const auto earlier = DumpHeader::fromJson(stored.toUtf8(), &error);
        if (!earlier) {
            fail(QCoreApplication::translate("ExportPlan",
                                             "The master table's dump header cannot be read: %1")
                     .arg(error));
            return false;
        }
        header.setId = earlier->setId;
        header.created = earlier->created;
        header.keyDerivation = earlier->keyDerivation;
        if (!recovery.setAside(header.setId) || !recovery.scan(header.setId)) {
            fail(recovery.errorString());
            return false;
        }
    }
    m_state.writer = std::make_unique<DumpWriter>();
    if (!m_state.writer->open(m_dumpOptions)) {
        fail(m_state.writer->errorString());
        return false;
    }
    m_dumpOptions.encryptionPassword.clear();
    if (!stored.isEmpty())
        return recoverMembers(recovery, context);
    // Keep the header (set id, salt and key check; no secret) for a restart.
    const QString first = m_state.writer->filePaths().value(0);
    const QString temp = QFileInfo(first).dir().filePath(u'.' + QFileInfo(first).fileName() +
                                                         QStringLiteral(".part"));
    ArchiveReader reader;
    ArchiveEntry entry;
    if (!reader.open(temp) || reader.next(&entry, true) != ArchiveReader::Step::Entry ||
        entry.name != QLatin1String(DumpFormat::kHeaderMember) ||
        !m_master.setProperty(key(kDumpHeaderKey), QString::fromUtf8(entry.data))) {
        fail(QCoreApplication::translate("ExportPlan",
                                         "Cannot record the dump file set's header: %1")
                 .arg(reader.errorString() + m_master.errorString()));
        return false;
    }
    return true;
}

bool ExportPlan::recoverMembers(DumpRecovery &recovery, JobContext &context)
{
    int kept = 0;
    int redo = 0;
    for (const WorkItem &item : m_master.workItems(WorkItemState::Completed)) {
        const QStringList members = ExportExecutor::membersOf(item.result);
        // A chunk's parts are kept all together or not at all: the redone item writes
        // every one of them again.
        bool keep = !members.isEmpty() && (members.size() == 1 || recovery.holdsAll(members));
        for (qsizetype i = 0; keep && i < members.size(); ++i) {
            std::optional<EncodedMember> copy = recovery.take(members.at(i));
            keep = copy.has_value();
            if (keep && !m_state.writer->write(std::move(*copy))) {
                fail(m_state.writer->errorString());
                return false;
            }
        }
        if (keep) {
            kept += int(members.size());
        } else if (!m_master.setItemState(item.id, WorkItemState::Pending)) {
            fail(m_master.errorString());
            return false;
        } else {
            ++redo;
        }
    }
    recovery.removeSetAside();
    context.log->info(
        QCoreApplication::translate("ExportPlan",
                                    "Kept %1 completed member(s) of the interrupted run; %2 "
                                    "completed item(s) whose member was lost are exported again")
            .arg(kept)
            .arg(redo));
    return true;
}

// A consistent copy of the master table (it is open, in WAL mode, in this process).
bool ExportPlan::copyMasterTable(const QString &masterPath, const QString &target)
{
    QFile::remove(target);
    const QString name = QStringLiteral("sluice.export.mastercopy.%1")
                             .arg(QUuid::createUuid().toString(QUuid::Id128));
    bool ok = false;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(masterPath);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=20000"));
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(target);
            ok = query.exec();
            error = query.lastError().text();
        } else {
            error = db.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (!ok)
        fail(QCoreApplication::translate("ExportPlan",
                                         "Cannot copy the master table into the dump file set: %1")
                 .arg(error));
    return ok;
}

bool ExportPlan::finish(MasterTable &master, JobContext &context)
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    closeSource(); // its read transaction first: SQLite's COMMIT waits for readers
    m_coordinator.finish();
    if (context.spec.estimateOnly)
        return true;
    // A member written after its item completed failed: the set lacks it.
    if (const QString failed = m_state.writeFailure(); !failed.isEmpty()) {
        fail(failed);
        return false;
    }
    DumpWriter &writer = *m_state.writer;
    const QString copy = QFileInfo(writer.filePaths().value(0))
                             .dir()
                             .filePath(u'.' + context.jobName + QStringLiteral(".master.sqlite"));
    const bool copied = copyMasterTable(context.masterPath, copy);
    const bool added = copied && writer.addMasterTable(copy);
    QFile::remove(copy);
    if (!copied)
        return false;
    if (!added) {
        fail(writer.errorString());
        return false;
    }
    context.log->info(QStringLiteral("Master table %1 successfully loaded/unloaded")
                          .arg(JobLogFormat::objectName(m_owner, context.jobName)));
    if (!writer.finish()) {
        fail(writer.errorString());
        return false;
    }
    const QStringList files = writer.filePaths();
    DumpRecovery(m_files.dumpTemplates(), context.jobName).removeSetAside();
    context.log->dumpFileSet(m_owner, context.jobName, files);
    if (!master.setProperty(key(MasterKey::DumpFiles), files.join(u", ")))
        context.log->warning(master.errorString());
    return true;
}

void ExportPlan::stopped(JobContext &)
{
    if (m_releaseTimer)
        m_releaseTimer->stop();
    closeSource(); // its read transaction first: SQLite's COMMIT waits for readers
    m_coordinator.finish();
    if (m_state.writer)
        m_state.writer->suspend();
}

void ExportPlan::killed(JobContext &context)
{
    if (m_state.writer)
        m_state.writer->abort();
    if (m_files.dumpTemplates().isEmpty())
        (void)m_files.resolve(context.spec, m_profileName);
    DumpRecovery(m_files.dumpTemplates(), context.jobName).removeEverything();
}

bool ExportPlan::applyCommand(const QString &command, const QString &argument, JobContext &context)
{
    if (command == u"ADD_FILE" && m_state.writer) {
        const auto paths = m_files.resolveAdded(context.spec, m_profileName, argument);
        if (!paths) {
            setErrorString(m_files.errorString());
            return false;
        }
        m_state.writer->addFileTemplates(*paths);
        context.log->info(
            QCoreApplication::translate("ExportPlan", "Added dump file template(s): %1")
                .arg(QDir::toNativeSeparators(paths->join(u", "))));
        return true;
    }
    setErrorString(QCoreApplication::translate(
                       "ExportPlan", "%1 cannot change while this export writes its dump file set; "
                                     "ADD_FILE can")
                       .arg(command));
    return false;
}

} // namespace sluice::engine
