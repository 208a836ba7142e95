#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/catalogobjectfilter.h"
#include "engine/catalog/ddlwriter.h"
#include "engine/catalog/objecttypes.h"
#include "engine/importjob/catalogremapper.h"
#include "engine/importjob/dumpsource.h"
#include "engine/importjob/foreignkeyloader.h"
#include "engine/job/workitem.h"
#include "engine/params/jobspec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

class QSqlDatabase;

namespace sluice::engine {

class JobLog;

// Phases of an import between JobPhase::Post and the end (phases are barriers).
namespace ImportPhase {
inline constexpr int Prepare = 50;   // REPLACE: drop the views, routines, sequences replaced
inline constexpr int Roles = 70;     // FULL: users and roles, their privileges and role grants
inline constexpr int Schemas = 80;   // schemas (databases) the target lacks
inline constexpr int Types = 90;     // types and sequences, which tables use (tables: 100)
inline constexpr int Counters = 600; // sequences, identity and auto-increment counters
inline constexpr int Routines = 610;
inline constexpr int Views = 620; // one item: every view in dependency order
inline constexpr int Triggers = 630;
inline constexpr int Grants = 640; // comments and grants
inline constexpr int Verify = 690;
} // namespace ImportPhase

// DEFINING for an import: selects the schemas or tables of the job's mode from the
// source catalog, applies REMAP_SCHEMA / REMAP_TABLE / REMAP_TABLESPACE and TRANSFORM,
// writes the DDL in the target's dialect (DdlWriter; its type-mapping warnings go to
// the log), decides TABLE_EXISTS_ACTION against the target's catalog, and turns it all
// into work items in load order: prepare -> tables -> data chunks -> indexes ->
// constraints -> foreign keys -> counters -> routines -> views -> triggers -> comments
// and grants -> verification. docs/import.md describes every step.
class ImportDefiner
{
public:
    ImportDefiner(const JobSpec &spec, Dialect source, Dialect target, JobLog &log);

    // sourceDb: plans the chunks (NETWORK_LINK; may be null for SQLFILE). existing:
    // the target's catalog (empty when there is no target connection). nullopt with
    // errorString() when nothing can be imported.
    [[nodiscard]] std::optional<QList<WorkItem>>
    define(QSqlDatabase *sourceDb, const Catalog &source, const Catalog &existing);
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // The DDL of items, in the order the job runs them (SQLFILE).
    [[nodiscard]] static QStringList statementsOf(QList<WorkItem> items);

    // Import from a dump: the data members per "schema\0table" replace chunk planning.
    void setDumpChunks(const QHash<QString, QList<DumpChunk>> &chunks)
    {
        m_dumpChunks = chunks;
        m_fromDump = true;
    }
    // The source connection's default schema (SCHEMAS or TABLES without a schema).
    void setDefaultSchema(const QString &schema) { m_defaultSchema = schema; }

private:
    enum class Action { Create, Skip, Append, Truncate, Replace, Refuse };
    struct TablePlan
    {
        const TableDef *source = nullptr;
        TableDef target;
        Action action = Action::Create;
        bool existed = false;
        QString note;
    };

    bool applyFilter(Catalog *selected);
    [[nodiscard]] bool loadsData(const TablePlan &plan) const;
    bool select(const Catalog &source, Catalog *selected);
    bool selectTables(const Catalog &source, Catalog *selected);
    void planTables(const Catalog &selected, const Catalog &remapped, const Catalog &existing);
    void addPrepare(const Catalog &remapped, const Catalog &existing, QList<WorkItem> &items);
    void addMetadata(const Catalog &remapped, const Catalog &existing, QList<WorkItem> &items);
    void addRoles(const Catalog &remapped, const Catalog &existing, QList<WorkItem> &items);
    void addTables(QList<WorkItem> &items);
    bool addData(QSqlDatabase *sourceDb, QList<WorkItem> &items);
    void addDependents(QList<WorkItem> &items);
    void orderData(QList<WorkItem> &items) const;
    void addCounters(const Catalog &selected, const Catalog &remapped, QList<WorkItem> &items);
    void addPost(const Catalog &remapped, const Catalog &existing, QList<WorkItem> &items);
    void addVerify(QList<WorkItem> &items);

    WorkItem item(int phase, ObjectKind kind, const QString &schema, const QString &name,
                  const QJsonObject &payload, int order = 0) const;
    WorkItem ddlItem(int phase, ObjectKind kind, const QString &schema, const QString &name,
                     const QList<DdlStatement> &statements, int order = 0) const;
    [[nodiscard]] std::optional<qint64> sourceNext(const Catalog &selected, const TableDef &table,
                                                   const ColumnDef &column) const;
    [[nodiscard]] QList<DdlStatement> counterStatements(const TableDef &target,
                                                        const QString &column, qint64 next) const;
    [[nodiscard]] QString queryFor(const TableDef &table) const;
    [[nodiscard]] QString dropStatement(ObjectKind kind, const QString &schema,
                                        const QString &name) const;
    [[nodiscard]] QString qualified(const QString &schema, const QString &name) const;
    [[nodiscard]] bool creates(const TablePlan &plan) const;
    [[nodiscard]] QList<DdlStatement> inSchema(const QString &schema,
                                               const QList<DdlStatement> &statements) const;
    void flushWarnings();

    const JobSpec &m_spec;
    Dialect m_source;
    Dialect m_target;
    JobLog &m_log;
    ObjectPathRoot m_root;
    DdlWriter m_ddl;
    CatalogRemapper m_remapper;
    std::optional<CatalogObjectFilter> m_filter;
    QList<TablePlan> m_tables;
    // Existing target foreign keys to drop around a TRUNCATE/REPLACE, and re-add after.
    QList<DdlStatement> m_dropKeys;
    QList<ForeignKeyLoader::Key> m_readdKeys;
    QSet<QString> m_keptSequences; // "schema\0name" of target sequences kept as they are
    QString m_defaultSchema;
    QHash<QString, QList<DumpChunk>> m_dumpChunks;
    bool m_fromDump = false;
    qsizetype m_warningsLogged = 0;
    QString m_errorString;
};

} // namespace sluice::engine
