#include "engine/importjob/queryfilterloader.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/catalog/tabledef.h"
#include "engine/data/nativehandle.h"
#include "engine/data/selectbuilder.h"
#include "engine/log/joblogformat.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace sluice::engine {

namespace {

QString qualified(const TableDef &table, Dialect dialect)
{
    return SqlQuoting::qualified(table.schema, table.name, dialect);
}

bool exec(QSqlDatabase &db, const QString &sql, QString *error, qint64 *affected = nullptr)
{
    QSqlQuery query(db);
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().text().trimmed();
        return false;
    }
    if (affected)
        *affected = query.numRowsAffected();
    return true;
}

} // namespace

QueryFilterLoader::QueryFilterLoader(TableWriter &writer, Dialect dialect, QString clause)
    : m_writer(writer)
    , m_dialect(dialect)
    , m_clause(std::move(clause))
    , m_stagingName(QStringLiteral("sluice_query_") +
                    QUuid::createUuid().toString(QUuid::Id128).left(12))
{}

TableDef QueryFilterLoader::stagingTable(Dialect dialect, const TableDef &target,
                                         const QString &name)
{
    TableDef staging = target;
    staging.name = name;
    // Temporary tables live in the session's own schema (PostgreSQL, SQLite); MariaDB
    // keeps them in the database, where they hide a table of the same name.
    if (dialect == Dialect::PostgreSQL)
        staging.schema = QStringLiteral("pg_temp");
    else if (dialect == Dialect::SQLite)
        staging.schema = QStringLiteral("temp");
    return staging;
}

// The target table's columns with their types and defaults, without its keys,
// checks and foreign keys (rows are checked when they reach the target).
QString QueryFilterLoader::createStaging(Dialect dialect, const TableDef &target,
                                         const TableDef &staging)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("CREATE TEMPORARY TABLE %1 (LIKE %2 INCLUDING DEFAULTS INCLUDING "
                              "GENERATED) ON COMMIT DROP")
            .arg(SqlQuoting::identifier(staging.name, dialect), qualified(target, dialect));
    case Dialect::MariaDB:
        return QStringLiteral("CREATE TEMPORARY TABLE %1 LIKE %2")
            .arg(qualified(staging, dialect), qualified(target, dialect));
    case Dialect::SQLite:
        // The copied columns keep their type affinity, so values convert as in the target.
        return QStringLiteral("CREATE TEMP TABLE %1 AS SELECT * FROM %2 WHERE 0")
            .arg(SqlQuoting::identifier(staging.name, dialect), qualified(target, dialect));
    }
    return {};
}

QString QueryFilterLoader::insertKept(Dialect dialect, const TableDef &target,
                                      const TableDef &staging, const QString &clause)
{
    QStringList columns;
    for (const ColumnDef &column : SelectBuilder::dataColumns(target))
        columns << SqlQuoting::identifier(column.name, dialect);
    const QString list = columns.join(QStringLiteral(", "));
    // The staging rows carry the dump's values for identity columns too.
    const QString overriding =
        dialect == Dialect::PostgreSQL ? QStringLiteral(" OVERRIDING SYSTEM VALUE") : QString();
    QString sql =
        QStringLiteral("INSERT INTO %1 (%2)%3 SELECT %2 FROM %4")
            .arg(qualified(target, dialect), list, overriding, qualified(staging, dialect));
    const QString condition = SelectBuilder::splitQueryClause(clause).condition;
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE (") + condition + u')';
    return sql;
}

QString QueryFilterLoader::dropStaging(Dialect dialect, const TableDef &staging)
{
    return (dialect == Dialect::MariaDB ? QStringLiteral("DROP TEMPORARY TABLE IF EXISTS ")
                                        : QStringLiteral("DROP TABLE IF EXISTS ")) +
           qualified(staging, dialect);
}

// PostgreSQL and SQLite: one transaction, or a savepoint inside the caller's (the
// PostgreSQL TRUNCATE/REPLACE of a table runs all its chunks in one transaction).
// MariaDB's writer commits its own transaction, so there is none around it.
bool QueryFilterLoader::begin(QSqlDatabase &db, QString *error)
{
    m_nested = false;
    if (m_dialect == Dialect::MariaDB)
        return true;
    if (m_dialect == Dialect::PostgreSQL) {
        PGconn *conn = NativeHandle::postgres(db);
        m_nested = conn && PQtransactionStatus(conn) != PQTRANS_IDLE;
    } else if (sqlite3 *handle = NativeHandle::sqlite(db)) {
        m_nested = sqlite3_get_autocommit(handle) == 0;
    }
    return exec(db, m_nested ? QStringLiteral("SAVEPOINT sluice_query") : QStringLiteral("BEGIN"),
                error);
}

bool QueryFilterLoader::end(QSqlDatabase &db, bool commit, QString *error)
{
    if (m_dialect == Dialect::MariaDB)
        return true;
    if (commit)
        return exec(db,
                    m_nested ? QStringLiteral("RELEASE SAVEPOINT sluice_query")
                             : QStringLiteral("COMMIT"),
                    error);
    if (m_nested) {
        exec(db, QStringLiteral("ROLLBACK TO SAVEPOINT sluice_query"), nullptr);
        exec(db, QStringLiteral("RELEASE SAVEPOINT sluice_query"), nullptr);
    } else {
        exec(db, QStringLiteral("ROLLBACK"), nullptr);
    }
    return true;
}

WriteResult QueryFilterLoader::write(QSqlDatabase &db, const WriteRequest &request,
                                     const ByteSource &source)
{
    WriteResult result;
    const TableDef &target = request.table;
    WriteRequest staged = request;
    staged.table = stagingTable(m_dialect, target, m_stagingName);
    const QString object = JobLogFormat::objectName(target.schema, target.name);
    if (!begin(db, &result.errorString))
        return result;
    if (!exec(db, createStaging(m_dialect, target, staged.table), &result.errorString)) {
        result.errorString = tr("Cannot create the staging table for QUERY on %1: %2")
                                 .arg(object, result.errorString);
        end(db, false, nullptr);
        return result;
    }
    const WriteResult loaded = m_writer.write(db, staged, source);
    result.warnings = loaded.warnings;
    bool ok = loaded.ok;
    if (!ok) {
        result.errorString = loaded.errorString;
    } else {
        QString error;
        ok = exec(db, insertKept(m_dialect, target, staged.table, m_clause), &error, &result.rows);
        if (!ok)
            result.errorString =
                tr("QUERY \"%1\" cannot be applied to %2: %3").arg(m_clause, object, error);
    }
    // MariaDB has committed the rows by now: a staging table left behind goes with the
    // session. Elsewhere the DROP is part of the chunk's transaction.
    QString dropError;
    if (!exec(db, dropStaging(m_dialect, staged.table), &dropError) && ok) {
        if (m_dialect == Dialect::MariaDB) {
            result.warnings << dropError;
        } else {
            ok = false;
            result.errorString = dropError;
        }
    }
    if (ok)
        ok = end(db, true, &result.errorString);
    if (!ok) {
        end(db, false, nullptr);
        result.rows = 0;
    }
    result.ok = ok;
    result.bytes = loaded.bytes;
    return result;
}

} // namespace sluice::engine
