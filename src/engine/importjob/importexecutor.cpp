#include "engine/importjob/importexecutor.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/sqlquoting.h"
#include "engine/connection/databaseopener.h"
#include "engine/data/datasession.h"
#include "engine/data/readrequest.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/snapshotcoordinator.h"
#include "engine/data/tablechecksum.h"
#include "engine/dump/copytextcodec.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/importjob/chunkpipe.h"
#include "engine/importjob/chunkstream.h"
#include "engine/importjob/foreignkeyloader.h"
#include "engine/importjob/foreignkeyvalidation.h"
#include "engine/importjob/importstate.h"
#include "engine/importjob/producerthread.h"
#include "engine/importjob/queryfilterloader.h"
#include "engine/importjob/rowremapper.h"
#include "engine/job/workercontext.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace sluice::engine {

namespace {

QString label(const WorkItem &item)
{
    const QString kind = item.payload.value(u"kind").toString(item.objectPath.section(u'/', -1));
    return kind + u':' + JobLogFormat::objectName(item.schema, item.name);
}

TableDef targetTable(const QJsonObject &payload)
{
    TableDef table = CatalogJson::tableFromJson(payload.value(u"table").toObject());
    table.schema = payload.value(u"targetSchema").toString();
    table.name = payload.value(u"targetName").toString();
    return table;
}

} // namespace

ImportExecutor::ImportExecutor(ImportState &state, int workerNumber)
    : m_state(state)
    , m_worker(workerNumber)
    , m_producer(std::make_unique<ProducerThread>())
{}

ImportExecutor::~ImportExecutor()
{
    m_reader.reset();
    m_writer.reset();
    // Each connection is ended on the thread that opened it.
    m_producer->run([this] { closeConnection(m_sourceName); });
    closeConnection(m_targetName);
}

void ImportExecutor::closeConnection(const QString &name)
{
    if (name.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.rollback(); // ends a snapshot transaction or an abandoned swap
    }
    DatabaseOpener::close(name);
}

bool ImportExecutor::open()
{
    QString error;
    const OpenResult target = DatabaseOpener::open(
        m_state.target, QStringLiteral("import.target%1").arg(m_worker), m_state.targetPassword);
    if (!target.ok()) {
        m_errorString = target.errorString;
        return false;
    }
    m_targetName = target.connectionName;
    QSqlDatabase targetDb = QSqlDatabase::database(m_targetName, false);
    if (!DataSession::prepareTarget(targetDb, m_state.target.dialect, &error)) {
        m_errorString = error;
        return false;
    }
    m_writer = TableWriter::create(m_state.target.dialect);
    if (m_state.dump)
        return true; // rows come from the dump file set
    bool opened = false;
    m_producer->run([this, &opened] { opened = openSource(); });
    return opened;
}

// Runs on the producer thread, which owns the source connection from then on.
bool ImportExecutor::openSource()
{
    QString error;
    const OpenResult source = DatabaseOpener::open(
        m_state.source, QStringLiteral("import.source%1").arg(m_worker), m_state.sourcePassword);
    if (!source.ok()) {
        m_errorString = source.errorString;
        return false;
    }
    m_sourceName = source.connectionName;
    QSqlDatabase sourceDb = QSqlDatabase::database(m_sourceName, false);
    if (!DataSession::prepare(sourceDb, m_state.source.dialect, &error)) {
        m_errorString = error;
        return false;
    }
    if (m_state.source.dialect == Dialect::MariaDB && m_state.lockReleased.load())
        m_state.log->warning(
            QCoreApplication::translate("ImportExecutor",
                                        "Worker %1 started after the source snapshot's read "
                                        "lock was released: it reads a later state")
                .arg(m_worker),
            m_worker);
    if (!SnapshotCoordinator::join(sourceDb, m_state.snapshot, &error)) {
        m_errorString = error;
        return false;
    }
    ++m_state.joinedWorkers;
    m_reader = TableReader::create(m_state.source.dialect);
    return true;
}

bool ImportExecutor::exec(const QString &sql, QString *error)
{
    QSqlQuery query(QSqlDatabase::database(m_targetName, false));
    if (query.exec(sql))
        return true;
    *error = query.lastError().text();
    return false;
}

WorkItemResult ImportExecutor::execute(const WorkItem &item, WorkerContext &context)
{
    m_state.processing(item.objectPath, m_worker);
    const QString type = item.payload.value(u"type").toString();
    if (type == u"ddl" && item.payload.contains(u"constraint"))
        return runForeignKey(item);
    if (type == u"ddl")
        return runStatements(item, item.payload.value(u"statements").toArray());
    if (type == u"table")
        return runTable(item, context);
    if (type == u"load")
        return runLoad(item, context);
    if (type == u"swap")
        return runSwap(item, context);
    if (type == u"verify")
        return runVerify(item);
    if (type == u"foreignkeys") {
        QSqlDatabase db = QSqlDatabase::database(m_targetName, false);
        return ForeignKeyLoader::run(db, item);
    }
    return WorkItemResult::failure(
        QCoreApplication::translate("ImportExecutor", "Unknown import item type \"%1\"").arg(type));
}

// Runs the statements in order. Normally the first failure ends the item; with
// "each" (views, grants, drops) every statement is tried and the failures are listed.
WorkItemResult ImportExecutor::runStatements(const WorkItem &item, const QJsonArray &statements)
{
    const bool each = item.payload.value(u"each").toBool();
    QStringList failures;
    qint64 done = 0;
    for (const QJsonValue &value : statements) {
        const QString sql = value.toString();
        QString error;
        if (exec(sql, &error)) {
            ++done;
            continue;
        }
        failures << QCoreApplication::translate("ImportExecutor", "%1\nFailing sql is:\n%2")
                        .arg(error.trimmed(), sql);
        if (!each)
            break;
    }
    if (!failures.isEmpty())
        return WorkItemResult::failure(
            QCoreApplication::translate("ImportExecutor",
                                        "Object type %1 failed to create with error:\n%2")
                .arg(label(item), failures.join(u'\n')));
    return WorkItemResult::success(0, 0, {{QStringLiteral("statements"), done}});
}

// A PostgreSQL foreign key added NOT VALID, then validated (ForeignKeyValidation). A
// restart skips the ADD its interrupted run committed; a check that fails drops the
// key again, so a key whose rows do not hold is not created.
WorkItemResult ImportExecutor::runForeignKey(const WorkItem &item)
{
    const QJsonArray statements = item.payload.value(u"statements").toArray();
    QSqlDatabase db = QSqlDatabase::database(m_targetName, false);
    if (!ForeignKeyValidation::addedBefore(db, item)) {
        const WorkItemResult added = runStatements(item, {statements.first()});
        if (!added.ok || statements.size() < 2)
            return added;
    }
    const WorkItemResult checked = runStatements(item, {statements.at(1)});
    if (!checked.ok)
        ForeignKeyValidation::undo(db, item);
    return checked.ok ? WorkItemResult::success(0, 0, {{QStringLiteral("statements"), 2}})
                      : checked;
}

WorkItemResult ImportExecutor::runTable(const WorkItem &item, WorkerContext &context)
{
    const QString refusal = item.payload.value(u"refuse").toString();
    if (!refusal.isEmpty())
        return WorkItemResult::failure(refusal);
    const QString note = item.payload.value(u"note").toString();
    if (!note.isEmpty())
        context.log().warning(note, m_worker);
    return runStatements(item, item.payload.value(u"statements").toArray());
}

// The producer of one chunk: its dump member, decoded and checked, or its key range
// read from the source's snapshot on the producer thread's connection.
ChunkStream::Producer ImportExecutor::producerFor(const ReadRequest &request,
                                                  const QStringList &members,
                                                  const RowRemapper *remapper,
                                                  const WorkerContext &context, QString *error)
{
    if (!members.isEmpty()) {
        QList<DumpMemberInfo> infos;
        for (const QString &member : members) {
            const std::optional<DumpMemberInfo> info = m_state.dump->member(member);
            if (!info) {
                *error = QCoreApplication::translate("ImportExecutor",
                                                     "The dump file set has no member \"%1\"")
                             .arg(member);
                return {};
            }
            infos << *info;
        }
        return ChunkStream::memberProducer(m_state.dump, infos, remapper);
    }
    return [this, request, remapper, &context](ChunkPipe &pipe, QString *readError) {
        ChunkStream::Feed feed(pipe, remapper);
        const ChunkSink sink = [&](QByteArrayView data) {
            return !context.isCancelled() && feed.write(data);
        };
        QSqlDatabase sourceDb = QSqlDatabase::database(m_sourceName, false);
        const ReadResult read = m_reader->read(sourceDb, request, sink);
        if (!feed.errorString().isEmpty()) {
            *readError = feed.errorString();
            return false;
        }
        if (!read.ok) {
            *readError =
                QCoreApplication::translate("ImportExecutor", "Reading the source failed: %1")
                    .arg(read.errorString);
            return false;
        }
        return feed.finish();
    };
}

bool ImportExecutor::copyChunk(const QJsonObject &payload, const ChunkRange &chunk,
                               const QStringList &members, WorkerContext &context, qint64 *rows,
                               qint64 *bytes, QString *error)
{
    ReadRequest request;
    request.table = CatalogJson::tableFromJson(payload.value(u"table").toObject());
    request.chunk = chunk;
    request.queryClause = payload.value(u"query").toString();
    const std::optional<RowRemapper> remapper = RowRemapper::create(
        request.table, m_state.remapData, m_state.source.dialect, m_state.remapKey, error);
    if (!remapper)
        return false;
    const ChunkStream::Producer producer =
        producerFor(request, members, &*remapper, context, error);
    if (!producer)
        return false;
    // The chunk streams from its producer to the writer through a bounded pipe, in
    // the writer's transaction: nothing is committed before the producer's last check.
    WriteRequest write;
    write.table = targetTable(payload);
    QSqlDatabase targetDb = QSqlDatabase::database(m_targetName, false);
    const qint64 rowsBefore = *rows;
    const qint64 bytesBefore = *bytes;
    const auto progress = [&](qint64 done, qint64 doneRows) {
        context.reportProgress(rowsBefore + doneRows, bytesBefore + done);
        return !context.isCancelled();
    };
    // QUERY on a dump import is evaluated on the target (QueryFilterLoader).
    std::optional<QueryFilterLoader> filter;
    if (m_state.dump && !request.queryClause.isEmpty())
        filter.emplace(*m_writer, m_state.target.dialect, request.queryClause);
    TableWriter &writer = filter ? static_cast<TableWriter &>(*filter) : *m_writer;
    const ChunkStream::Result streamed =
        ChunkStream::load(*m_producer, writer, targetDb, write, producer, progress);
    for (const QString &warning : streamed.written.warnings)
        context.log().warning(warning, m_worker);
    if (context.isCancelled()) {
        *error = QCoreApplication::translate("ImportExecutor", "cancelled");
        return false;
    }
    if (!streamed.written.ok) {
        *error = QCoreApplication::translate("ImportExecutor", "The chunk was rolled back: %1")
                     .arg(streamed.written.errorString);
        return false;
    }
    *rows += streamed.written.rows;
    *bytes += streamed.written.bytes;
    context.reportProgress(*rows, *bytes);
    return true;
}

WorkItemResult ImportExecutor::runLoad(const WorkItem &item, WorkerContext &context)
{
    qint64 rows = 0;
    qint64 bytes = 0;
    QString error;
    const ChunkRange chunk = ExportExecutor::chunkFromJson(item.payload.value(u"chunk").toObject());
    if (!copyChunk(item.payload, chunk, ExportExecutor::membersOf(item.payload), context, &rows,
                   &bytes, &error))
        return WorkItemResult::failure(
            QCoreApplication::translate("ImportExecutor", "Data chunk %1 of %2 failed: %3")
                .arg(item.chunk + 1)
                .arg(JobLogFormat::objectName(item.schema, item.name), error));
    m_state.chunkDone(item.schema, item.name, rows, bytes, m_worker);
    return WorkItemResult::success(rows, bytes);
}

// PostgreSQL's DDL is transactional: the TRUNCATE or DROP and CREATE of an existing
// table and the load of all its chunks commit together, or not at all.
WorkItemResult ImportExecutor::runSwap(const WorkItem &item, WorkerContext &context)
{
    QSqlDatabase db = QSqlDatabase::database(m_targetName, false);
    if (!db.transaction())
        return WorkItemResult::failure(db.lastError().text());
    QString error;
    QString failedSql;
    for (const QJsonValue &value : item.payload.value(u"statements").toArray()) {
        if (!exec(value.toString(), &error)) {
            failedSql = value.toString();
            break;
        }
    }
    qint64 rows = 0;
    qint64 bytes = 0;
    if (failedSql.isEmpty()) {
        for (const QJsonValue &value : item.payload.value(u"chunks").toArray()) {
            if (!copyChunk(item.payload, ExportExecutor::chunkFromJson(value.toObject()),
                           ExportExecutor::membersOf(value.toObject()), context, &rows, &bytes,
                           &error))
                break;
        }
    }
    if (!error.isEmpty() || !db.commit()) {
        if (error.isEmpty())
            error = db.lastError().text();
        db.rollback();
        const QString what =
            failedSql.isEmpty()
                ? error
                : QCoreApplication::translate("ImportExecutor", "%1\nFailing sql is:\n%2")
                      .arg(error.trimmed(), failedSql);
        return WorkItemResult::failure(
            QCoreApplication::translate("ImportExecutor",
                                        "%1 was left unchanged (its %2 was rolled back): %3")
                .arg(JobLogFormat::objectName(item.schema, item.name),
                     item.payload.value(u"action").toString(), what));
    }
    m_state.chunkDone(item.schema, item.name, rows, bytes, m_worker);
    return WorkItemResult::success(rows, bytes);
}

// VERIFY=COUNT compares counts the servers compute (SELECT count(*) on the target; on
// the source's snapshot, or the row counts the export recorded for the dump's
// members); VERIFY=CHECKSUM reads both sides whole and sums their rows.
WorkItemResult ImportExecutor::runVerify(const WorkItem &item)
{
    const bool checksum = item.payload.value(u"checksum").toBool();
    const QString name = JobLogFormat::objectName(item.schema, item.name);
    const ChecksumResult expected = sourceSide(item, checksum);
    if (!expected.ok)
        return WorkItemResult::failure(
            QCoreApplication::translate("ImportExecutor",
                                        "Verification of %1 could not read the source: %2")
                .arg(name, expected.errorString));
    const ChecksumResult actual = targetSide(item, checksum);
    if (!actual.ok)
        return WorkItemResult::failure(
            QCoreApplication::translate("ImportExecutor",
                                        "Verification of %1 could not read the target: %2")
                .arg(name, actual.errorString));
    if (expected.rows != actual.rows)
        return WorkItemResult::failure(
            QCoreApplication::translate(
                "ImportExecutor",
                "Verification failed for %1: the source has %2 rows, the target %3")
                .arg(name)
                .arg(expected.rows)
                .arg(actual.rows));
    if (checksum && expected.checksum != actual.checksum)
        return WorkItemResult::failure(
            QCoreApplication::translate(
                "ImportExecutor",
                "Verification failed for %1: content checksums differ (source %2, "
                "target %3) for %4 rows")
                .arg(name, expected.checksum, actual.checksum)
                .arg(actual.rows));
    m_state.log->info(
        QStringLiteral(". . verified %1 %2 rows%3")
            .arg(name)
            .arg(actual.rows)
            .arg(checksum ? QStringLiteral(", checksum ") + actual.checksum : QString()),
        m_worker);
    return WorkItemResult::success(0, 0);
}

ChecksumResult ImportExecutor::sourceSide(const WorkItem &item, bool checksum)
{
    ReadRequest source;
    source.table = CatalogJson::tableFromJson(item.payload.value(u"table").toObject());
    source.queryClause = item.payload.value(u"query").toString();
    ChecksumResult expected;
    if (m_state.dump && item.payload.value(u"filtered").toBool()) {
        // QUERY filtered the dump's rows on the target: its chunks' kept rows.
        expected.ok = true;
        expected.rows = m_state.loadedRows(item.schema, item.name);
        return expected;
    }
    const QJsonArray members = item.payload.value(u"members").toArray();
    if (m_state.dump && !checksum && recordedRows(members, &expected.rows)) {
        expected.ok = true;
        return expected;
    }
    if (m_state.dump) {
        QString error;
        if (!dumpChecksum(members, &expected, &error))
            expected.errorString = error;
        return expected;
    }
    m_producer->run([&] {
        QSqlDatabase sourceDb = QSqlDatabase::database(m_sourceName, false);
        if (checksum || !source.queryClause.isEmpty()) {
            expected = TableChecksum::compute(sourceDb, m_state.source.dialect, source);
            return;
        }
        const std::optional<qint64> rows =
            TableChecksum::rowCount(sourceDb, m_state.source.dialect, source.table.schema,
                                    source.table.name, &expected.errorString);
        expected.ok = rows.has_value();
        expected.rows = rows.value_or(0);
    });
    return expected;
}

ChecksumResult ImportExecutor::targetSide(const WorkItem &item, bool checksum)
{
    ReadRequest target;
    target.table = targetTable(item.payload);
    QSqlDatabase targetDb = QSqlDatabase::database(m_targetName, false);
    if (checksum)
        return TableChecksum::compute(targetDb, m_state.target.dialect, target);
    ChecksumResult actual;
    const std::optional<qint64> rows =
        TableChecksum::rowCount(targetDb, m_state.target.dialect, target.table.schema,
                                target.table.name, &actual.errorString);
    actual.ok = rows.has_value();
    actual.rows = rows.value_or(0);
    return actual;
}

// The rows the export counted into each member, as its checksummed catalog records
// them; false when a member does not say (older dumps), so the members are read.
bool ImportExecutor::recordedRows(const QJsonArray &members, qint64 *rows) const
{
    qint64 total = 0;
    for (const QJsonValue &name : members) {
        const std::optional<DumpMemberInfo> info = m_state.dump->member(name.toString());
        if (!info || info->spec.rows < 0)
            return false;
        total += info->spec.rows;
    }
    *rows = total;
    return true;
}

// The dump side of a verification: the checksum of the table's data members, the
// same sum TableChecksum computes over a table.
bool ImportExecutor::dumpChecksum(const QJsonArray &members, ChecksumResult *result, QString *error)
{
    TableChecksum::Accumulator sum;
    for (const QJsonValue &name : members) {
        const std::optional<DumpMemberInfo> info = m_state.dump->member(name.toString());
        if (!info) {
            *error = QCoreApplication::translate("ImportExecutor",
                                                 "The dump file set has no member \"%1\"")
                         .arg(name.toString());
            return false;
        }
        // Streamed row by row, as CopyTextCodec::nextRow() cuts a whole member: a last
        // row without its newline counts, a row "\\." ends the data.
        RowSplitter splitter;
        bool ended = false;
        const auto addRow = [&](QByteArrayView row) {
            ended = row == QByteArrayView("\\.");
            if (!ended)
                sum.addRow(row);
            return !ended;
        };
        const bool read = m_state.dump->readMemberTo(
            *info,
            [&](QByteArrayView bytes) { return ended || splitter.feed(bytes, addRow) || ended; },
            error);
        if (!read)
            return false;
        if (!ended && splitter.hasPartialRow()) {
            const bool fed = splitter.feed(QByteArrayView("\n"), addRow);
            Q_UNUSED(fed) // the last row is counted either way
        }
    }
    result->ok = true;
    result->rows = sum.rows();
    result->checksum = sum.checksum();
    return true;
}

// A chunk commits in one transaction, so an interrupted chunk either left nothing or
// all its rows; the rows are removed by the chunk's key range, or the whole table
// when the import created it and it has one chunk.
QString ImportExecutor::discardPartial(const WorkItem &item, WorkerContext &)
{
    if (item.payload.value(u"type").toString() != u"load")
        return {};
    const QString mode = item.payload.value(u"discard").toString();
    const Dialect dialect = m_state.target.dialect;
    const QString table =
        SqlQuoting::qualified(item.payload.value(u"targetSchema").toString(),
                              item.payload.value(u"targetName").toString(), dialect);
    QString sql = QStringLiteral("DELETE FROM ") + table;
    if (mode == u"range") {
        const ChunkRange chunk =
            ExportExecutor::chunkFromJson(item.payload.value(u"chunk").toObject());
        const QString column = SqlQuoting::identifier(chunk.keyColumn, dialect);
        const auto value = [&](const QString &text) {
            return chunk.integerKey ? text : SqlQuoting::literal(text, dialect);
        };
        QStringList conditions;
        if (chunk.lower)
            conditions << column + QStringLiteral(" >= ") + value(*chunk.lower);
        if (chunk.upper)
            conditions << column + QStringLiteral(" < ") + value(*chunk.upper);
        if (!conditions.isEmpty())
            sql += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    } else if (mode != u"all") {
        return QCoreApplication::translate(
                   "ImportExecutor",
                   "Data chunk %1 of %2 was interrupted and cannot be told apart from "
                   "the rows already in the table; it is not loaded again")
            .arg(item.chunk + 1)
            .arg(JobLogFormat::objectName(item.schema, item.name));
    }
    QString error;
    if (!exec(sql, &error))
        return QCoreApplication::translate("ImportExecutor",
                                           "Cannot remove the rows of the interrupted chunk: %1")
            .arg(error);
    return {};
}

} // namespace sluice::engine
