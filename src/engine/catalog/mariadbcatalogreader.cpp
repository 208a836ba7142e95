#include "engine/catalog/mariadbcatalogreader.h"

#include "engine/catalog/sqliteddlparser.h"
#include "engine/catalog/sqlquoting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

QString text(const QSqlQuery &q, int column)
{
    return q.value(column).toString();
}

// information_schema.COLUMNS.COLUMN_DEFAULT: NULL (SQL) or 'NULL' (text) for
// no default, a quoted literal, or an expression such as current_timestamp().
QString columnDefault(const QVariant &value)
{
    if (value.isNull() || value.toString() == u"NULL")
        return {};
    return value.toString();
}

QString partitionBound(const QString &method, const QString &description)
{
    // information_schema writes a LIST partition's DEFAULT as MAXVALUE.
    if (method.startsWith(u"LIST"_s) && description == u"MAXVALUE")
        return u"DEFAULT"_s;
    if (method.startsWith(u"RANGE"_s))
        return description == u"MAXVALUE" ? u"VALUES LESS THAN MAXVALUE"_s
                                          : u"VALUES LESS THAN ("_s + description + u')';
    if (method.startsWith(u"LIST"_s))
        return u"VALUES IN ("_s + description + u')';
    return {};
}

} // namespace

MariadbCatalogReader::MariadbCatalogReader(const QSqlDatabase &db,
                                           const CatalogReadOptions &options)
    : m_sql(db)
    , m_options(options)
{}

QString MariadbCatalogReader::key(const QString &schema, const QString &name)
{
    return schema + u'.' + name;
}

QString MariadbCatalogReader::schemaList() const
{
    QStringList marks(std::max<qsizetype>(1, m_schemaNames.size()), u"?"_s);
    return u'(' + marks.join(u", ") + u')';
}

QVariantList MariadbCatalogReader::schemaBinds(int times) const
{
    QVariantList binds;
    for (int i = 0; i < times; ++i) {
        if (m_schemaNames.isEmpty())
            binds.append(QString());
        for (const QString &name : m_schemaNames)
            binds.append(name);
    }
    return binds;
}

bool MariadbCatalogReader::read(Catalog &catalog)
{
    catalog.dialect = Dialect::MariaDB;
    QSqlQuery q;
    if (m_sql.exec(q, u"SELECT VERSION()"_s) && q.next())
        catalog.serverVersion = text(q, 0);
    readSchemas(catalog);
    readTables(catalog);
    readColumns();
    readConstraints();
    readConstraintColumns();
    readIndexes();
    readPartitions();
    readViews();
    readSequences();
    readRoutines(catalog);
    readTriggers();
    if (m_options.grants)
        readGrants(catalog);
    return m_sql.ok();
}

void MariadbCatalogReader::readSchemas(Catalog &catalog)
{
    QSqlQuery q;
    const QString sql =
        u"SELECT SCHEMA_NAME, DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME, SCHEMA_COMMENT "
        u"FROM information_schema.SCHEMATA WHERE SCHEMA_NAME NOT IN "
        u"('mysql', 'information_schema', 'performance_schema', 'sys') ORDER BY SCHEMA_NAME"_s;
    if (!m_sql.exec(q, sql))
        return;
    while (q.next()) {
        const QString name = text(q, 0);
        if (!m_options.schemas.isEmpty() && !m_options.schemas.contains(name))
            continue;
        SchemaDef schema;
        schema.name = name;
        schema.defaultCharset = text(q, 1);
        schema.defaultCollation = text(q, 2);
        schema.comment = text(q, 3);
        catalog.schemas.append(schema);
        m_schemaNames.append(name);
    }
    for (SchemaDef &schema : catalog.schemas)
        m_schemas.insert(schema.name, &schema);
}

void MariadbCatalogReader::readTables(Catalog &catalog)
{
    Q_UNUSED(catalog);
    QSqlQuery q;
    const QString sql =
        u"SELECT TABLE_SCHEMA, TABLE_NAME, TABLE_TYPE, ENGINE, TABLE_COLLATION, AUTO_INCREMENT, "
        u"  TABLE_COMMENT, TABLE_ROWS "
        u"FROM information_schema.TABLES WHERE TABLE_SCHEMA IN %1 "
        u"ORDER BY TABLE_SCHEMA, TABLE_NAME"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        SchemaDef *schema = m_schemas.value(text(q, 0));
        const QString type = text(q, 2);
        if (!schema)
            continue;
        if (type == u"VIEW") {
            ViewDef view;
            view.schema = schema->name;
            view.name = text(q, 1);
            schema->views.append(view);
        } else if (type == u"SEQUENCE") {
            SequenceDef sequence;
            sequence.schema = schema->name;
            sequence.name = text(q, 1);
            schema->sequences.append(sequence);
        } else {
            TableDef table;
            table.schema = schema->name;
            table.name = text(q, 1);
            const QString collation = text(q, 4);
            table.options.insert(u"ENGINE"_s, text(q, 3));
            if (!collation.isEmpty()) {
                table.options.insert(u"DEFAULT CHARSET"_s, collation.section(u'_', 0, 0));
                table.options.insert(u"COLLATE"_s, collation);
            }
            table.autoIncrement = q.value(5).toLongLong();
            table.comment = text(q, 6);
            table.estimatedRows = q.value(7).isNull() ? -1 : q.value(7).toLongLong();
            schema->tables.append(table);
        }
    }
    for (SchemaDef *schema : std::as_const(m_schemas)) {
        for (TableDef &table : schema->tables)
            m_tables.insert(key(table.schema, table.name), &table);
        for (ViewDef &view : schema->views)
            m_views.insert(key(view.schema, view.name), &view);
        for (SequenceDef &sequence : schema->sequences)
            m_sequences.insert(key(sequence.schema, sequence.name), &sequence);
    }
}

void MariadbCatalogReader::readColumns()
{
    QSqlQuery q;
    const QString sql =
        u"SELECT c.TABLE_SCHEMA, c.TABLE_NAME, c.COLUMN_NAME, c.COLUMN_TYPE, c.IS_NULLABLE, "
        u"  c.COLUMN_DEFAULT, c.EXTRA, c.COLLATION_NAME, c.COLUMN_COMMENT, "
        u"  c.GENERATION_EXPRESSION, t.TABLE_COLLATION "
        u"FROM information_schema.COLUMNS c JOIN information_schema.TABLES t "
        u"  ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME "
        u"WHERE c.TABLE_SCHEMA IN %1 AND t.TABLE_TYPE <> 'SEQUENCE' "
        u"ORDER BY c.TABLE_SCHEMA, c.TABLE_NAME, c.ORDINAL_POSITION"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        const QString owner = key(text(q, 0), text(q, 1));
        if (ViewDef *view = m_views.value(owner)) {
            view->columns.append(text(q, 2));
            continue;
        }
        TableDef *table = m_tables.value(owner);
        if (!table)
            continue;
        ColumnDef column;
        column.name = text(q, 2);
        column.type = DataType::parse(text(q, 3));
        column.nullable = text(q, 4) == u"YES";
        const QString extra = text(q, 6).toLower();
        const QString generated = text(q, 9);
        if (!generated.isEmpty() && extra.contains(u"generated"_s)) {
            column.generatedExpression = generated;
            column.generatedStored = extra.contains(u"stored"_s);
        } else {
            column.defaultExpression = columnDefault(q.value(5));
        }
        if (extra.contains(u"auto_increment"_s))
            column.identity = IdentityKind::AutoIncrement;
        const qsizetype onUpdate = extra.indexOf(u"on update "_s);
        if (onUpdate >= 0)
            column.onUpdate = text(q, 6).mid(onUpdate + 10).trimmed();
        // Only a collation that differs from the table's is the column's own.
        if (text(q, 7) != text(q, 10))
            column.collation = text(q, 7);
        column.comment = text(q, 8);
        table->columns.append(column);
    }
}

void MariadbCatalogReader::readConstraints()
{
    QSqlQuery q;
    // No ORDER BY: the server lists a table's constraints in its own order,
    // which is the order SHOW CREATE TABLE prints them in.
    const QString sql =
        u"SELECT tc.TABLE_SCHEMA, tc.TABLE_NAME, tc.CONSTRAINT_NAME, tc.CONSTRAINT_TYPE, "
        u"  cc.CHECK_CLAUSE, cc.LEVEL, rc.UPDATE_RULE, rc.DELETE_RULE, "
        u"  rc.UNIQUE_CONSTRAINT_SCHEMA, rc.REFERENCED_TABLE_NAME "
        u"FROM information_schema.TABLE_CONSTRAINTS tc "
        u"LEFT JOIN information_schema.CHECK_CONSTRAINTS cc "
        u"  ON tc.CONSTRAINT_TYPE = 'CHECK' AND cc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
        u"  AND cc.TABLE_NAME = tc.TABLE_NAME AND cc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
        u"LEFT JOIN information_schema.REFERENTIAL_CONSTRAINTS rc "
        u"  ON tc.CONSTRAINT_TYPE = 'FOREIGN KEY' "
        u"  AND rc.CONSTRAINT_SCHEMA = tc.CONSTRAINT_SCHEMA "
        u"  AND rc.TABLE_NAME = tc.TABLE_NAME AND rc.CONSTRAINT_NAME = tc.CONSTRAINT_NAME "
        u"WHERE tc.TABLE_SCHEMA IN %1"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        const QString owner = key(text(q, 0), text(q, 1));
        TableDef *table = m_tables.value(owner);
        if (!table)
            continue;
        ConstraintDef c;
        c.name = text(q, 2);
        const QString type = text(q, 3);
        if (type == u"PRIMARY KEY") {
            c.type = ConstraintType::PrimaryKey;
        } else if (type == u"UNIQUE") {
            c.type = ConstraintType::Unique;
            m_uniqueKeys[owner].append(c.name);
        } else if (type == u"CHECK") {
            c.type = ConstraintType::Check;
            c.expression = text(q, 4);
            // A column-level CHECK is named after its column and written with it.
            if (text(q, 5) == u"Column")
                c.columns = {c.name};
        } else if (type == u"FOREIGN KEY") {
            c.type = ConstraintType::ForeignKey;
            c.onUpdate = text(q, 6);
            c.onDelete = text(q, 7);
            c.referencedSchema = text(q, 8);
            c.referencedTable = text(q, 9);
            c.match = u"SIMPLE"_s;
        } else {
            continue;
        }
        table->constraints.append(c);
    }
}

void MariadbCatalogReader::readConstraintColumns()
{
    QSqlQuery q;
    const QString sql =
        u"SELECT TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, COLUMN_NAME, REFERENCED_COLUMN_NAME "
        u"FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA IN %1 "
        u"ORDER BY TABLE_SCHEMA, TABLE_NAME, CONSTRAINT_NAME, ORDINAL_POSITION"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        TableDef *table = m_tables.value(key(text(q, 0), text(q, 1)));
        if (!table)
            continue;
        for (ConstraintDef &c : table->constraints) {
            if (c.name != text(q, 2) || c.type == ConstraintType::Check)
                continue;
            c.columns.append(text(q, 3));
            if (c.isForeignKey())
                c.referencedColumns.append(text(q, 4));
            break;
        }
    }
}

void MariadbCatalogReader::readIndexes()
{
    QSqlQuery q;
    // No ORDER BY on the index: STATISTICS lists a table's keys in the order
    // SHOW CREATE TABLE prints them, which is their creation order.
    const QString sql =
        u"SELECT TABLE_SCHEMA, TABLE_NAME, INDEX_NAME, NON_UNIQUE, COLUMN_NAME, SUB_PART, "
        u"  COLLATION, INDEX_TYPE, SEQ_IN_INDEX "
        u"FROM information_schema.STATISTICS WHERE TABLE_SCHEMA IN %1"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        const QString owner = key(text(q, 0), text(q, 1));
        TableDef *table = m_tables.value(owner);
        const QString name = text(q, 2);
        if (!table || name == u"PRIMARY" || m_uniqueKeys.value(owner).contains(name))
            continue;
        if (q.value(8).toInt() == 1 || table->indexes.isEmpty() ||
            table->indexes.last().name != name) {
            IndexDef index;
            index.name = name;
            index.unique = q.value(3).toInt() == 0;
            index.method = text(q, 7);
            table->indexes.append(index);
        }
        IndexKey indexKey;
        indexKey.column = text(q, 4);
        indexKey.prefixLength = q.value(5).isNull() ? -1 : q.value(5).toInt();
        indexKey.descending = text(q, 6) == u"D";
        table->indexes.last().keys.append(indexKey);
    }
}

void MariadbCatalogReader::readPartitions()
{
    QSqlQuery q;
    const QString sql = u"SELECT TABLE_SCHEMA, TABLE_NAME, PARTITION_NAME, PARTITION_METHOD, "
                        u"  PARTITION_EXPRESSION, PARTITION_DESCRIPTION, PARTITION_COMMENT, "
                        u"  SUBPARTITION_NAME, SUBPARTITION_METHOD, SUBPARTITION_EXPRESSION "
                        u"FROM information_schema.PARTITIONS "
                        u"WHERE TABLE_SCHEMA IN %1 AND PARTITION_NAME IS NOT NULL "
                        u"ORDER BY TABLE_SCHEMA, TABLE_NAME, PARTITION_ORDINAL_POSITION, "
                        u"  SUBPARTITION_ORDINAL_POSITION"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        TableDef *table = m_tables.value(key(text(q, 0), text(q, 1)));
        if (!table)
            continue;
        Partitioning &p = table->partitioning;
        p.strategy = text(q, 3);
        p.key = u'(' + text(q, 4) + u')';
        const QString name = text(q, 2);
        if (p.partitions.isEmpty() || p.partitions.last().name != name)
            p.partitions.append({name, partitionBound(p.strategy, text(q, 5)), text(q, 6), {}});
        if (!q.value(7).isNull()) {
            p.subStrategy = text(q, 8);
            p.subKey = u'(' + text(q, 9) + u')';
            p.partitions.last().subpartitions.append(text(q, 7));
        }
    }
}

void MariadbCatalogReader::readViews()
{
    QSqlQuery q;
    const QString sql =
        u"SELECT TABLE_SCHEMA, TABLE_NAME, VIEW_DEFINITION, CHECK_OPTION, SECURITY_TYPE, "
        u"  ALGORITHM FROM information_schema.VIEWS WHERE TABLE_SCHEMA IN %1"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        ViewDef *view = m_views.value(key(text(q, 0), text(q, 1)));
        if (!view)
            continue;
        view->query = text(q, 2);
        view->checkOption = text(q, 3) == u"NONE" ? QString() : text(q, 3);
        view->security = text(q, 4);
        view->algorithm = text(q, 5);
    }
    // The definitions name objects as `schema`.`name`: a view depends on the
    // views it names.
    for (ViewDef *view : std::as_const(m_views)) {
        const QStringList words = SqliteDdlParser::identifiers(view->query);
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            const QString candidate = key(words.at(i), words.at(i + 1));
            if (m_views.contains(candidate) && m_views.value(candidate) != view &&
                !view->dependsOn.contains(candidate))
                view->dependsOn.append(candidate);
        }
    }
}

void MariadbCatalogReader::readSequences()
{
    if (m_sequences.isEmpty())
        return;
    // Sequences are tables of their own kind, with one row holding their
    // state: one UNION over all of them.
    QStringList parts;
    for (const SequenceDef *sequence : std::as_const(m_sequences)) {
        // Literals, not bound values: a placeholder in a select list comes back untyped.
        parts.append(
            u"SELECT %1, %2, start_value, minimum_value, maximum_value, increment, "
            u"cache_size, cycle_option, next_not_cached_value FROM %3"_s.arg(
                SqlQuoting::literal(sequence->schema, Dialect::MariaDB),
                SqlQuoting::literal(sequence->name, Dialect::MariaDB),
                SqlQuoting::qualified(sequence->schema, sequence->name, Dialect::MariaDB)));
    }
    QSqlQuery q;
    if (!m_sql.exec(q, parts.join(u" UNION ALL "_s)))
        return;
    while (q.next()) {
        SequenceDef *s = m_sequences.value(key(text(q, 0), text(q, 1)));
        if (!s)
            continue;
        s->start = q.value(2).toLongLong();
        s->minValue = q.value(3).toLongLong();
        s->maxValue = q.value(4).toLongLong();
        s->increment = q.value(5).toLongLong();
        s->cache = q.value(6).toLongLong();
        s->cycle = q.value(7).toInt() != 0;
        // SETVAL(seq, n, 0) makes n the next value handed out.
        s->lastValue = q.value(8).toLongLong();
        s->isCalled = false;
    }
}

void MariadbCatalogReader::readRoutines(Catalog &catalog)
{
    Q_UNUSED(catalog);
    QSqlQuery q;
    // mysql.proc needs SELECT on it; a user without it can still read its own
    // routines (and those it may SHOW CREATE) through information_schema.
    QSqlQuery probe(m_sql.database());
    if (!probe.exec(u"SELECT 1 FROM mysql.proc LIMIT 0"_s)) {
        readRoutinesWithoutProc();
        return;
    }
    // mysql.proc keeps the parameter list and body as written, which is what
    // SHOW CREATE prints; information_schema only has normalised pieces.
    const QString sql = u"SELECT db, name, type, param_list, returns, body, is_deterministic, "
                        u"  sql_data_access, security_type, comment, sql_mode "
                        u"FROM mysql.proc WHERE db IN %1 AND type IN ('FUNCTION', 'PROCEDURE') "
                        u"ORDER BY db, name"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        SchemaDef *schema = m_schemas.value(text(q, 0));
        if (!schema)
            continue;
        RoutineDef r;
        r.schema = schema->name;
        r.name = text(q, 1);
        const bool function = text(q, 2) == u"FUNCTION";
        r.kind = function ? RoutineKind::Function : RoutineKind::Procedure;
        r.arguments = text(q, 3);
        r.returns = text(q, 4);
        r.language = u"SQL"_s;
        r.comment = text(q, 9);
        r.sqlMode = text(q, 10);
        QString def = u"CREATE %1 %2(%3)"_s.arg(function ? u"FUNCTION"_s : u"PROCEDURE"_s,
                                                SqlQuoting::identifier(r.name, Dialect::MariaDB),
                                                r.arguments);
        if (function)
            def += u" RETURNS "_s + r.returns;
        if (text(q, 6) == u"YES")
            def += u"\n    DETERMINISTIC"_s;
        const QString access = text(q, 7);
        if (access != u"CONTAINS_SQL")
            def += u"\n    "_s + QString(access).replace(u'_', u' ');
        if (text(q, 8) == u"INVOKER")
            def += u"\n    SQL SECURITY INVOKER"_s;
        if (!r.comment.isEmpty())
            def += u"\n    COMMENT "_s + SqlQuoting::literal(r.comment, Dialect::MariaDB);
        r.definition = def + u'\n' + text(q, 5);
        schema->routines.append(r);
    }
}

// The list from information_schema.ROUTINES, each text from SHOW CREATE
// FUNCTION/PROCEDURE (as the server keeps it, like mysql.proc). A routine whose
// text this user may not see fails the read rather than being left out.
void MariadbCatalogReader::readRoutinesWithoutProc()
{
    QSqlQuery q;
    const QString sql =
        u"SELECT ROUTINE_SCHEMA, ROUTINE_NAME, ROUTINE_TYPE, ROUTINE_COMMENT, SQL_MODE "
        u"FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA IN %1 "
        u"AND ROUTINE_TYPE IN ('FUNCTION', 'PROCEDURE') ORDER BY ROUTINE_SCHEMA, ROUTINE_NAME"_s
            .arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    QList<std::pair<SchemaDef *, RoutineDef>> found;
    while (q.next()) {
        SchemaDef *schema = m_schemas.value(text(q, 0));
        if (!schema)
            continue;
        RoutineDef r;
        r.schema = schema->name;
        r.name = text(q, 1);
        r.kind = text(q, 2) == u"FUNCTION" ? RoutineKind::Function : RoutineKind::Procedure;
        r.language = u"SQL"_s;
        r.comment = text(q, 3);
        r.sqlMode = text(q, 4);
        found.append({schema, r});
    }
    static const QRegularExpression definer(u"^CREATE\\s+DEFINER\\s*=\\s*\\S+\\s+"_s);
    for (auto &[schema, r] : found) {
        const bool function = r.kind == RoutineKind::Function;
        QSqlQuery show;
        if (!m_sql.exec(show,
                        (function ? u"SHOW CREATE FUNCTION "_s : u"SHOW CREATE PROCEDURE "_s) +
                            SqlQuoting::qualified(r.schema, r.name, Dialect::MariaDB)))
            return;
        if (!show.next() || show.value(2).isNull()) {
            m_sql.setError(QCoreApplication::translate(
                               "MariadbCatalogReader",
                               "The text of %1 %2.%3 cannot be read: the user needs SELECT on "
                               "mysql.proc, or to be the routine's definer")
                               .arg(function ? u"function"_s : u"procedure"_s, r.schema, r.name));
            return;
        }
        r.definition = text(show, 2).replace(definer, u"CREATE "_s);
        splitRoutineHeader(r);
        schema->routines.append(r);
    }
}

// The parameter list and RETURNS clause of a CREATE FUNCTION/PROCEDURE text,
// as mysql.proc keeps them.
void MariadbCatalogReader::splitRoutineHeader(RoutineDef &routine)
{
    const QString &def = routine.definition;
    const QString name = SqlQuoting::identifier(routine.name, Dialect::MariaDB) + u'(';
    const qsizetype named = def.indexOf(name);
    const qsizetype open = named < 0 ? -1 : named + name.size() - 1;
    qsizetype close = open;
    for (int depth = 0; close >= 0 && close < def.size(); ++close) {
        depth += def[close] == u'(' ? 1 : def[close] == u')' ? -1 : 0;
        if (depth == 0)
            break;
    }
    if (open < 0 || close >= def.size())
        return;
    routine.arguments = def.mid(open + 1, close - open - 1);
    if (routine.kind == RoutineKind::Function) {
        const QString rest = def.mid(close + 1);
        static const QRegularExpression returns(u"^\\s*RETURNS\\s+([^\\n]*)"_s);
        const QRegularExpressionMatch match = returns.match(rest);
        if (match.hasMatch())
            routine.returns = match.captured(1).trimmed();
    }
}

void MariadbCatalogReader::readTriggers()
{
    QSqlQuery q;
    const QString sql =
        u"SELECT TRIGGER_SCHEMA, TRIGGER_NAME, EVENT_OBJECT_TABLE, EVENT_MANIPULATION, "
        u"  ACTION_TIMING, ACTION_STATEMENT, SQL_MODE "
        u"FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA IN %1 "
        u"ORDER BY TRIGGER_SCHEMA, EVENT_OBJECT_TABLE, ACTION_TIMING, EVENT_MANIPULATION, "
        u"  ACTION_ORDER"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    QList<std::pair<TableDef *, TriggerDef>> found;
    while (q.next()) {
        TableDef *table = m_tables.value(key(text(q, 0), text(q, 2)));
        if (!table)
            continue;
        TriggerDef t;
        t.name = text(q, 1);
        t.events = {text(q, 3)};
        t.timing = text(q, 4);
        t.body = text(q, 5);
        t.sqlMode = text(q, 6);
        t.definition = u"CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW %5"_s.arg(
            SqlQuoting::identifier(t.name, Dialect::MariaDB), t.timing, t.events.first(),
            SqlQuoting::identifier(table->name, Dialect::MariaDB), t.body);
        found.append({table, t});
    }
    // The server keeps a trigger's statement as written (line breaks and
    // all); only SHOW CREATE TRIGGER returns it.
    for (auto &[table, trigger] : found) {
        QSqlQuery show;
        if (!m_sql.exec(show,
                        u"SHOW CREATE TRIGGER "_s +
                            SqlQuoting::qualified(table->schema, trigger.name, Dialect::MariaDB)))
            return;
        if (show.next()) {
            static const QRegularExpression definer(u"^CREATE\\s+DEFINER\\s*=\\s*\\S+\\s+"_s);
            trigger.definition = text(show, 2).replace(definer, u"CREATE "_s);
        }
        table->triggers.append(trigger);
    }
}

void MariadbCatalogReader::readGrants(Catalog &catalog)
{
    Q_UNUSED(catalog);
    QSqlQuery q;
    const QString sql =
        u"SELECT TABLE_SCHEMA, TABLE_NAME, GRANTEE, PRIVILEGE_TYPE, IS_GRANTABLE "
        u"FROM information_schema.TABLE_PRIVILEGES WHERE TABLE_SCHEMA IN %1 "
        u"ORDER BY TABLE_SCHEMA, TABLE_NAME, GRANTEE, PRIVILEGE_TYPE"_s.arg(schemaList());
    if (!m_sql.exec(q, sql, schemaBinds()))
        return;
    while (q.next()) {
        SchemaDef *schema = m_schemas.value(text(q, 0));
        if (!schema)
            continue;
        GrantDef g;
        const QString owner = key(text(q, 0), text(q, 1));
        g.objectKind = m_views.contains(owner)       ? ObjectKind::View
                       : m_sequences.contains(owner) ? ObjectKind::Sequence
                                                     : ObjectKind::Table;
        g.schema = schema->name;
        g.object = text(q, 1);
        // 'user'@'host', kept as the server writes it.
        g.grantee = text(q, 2);
        g.privilege = text(q, 3);
        g.withGrantOption = text(q, 4) == u"YES";
        schema->grants.append(g);
    }
}

} // namespace sluice::engine
