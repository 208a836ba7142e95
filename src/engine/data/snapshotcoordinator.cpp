#include "engine/data/snapshotcoordinator.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/connection/databaseopener.h"
#include "engine/data/datasession.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SnapshotCoordinator", text);
}

bool runOn(QSqlDatabase &db, const QStringList &statements, QString *error)
{
    QSqlQuery query(db);
    for (const QString &statement : statements) {
        if (!query.exec(statement)) {
            if (error)
                *error = tr("%1 failed: %2").arg(statement, query.lastError().text());
            return false;
        }
    }
    return true;
}

} // namespace

SnapshotCoordinator::~SnapshotCoordinator()
{
    finish();
}

QString SnapshotCoordinator::flashbackRefusal(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return tr("FLASHBACK_TIME and FLASHBACK_SCN are not supported on PostgreSQL: it keeps "
                  "no past versions of tables to read (no time travel). The export reads one "
                  "consistent snapshot taken when the job starts.");
    case Dialect::MariaDB:
        return tr("FLASHBACK_TIME and FLASHBACK_SCN are not supported on MariaDB: only "
                  "system-versioned tables keep history. The export reads one consistent "
                  "snapshot taken when the job starts.");
    case Dialect::SQLite:
        return tr("FLASHBACK_TIME and FLASHBACK_SCN are not supported on SQLite: it keeps no "
                  "history. The export reads the database as it is when the job starts.");
    }
    return {};
}

bool SnapshotCoordinator::run(const QStringList &statements)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return runOn(db, statements, &m_errorString);
}

std::optional<Snapshot> SnapshotCoordinator::begin(const ConnectionParams &params,
                                                   const QString &password,
                                                   const QStringList &schemas)
{
    finish();
    m_dialect = params.dialect;
    const OpenResult opened = DatabaseOpener::open(
        params, u"snapshot-" + QUuid::createUuid().toString(QUuid::Id128), password);
    if (!opened.ok()) {
        m_errorString = opened.errorString;
        return std::nullopt;
    }
    m_connectionName = opened.connectionName;
    Snapshot snapshot;
    snapshot.dialect = m_dialect;
    snapshot.takenAt = QDateTime::currentDateTimeUtc();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!DataSession::prepare(db, m_dialect, &m_errorString))
        return std::nullopt;
    QSqlQuery query(db);
    switch (m_dialect) {
    case Dialect::PostgreSQL:
        if (!run({QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")}) ||
            !query.exec(QStringLiteral("SELECT pg_export_snapshot()")) || !query.next()) {
            if (m_errorString.isEmpty())
                m_errorString = query.lastError().text();
            return std::nullopt;
        }
        snapshot.id = query.value(0).toString();
        break;
    case Dialect::MariaDB:
        snapshot.warnings = nonTransactionalTables(schemas);
        if (!run({QStringLiteral("FLUSH TABLES WITH READ LOCK")}))
            return std::nullopt;
        m_locked = true;
        if (query.exec(QStringLiteral("SELECT @@gtid_binlog_pos")) && query.next())
            snapshot.id = query.value(0).toString();
        break;
    case Dialect::SQLite:
        if (!lockSqlite(&snapshot))
            return std::nullopt;
        break;
    }
    return snapshot;
}

bool SnapshotCoordinator::lockSqlite(Snapshot *snapshot)
{
    if (run({QStringLiteral("BEGIN IMMEDIATE")}))
        return true;
    // A read-only file cannot take the write lock. A read transaction's shared lock
    // still keeps writers from committing in rollback-journal mode, not in WAL mode.
    m_errorString.clear();
    if (!run({QStringLiteral("BEGIN DEFERRED"),
              QStringLiteral("SELECT count(*) FROM sqlite_master")}))
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next() &&
        query.value(0).toString().compare(u"wal", Qt::CaseInsensitive) == 0)
        snapshot->warnings << tr("The SQLite database is opened read-only and uses WAL: other "
                                 "connections can commit while it is exported, so tables may "
                                 "be read at different moments.");
    return true;
}

QStringList SnapshotCoordinator::nonTransactionalTables(const QStringList &schemas)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    QString sql = QStringLiteral(
        "SELECT TABLE_SCHEMA, TABLE_NAME, ENGINE FROM information_schema.TABLES "
        "WHERE TABLE_TYPE = 'BASE TABLE' AND ENGINE <> 'InnoDB' AND TABLE_SCHEMA NOT IN "
        "('mysql', 'information_schema', 'performance_schema', 'sys')");
    if (!schemas.isEmpty()) {
        QStringList literals;
        for (const QString &schema : schemas)
            literals << SqlQuoting::literal(schema, Dialect::MariaDB);
        sql += u" AND TABLE_SCHEMA IN (" + literals.join(u", ") + u')';
    }
    QStringList warnings;
    if (!query.exec(sql))
        return warnings;
    while (query.next())
        warnings << tr("Table %1.%2 uses the %3 storage engine, which has no consistent "
                       "snapshot: rows changed during the export may be inconsistent.")
                        .arg(query.value(0).toString(), query.value(1).toString(),
                             query.value(2).toString());
    return warnings;
}

bool SnapshotCoordinator::releaseLock()
{
    if (!m_locked)
        return true;
    m_locked = false;
    return run({QStringLiteral("UNLOCK TABLES")});
}

void SnapshotCoordinator::finish()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QString ignored;
            runOn(db, {m_locked ? QStringLiteral("UNLOCK TABLES") : QStringLiteral("COMMIT")},
                  &ignored);
        }
    }
    m_locked = false;
    DatabaseOpener::close(m_connectionName);
    m_connectionName.clear();
}

bool SnapshotCoordinator::join(QSqlDatabase &db, const Snapshot &snapshot, QString *errorString)
{
    switch (snapshot.dialect) {
    case Dialect::PostgreSQL:
        return runOn(db,
                     {QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                      u"SET TRANSACTION SNAPSHOT '" + snapshot.id + u'\''},
                     errorString);
    case Dialect::MariaDB:
        return runOn(db,
                     {QStringLiteral("SET SESSION TRANSACTION ISOLATION LEVEL REPEATABLE READ"),
                      QStringLiteral("START TRANSACTION WITH CONSISTENT SNAPSHOT")},
                     errorString);
    case Dialect::SQLite:
        // The coordinator's write lock keeps the data still; a read transaction keeps
        // this worker's statements on one view of the file as well.
        return runOn(db, {QStringLiteral("BEGIN DEFERRED")}, errorString);
    }
    return false;
}

} // namespace sluice::engine
