#include "engine/catalog/postgrescatalogreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

QString referentialAction(const QString &code)
{
    if (code == u"r")
        return u"RESTRICT"_s;
    if (code == u"c")
        return u"CASCADE"_s;
    if (code == u"n")
        return u"SET NULL"_s;
    if (code == u"d")
        return u"SET DEFAULT"_s;
    return u"NO ACTION"_s;
}

ConstraintType constraintType(const QString &code)
{
    if (code == u"p")
        return ConstraintType::PrimaryKey;
    if (code == u"u")
        return ConstraintType::Unique;
    if (code == u"f")
        return ConstraintType::ForeignKey;
    if (code == u"x")
        return ConstraintType::Exclusion;
    return ConstraintType::Check;
}

// Relations and types that belong to an extension are the extension's
// business: CREATE EXTENSION recreates them.
const QString kNotInExtension =
    u"NOT EXISTS (SELECT 1 FROM pg_depend e WHERE e.objid = %1 AND e.deptype = 'e')"_s;

} // namespace

PostgresCatalogReader::PostgresCatalogReader(const QSqlDatabase &db,
                                             const CatalogReadOptions &options)
    : m_sql(db)
    , m_options(options)
{}

bool PostgresCatalogReader::read(Catalog &catalog)
{
    catalog.dialect = Dialect::PostgreSQL;
    QSqlQuery q;
    if (m_sql.exec(q, u"SELECT current_setting('server_version'), current_database()"_s) &&
        q.next()) {
        catalog.serverVersion = q.value(0).toString();
        catalog.database = q.value(1).toString();
    }
    readSchemas(catalog);
    readTypes(catalog);
    readRelations(catalog);
    readColumns(catalog);
    readConstraints();
    readIndexes();
    readTriggers();
    readViewDependencies(catalog);
    readSequences(catalog);
    readRoutines(catalog);
    readAggregates(catalog);
    if (m_options.grants)
        readGrants(catalog);
    return m_sql.ok();
}

QString PostgresCatalogReader::schemaFilter() const
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(m_schemaNames)).toJson(QJsonDocument::Compact));
}

SchemaDef *PostgresCatalogReader::schemaNamed(Catalog &catalog, const QString &name)
{
    for (SchemaDef &schema : catalog.schemas) {
        if (schema.name == name)
            return &schema;
    }
    return nullptr;
}

void PostgresCatalogReader::readSchemas(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT n.nspname, pg_get_userbyid(n.nspowner), obj_description(n.oid, 'pg_namespace') "
        u"FROM pg_namespace n WHERE n.nspname !~ '^pg_' AND n.nspname <> 'information_schema' "
        u"AND "_s +
        kNotInExtension.arg(u"n.oid"_s) + u" ORDER BY n.nspname"_s;
    if (!m_sql.exec(q, sql))
        return;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!m_options.schemas.isEmpty() && !m_options.schemas.contains(name))
            continue;
        SchemaDef schema;
        schema.name = name;
        schema.owner = q.value(1).toString();
        schema.comment = q.value(2).toString();
        catalog.schemas.append(schema);
        m_schemaNames.append(name);
    }
}

void PostgresCatalogReader::readRelations(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT c.oid, n.nspname, c.relname, c.relkind, obj_description(c.oid, 'pg_class'), "
        u"  ts.spcname, array_to_string(c.reloptions, ', '), "
        u"  (SELECT pn.nspname || '.' || pc.relname FROM pg_inherits i "
        u"     JOIN pg_class pc ON pc.oid = i.inhparent "
        u"     JOIN pg_namespace pn ON pn.oid = pc.relnamespace "
        u"   WHERE i.inhrelid = c.oid AND c.relispartition), "
        u"  pg_get_expr(c.relpartbound, c.oid), "
        u"  CASE WHEN c.relkind = 'p' THEN pg_get_partkeydef(c.oid) END, "
        u"  c.reltuples::bigint, c.relispopulated "
        u"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        u"LEFT JOIN pg_tablespace ts ON ts.oid = c.reltablespace "
        u"WHERE c.relkind IN ('r', 'p', 'v', 'm') "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) AND "_s +
        kNotInExtension.arg(u"c.oid"_s) + u" ORDER BY n.nspname, c.relname"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    struct Placed
    {
        qint64 oid;
        SchemaDef *schema;
        bool view;
        qsizetype index;
    };
    QList<Placed> placed;
    while (q.next()) {
        SchemaDef *schema = schemaNamed(catalog, q.value(1).toString());
        const QString kind = q.value(3).toString();
        if (kind == u"v" || kind == u"m") {
            ViewDef view;
            view.schema = schema->name;
            view.name = q.value(2).toString();
            view.materialized = kind == u"m";
            view.comment = q.value(4).toString();
            view.tablespace = q.value(5).toString();
            view.security = q.value(6).toString();
            view.withData = q.value(11).toBool();
            schema->views.append(view);
            placed.append({q.value(0).toLongLong(), schema, true, schema->views.size() - 1});
            continue;
        }
        TableDef table;
        table.schema = schema->name;
        table.name = q.value(2).toString();
        table.comment = q.value(4).toString();
        table.tablespace = q.value(5).toString();
        if (!q.value(6).toString().isEmpty())
            table.options.insert(u"WITH"_s, q.value(6).toString());
        table.partitionOf = q.value(7).toString();
        table.partitionBound = q.value(8).toString();
        const QString partKey = q.value(9).toString();
        if (!partKey.isEmpty()) {
            table.partitioning.strategy = partKey.section(u' ', 0, 0);
            table.partitioning.key = partKey.section(u' ', 1);
        }
        table.estimatedRows = q.value(10).toLongLong();
        schema->tables.append(table);
        placed.append({q.value(0).toLongLong(), schema, false, schema->tables.size() - 1});
    }
    for (const Placed &p : placed) {
        if (p.view)
            m_views.insert(p.oid, &p.schema->views[p.index]);
        else
            m_tables.insert(p.oid, &p.schema->tables[p.index]);
    }
    // Each partition is listed in its parent too, for readers of the parent.
    for (TableDef *table : std::as_const(m_tables)) {
        if (table->partitionOf.isEmpty())
            continue;
        for (TableDef *parent : std::as_const(m_tables)) {
            if (parent->schema + u'.' + parent->name == table->partitionOf)
                parent->partitioning.partitions.append(
                    {table->name, table->partitionBound, {}, {}});
        }
    }
}

void PostgresCatalogReader::readColumns(Catalog &catalog)
{
    Q_UNUSED(catalog);
    QSqlQuery q;
    const QString sql =
        u"SELECT a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
        u"  pg_get_expr(d.adbin, d.adrelid), a.attidentity, a.attgenerated, "
        u"  CASE WHEN a.attcollation <> t.typcollation THEN "
        u"    quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END, "
        u"  col_description(a.attrelid, a.attnum), "
        u"  pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), "
        u"    a.attname), a.attislocal "
        u"FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid "
        u"JOIN pg_namespace n ON n.oid = c.relnamespace "
        u"JOIN pg_type t ON t.oid = a.atttypid "
        u"LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
        u"LEFT JOIN pg_collation co ON co.oid = a.attcollation "
        u"LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace "
        u"WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'c') "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"ORDER BY a.attrelid, a.attnum"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        const qint64 oid = q.value(0).toLongLong();
        ColumnDef column;
        column.name = q.value(1).toString();
        column.type = DataType::parse(q.value(2).toString());
        column.nullable = !q.value(3).toBool();
        const QString defaultExpr = q.value(4).toString();
        const QString identity = q.value(5).toString();
        const QString generated = q.value(6).toString();
        column.collation = q.value(7).toString();
        column.comment = q.value(8).toString();
        const QString sequence = q.value(9).toString();
        if (generated == u"s") {
            column.generatedExpression = defaultExpr;
            column.generatedStored = true;
        } else if (identity == u"a" || identity == u"d") {
            column.identity = identity == u"a" ? IdentityKind::Always : IdentityKind::ByDefault;
            column.identitySequence = sequence;
        } else {
            column.defaultExpression = defaultExpr;
            if (!sequence.isEmpty() && defaultExpr.startsWith(u"nextval(")) {
                column.identity = IdentityKind::Serial;
                column.identitySequence = sequence;
            }
        }
        if (TableDef *table = m_tables.value(oid)) {
            table->columns.append(column);
        } else if (ViewDef *view = m_views.value(oid)) {
            view->columns.append(column.name);
        } else if (UserDefinedType *type = m_composites.value(oid)) {
            type->attributes.append(column);
        }
    }
}

void PostgresCatalogReader::readConstraints()
{
    QSqlQuery q;
    // Constraints a partition inherits from its parent are created with the
    // partition, so only local ones are read.
    const QString sql =
        u"SELECT con.conrelid, con.conname, con.contype, pg_get_constraintdef(con.oid), "
        u"  con.condeferrable, con.condeferred, con.convalidated, "
        u"  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.conkey) "
        u"     WITH ORDINALITY k(n, ord) JOIN pg_attribute a "
        u"     ON a.attrelid = con.conrelid AND a.attnum = k.n), "
        u"  fn.nspname, fc.relname, "
        u"  (SELECT json_agg(a.attname ORDER BY k.ord) FROM unnest(con.confkey) "
        u"     WITH ORDINALITY k(n, ord) JOIN pg_attribute a "
        u"     ON a.attrelid = con.confrelid AND a.attnum = k.n), "
        u"  con.confupdtype, con.confdeltype, con.confmatchtype, "
        u"  obj_description(con.oid, 'pg_constraint') "
        u"FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid "
        u"JOIN pg_namespace n ON n.oid = c.relnamespace "
        u"LEFT JOIN pg_class fc ON fc.oid = con.confrelid "
        u"LEFT JOIN pg_namespace fn ON fn.oid = fc.relnamespace "
        u"WHERE con.contype IN ('p', 'u', 'c', 'f', 'x') AND con.conislocal "
        u"AND con.conparentid = 0 "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"ORDER BY con.conrelid, con.contype, con.conname"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        TableDef *table = m_tables.value(q.value(0).toLongLong());
        if (!table)
            continue;
        ConstraintDef c;
        c.name = q.value(1).toString();
        c.type = constraintType(q.value(2).toString());
        c.definition = q.value(3).toString();
        c.deferrable = q.value(4).toBool();
        c.initiallyDeferred = q.value(5).toBool();
        c.validated = q.value(6).toBool();
        c.columns = SqlRunner::jsonStrings(q.value(7));
        c.comment = q.value(14).toString();
        if (c.type == ConstraintType::Check) {
            // "CHECK ((salary > 0))" -> "(salary > 0)"
            QString expr = c.definition.mid(c.definition.indexOf(u'(') + 1);
            expr.chop(expr.size() - expr.lastIndexOf(u')'));
            c.expression = expr.trimmed();
        } else if (c.type == ConstraintType::ForeignKey) {
            c.referencedSchema = q.value(8).toString();
            c.referencedTable = q.value(9).toString();
            c.referencedColumns = SqlRunner::jsonStrings(q.value(10));
            c.onUpdate = referentialAction(q.value(11).toString());
            c.onDelete = referentialAction(q.value(12).toString());
            c.match = q.value(13).toString() == u"f" ? u"FULL"_s : u"SIMPLE"_s;
        }
        table->constraints.append(c);
    }
}

void PostgresCatalogReader::readIndexes()
{
    QSqlQuery q;
    // Indexes behind constraints come with their constraint; indexes of a
    // partition attached to its parent's index come with the parent's.
    const QString sql =
        u"SELECT i.indrelid, ic.relname, pg_get_indexdef(i.indexrelid), i.indisunique, "
        u"  am.amname, pg_get_expr(i.indpred, i.indrelid), "
        u"  (SELECT json_agg(json_build_object('def', pg_get_indexdef(i.indexrelid, k, true), "
        u"     'col', i.indkey[k - 1] <> 0, 'desc', (i.indoption[k - 1] & 1) = 1) ORDER BY k) "
        u"   FROM generate_series(1, i.indnatts) k) , i.indnkeyatts, "
        u"  obj_description(i.indexrelid, 'pg_class') "
        u"FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid "
        u"JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
        u"JOIN pg_am am ON am.oid = ic.relam "
        u"WHERE NOT EXISTS (SELECT 1 FROM pg_constraint con WHERE con.conindid = i.indexrelid "
        u"  AND con.contype IN ('p', 'u', 'x')) "
        u"AND NOT EXISTS (SELECT 1 FROM pg_inherits inh WHERE inh.inhrelid = i.indexrelid) "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"ORDER BY i.indrelid, ic.relname"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        TableDef *table = m_tables.value(q.value(0).toLongLong());
        ViewDef *view = m_views.value(q.value(0).toLongLong());
        if (!table && !view)
            continue;
        IndexDef index;
        index.name = q.value(1).toString();
        index.definition = q.value(2).toString();
        index.unique = q.value(3).toBool();
        index.method = q.value(4).toString();
        index.where = q.value(5).toString();
        index.comment = q.value(8).toString();
        const QJsonArray keys = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
        const int keyCount = q.value(7).toInt();
        for (qsizetype k = 0; k < keys.size(); ++k) {
            const QJsonObject key = keys.at(k).toObject();
            if (k >= keyCount) {
                index.included.append(key.value(u"def").toString());
                continue;
            }
            IndexKey part;
            if (key.value(u"col").toBool())
                part.column = key.value(u"def").toString();
            else
                part.expression = key.value(u"def").toString();
            part.descending = key.value(u"desc").toBool();
            index.keys.append(part);
        }
        (table ? table->indexes : view->indexes).append(index);
    }
}

void PostgresCatalogReader::readTriggers()
{
    QSqlQuery q;
    const QString sql =
        u"SELECT t.tgrelid, t.tgname, pg_get_triggerdef(t.oid), t.tgenabled, "
        u"  quote_ident(pn.nspname) || '.' || quote_ident(p.proname), "
        u"  obj_description(t.oid, 'pg_trigger') "
        u"FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        u"JOIN pg_namespace n ON n.oid = c.relnamespace "
        u"JOIN pg_proc p ON p.oid = t.tgfoid JOIN pg_namespace pn ON pn.oid = p.pronamespace "
        u"WHERE NOT t.tgisinternal AND t.tgparentid = 0 "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"ORDER BY t.tgrelid, t.tgname"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        TableDef *table = m_tables.value(q.value(0).toLongLong());
        if (!table)
            continue;
        TriggerDef trigger;
        trigger.name = q.value(1).toString();
        trigger.definition = q.value(2).toString();
        trigger.comment = q.value(5).toString();
        trigger.enabled = q.value(3).toString() != u"D";
        trigger.function = q.value(4).toString();
        const QString def = trigger.definition;
        trigger.timing = def.contains(u" INSTEAD OF "_s) ? u"INSTEAD OF"_s
                         : def.contains(u" BEFORE "_s)   ? u"BEFORE"_s
                                                         : u"AFTER"_s;
        trigger.forEachRow = def.contains(u"FOR EACH ROW"_s);
        table->triggers.append(trigger);
    }
}

void PostgresCatalogReader::readViewDependencies(Catalog &catalog)
{
    Q_UNUSED(catalog);
    QSqlQuery q;
    const QString sql =
        u"SELECT DISTINCT r.ev_class, rn.nspname || '.' || rc.relname, "
        u"  pg_get_viewdef(r.ev_class) "
        u"FROM pg_rewrite r JOIN pg_class v ON v.oid = r.ev_class "
        u"JOIN pg_namespace n ON n.oid = v.relnamespace "
        u"LEFT JOIN pg_depend d ON d.classid = 'pg_rewrite'::regclass AND d.objid = r.oid "
        u"  AND d.refclassid = 'pg_class'::regclass AND d.refobjid <> r.ev_class "
        u"LEFT JOIN pg_class rc ON rc.oid = d.refobjid "
        u"LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace "
        u"WHERE v.relkind IN ('v', 'm') "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json))"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        ViewDef *view = m_views.value(q.value(0).toLongLong());
        if (!view)
            continue;
        view->query = q.value(2).toString();
        const QString ref = q.value(1).toString();
        if (!ref.isEmpty() && !view->dependsOn.contains(ref))
            view->dependsOn.append(ref);
    }
    for (ViewDef *view : std::as_const(m_views)) {
        view->dependsOn.sort();
        // reloptions of a view carry check_option=local|cascaded.
        if (view->security.contains(u"check_option=local"_s))
            view->checkOption = u"LOCAL"_s;
        else if (view->security.contains(u"check_option=cascaded"_s))
            view->checkOption = u"CASCADED"_s;
    }
}

void PostgresCatalogReader::readSequences(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT n.nspname, c.relname, format_type(s.seqtypid, NULL), s.seqstart, "
        u"  s.seqincrement, s.seqmin, s.seqmax, s.seqcache, s.seqcycle, "
        u"  ps.last_value, obj_description(c.oid, 'pg_class'), "
        u"  (SELECT dc.relname || '.' || a.attname FROM pg_depend d "
        u"     JOIN pg_class dc ON dc.oid = d.refobjid "
        u"     JOIN pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid "
        u"   WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid "
        u"     AND d.refclassid = 'pg_class'::regclass AND d.deptype IN ('a', 'i')), "
        u"  EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
        u"     AND d.objid = c.oid AND d.deptype = 'i') "
        u"FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid "
        u"JOIN pg_namespace n ON n.oid = c.relnamespace "
        u"LEFT JOIN pg_sequences ps ON ps.schemaname = n.nspname AND ps.sequencename = c.relname "
        u"WHERE n.nspname IN (SELECT json_array_elements_text(?::json)) AND "_s +
        kNotInExtension.arg(u"c.oid"_s) + u" ORDER BY n.nspname, c.relname"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        SchemaDef *schema = schemaNamed(catalog, q.value(0).toString());
        SequenceDef seq;
        seq.schema = schema->name;
        seq.name = q.value(1).toString();
        seq.dataType = q.value(2).toString();
        seq.start = q.value(3).toLongLong();
        seq.increment = q.value(4).toLongLong();
        seq.minValue = q.value(5).toLongLong();
        seq.maxValue = q.value(6).toLongLong();
        seq.cache = q.value(7).toLongLong();
        seq.cycle = q.value(8).toBool();
        seq.isCalled = !q.value(9).isNull();
        seq.lastValue = seq.isCalled ? q.value(9).toLongLong() : seq.start;
        seq.comment = q.value(10).toString();
        seq.ownedBy = q.value(11).toString();
        seq.identity = q.value(12).toBool();
        schema->sequences.append(seq);
    }
}

void PostgresCatalogReader::readTypes(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT n.nspname, t.typname, t.typtype, t.typrelid, "
        u"  (SELECT json_agg(e.enumlabel ORDER BY e.enumsortorder) FROM pg_enum e "
        u"   WHERE e.enumtypid = t.oid), "
        u"  format_type(t.typbasetype, t.typtypmod), t.typdefault, t.typnotnull, "
        u"  (SELECT json_agg(json_build_array(c.conname, pg_get_constraintdef(c.oid)) "
        u"     ORDER BY c.conname) FROM pg_constraint c WHERE c.contypid = t.oid), "
        u"  (SELECT format_type(r.rngsubtype, NULL) FROM pg_range r WHERE r.rngtypid = t.oid), "
        u"  obj_description(t.oid, 'pg_type'), "
        u"  CASE WHEN t.typcollation <> 0 AND t.typcollation <> "
        u"    (SELECT bt.typcollation FROM pg_type bt WHERE bt.oid = t.typbasetype) "
        u"  THEN (SELECT quote_ident(co.collname) FROM pg_collation co "
        u"        WHERE co.oid = t.typcollation) END "
        u"FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace "
        u"LEFT JOIN pg_class rc ON rc.oid = t.typrelid "
        u"WHERE t.typtype IN ('e', 'c', 'd', 'r') AND (t.typtype <> 'c' OR rc.relkind = 'c') "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) AND "_s +
        kNotInExtension.arg(u"t.oid"_s) + u" ORDER BY n.nspname, t.typname"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    QList<std::pair<qint64, std::pair<SchemaDef *, qsizetype>>> composites;
    while (q.next()) {
        SchemaDef *schema = schemaNamed(catalog, q.value(0).toString());
        UserDefinedType type;
        type.schema = schema->name;
        type.name = q.value(1).toString();
        const QString kind = q.value(2).toString();
        type.kind = kind == u"e"   ? UserTypeKind::Enum
                    : kind == u"c" ? UserTypeKind::Composite
                    : kind == u"d" ? UserTypeKind::Domain
                                   : UserTypeKind::Range;
        type.labels = SqlRunner::jsonStrings(q.value(4));
        if (type.kind == UserTypeKind::Domain) {
            type.baseType = q.value(5).toString();
            type.defaultExpression = q.value(6).toString();
            type.notNull = q.value(7).toBool();
            const QJsonArray checks =
                QJsonDocument::fromJson(q.value(8).toString().toUtf8()).array();
            for (const QJsonValue &check : checks) {
                type.checkNames.append(check.toArray().at(0).toString());
                type.checks.append(check.toArray().at(1).toString());
            }
            type.collation = q.value(11).toString();
        }
        type.subtype = q.value(9).toString();
        type.comment = q.value(10).toString();
        schema->types.append(type);
        if (type.kind == UserTypeKind::Composite)
            composites.append({q.value(3).toLongLong(), {schema, schema->types.size() - 1}});
    }
    for (const auto &[relid, where] : composites)
        m_composites.insert(relid, &where.first->types[where.second]);
}

void PostgresCatalogReader::readRoutines(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT n.nspname, p.proname, p.prokind, pg_get_function_identity_arguments(p.oid), "
        u"  pg_get_function_result(p.oid), l.lanname, pg_get_functiondef(p.oid), "
        u"  obj_description(p.oid, 'pg_proc') "
        u"FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        u"JOIN pg_language l ON l.oid = p.prolang "
        u"WHERE p.prokind IN ('f', 'p') "
        // Constructors of range types belong to their type.
        u"AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass "
        u"  AND d.objid = p.oid AND d.deptype = 'i') "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) AND "_s +
        kNotInExtension.arg(u"p.oid"_s) + u" ORDER BY n.nspname, p.proname, 4"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        SchemaDef *schema = schemaNamed(catalog, q.value(0).toString());
        RoutineDef routine;
        routine.schema = schema->name;
        routine.name = q.value(1).toString();
        routine.kind =
            q.value(2).toString() == u"p" ? RoutineKind::Procedure : RoutineKind::Function;
        routine.arguments = q.value(3).toString();
        routine.returns = q.value(4).toString();
        routine.language = q.value(5).toString();
        routine.definition = q.value(6).toString();
        routine.comment = q.value(7).toString();
        schema->routines.append(routine);
    }
}

void PostgresCatalogReader::readAggregates(Catalog &catalog)
{
    QSqlQuery q;
    // pg_get_functiondef refuses aggregates: the CREATE AGGREGATE text is
    // assembled from pg_aggregate (the common options).
    const QString sql = u"SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid), "
                        u"  a.aggtransfn::regproc::text, format_type(a.aggtranstype, NULL), "
                        u"  NULLIF(a.aggfinalfn::regproc::text, '-'), a.agginitval, "
                        u"  NULLIF(a.aggcombinefn::regproc::text, '-'), "
                        u"  CASE WHEN a.aggsortop <> 0 THEN a.aggsortop::regoperator::text END, "
                        u"  obj_description(p.oid, 'pg_proc'), format_type(p.prorettype, NULL) "
                        u"FROM pg_aggregate a JOIN pg_proc p ON p.oid = a.aggfnoid "
                        u"JOIN pg_namespace n ON n.oid = p.pronamespace "
                        u"WHERE n.nspname IN (SELECT json_array_elements_text(?::json)) AND "_s +
                        kNotInExtension.arg(u"p.oid"_s) + u" ORDER BY n.nspname, p.proname, 3"_s;
    if (!m_sql.exec(q, sql, {schemaFilter()}))
        return;
    while (q.next()) {
        SchemaDef *schema = schemaNamed(catalog, q.value(0).toString());
        RoutineDef agg;
        agg.schema = schema->name;
        agg.name = q.value(1).toString();
        agg.kind = RoutineKind::Aggregate;
        agg.arguments = q.value(2).toString();
        agg.returns = q.value(10).toString();
        agg.comment = q.value(9).toString();
        QStringList options{u"SFUNC = "_s + q.value(3).toString(),
                            u"STYPE = "_s + q.value(4).toString()};
        if (!q.value(5).isNull())
            options.append(u"FINALFUNC = "_s + q.value(5).toString());
        if (!q.value(6).isNull()) {
            options.append(u"INITCOND = '"_s + q.value(6).toString().replace(u'\'', u"''"_s) +
                           u'\'');
        }
        if (!q.value(7).isNull())
            options.append(u"COMBINEFUNC = "_s + q.value(7).toString());
        if (!q.value(8).isNull())
            options.append(u"SORTOP = "_s + q.value(8).toString().section(u'(', 0, 0));
        agg.definition = u"CREATE AGGREGATE %1.%2(%3) (\n    %4\n);"_s.arg(
            schema->name, agg.name, agg.arguments, options.join(u",\n    "));
        schema->routines.append(agg);
    }
}

void PostgresCatalogReader::readGrants(Catalog &catalog)
{
    QSqlQuery q;
    // Privileges the owner holds on its own objects are implicit: only grants
    // to others are objects of their own.
    const QString sql =
        u"SELECT n.nspname::text, c.relname::text, c.relkind::text, pg_get_userbyid(a.grantor), "
        u"  CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, "
        u"  a.privilege_type, a.is_grantable "
        u"FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace, "
        u"  aclexplode(c.relacl) a "
        u"WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S') AND a.grantee <> c.relowner "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"UNION ALL "
        u"SELECT n.nspname::text, p.proname || '(' || pg_get_function_identity_arguments(p.oid) || "
        u"')', "
        u"  CASE p.prokind WHEN 'p' THEN 'P' ELSE 'F' END, pg_get_userbyid(a.grantor), "
        u"  CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, "
        u"  a.privilege_type, a.is_grantable "
        u"FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace, aclexplode(p.proacl) a "
        u"WHERE a.grantee <> p.proowner AND a.grantee <> 0 "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"UNION ALL "
        u"SELECT n.nspname::text, n.nspname::text, 'N', pg_get_userbyid(a.grantor), "
        u"  CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(a.grantee) END, "
        u"  a.privilege_type, a.is_grantable "
        u"FROM pg_namespace n, aclexplode(n.nspacl) a WHERE a.grantee <> n.nspowner "
        // What initdb grants on public, which every database has already.
        u"AND NOT (n.nspname = 'public' AND a.grantee = 0 AND a.privilege_type = 'USAGE') "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        // Every role has USAGE on a type through PUBLIC unless it was revoked.
        u"UNION ALL "
        u"SELECT n.nspname::text, t.typname::text, CASE t.typtype WHEN 'd' THEN 'D' ELSE 'T' END, "
        u"  pg_get_userbyid(a.grantor), pg_get_userbyid(a.grantee), a.privilege_type, "
        u"  a.is_grantable "
        u"FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace, aclexplode(t.typacl) a "
        u"WHERE a.grantee <> t.typowner AND a.grantee <> 0 "
        u"AND n.nspname IN (SELECT json_array_elements_text(?::json)) "
        u"ORDER BY 1, 2, 5, 6"_s;
    if (!m_sql.exec(q, sql, {schemaFilter(), schemaFilter(), schemaFilter(), schemaFilter()}))
        return;
    while (q.next()) {
        SchemaDef *schema = schemaNamed(catalog, q.value(0).toString());
        GrantDef grant;
        grant.schema = schema->name;
        grant.object = q.value(1).toString();
        const QString kind = q.value(2).toString();
        grant.objectKind = kind == u"v"   ? ObjectKind::View
                           : kind == u"m" ? ObjectKind::MaterializedView
                           : kind == u"S" ? ObjectKind::Sequence
                           : kind == u"F" ? ObjectKind::Function
                           : kind == u"P" ? ObjectKind::Procedure
                           : kind == u"N" ? ObjectKind::Schema
                           : kind == u"T" ? ObjectKind::Type
                           : kind == u"D" ? ObjectKind::Domain
                                          : ObjectKind::Table;
        grant.grantor = q.value(3).toString();
        grant.grantee = q.value(4).toString();
        grant.privilege = q.value(5).toString();
        grant.withGrantOption = q.value(6).toBool();
        schema->grants.append(grant);
    }
}

} // namespace sluice::engine
