#include "engine/data/tableestimator.h"

#include "engine/catalog/sqlquoting.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace sluice::engine {

namespace {

// Runs a prepared query with bound values and returns its first row.
std::optional<QList<QVariant>> firstRow(QSqlDatabase &db, const QString &sql,
                                        const QVariantList &values, QString *error)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QList<QVariant> row;
    if (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            row << query.value(i);
    }
    return row;
}

qint64 asNumber(const QList<QVariant> &row, int i)
{
    return i < row.size() && !row.at(i).isNull() ? qint64(row.at(i).toDouble()) : -1;
}

TableEstimate postgres(QSqlDatabase &db, const QString &schema, const QString &table,
                       EstimateMethod method, TableEstimate estimate)
{
    // pg_table_size counts the TOAST relation too, where large values (bytea, long
    // text) live: without it a table of documents looks a few MB big and its chunks
    // come out ten times the target size. pg_stats' avg_width measures a toasted value
    // as its pointer, so STATISTICS adds the TOAST relation's size as well.
    const auto row = firstRow(
        db,
        QStringLiteral("SELECT pg_table_size(c.oid), c.reltuples, "
                       "(SELECT sum(s.avg_width) FROM pg_stats s WHERE s.schemaname = "
                       "n.nspname AND s.tablename = c.relname), "
                       "CASE WHEN c.reltoastrelid <> 0 THEN pg_relation_size(c.reltoastrelid) "
                       "ELSE 0 END "
                       "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                       "WHERE n.nspname = ? AND c.relname = ?"),
        {schema.isEmpty() ? QStringLiteral("public") : schema, table}, &estimate.errorString);
    if (!row || row->isEmpty())
        return estimate;
    estimate.ok = true;
    estimate.bytes = asNumber(*row, 0);
    estimate.rows = asNumber(*row, 1); // -1 until the table is first analyzed
    const qint64 width = asNumber(*row, 2);
    const qint64 toast = qMax<qint64>(0, asNumber(*row, 3));
    estimate.statisticsBytes =
        estimate.rows >= 0 && width > 0 ? estimate.rows * width + toast : estimate.bytes;
    if (method == EstimateMethod::Statistics)
        estimate.bytes = estimate.statisticsBytes;
    return estimate;
}

TableEstimate mariadb(QSqlDatabase &db, const QString &schema, const QString &table,
                      EstimateMethod method, TableEstimate estimate)
{
    const auto row = firstRow(
        db,
        QStringLiteral("SELECT DATA_LENGTH, TABLE_ROWS, AVG_ROW_LENGTH FROM "
                       "information_schema.TABLES WHERE TABLE_SCHEMA = COALESCE(?, DATABASE()) "
                       "AND TABLE_NAME = ?"),
        {schema.isEmpty() ? QVariant() : QVariant(schema), table}, &estimate.errorString);
    if (!row || row->isEmpty())
        return estimate;
    estimate.ok = true;
    estimate.bytes = asNumber(*row, 0);
    estimate.rows = asNumber(*row, 1);
    const qint64 average = asNumber(*row, 2);
    estimate.statisticsBytes =
        estimate.rows >= 0 && average > 0 ? estimate.rows * average : estimate.bytes;
    if (method == EstimateMethod::Statistics)
        estimate.bytes = estimate.statisticsBytes;
    return estimate;
}

TableEstimate sqlite(QSqlDatabase &db, const QString &schema, const QString &table,
                     EstimateMethod method, TableEstimate estimate)
{
    // dbstat's aggregate form (SQLite 3.31) sums the table's b-tree in one row instead
    // of one row per page: a third cheaper, though it still reads every page. Its
    // payload counts overflow pages too (large blobs and texts), and its cell count
    // the few interior cells as well.
    const QString dbstat =
        u"dbstat(" +
        SqlQuoting::literal(schema.isEmpty() ? QStringLiteral("main") : schema, Dialect::SQLite) +
        u", 1)";
    const auto pages =
        firstRow(db, u"SELECT pgsize, payload, ncell FROM " + dbstat + u" WHERE name = ?", {table},
                 &estimate.errorString);
    if (!pages || pages->isEmpty())
        return estimate;
    QString ignored;
    const auto stat =
        firstRow(db, QStringLiteral("SELECT CAST(stat AS INTEGER) FROM sqlite_stat1 WHERE tbl = ?"),
                 {table}, &ignored);
    estimate.rows = stat && !stat->isEmpty() ? asNumber(*stat, 0) : -1;
    if (estimate.rows < 0) {
        const auto count = firstRow(
            db, u"SELECT count(*) FROM " + SqlQuoting::qualified(schema, table, Dialect::SQLite),
            {}, &estimate.errorString);
        if (!count || count->isEmpty())
            return estimate;
        estimate.rows = asNumber(*count, 0);
    }
    estimate.ok = true;
    estimate.bytes = qMax<qint64>(0, asNumber(*pages, 0));
    const qint64 payload = asNumber(*pages, 1);
    const qint64 cells = asNumber(*pages, 2);
    estimate.statisticsBytes = payload >= 0 && cells > 0
                                   ? qint64(double(estimate.rows) * double(payload) / double(cells))
                                   : estimate.bytes;
    if (method == EstimateMethod::Statistics)
        estimate.bytes = estimate.statisticsBytes;
    return estimate;
}

} // namespace

TableEstimate TableEstimator::estimate(QSqlDatabase &db, Dialect dialect, const QString &schema,
                                       const QString &table, EstimateMethod method)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return postgres(db, schema, table, method, {});
    case Dialect::MariaDB:
        return mariadb(db, schema, table, method, {});
    case Dialect::SQLite:
        return sqlite(db, schema, table, method, {});
    }
    return {};
}

} // namespace sluice::engine
