#include "engine/catalog/sqlitecatalogreader.h"

#include "engine/catalog/sqliteddlparser.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

QString quoted(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

bool sameName(const QString &a, const QString &b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

bool sameNames(const QStringList &a, const QStringList &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!sameName(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

bool isInternal(const QString &name)
{
    return name.startsWith(u"sqlite_"_s, Qt::CaseInsensitive);
}

const QString kUserTables = u"m.type = 'table' AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"_s;

} // namespace

SqliteCatalogReader::SqliteCatalogReader(const QSqlDatabase &db, const CatalogReadOptions &options)
    : m_sql(db)
    , m_options(options)
{}

bool SqliteCatalogReader::read(Catalog &catalog)
{
    catalog.dialect = Dialect::SQLite;
    QSqlQuery q;
    if (m_sql.exec(q, u"SELECT sqlite_version()"_s) && q.next())
        catalog.serverVersion = q.value(0).toString();
    readSchemas(catalog);
    for (SchemaDef &schema : catalog.schemas) {
        m_tables.clear();
        m_views.clear();
        m_indexSql.clear();
        m_hasSequenceTable = false;
        readObjects(schema);
        readColumns(schema);
        readIndexes(schema);
        readForeignKeys(schema);
        if (m_hasSequenceTable)
            readAutoIncrement(schema);
    }
    return m_sql.ok();
}

void SqliteCatalogReader::readSchemas(Catalog &catalog)
{
    QSqlQuery q;
    if (!m_sql.exec(q, u"SELECT name, file FROM pragma_database_list WHERE name <> 'temp' "
                       u"ORDER BY seq"_s))
        return;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (name == u"main")
            catalog.database = q.value(1).toString();
        if (!m_options.schemas.isEmpty() && !m_options.schemas.contains(name))
            continue;
        SchemaDef schema;
        schema.name = name;
        catalog.schemas.append(schema);
    }
}

void SqliteCatalogReader::readObjects(SchemaDef &schema)
{
    QSqlQuery q;
    const QString sql = u"SELECT type, name, tbl_name, sql FROM %1.sqlite_schema "
                        u"WHERE sql IS NOT NULL ORDER BY rowid"_s.arg(quoted(schema.name));
    if (!m_sql.exec(q, sql))
        return;
    QList<std::pair<QString, TriggerDef>> triggers;
    while (q.next()) {
        const QString type = q.value(0).toString();
        const QString name = q.value(1).toString();
        const QString text = q.value(3).toString();
        if (isInternal(name)) {
            m_hasSequenceTable = m_hasSequenceTable || sameName(name, u"sqlite_sequence"_s);
            continue;
        }
        if (type == u"table") {
            TableDef table;
            table.schema = schema.name;
            table.name = name;
            table.definition = text;
            // Virtual tables (CREATE VIRTUAL TABLE) are kept as written.
            schema.tables.append(table);
        } else if (type == u"view") {
            ViewDef view;
            view.schema = schema.name;
            view.name = name;
            view.definition = text;
            view.query = SqliteDdlParser::viewQuery(text);
            schema.views.append(view);
        } else if (type == u"index") {
            m_indexSql.insert(name, text);
        } else if (type == u"trigger") {
            TriggerDef trigger = SqliteDdlParser::parseTrigger(text);
            trigger.name = name;
            triggers.append({q.value(2).toString(), trigger});
        }
    }
    for (TableDef &table : schema.tables)
        m_tables.insert(table.name.toLower(), &table);
    for (ViewDef &view : schema.views)
        m_views.insert(view.name.toLower(), &view);
    for (const auto &[tableName, trigger] : std::as_const(triggers)) {
        if (TableDef *table = m_tables.value(tableName.toLower()))
            table->triggers.append(trigger);
    }
    // A view depends on the views its query names.
    for (ViewDef &view : schema.views) {
        for (const QString &word : SqliteDdlParser::identifiers(view.query)) {
            const ViewDef *other = m_views.value(word.toLower());
            const QString key = schema.name + u'.' + (other ? other->name : QString());
            if (other && other != &view && !view.dependsOn.contains(key))
                view.dependsOn.append(key);
        }
    }
}

void SqliteCatalogReader::readColumns(SchemaDef &schema)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT m.name, p.name, p.type, p.\"notnull\", p.dflt_value, p.pk, p.hidden "
        u"FROM %1.sqlite_schema m JOIN pragma_table_xinfo(m.name, ?) p "
        u"WHERE m.type IN ('table', 'view') AND m.name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
        u"ORDER BY m.name, p.cid"_s.arg(quoted(schema.name));
    if (!m_sql.exec(q, sql, {schema.name}))
        return;
    QHash<TableDef *, QMap<int, QString>> keyOrder;
    while (q.next()) {
        const QString owner = q.value(0).toString().toLower();
        if (ViewDef *view = m_views.value(owner)) {
            view->columns.append(q.value(1).toString());
            continue;
        }
        TableDef *table = m_tables.value(owner);
        if (!table)
            continue;
        ColumnDef column;
        column.name = q.value(1).toString();
        column.type = DataType::parse(q.value(2).toString());
        column.nullable = !q.value(3).toBool();
        column.defaultExpression = q.value(4).toString();
        const int pk = q.value(5).toInt();
        const int hidden = q.value(6).toInt();
        // 1: a hidden column of a virtual table; not part of its declaration.
        if (hidden == 1)
            continue;
        column.generatedStored = hidden == 3;
        if (pk > 0)
            keyOrder[table].insert(pk, column.name);
        table->columns.append(column);
    }
    for (TableDef &table : schema.tables)
        applyTableSyntax(table, keyOrder.value(&table).values());
}

void SqliteCatalogReader::applyTableSyntax(TableDef &table, const QStringList &primaryKey)
{
    const SqliteDdlParser::Table syntax = SqliteDdlParser::parseTable(table.definition);
    if (syntax.withoutRowid)
        table.options.insert(u"WITHOUT ROWID"_s, QString());
    if (syntax.strict)
        table.options.insert(u"STRICT"_s, QString());
    for (ColumnDef &column : table.columns) {
        for (const SqliteDdlParser::Column &parsed : syntax.columns) {
            if (!sameName(parsed.name, column.name))
                continue;
            column.collation = parsed.collation;
            if (!parsed.generatedExpression.isEmpty()) {
                column.generatedExpression = parsed.generatedExpression;
                column.generatedStored = parsed.generatedStored;
            }
            if (parsed.autoIncrement)
                column.identity = IdentityKind::AutoIncrement;
        }
    }
    bool havePrimaryKey = false;
    for (ConstraintDef c : syntax.constraints) {
        if (c.type == ConstraintType::ForeignKey) {
            // Foreign keys come from pragma_foreign_key_list; the parsed
            // ones only lend their names and deferrability there.
            continue;
        }
        if (c.type == ConstraintType::PrimaryKey) {
            if (havePrimaryKey)
                continue;
            havePrimaryKey = true;
            c.columns = primaryKey;
        }
        // Column names as the table declares them, not as the constraint spells them.
        for (QString &name : c.columns) {
            if (const ColumnDef *column = table.column(name); !column) {
                for (const ColumnDef &other : table.columns) {
                    if (sameName(other.name, name))
                        name = other.name;
                }
            }
        }
        table.constraints.append(c);
    }
    if (!havePrimaryKey && !primaryKey.isEmpty()) {
        ConstraintDef pk;
        pk.type = ConstraintType::PrimaryKey;
        pk.columns = primaryKey;
        table.constraints.append(pk);
    }
}

void SqliteCatalogReader::readIndexes(SchemaDef &schema)
{
    Q_UNUSED(schema);
    QSqlQuery q;
    // origin 'c': CREATE INDEX; 'u' and 'pk' are the automatic indexes of
    // UNIQUE and PRIMARY KEY constraints, which come with their constraint.
    const QString sql =
        u"SELECT m.name, il.name, il.\"unique\", il.partial, ix.cid, ix.name, ix.\"desc\", "
        u"  ix.coll "
        u"FROM %1.sqlite_schema m JOIN pragma_index_list(m.name, ?) il "
        u"JOIN pragma_index_xinfo(il.name, ?) ix "
        u"WHERE %2 AND il.origin = 'c' AND ix.key = 1 "
        u"ORDER BY m.name, il.name, ix.seqno"_s.arg(quoted(schema.name), kUserTables);
    if (!m_sql.exec(q, sql, {schema.name, schema.name}))
        return;
    TableDef *table = nullptr;
    IndexDef *index = nullptr;
    SqliteDdlParser::Index syntax;
    while (q.next()) {
        const QString tableName = q.value(0).toString();
        const QString indexName = q.value(1).toString();
        if (!table || !sameName(table->name, tableName) || !index || index->name != indexName) {
            table = m_tables.value(tableName.toLower());
            if (!table)
                continue;
            IndexDef def;
            def.name = indexName;
            def.unique = q.value(2).toBool();
            def.definition = m_indexSql.value(indexName);
            syntax = SqliteDdlParser::parseIndex(def.definition);
            if (q.value(3).toBool())
                def.where = syntax.where;
            table->indexes.append(def);
            index = &table->indexes.last();
        }
        IndexKey key;
        const qsizetype position = index->keys.size();
        const IndexKey parsed = syntax.keys.value(position);
        if (q.value(4).toInt() == -2)
            key.expression = parsed.expression;
        else
            key.column = q.value(5).toString();
        key.descending = q.value(6).toBool();
        // The pragma reports BINARY for keys without COLLATE; keep only written ones.
        key.collation = parsed.collation;
        index->keys.append(key);
    }
}

void SqliteCatalogReader::readForeignKeys(SchemaDef &schema)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT m.name, f.id, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
        u"FROM %1.sqlite_schema m JOIN pragma_foreign_key_list(m.name, ?) f "
        u"WHERE %2 ORDER BY m.name, f.id, f.seq"_s.arg(quoted(schema.name), kUserTables);
    if (!m_sql.exec(q, sql, {schema.name}))
        return;
    QHash<TableDef *, QMap<int, ConstraintDef>> keys;
    while (q.next()) {
        TableDef *table = m_tables.value(q.value(0).toString().toLower());
        if (!table)
            continue;
        ConstraintDef &fk = keys[table][q.value(1).toInt()];
        fk.type = ConstraintType::ForeignKey;
        fk.referencedSchema = schema.name;
        fk.referencedTable = q.value(2).toString();
        fk.columns.append(q.value(3).toString());
        if (!q.value(4).isNull())
            fk.referencedColumns.append(q.value(4).toString());
        fk.onUpdate = q.value(5).toString();
        fk.onDelete = q.value(6).toString();
        fk.match = u"SIMPLE"_s;
    }
    for (auto it = keys.begin(); it != keys.end(); ++it) {
        TableDef *table = it.key();
        QList<ConstraintDef> found = it.value().values();
        const SqliteDdlParser::Table syntax = SqliteDdlParser::parseTable(table->definition);
        // Declaration order, with the names and deferrability the pragma lacks.
        for (const ConstraintDef &parsed : syntax.constraints) {
            if (parsed.type != ConstraintType::ForeignKey)
                continue;
            for (qsizetype i = 0; i < found.size(); ++i) {
                ConstraintDef fk = found.at(i);
                if (!sameNames(fk.columns, parsed.columns) ||
                    !sameName(fk.referencedTable, parsed.referencedTable))
                    continue;
                fk.name = parsed.name;
                fk.deferrable = parsed.deferrable;
                fk.initiallyDeferred = parsed.initiallyDeferred;
                fk.match = parsed.match;
                table->constraints.append(fk);
                found.removeAt(i);
                break;
            }
        }
        table->constraints += found;
    }
    // REFERENCES t without columns means t's primary key.
    for (TableDef &table : schema.tables) {
        for (ConstraintDef &fk : table.constraints) {
            if (!fk.isForeignKey() || !fk.referencedColumns.isEmpty())
                continue;
            if (const TableDef *target = m_tables.value(fk.referencedTable.toLower())) {
                if (const ConstraintDef *pk = target->primaryKey())
                    fk.referencedColumns = pk->columns;
            }
        }
    }
}

void SqliteCatalogReader::readAutoIncrement(SchemaDef &schema)
{
    QSqlQuery q;
    if (!m_sql.exec(q, u"SELECT name, seq FROM %1.sqlite_sequence"_s.arg(quoted(schema.name))))
        return;
    while (q.next()) {
        if (TableDef *table = m_tables.value(q.value(0).toString().toLower()))
            table->autoIncrement = q.value(1).toLongLong();
    }
}

} // namespace sluice::engine
