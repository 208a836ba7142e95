#include "engine/importjob/importdefiner.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/dependencysorter.h"
#include "engine/catalog/sqlquoting.h"
#include "engine/catalog/tablekey.h"
#include "engine/data/chunkplanner.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/importjob/foreignkeyvalidation.h"
#include "engine/importjob/rowremapper.h"
#include "engine/job/workscheduler.h"
#include "engine/log/joblog.h"
#include "engine/log/joblogformat.h"
#include "engine/params/identifiermatcher.h"

#include <QCoreApplication>
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
        m_errorString = QCoreApplication::translate(
            "ImportDefiner", "No data or metadata objects selected for the job");
        return std::nullopt;
    }
    Catalog remapped = selected;
    m_remapper.apply(remapped);
    for (const QString &note : m_remapper.notes())
        m_log.info(note);
    for (const TransformSpec &transform : m_spec.transforms) {
        if (transform.name != u"SEGMENT_ATTRIBUTES" && transform.name != u"STORAGE")
            m_log.warning(QCoreApplication::translate(
                              "ImportDefiner", "TRANSFORM=%1 has no meaning on %2 and is ignored")
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
    orderData(items);
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
            targets.insert(tableKey(table.schema, table.name), &table);
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
            plan.target = *targets.value(tableKey(schemaName, name));
            plan.existed = existing.table(schemaName, name) != nullptr;
            const QString object = JobLogFormat::objectName(schemaName, name);
            if (!plan.existed && dataOnly) {
                plan.action = Action::Refuse;
                plan.note =
                    QCoreApplication::translate(
                        "ImportDefiner", "Table %1 does not exist: CONTENT=DATA_ONLY loads only "
                                         "into existing tables")
                        .arg(object);
            } else if (plan.existed) {
                plan.action = Action(int(action) + 1);
                if (action == TableExistsAction::Skip)
                    plan.note =
                        QCoreApplication::translate(
                            "ImportDefiner", "Table %1 exists. All dependent metadata and data "
                                             "will be skipped due to table_exists_action of skip")
                            .arg(object);
                else if (action == TableExistsAction::Append)
                    plan.note =
                        QCoreApplication::translate(
                            "ImportDefiner", "Table %1 exists. Data will be appended to existing "
                                             "table but all dependent metadata will be skipped "
                                             "due to table_exists_action of append")
                            .arg(object);
            }
            imported.insert(tableKey(schemaName, name));
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
                    const QString from = tableKey(referencing.schema, referencing.name);
                    if (!imported.contains(from)) {
                        plan.action = Action::Refuse;
                        plan.note =
                            QCoreApplication::translate(
                                "ImportDefiner",
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
                        m_readdKeys += ForeignKeyLoader::keysOf(existingDdl, only);
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
    addRoles(remapped, existing, items);
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
                m_log.warning(
                    QCoreApplication::translate("ImportDefiner", "Type %1 exists and is kept")
                        .arg(JobLogFormat::objectName(type.schema, type.name)));
            else
                items << ddlItem(ImportPhase::Types, ObjectKind::Type, type.schema, type.name,
                                 m_ddl.createType(type), 2);
        }
        for (const SequenceDef &sequence : schema.sequences) {
            if (sequence.identity)
                continue;
            if (target && target->sequence(sequence.name) && !replace) {
                m_keptSequences.insert(tableKey(sequence.schema, sequence.name));
                m_log.warning(
                    QCoreApplication::translate("ImportDefiner",
                                                "Sequence %1 exists and is kept (its value is not "
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

// FULL mode only, as in Data Pump: users and roles the target has are kept as
// they are; the others are created, each statement tried on its own.
void ImportDefiner::addRoles(const Catalog &remapped, const Catalog &existing,
                             QList<WorkItem> &items)
{
    if (m_spec.mode != JobMode::Full || remapped.roles.isEmpty())
        return;
    QList<RoleDef> roles;
    for (const RoleDef &role : remapped.roles) {
        const bool exists =
            std::any_of(existing.roles.cbegin(), existing.roles.cend(), [&](const RoleDef &other) {
                return other.name == role.name && (m_source != m_target || other.host == role.host);
            });
        if (exists)
            m_log.warning(
                QCoreApplication::translate("ImportDefiner",
                                            "%1 %2 exists and is kept (its privileges and role "
                                            "grants are not changed)")
                    .arg(role.canLogin ? QCoreApplication::translate("ImportDefiner", "User")
                                       : QCoreApplication::translate("ImportDefiner", "Role"),
                         role.displayName()));
        else
            roles << role;
    }
    const QList<DdlStatement> create = m_ddl.createRoles(roles);
    if (create.isEmpty())
        return;
    WorkItem item = ddlItem(ImportPhase::Roles, ObjectKind::Role, {},
                            QStringLiteral("%1 users and roles").arg(roles.size()), create);
    item.payload.insert(QStringLiteral("each"), true);
    items << item;
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
        QList<QStringList> members; // per chunk, from a dump
        ChunkPlanOptions options;
        options.targetBytes = kChunkTargetBytes;
        QString error;
        if (m_fromDump) {
            chunks.clear();
            for (const DumpChunk &chunk : m_dumpChunks.value(tableKey(table.schema, table.name))) {
                chunks << chunk.range;
                members.append(chunk.members);
            }
            if (chunks.isEmpty())
                continue;
        } else if (sourceDb) {
            if (const auto planned =
                    ChunkPlanner::plan(*sourceDb, m_source, table, options, &error))
                chunks = *planned;
            else
                m_log.warning(
                    QCoreApplication::translate("ImportDefiner", "%1 is loaded in one chunk: %2")
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
                    chunk.insert(QStringLiteral("members"),
                                 QJsonArray::fromStringList(members.at(i)));
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
                payload.insert(QStringLiteral("members"),
                               QJsonArray::fromStringList(members.at(i)));
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
    QList<ForeignKeyLoader::Key> keys;
    for (const TablePlan &plan : std::as_const(m_tables)) {
        if (!creates(plan))
            continue;
        const TableDef &table = plan.target;
        for (const DdlStatement &index : m_ddl.createIndexes(table)) {
            WorkItem indexItem =
                ddlItem(JobPhase::Index, ObjectKind::Index, table.schema, index.name, {index});
            // A table's indexes are built once its own rows are in, while other tables
            // still load. SQLite has one writer: nothing to overlap there.
            if (m_target != Dialect::SQLite)
                WorkScheduler::waitForTableDataOnly(indexItem, table.schema, table.name);
            items << indexItem;
        }
        const QList<DdlStatement> constraints = m_ddl.createConstraints(table, false);
        if (!constraints.isEmpty())
            items << ddlItem(JobPhase::Constraint, ObjectKind::Constraint, table.schema, table.name,
                             constraints);
        keys += ForeignKeyLoader::keysOf(m_ddl, table);
    }
    keys += m_readdKeys;
    // MariaDB's ALTER TABLE ... ADD FOREIGN KEY locks both tables: two at once can
    // deadlock, so there the keys are added one table after the other, in one item
    // (ForeignKeyLoader: each key checked, then one in-place ALTER TABLE per table).
    if (m_target == Dialect::MariaDB && !keys.isEmpty()) {
        items << item(
            JobPhase::RefConstraint, ObjectKind::RefConstraint, keys.constFirst().table.schema,
            QStringLiteral("%1 foreign key(s)").arg(keys.size()), ForeignKeyLoader::payload(keys));
        return;
    }
    for (const ForeignKeyLoader::Key &key : std::as_const(keys)) {
        WorkItem keyItem = ddlItem(JobPhase::RefConstraint, ObjectKind::RefConstraint,
                                   key.ddl.schema, key.ddl.name, {key.ddl});
        // A PostgreSQL key is checked as soon as its two tables have their rows and
        // indexes, while other tables still load, instead of after every table.
        if (m_target == Dialect::PostgreSQL)
            ForeignKeyValidation::apply(keyItem, key);
        items << keyItem;
    }
}

} // namespace sluice::engine
