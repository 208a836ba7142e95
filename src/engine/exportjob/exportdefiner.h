#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/catalogobjectfilter.h"
#include "engine/catalog/objecttypes.h"
#include "engine/dump/dumpwriter.h"
#include "engine/job/workitem.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace sluice::engine {

class JobLog;

// DEFINING for an export: picks the schemas or tables of the job's mode from the
// catalog, estimates every table (ESTIMATE=BLOCKS|STATISTICS, with Data Pump's
// ".  estimated" lines and total), and turns the selection into work items: one
// metadata item per object (phase Metadata) and one data item per chunk
// (phase TableData, ChunkPlanner's key ranges, QUERY and SAMPLE per table). With
// ESTIMATE_ONLY=YES it only logs the estimates. INCLUDE and EXCLUDE go through the
// catalog's CatalogObjectFilter: a filtered-out object has no metadata member, its
// dependents (indexes, constraints, triggers, grants, data) follow it, and a table
// whose TABLE_DATA is filtered out gets no data item.
//
// SCHEMAS without a list takes the connection's default schema: SQLite "main",
// PostgreSQL current_schema() (the first existing schema of the search path: the
// user's own schema, as Data Pump's default, else public), MariaDB the database
// the connection opened.
class ExportDefiner
{
public:
    ExportDefiner(const JobSpec &spec, const DumpWriterOptions &dumpOptions, JobLog &log);

    // The work items, or nullopt with errorString().
    [[nodiscard]] std::optional<QList<WorkItem>> define(QSqlDatabase &db, const Catalog &catalog);
    [[nodiscard]] QString errorString() const { return m_errorString; }
    // The data-phase object path, printed by the estimate phase.
    [[nodiscard]] QString tableDataPath() const;

    // Chunks hold about this much data (by the table's STATISTICS estimate), so
    // PARALLEL workers share a big table and a worker's memory stays small...
    static constexpr qint64 kChunkTargetBytes = 8 * 1024 * 1024;
    // ...except on PostgreSQL at PARALLEL=1, where no other worker waits for a share.
    // There a key-range chunk is a bitmap heap scan that costs the server about 30 %
    // more than the sequential scan of a whole table, however many chunks there are,
    // and a whole table is read by a plain COPY: most tables become one chunk. Larger
    // chunks only bound what a restart after a crash reads again. Memory stays bounded:
    // a chunk above ExportExecutor::kPartBytes is stored as several members.
    static constexpr qint64 kSingleWorkerPostgresChunkBytes = 256 * 1024 * 1024;
    // The chunk target for the job's source, PARALLEL and FILESIZE (0: unlimited).
    [[nodiscard]] static qint64 chunkTargetBytes(Dialect dialect, int parallel, qint64 fileSize);

    [[nodiscard]] static ObjectPathRoot rootFor(JobMode mode);
    [[nodiscard]] static std::optional<QString> defaultSchema(QSqlDatabase &db, Dialect dialect,
                                                              QString *error);

    // INCLUDE/EXCLUDE that cannot apply to the dialect whatever the catalog holds (an
    // unknown object path, a type the engine has not: "Object path GRANT was not
    // found."), so the client can refuse them before a job exists; empty if none.
    [[nodiscard]] static QString filterRefusal(const JobSpec &spec, Dialect dialect);

private:
    struct Selection
    {
        QList<const SchemaDef *> schemas; // whole schemas (FULL, SCHEMAS)
        QList<const TableDef *> tables;   // every table of the job
    };
    bool select(QSqlDatabase &db, const Catalog &catalog, Selection *selection);
    bool prepareFilter(const Catalog &catalog);
    void applyFilter(Selection *selection) const;
    [[nodiscard]] bool kept(ObjectKind kind, const QString &schema, const QString &name) const;
    [[nodiscard]] TableDef filteredTable(const TableDef &table) const;
    [[nodiscard]] SchemaDef filteredSchema(const SchemaDef &schema) const;
    bool selectTables(QSqlDatabase &db, const Catalog &catalog, Selection *selection);
    void addMetadata(const Catalog &catalog, const Selection &selection, QList<WorkItem> &items);
    void addObject(ObjectKind kind, const QString &schema, const QString &name,
                   const QString &table, const QJsonObject &json, QList<WorkItem> &items);
    bool addData(QSqlDatabase &db, Dialect dialect, const Selection &selection,
                 QList<WorkItem> &items);
    QString queryFor(const TableDef &table, Dialect dialect) const;
    double sampleFor(const TableDef &table, Dialect dialect) const;
    bool refMatches(const std::optional<TableRef> &ref, const TableDef &table,
                    Dialect dialect) const;
    QString memberName(DumpMemberKind kind, const QString &label, const QString &extension);

    const JobSpec &m_spec;
    const DumpWriterOptions &m_dumpOptions;
    JobLog &m_log;
    ObjectPathRoot m_root;
    QString m_defaultSchema;
    std::optional<CatalogObjectFilter> m_filter; // with INCLUDE or EXCLUDE only
    int m_memberCounter = 0;
    QString m_errorString;
};

} // namespace sluice::engine
