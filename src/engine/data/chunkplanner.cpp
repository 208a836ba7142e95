#include "engine/data/chunkplanner.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/tableestimator.h"
#include "engine/data/typefamily.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace sluice::engine {

namespace {

int chunkCount(QSqlDatabase &db, Dialect dialect, const TableDef &table,
               const ChunkPlanOptions &options, qint64 *rows)
{
    const TableEstimate estimate =
        options.estimate ? *options.estimate
                         : TableEstimator::estimate(db, dialect, table.schema, table.name,
                                                    EstimateMethod::Statistics);
    *rows = estimate.rows;
    const qint64 bytes = estimate.statisticsBytes;
    qint64 count = 1;
    if (bytes > 0 && options.targetBytes > 0)
        count = (bytes + options.targetBytes - 1) / options.targetBytes;
    if (estimate.rows > 0 && options.targetRows > 0)
        count = qMax(count, (estimate.rows + options.targetRows - 1) / options.targetRows);
    return int(std::clamp<qint64>(count, 1, qMax(1, options.maxChunks)));
}

std::optional<QStringList> integerBoundaries(QSqlDatabase &db, Dialect dialect,
                                             const TableDef &table, const QString &key, int count,
                                             QString *error)
{
    QSqlQuery query(db);
    const QString column = SqlQuoting::identifier(key, dialect);
    if (!query.exec(u"SELECT min(" + column + u"), max(" + column + u") FROM " +
                    SqlQuoting::qualified(table.schema, table.name, dialect))) {
        *error = query.lastError().text();
        return std::nullopt;
    }
    QStringList boundaries;
    if (!query.next() || query.value(0).isNull())
        return boundaries; // empty table: one chunk
    const qint64 low = query.value(0).toLongLong();
    const qint64 high = query.value(1).toLongLong();
    const long double span = static_cast<long double>(high) - low + 1;
    const int n = int(qMin<long double>(count, span));
    for (int i = 1; i < n; ++i) {
        const auto boundary = static_cast<qint64>(low + std::floor(span * i / n));
        if (boundaries.isEmpty() || boundaries.last().toLongLong() < boundary)
            boundaries << QString::number(boundary);
    }
    return boundaries;
}

std::optional<QStringList> sampledBoundaries(QSqlDatabase &db, Dialect dialect,
                                             const TableDef &table, const QString &key, int count,
                                             qint64 rows, QString *error)
{
    QSqlQuery query(db);
    const QString column = SqlQuoting::identifier(key, dialect);
    const QString from = SqlQuoting::qualified(table.schema, table.name, dialect);
    QStringList found;
    if (dialect == Dialect::PostgreSQL) {
        QStringList fractions;
        for (int i = 1; i < count; ++i)
            fractions << QString::number(double(i) / count, 'g', 12);
        // About 100k sampled rows are plenty to place a few thousand boundaries.
        const double percent = qBound(0.01, rows > 0 ? 1e7 / double(rows) : 100.0, 100.0);
        const QString sql = u"SELECT DISTINCT b::text, b AS v FROM unnest((SELECT percentile_disc("
                            u"ARRAY[" +
                            fractions.join(u',') +
                            u"]::float8[]) WITHIN GROUP "
                            u"(ORDER BY " +
                            column + u") FROM " + from + u" TABLESAMPLE SYSTEM (" +
                            QString::number(percent) + u"))) AS b WHERE b IS NOT NULL ORDER BY v";
        if (!query.exec(sql)) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        while (query.next())
            found << query.value(0).toString();
        return found;
    }
    for (int i = 1; i < count && rows > 0; ++i) {
        if (!query.exec(u"SELECT " + column + u" FROM " + from + u" ORDER BY " + column +
                        u" LIMIT 1 OFFSET " + QString::number(rows * i / count))) {
            *error = query.lastError().text();
            return std::nullopt;
        }
        if (query.next() && (found.isEmpty() || found.last() != query.value(0).toString()))
            found << query.value(0).toString();
    }
    return found;
}

} // namespace

QString ChunkPlanner::keyColumn(const TableDef &table, Dialect dialect, bool *integer)
{
    *integer = false;
    if (const ConstraintDef *key = table.primaryKey(); key && key->columns.size() == 1) {
        const ColumnDef *column = table.column(key->columns.first());
        *integer = column && typeFamilyOf(column->type) == TypeFamily::Integer;
        return key->columns.first();
    }
    if (dialect == Dialect::SQLite && !table.options.contains(QStringLiteral("WITHOUT ROWID"))) {
        *integer = true;
        return QStringLiteral("rowid");
    }
    return {};
}

QList<ChunkRange> ChunkPlanner::rangesFrom(const QString &keyColumn, bool integer,
                                           const QStringList &boundaries)
{
    QList<ChunkRange> ranges;
    const int count = int(boundaries.size()) + 1;
    for (int i = 0; i < count; ++i) {
        ChunkRange range;
        range.index = i;
        range.count = count;
        range.keyColumn = count > 1 ? keyColumn : QString();
        range.integerKey = integer;
        if (i > 0)
            range.lower = boundaries.at(i - 1);
        if (i < count - 1)
            range.upper = boundaries.at(i);
        ranges << range;
    }
    return ranges;
}

std::optional<QList<ChunkRange>> ChunkPlanner::plan(QSqlDatabase &db, Dialect dialect,
                                                    const TableDef &table,
                                                    const ChunkPlanOptions &options,
                                                    QString *errorString)
{
    bool integer = false;
    const QString key = keyColumn(table, dialect, &integer);
    qint64 rows = -1;
    const int count = key.isEmpty() ? 1 : chunkCount(db, dialect, table, options, &rows);
    if (count <= 1)
        return rangesFrom(key, integer, {});
    QString error;
    const auto boundaries = integer
                                ? integerBoundaries(db, dialect, table, key, count, &error)
                                : sampledBoundaries(db, dialect, table, key, count, rows, &error);
    if (!boundaries) {
        if (errorString)
            *errorString = error;
        return std::nullopt;
    }
    return rangesFrom(key, integer, *boundaries);
}

} // namespace sluice::engine
