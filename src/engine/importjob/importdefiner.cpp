#include "engine/importjob/importdefiner.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/dependencysorter.h"
#include "engine/catalog/sqlquoting.h"
#include "engine/data/chunkplanner.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/importjob/rowremapper.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/identifiermatcher.h"

#include <QJsonArray>
#include <QSqlDatabase>

namespace sluice::engine {

namespace {

// Chunks of about this size let PARALLEL workers share a big table.
constexpr qint64 kChunkTargetBytes = 8 * 1024 * 1024;

DdlOptions ddlOptions(const JobSpec &spec, Dialect target)
{
    DdlOptions options;
    options.target = target;
    for (const TransformSpec &transform : spec.transforms) {
        const bool value = transform.value != u"N";
        if (transform.name == u"SEGMENT_ATTRIBUTES")
            options.segmentAttributes = value;
        else if (transform.name == u"STORAGE")
            options.storage = value;
    }
    return options;
}

QJsonArray sqlArray(const QList<DdlStatement> &statements)
{
    QJsonArray array;
    for (const DdlStatement &statement : statements) {
        if (!statement.sql.isEmpty())
            array << statement.sql;
    }
    return array;
}

QString actionName(int action)
{
    static const char *const names[] = {"CREATE",   "SKIP",    "APPEND",
                                        "TRUNCATE", "REPLACE", "REFUSE"};
    return QLatin1String(names[action]);
}

} // namespace

ImportDefiner::ImportDefiner(const JobSpec &spec, Dialect source, Dialect target, JobLog &log)
    : m_spec(spec)
    , m_source(source)
    , m_target(target)
    , m_log(log)
    , m_root(ExportDefiner::rootFor(spec.mode))
    , m_ddl(source, ddlOptions(spec, target))
    , m_remapper(spec, source, target)
{}

QString ImportDefiner::qualified(const QString &schema, const QString &name) const
{
    return SqlQuoting::qualified(schema, name, m_target);
}

WorkItem ImportDefiner::item(int phase, ObjectKind kind, const QString &schema, const QString &name,
                             const QJsonObject &payload, int order) const
{
    WorkItem result;
    result.phase = phase;
    result.processOrder = order;
    result.objectPath = ObjectTypes::canonicalPath(kind, m_root);
    if (result.objectPath.isEmpty())
        result.objectPath = objectPathRootName(m_root) + u'/' + objectKindName(kind);
    result.schema = schema;
    result.name = name;
    result.payload = payload;
    result.payload.insert(QStringLiteral("kind"), objectKindName(kind));
    return result;
}

WorkItem ImportDefiner::ddlItem(int phase, ObjectKind kind, const QString &schema,
                                const QString &name, const QList<DdlStatement> &statements,
                                int order) const
{
    return item(phase, kind, schema, name,
                {{QStringLiteral("type"), QStringLiteral("ddl")},
                 {QStringLiteral("statements"), sqlArray(statements)}},
                order);
}

// Views, routines and triggers are created with their schema as the current one, so
// the unqualified names in their bodies (SQLite's always are) resolve there.
QList<DdlStatement> ImportDefiner::inSchema(const QString &schema,
                                            const QList<DdlStatement> &statements) const
{
    if (statements.isEmpty() || schema.isEmpty() || m_target == Dialect::SQLite)
        return statements;
    const QString sql = m_target == Dialect::PostgreSQL
                            ? QStringLiteral("SET search_path TO %1, public")
                                  .arg(SqlQuoting::identifier(schema, m_target))
                            : QStringLiteral("USE ") + SqlQuoting::identifier(schema, m_target);
    return QList<DdlStatement>{DdlStatement{ObjectKind::Schema, schema, schema, {}, sql}} +
           statements;
}

void ImportDefiner::flushWarnings()
{
    const QList<DdlWarning> warnings = m_ddl.warnings();
    for (; m_warningsLogged < warnings.size(); ++m_warningsLogged) {
        const DdlWarning &warning = warnings.at(m_warningsLogged);
        m_log.warning(QStringLiteral("%1: %2").arg(warning.object, warning.message));
    }
}

std::optional<QList<WorkItem>> ImportDefiner::define(QSqlDatabase *sourceDb, const Catalog &source,
                                                     const Catalog &existing)
{
    Catalog selected;
    selected.dialect = source.dialect;
    if (!(m_spec.mode == JobMode::Tables ? selectTables(source, &selected)
                                         : select(source, &selected)))
        return std::nullopt;
    if (!applyFilter(&selected))
        return std::nullopt;
    if (m_spec.mode != JobMode::Full && selected.schemas.isEmpty()) {
        m_errorString = QStringLiteral("No data or metadata objects selected for the job");
        return std::nullopt;
    }
    Catalog remapped = selected;
    m_remapper.apply(remapped);
    for (const QString &note : m_remapper.notes())
        m_log.info(note);
    for (const TransformSpec &transform : m_spec.transforms) {
        if (transform.name != u"SEGMENT_ATTRIBUTES" && transform.name != u"STORAGE")
            m_log.warning(QStringLiteral("TRANSFORM=%1 has no meaning on %2 and is ignored")
                              .arg(transform.toParameterText(), dialectDisplayName(m_target)));
    }
    planTables(selected, remapped, existing);
    QList<WorkItem> items;
    const JobContent content = m_spec.effectiveContent();
    if (content != JobContent::DataOnly) {
        addPrepare(remapped, existing, items);
        addMetadata(remapped, existing, items);
    }
    addTables(items);
    if (content != JobContent::MetadataOnly && !addData(sourceDb, items))
        return std::nullopt;
    if (content != JobContent::DataOnly) {
        addDependents(items);
        addCounters(selected, remapped, items);
        addPost(remapped, existing, items);
    } else {
        addCounters(selected, remapped, items);
    }
    if (content != JobContent::MetadataOnly && m_spec.effectiveVerify() != VerifyMode::None)
        addVerify(items);
    flushWarnings();
    return items;
}

// INCLUDE / EXCLUDE over the objects the mode selected, with the catalog module's
// filter (the export's rules: dependents follow their parent).
bool ImportDefiner::applyFilter(Catalog *selected)
{
    if (m_spec.includes.isEmpty() && m_spec.excludes.isEmpty())
        return true;
    m_filter.emplace(selected->dialect, m_root);
    if (!m_filter->prepare(*selected, m_spec.includes, m_spec.excludes)) {
        m_errorString = m_filter->errorString();
        return false;
    }
    for (const QString &message : m_filter->messages())
        m_log.info(message);
    *selected = m_filter->filtered(*selected);
    return true;
}

bool ImportDefiner::loadsData(const TablePlan &plan) const
{
    return !m_filter || m_filter->includesData(plan.source->schema, plan.source->name);
}

bool ImportDefiner::select(const Catalog &source, Catalog *selected)
{
    // A dump imported without SCHEMAS= brings every schema it holds, as impdp does.
    if (m_spec.mode == JobMode::Full || (m_fromDump && m_spec.schemas.isEmpty())) {
        selected->schemas = source.schemas;
        return true;
    }
    QStringList names;
    for (const SchemaDef &schema : source.schemas)
        names << schema.name;
    QList<SqlName> wanted = m_spec.schemas;
    if (wanted.isEmpty())
        wanted << SqlName{m_defaultSchema, true};
    for (const SqlName &name : std::as_const(wanted)) {
        const auto found = IdentifierMatcher::resolve(name, names, source.dialect);
        if (found.status == IdentifierMatcher::Status::Ambiguous) {
            m_errorString = found.errorString;
            return false;
        }
        if (found.status == IdentifierMatcher::Status::NotFound)
            m_log.error(QStringLiteral("Schema %1 was not found.").arg(name.toParameterText()));
        for (const QString &identifier : found.identifiers) {
            if (const SchemaDef *schema = source.schema(identifier))
                selected->schemas << *schema;
        }
    }
    if (selected->schemas.isEmpty()) {
        m_errorString = QStringLiteral("No data or metadata objects selected for the job");
        return false;
    }
    return true;
}

// TABLES mode: the tables and what belongs to them (indexes, constraints, triggers),
// without the schema's views, routines and sequences, as Data Pump's table mode.
bool ImportDefiner::selectTables(const Catalog &source, Catalog *selected)
{
    QStringList names;
    for (const SchemaDef &schema : source.schemas)
        names << schema.name;
    for (const TableRef &ref : m_spec.tables) {
        const SqlName schemaName =
            ref.schema.isEmpty() ? SqlName{m_defaultSchema, true} : ref.schema;
        const auto schemas = IdentifierMatcher::resolve(schemaName, names, source.dialect);
        bool found = false;
        for (const QString &schemaId : schemas.identifiers) {
            const SchemaDef *schema = source.schema(schemaId);
            QStringList tableNames;
            for (const TableDef &table : schema->tables)
                tableNames << table.name;
            const auto tables = IdentifierMatcher::resolve(ref.table, tableNames, source.dialect);
            if (tables.status == IdentifierMatcher::Status::Ambiguous) {
                m_errorString = tables.errorString;
                return false;
            }
            auto target = std::find_if(selected->schemas.begin(), selected->schemas.end(),
                                       [&](const SchemaDef &s) { return s.name == schemaId; });
            if (target == selected->schemas.end()) {
                SchemaDef copy;
                copy.name = schema->name;
                copy.owner = schema->owner;
                selected->schemas << copy;
                target = selected->schemas.end() - 1;
            }
            for (const QString &tableId : tables.identifiers) {
                if (!target->table(tableId))
                    target->tables << *schema->table(tableId);
                found = true;
            }
        }
        if (!found)
            m_log.error(QStringLiteral("Table %1 was not found.").arg(ref.toParameterText()));
    }
    if (selected->schemas.isEmpty()) {
        m_errorString = QStringLiteral("No data or metadata objects selected for the job");
        return false;
    }
    return true;
}

bool ImportDefiner::creates(const TablePlan &plan) const
{
    return plan.action == Action::Create || plan.action == Action::Replace;
}

void ImportDefiner::planTables(const Catalog &selected, const Catalog &remapped,
                               const Catalog &existing)
{
    QHash<QString, const TableDef *> targets;
    for (const SchemaDef &schema : remapped.schemas) {
        for (const TableDef &table : schema.tables)
            targets.insert(table.schema + QChar(0) + table.name, &table);
    }
    const TableExistsAction action = m_spec.effectiveTableExistsAction();
    const bool dataOnly = m_spec.effectiveContent() == JobContent::DataOnly;
    QSet<QString> imported;
    for (const SchemaDef &schema : selected.schemas) {
        for (const TableDef &table : schema.tables) {
            TablePlan plan;
            plan.source = &table;
            const QString schemaName = m_remapper.targetSchema(table.schema);
            const QString name = m_remapper.targetTable(table.schema, table.name);
            plan.target = *targets.value(schemaName + QChar(0) + name);
            plan.existed = existing.table(schemaName, name) != nullptr;
            const QString object = JobLogFormat::objectName(schemaName, name);
            if (!plan.existed && dataOnly) {
                plan.action = Action::Refuse;
                plan.note = QStringLiteral("Table %1 does not exist: CONTENT=DATA_ONLY loads only "
                                           "into existing tables")
                                .arg(object);
            } else if (plan.existed) {
                plan.action = Action(int(action) + 1);
                if (action == TableExistsAction::Skip)
                    plan.note = QStringLiteral("Table %1 exists. All dependent metadata and data "
                                               "will be skipped due to table_exists_action of skip")
                                    .arg(object);
                else if (action == TableExistsAction::Append)
                    plan.note = QStringLiteral("Table %1 exists. Data will be appended to existing "
                                               "table but all dependent metadata will be skipped "
                                               "due to table_exists_action of append")
                                    .arg(object);
            }
            imported.insert(schemaName + QChar(0) + name);
            m_tables << plan;
        }
    }
    // Foreign keys of the target that point into a table being truncated or replaced:
    // dropped before and added back after when their table is part of the import;
    // otherwise the table is refused (docs/import.md, "Foreign keys").
    DdlOptions sameEngine;
    sameEngine.target = m_target;
    DdlWriter existingDdl(m_target, sameEngine);
    for (TablePlan &plan : m_tables) {
        if ((plan.action != Action::Truncate && plan.action != Action::Replace) ||
            m_target == Dialect::SQLite)
            continue;
        for (const SchemaDef &schema : existing.schemas) {
            for (const TableDef &referencing : schema.tables) {
                for (const ConstraintDef &key : referencing.foreignKeys()) {
                    const QString refSchema =
                        key.referencedSchema.isEmpty() ? referencing.schema : key.referencedSchema;
                    if (refSchema != plan.target.schema || key.referencedTable != plan.target.name)
                        continue;
                    const QString from = referencing.schema + QChar(0) + referencing.name;
                    if (!imported.contains(from)) {
                        plan.action = Action::Refuse;
                        plan.note =
                            QStringLiteral(
                                "Table %1 cannot be %2D: foreign key %3 of table %4, "
                                "which is not part of this import, references it. Import "
                                "that table too, or drop the key first")
                                .arg(
                                    JobLogFormat::objectName(plan.target.schema, plan.target.name),
                                    enumKeyword(m_spec.effectiveTableExistsAction()), key.name,
                                    JobLogFormat::objectName(referencing.schema, referencing.name));
                        continue;
                    }
                    const QString drop = m_target == Dialect::PostgreSQL
                                             ? QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                                             : QStringLiteral("ALTER TABLE %1 DROP FOREIGN KEY %2");
                    m_dropKeys << DdlStatement{
                        ObjectKind::RefConstraint, referencing.schema, key.name, referencing.name,
                        drop.arg(qualified(referencing.schema, referencing.name),
                                 SqlQuoting::identifier(key.name, m_target))};
                    // A referencing table the import re-creates gets its keys from the
                    // source; one it keeps gets this key back as it was.
                    const auto kept = std::find_if(
                        m_tables.cbegin(), m_tables.cend(), [&](const TablePlan &other) {
                            return other.target.schema == referencing.schema &&
                                   other.target.name == referencing.name && !creates(other);
                        });
                    if (kept != m_tables.cend()) {
                        TableDef only = referencing;
                        only.constraints = {key};
                        m_readdKeys += existingDdl.createConstraints(only, true);
                    }
                }
            }
        }
    }
}

QString ImportDefiner::dropStatement(ObjectKind kind, const QString &schema,
                                     const QString &name) const
{
    switch (kind) {
    case ObjectKind::View:
        return QStringLiteral("DROP VIEW ") + qualified(schema, name);
    case ObjectKind::MaterializedView:
        return QStringLiteral("DROP MATERIALIZED VIEW ") + qualified(schema, name);
    case ObjectKind::Sequence:
        return QStringLiteral("DROP SEQUENCE ") + qualified(schema, name);
    case ObjectKind::Table:
        return QStringLiteral("DROP TABLE ") + qualified(schema, name);
    case ObjectKind::Function:
    case ObjectKind::Procedure:
    case ObjectKind::Aggregate: {
        const QString what = kind == ObjectKind::Procedure   ? QStringLiteral("PROCEDURE")
                             : kind == ObjectKind::Aggregate ? QStringLiteral("AGGREGATE")
                                                             : QStringLiteral("FUNCTION");
        // name is the signature "f(args)"; MariaDB names routines without arguments.
        const QString bare = name.section(u'(', 0, 0);
        if (m_target == Dialect::PostgreSQL)
            return QStringLiteral("DROP %1 %2(%3")
                .arg(what, qualified(schema, bare), name.section(u'(', 1));
        return QStringLiteral("DROP %1 %2").arg(what, qualified(schema, bare));
    }
    default:
        break;
    }
    return {};
}

void ImportDefiner::addPrepare(const Catalog &remapped, const Catalog &existing,
                               QList<WorkItem> &items)
{
    QList<DdlStatement> drops = m_dropKeys;
    if (m_spec.effectiveTableExistsAction() == TableExistsAction::Replace) {
        // Views go first, dependents before what they use; then routines and sequences.
        DependencySorter sorter;
        QHash<QString, const ViewDef *> views;
        for (const SchemaDef &schema : remapped.schemas) {
            for (const ViewDef &view : schema.views) {
                const SchemaDef *target = existing.schema(view.schema);
                if (!target || !target->view(view.name))
                    continue;
                const QString key = view.schema + u'.' + view.name;
                views.insert(key, target->view(view.name));
                sorter.add(key, view.dependsOn);
            }
        }
        QStringList order = sorter.sorted();
        std::reverse(order.begin(), order.end());
        for (const QString &key : std::as_const(order)) {
            const ViewDef *view = views.value(key);
            const ObjectKind kind =
                view->materialized ? ObjectKind::MaterializedView : ObjectKind::View;
            drops << DdlStatement{
                kind, view->schema, view->name, {}, dropStatement(kind, view->schema, view->name)};
        }
        for (const SchemaDef &schema : remapped.schemas) {
            const SchemaDef *target = existing.schema(schema.name);
            if (!target)
                continue;
            for (const RoutineDef &routine : schema.routines) {
                // PostgreSQL's own texts say CREATE OR REPLACE: the routine is replaced in
                // place, so triggers that call it (on tables not replaced) keep working.
                if (routine.definition.startsWith(u"CREATE OR REPLACE", Qt::CaseInsensitive))
                    continue;
                for (const RoutineDef &old : target->routines) {
                    if (old.name != routine.name || old.arguments != routine.arguments)
                        continue;
                    const ObjectKind kind = old.kind == RoutineKind::Procedure
                                                ? ObjectKind::Procedure
                                                : ObjectKind::Function;
                    drops << DdlStatement{kind,
                                          old.schema,
                                          old.signature(),
                                          {},
                                          dropStatement(kind, old.schema, old.signature())};
                }
            }
            for (const SequenceDef &sequence : schema.sequences) {
                if (!sequence.identity && target->sequence(sequence.name))
                    drops << DdlStatement{
                        ObjectKind::Sequence,
                        sequence.schema,
                        sequence.name,
                        {},
                        dropStatement(ObjectKind::Sequence, sequence.schema, sequence.name)};
            }
        }
    }
    if (drops.isEmpty())
        return;
    WorkItem prepare = ddlItem(ImportPhase::Prepare, ObjectKind::Table, {}, {}, drops);
    prepare.objectPath = objectPathRootName(m_root) + QStringLiteral("/REPLACE/DROP");
    prepare.name = QStringLiteral("objects replaced by the import");
    prepare.payload.insert(QStringLiteral("each"), true);
    items << prepare;
}

void ImportDefiner::addMetadata(const Catalog &remapped, const Catalog &existing,
                                QList<WorkItem> &items)
{
    const bool replace = m_spec.effectiveTableExistsAction() == TableExistsAction::Replace;
    for (const SchemaDef &schema : remapped.schemas) {
        if (!existing.schema(schema.name)) {
            const QList<DdlStatement> create = m_ddl.createSchema(schema);
            if (!create.isEmpty())
                items << ddlItem(ImportPhase::Schemas, ObjectKind::Schema, {}, schema.name, create);
        }
        const SchemaDef *target = existing.schema(schema.name);
        for (const UserDefinedType &type : schema.types) {
            const bool exists = target && std::any_of(target->types.cbegin(), target->types.cend(),
                                                      [&](const UserDefinedType &t) {
                                                          return t.name == type.name;
                                                      });
            if (exists)
                m_log.warning(QStringLiteral("Type %1 exists and is kept")
                                  .arg(JobLogFormat::objectName(type.schema, type.name)));
            else
                items << ddlItem(ImportPhase::Types, ObjectKind::Type, type.schema, type.name,
                                 m_ddl.createType(type), 2);
        }
        for (const SequenceDef &sequence : schema.sequences) {
            if (sequence.identity)
                continue;
            if (target && target->sequence(sequence.name) && !replace) {
                m_keptSequences.insert(sequence.schema + QChar(0) + sequence.name);
                m_log.warning(QStringLiteral("Sequence %1 exists and is kept (its value is not "
                                             "changed) due to table_exists_action of %2")
                                  .arg(JobLogFormat::objectName(sequence.schema, sequence.name),
                                       enumKeyword(m_spec.effectiveTableExistsAction()).toLower()));
                continue;
            }
            const QList<DdlStatement> create = m_ddl.createSequence(sequence);
            if (!create.isEmpty())
                items << ddlItem(ImportPhase::Types, ObjectKind::Sequence, sequence.schema,
                                 sequence.name, create, 3);
        }
    }
}

void ImportDefiner::addTables(QList<WorkItem> &items)
{
    const bool withData = m_spec.effectiveContent() != JobContent::MetadataOnly;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        const QString schema = plan.target.schema;
        const QString name = plan.target.name;
        QList<DdlStatement> statements;
        QJsonObject payload{{QStringLiteral("type"), QStringLiteral("table")},
                            {QStringLiteral("action"), actionName(int(plan.action))},
                            {QStringLiteral("note"), plan.note}};
        const bool swap = m_target == Dialect::PostgreSQL && withData &&
                          (plan.action == Action::Truncate || plan.action == Action::Replace);
        switch (plan.action) {
        case Action::Create:
            statements = m_ddl.createTable(plan.target);
            break;
        case Action::Refuse:
            payload.insert(QStringLiteral("refuse"), plan.note);
            payload.remove(QStringLiteral("note"));
            break;
        case Action::Truncate:
            if (!swap)
                statements << DdlStatement{ObjectKind::Table,
                                           schema,
                                           name,
                                           {},
                                           (m_target == Dialect::SQLite
                                                ? QStringLiteral("DELETE FROM ")
                                                : QStringLiteral("TRUNCATE TABLE ")) +
                                               qualified(schema, name)};
            break;
        case Action::Replace:
            if (!swap)
                statements << DdlStatement{ObjectKind::Table,
                                           schema,
                                           name,
                                           {},
                                           dropStatement(ObjectKind::Table, schema, name)}
                           << m_ddl.createTable(plan.target);
            break;
        case Action::Skip:
        case Action::Append:
            break;
        }
        if (m_spec.effectiveContent() == JobContent::DataOnly && plan.action != Action::Refuse &&
            statements.isEmpty() && plan.note.isEmpty())
            continue;
        payload.insert(QStringLiteral("statements"), sqlArray(statements));
        items << item(JobPhase::Metadata, ObjectKind::Table, schema, name, payload, 4);
    }
}

QString ImportDefiner::queryFor(const TableDef &table) const
{
    QString clause;
    for (const QuerySpec &query : m_spec.queries) {
        bool matches = true;
        if (query.table) {
            matches =
                (query.table->schema.isEmpty() ||
                 IdentifierMatcher::resolve(query.table->schema, {table.schema}, m_source).status ==
                     IdentifierMatcher::Status::Found) &&
                IdentifierMatcher::resolve(query.table->table, {table.name}, m_source).status ==
                    IdentifierMatcher::Status::Found;
        }
        // A query naming the table wins over one for every table.
        if (matches && (query.table || clause.isEmpty()))
            clause = query.clause;
    }
    return clause;
}

bool ImportDefiner::addData(QSqlDatabase *sourceDb, QList<WorkItem> &items)
{
    const QString path = ObjectTypes::canonicalPath(ObjectKind::TableData, m_root);
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (plan.action == Action::Skip || plan.action == Action::Refuse ||
            plan.source->partitioning.isPartitioned() || !loadsData(plan))
            continue;
        const TableDef &table = *plan.source;
        QList<ChunkRange> chunks{ChunkRange{}};
        QStringList members;
        ChunkPlanOptions options;
        options.targetBytes = kChunkTargetBytes;
        QString error;
        if (m_fromDump) {
            chunks.clear();
            for (const DumpChunk &chunk :
                 m_dumpChunks.value(table.schema + QChar(0) + table.name)) {
                chunks << chunk.range;
                members << chunk.member;
            }
            if (chunks.isEmpty())
                continue;
        } else if (sourceDb) {
            if (const auto planned =
                    ChunkPlanner::plan(*sourceDb, m_source, table, options, &error))
                chunks = *planned;
            else
                m_log.warning(QStringLiteral("%1 is loaded in one chunk: %2")
                                  .arg(JobLogFormat::objectName(table.schema, table.name), error));
        }
        QString why;
        const auto remapper = RowRemapper::create(table, m_spec.remapData, m_source, "k", &why);
        const QStringList remappedColumns = remapper ? remapper->columns() : QStringList();
        QJsonObject payload{{QStringLiteral("table"), CatalogJson::tableToJson(table)},
                            {QStringLiteral("targetSchema"), plan.target.schema},
                            {QStringLiteral("targetName"), plan.target.name},
                            {QStringLiteral("query"), queryFor(table)}};
        const bool swap = m_target == Dialect::PostgreSQL &&
                          (plan.action == Action::Truncate || plan.action == Action::Replace);
        if (swap) {
            QList<DdlStatement> statements;
            if (plan.action == Action::Truncate)
                statements << DdlStatement{ObjectKind::Table,
                                           plan.target.schema,
                                           plan.target.name,
                                           {},
                                           QStringLiteral("TRUNCATE TABLE ") +
                                               qualified(plan.target.schema, plan.target.name)};
            else
                statements << DdlStatement{ObjectKind::Table,
                                           plan.target.schema,
                                           plan.target.name,
                                           {},
                                           dropStatement(ObjectKind::Table, plan.target.schema,
                                                         plan.target.name)}
                           << m_ddl.createTable(plan.target);
            QJsonArray chunkArray;
            for (qsizetype i = 0; i < chunks.size(); ++i) {
                QJsonObject chunk = ExportExecutor::chunkToJson(chunks.at(i));
                if (m_fromDump)
                    chunk.insert(QStringLiteral("member"), members.at(i));
                chunkArray << chunk;
            }
            payload.insert(QStringLiteral("type"), QStringLiteral("swap"));
            payload.insert(QStringLiteral("action"), actionName(int(plan.action)));
            payload.insert(QStringLiteral("statements"), sqlArray(statements));
            payload.insert(QStringLiteral("chunks"), chunkArray);
            WorkItem swapItem = item(JobPhase::TableData, ObjectKind::TableData, plan.target.schema,
                                     plan.target.name, payload);
            swapItem.objectPath = path;
            items << swapItem;
            continue;
        }
        payload.insert(QStringLiteral("type"), QStringLiteral("load"));
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const ChunkRange &chunk = chunks.at(i);
            if (m_fromDump)
                payload.insert(QStringLiteral("member"), members.at(i));
            QString discard = QStringLiteral("none");
            if (!chunk.keyColumn.isEmpty() && (chunk.lower || chunk.upper) &&
                !remappedColumns.contains(chunk.keyColumn))
                discard = QStringLiteral("range");
            else if (chunks.size() == 1 && plan.action != Action::Append)
                discard = QStringLiteral("all");
            payload.insert(QStringLiteral("chunk"), ExportExecutor::chunkToJson(chunk));
            payload.insert(QStringLiteral("discard"), discard);
            WorkItem load = item(JobPhase::TableData, ObjectKind::TableData, plan.target.schema,
                                 plan.target.name, payload);
            load.objectPath = path;
            load.chunk = int(i);
            items << load;
        }
    }
    return true;
}

void ImportDefiner::addDependents(QList<WorkItem> &items)
{
    QList<DdlStatement> keys;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (!creates(plan))
            continue;
        const TableDef &table = plan.target;
        for (const DdlStatement &index : m_ddl.createIndexes(table))
            items << ddlItem(JobPhase::Index, ObjectKind::Index, table.schema, index.name, {index});
        const QList<DdlStatement> constraints = m_ddl.createConstraints(table, false);
        if (!constraints.isEmpty())
            items << ddlItem(JobPhase::Constraint, ObjectKind::Constraint, table.schema, table.name,
                             constraints);
        keys += m_ddl.createConstraints(table, true);
    }
    keys += m_readdKeys;
    // MariaDB's ALTER TABLE ... ADD FOREIGN KEY locks both tables: two at once can
    // deadlock, so there the keys are added one after the other, in one item.
    if (m_target == Dialect::MariaDB && !keys.isEmpty()) {
        WorkItem all =
            ddlItem(JobPhase::RefConstraint, ObjectKind::RefConstraint, keys.constFirst().schema,
                    QStringLiteral("%1 foreign key(s)").arg(keys.size()), keys);
        all.payload.insert(QStringLiteral("each"), true);
        items << all;
        return;
    }
    for (const DdlStatement &key : std::as_const(keys))
        items << ddlItem(JobPhase::RefConstraint, ObjectKind::RefConstraint, key.schema, key.name,
                         {key});
}

std::optional<qint64> ImportDefiner::sourceNext(const Catalog &selected, const TableDef &table,
                                                const ColumnDef &column) const
{
    switch (m_source) {
    case Dialect::PostgreSQL:
        for (const SchemaDef &schema : selected.schemas) {
            for (const SequenceDef &sequence : schema.sequences) {
                const bool identity =
                    sequence.identity &&
                    SqlQuoting::qualified(sequence.schema, sequence.name, Dialect::PostgreSQL) ==
                        column.identitySequence;
                const bool owned = sequence.schema == table.schema &&
                                   sequence.ownedBy == table.name + u'.' + column.name;
                if (identity || owned)
                    return sequence.isCalled ? sequence.lastValue + sequence.increment
                                             : sequence.lastValue;
            }
        }
        return std::nullopt;
    case Dialect::MariaDB:
        return table.autoIncrement > 0 ? std::optional<qint64>(table.autoIncrement) : std::nullopt;
    case Dialect::SQLite:
        return table.autoIncrement + 1;
    }
    return std::nullopt;
}

QList<DdlStatement> ImportDefiner::counterStatements(const TableDef &target, const QString &column,
                                                     qint64 next) const
{
    const QString table = qualified(target.schema, target.name);
    auto statement = [&](const QString &sql) {
        return DdlStatement{ObjectKind::Table, target.schema, target.name, target.name, sql};
    };
    switch (m_target) {
    case Dialect::PostgreSQL:
        return {statement(
            QStringLiteral("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(%1, %2), "
                           "%3, false)")
                .arg(SqlQuoting::literal(table, m_target), SqlQuoting::literal(column, m_target))
                .arg(next))};
    case Dialect::MariaDB:
        return {
            statement(QStringLiteral("ALTER TABLE %1 AUTO_INCREMENT = %2").arg(table).arg(next))};
    case Dialect::SQLite: {
        const ConstraintDef *pk = target.primaryKey();
        const bool autoincrement =
            target.definition.contains(u"AUTOINCREMENT", Qt::CaseInsensitive) ||
            (target.definition.isEmpty() && pk && pk->columns == QStringList{column});
        if (!autoincrement)
            return {};
        const QString name = SqlQuoting::literal(target.name, m_target);
        return {statement(QStringLiteral("DELETE FROM sqlite_sequence WHERE name = %1").arg(name)),
                statement(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (%1, %2)")
                              .arg(name)
                              .arg(next - 1))};
    }
    }
    return {};
}

void ImportDefiner::addCounters(const Catalog &selected, const Catalog &remapped,
                                QList<WorkItem> &items)
{
    if (m_spec.effectiveContent() != JobContent::DataOnly) {
        for (const SchemaDef &schema : remapped.schemas) {
            for (const SequenceDef &sequence : schema.sequences) {
                if (sequence.identity ||
                    m_keptSequences.contains(sequence.schema + QChar(0) + sequence.name))
                    continue;
                const QString sql = m_ddl.sequenceValue(sequence);
                if (!sql.isEmpty())
                    items << ddlItem(
                        ImportPhase::Counters, ObjectKind::Sequence, sequence.schema, sequence.name,
                        {DdlStatement{
                            ObjectKind::Sequence, sequence.schema, sequence.name, {}, sql}});
            }
        }
    }
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (plan.action == Action::Skip || plan.action == Action::Refuse)
            continue;
        QList<DdlStatement> statements;
        for (const ColumnDef &column : plan.source->columns) {
            if (column.identity == IdentityKind::None || column.isGenerated())
                continue;
            // PostgreSQL to PostgreSQL: a serial column's sequence is set as a sequence.
            if (column.identity == IdentityKind::Serial && m_source == m_target)
                continue;
            const std::optional<qint64> next = sourceNext(selected, *plan.source, column);
            if (next && *next >= 1)
                statements += counterStatements(plan.target, column.name, *next);
        }
        if (!statements.isEmpty())
            items << ddlItem(ImportPhase::Counters, ObjectKind::Table, plan.target.schema,
                             plan.target.name, statements);
    }
}

void ImportDefiner::addPost(const Catalog &remapped, const Catalog &existing,
                            QList<WorkItem> &items)
{
    const bool replace = m_spec.effectiveTableExistsAction() == TableExistsAction::Replace;
    const QString keptNote = QStringLiteral("%1 %2 exists and is kept due to table_exists_action "
                                            "of %3");
    const QString action = enumKeyword(m_spec.effectiveTableExistsAction()).toLower();
    for (const SchemaDef &schema : remapped.schemas) {
        const SchemaDef *target = existing.schema(schema.name);
        for (const RoutineDef &routine : schema.routines) {
            const bool exists =
                target && std::any_of(target->routines.cbegin(), target->routines.cend(),
                                      [&](const RoutineDef &r) {
                                          return r.name == routine.name &&
                                                 r.arguments == routine.arguments;
                                      });
            if (exists && !replace) {
                m_log.warning(keptNote.arg(
                    QStringLiteral("Routine"),
                    JobLogFormat::objectName(schema.name, routine.signature()), action));
                continue;
            }
            const QList<DdlStatement> create = m_ddl.createRoutine(routine);
            if (!create.isEmpty())
                items << ddlItem(ImportPhase::Routines, create.constFirst().kind, schema.name,
                                 routine.signature(), inSchema(schema.name, create));
        }
    }
    // Views in dependency order across schemas, in one item so the order holds.
    DependencySorter sorter;
    QHash<QString, const ViewDef *> views;
    for (const SchemaDef &schema : remapped.schemas) {
        const SchemaDef *target = existing.schema(schema.name);
        for (const ViewDef &view : schema.views) {
            if (target && target->view(view.name) && !replace) {
                m_log.warning(keptNote.arg(QStringLiteral("View"),
                                           JobLogFormat::objectName(view.schema, view.name),
                                           action));
                continue;
            }
            const QString key = view.schema + u'.' + view.name;
            views.insert(key, &view);
            sorter.add(key, view.dependsOn);
        }
    }
    QList<DdlStatement> viewStatements;
    QString current;
    QStringList names;
    for (const QString &key : sorter.sorted()) {
        const ViewDef &view = *views.value(key);
        QList<DdlStatement> create = m_ddl.createView(view);
        names << view.name;
        if (view.schema != current)
            create = inSchema(view.schema, create);
        current = view.schema;
        viewStatements += create;
    }
    if (!viewStatements.isEmpty()) {
        WorkItem viewItem = ddlItem(
            ImportPhase::Views, ObjectKind::View, current,
            names.size() == 1 ? names.constFirst() : QStringLiteral("%1 views").arg(names.size()),
            viewStatements);
        viewItem.payload.insert(QStringLiteral("each"), true);
        items << viewItem;
    }
    QSet<QString> created;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (!creates(plan))
            continue;
        created.insert(plan.target.schema + QChar(0) + plan.target.name);
        const QList<DdlStatement> triggers = m_ddl.createTriggers(plan.target);
        if (!triggers.isEmpty())
            items << ddlItem(ImportPhase::Triggers, ObjectKind::Trigger, plan.target.schema,
                             plan.target.name, inSchema(plan.target.schema, triggers));
    }
    for (const SchemaDef &schema : remapped.schemas) {
        QList<DdlStatement> statements;
        // Comments and grants of objects the import kept stay as they are.
        for (const DdlStatement &statement : m_ddl.comments(schema) + m_ddl.grants(schema)) {
            const bool isTable = schema.table(statement.parent) != nullptr;
            if (isTable && !created.contains(schema.name + QChar(0) + statement.parent))
                continue;
            statements << statement;
        }
        if (statements.isEmpty())
            continue;
        WorkItem grants = ddlItem(ImportPhase::Grants, ObjectKind::ObjectGrant, schema.name,
                                  schema.name, statements);
        grants.payload.insert(QStringLiteral("each"), true);
        items << grants;
    }
}

void ImportDefiner::addVerify(QList<WorkItem> &items)
{
    const bool checksum = m_spec.effectiveVerify() == VerifyMode::Checksum;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (plan.action == Action::Skip || plan.action == Action::Refuse ||
            plan.source->partitioning.isPartitioned() || !loadsData(plan))
            continue;
        const QString name = JobLogFormat::objectName(plan.target.schema, plan.target.name);
        if (plan.action == Action::Append) {
            m_log.info(QStringLiteral("%1 is appended to: its rows are not verified").arg(name));
            continue;
        }
        QString why;
        const auto remapper =
            RowRemapper::create(*plan.source, m_spec.remapData, m_source, "k", &why);
        const bool remapped = remapper && !remapper->isEmpty();
        if (checksum && remapped)
            m_log.info(
                QStringLiteral("REMAP_DATA changes %1: only its row count is verified").arg(name));
        WorkItem verify =
            item(ImportPhase::Verify, ObjectKind::TableData, plan.target.schema, plan.target.name,
                 {{QStringLiteral("type"), QStringLiteral("verify")},
                  {QStringLiteral("table"), CatalogJson::tableToJson(*plan.source)},
                  {QStringLiteral("targetSchema"), plan.target.schema},
                  {QStringLiteral("targetName"), plan.target.name},
                  {QStringLiteral("query"), queryFor(*plan.source)},
                  {QStringLiteral("checksum"), checksum && !remapped}});
        verify.objectPath = objectPathRootName(m_root) + QStringLiteral("/TABLE/VERIFICATION");
        if (m_fromDump) {
            QJsonArray members;
            for (const DumpChunk &chunk :
                 m_dumpChunks.value(plan.source->schema + QChar(0) + plan.source->name))
                members << chunk.member;
            verify.payload.insert(QStringLiteral("members"), members);
        }
        items << verify;
    }
}

QStringList ImportDefiner::statementsOf(QList<WorkItem> items)
{
    std::stable_sort(items.begin(), items.end(), [](const WorkItem &a, const WorkItem &b) {
        return a.phase != b.phase ? a.phase < b.phase : a.processOrder < b.processOrder;
    });
    QStringList statements;
    for (const WorkItem &item : std::as_const(items)) {
        for (const QJsonValue &value : item.payload.value(u"statements").toArray())
            statements << value.toString();
    }
    return statements;
}

} // namespace sluice::engine
