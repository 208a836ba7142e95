#include "engine/catalog/ddlwriter.h"

#include "engine/catalog/dependencysorter.h"
#include "engine/catalog/sqliteddlparser.h"
#include "engine/catalog/sqlquoting.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

QString constraintKeyword(ConstraintType type)
{
    switch (type) {
    case ConstraintType::PrimaryKey:
        return u"PRIMARY KEY"_s;
    case ConstraintType::Unique:
        return u"UNIQUE"_s;
    case ConstraintType::Check:
        return u"CHECK"_s;
    case ConstraintType::ForeignKey:
        return u"FOREIGN KEY"_s;
    case ConstraintType::Exclusion:
        return u"EXCLUDE"_s;
    }
    return {};
}

DdlStatement statement(ObjectKind kind, const QString &schema, const QString &name,
                       const QString &parent, const QString &sql)
{
    return DdlStatement{kind, schema, name, parent, sql};
}

} // namespace

DdlWriter::DdlWriter(Dialect source, const DdlOptions &options)
    : m_source(source)
    , m_options(options)
    , m_types(source, options.target)
{}

QString DdlWriter::name(const QString &schema, const QString &object) const
{
    return SqlQuoting::qualified(targetSchema(schema), object, m_options.target);
}

QString DdlWriter::targetSchema(const QString &schema) const
{
    return m_options.schemaRenames.value(schema, schema);
}

QString DdlWriter::ident(const QString &object) const
{
    return SqlQuoting::identifier(object, m_options.target);
}

void DdlWriter::warn(DdlWarning::Severity severity, const QString &object, const QString &message)
{
    m_warnings.append(DdlWarning{severity, object, message});
}

QList<DdlStatement> DdlWriter::script(const Catalog &catalog)
{
    setCatalog(catalog);
    QList<DdlStatement> pre = createRoles(catalog.roles);
    QList<DdlStatement> post;
    for (const SchemaDef &schema : catalog.schemas) {
        pre += createSchema(schema);
        for (const UserDefinedType &type : schema.types)
            pre += createType(type);
        for (const SequenceDef &sequence : schema.sequences)
            pre += createSequence(sequence);
    }
    pre += routinesForTables(catalog);
    for (const SchemaDef &schema : catalog.schemas) {
        for (const TableDef &table : schema.tables)
            pre += createTable(table);
    }
    for (const SchemaDef &schema : catalog.schemas) {
        for (const TableDef &table : schema.tables)
            post += createIndexes(table);
        for (const TableDef &table : schema.tables)
            post += createConstraints(table, false);
    }
    for (const SchemaDef &schema : catalog.schemas) {
        for (const TableDef &table : schema.tables)
            post += createConstraints(table, true);
    }
    post += routinesAndViews(catalog);
    for (const SchemaDef &schema : catalog.schemas) {
        for (const TableDef &table : schema.tables)
            post += createTriggers(table);
        post += comments(schema);
        post += grants(schema);
    }
    return withDatabaseContext(pre + post);
}

// MariaDB creates a routine or trigger in the current database, and its body
// runs there: a script over several databases says USE before each run of them.
QList<DdlStatement> DdlWriter::withDatabaseContext(const QList<DdlStatement> &statements) const
{
    if (m_options.target != Dialect::MariaDB)
        return statements;
    QList<DdlStatement> result;
    QString current;
    for (const DdlStatement &item : statements) {
        const bool contextual = item.kind == ObjectKind::Function ||
                                item.kind == ObjectKind::Procedure ||
                                item.kind == ObjectKind::Trigger;
        const QString database = targetSchema(item.schema);
        if (contextual && database != current) {
            result.append(statement(ObjectKind::Schema, item.schema, item.schema, {},
                                    u"USE "_s + ident(database)));
            current = database;
        }
        result.append(item);
    }
    return result;
}

qsizetype DdlWriter::postDataStart(const QList<DdlStatement> &script)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < script.size(); ++i) {
        const ObjectKind kind = script.at(i).kind;
        if (kind == ObjectKind::Schema || kind == ObjectKind::Type || kind == ObjectKind::Domain ||
            kind == ObjectKind::Sequence || kind == ObjectKind::Table || kind == ObjectKind::User ||
            kind == ObjectKind::Role || kind == ObjectKind::SystemGrant ||
            kind == ObjectKind::RoleGrant)
            start = i + 1;
    }
    return start;
}

QList<DdlStatement> DdlWriter::createSchema(const SchemaDef &schema)
{
    switch (m_options.target) {
    case Dialect::SQLite:
        // "main" always exists; other schemas are attached files the caller opens.
        return {};
    case Dialect::PostgreSQL:
        if (targetSchema(schema.name) == u"public")
            return {};
        return {statement(ObjectKind::Schema, schema.name, schema.name, {},
                          u"CREATE SCHEMA "_s + ident(targetSchema(schema.name)))};
    case Dialect::MariaDB: {
        QString sql = u"CREATE DATABASE "_s + ident(targetSchema(schema.name));
        if (!schema.defaultCharset.isEmpty() && sameEngine())
            sql += u" DEFAULT CHARACTER SET "_s + schema.defaultCharset;
        if (!schema.defaultCollation.isEmpty() && sameEngine())
            sql += u" COLLATE "_s + schema.defaultCollation;
        return {statement(ObjectKind::Schema, schema.name, schema.name, {}, sql)};
    }
    }
    return {};
}

QList<DdlStatement> DdlWriter::createType(const UserDefinedType &type)
{
    const QString object = type.schema + u'.' + type.name;
    if (m_options.target != Dialect::PostgreSQL) {
        // Columns of the type are rewritten by the type mapper (enum ->
        // ENUM or text + check, domain -> base type + check).
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate(
                 "DdlWriter",
                 "%1 has no user-defined types; columns of this type use its closest form")
                 .arg(dialectDisplayName(m_options.target)));
        return {};
    }
    const QString qname = name(type.schema, type.name);
    QString sql;
    ObjectKind kind = ObjectKind::Type;
    switch (type.kind) {
    case UserTypeKind::Enum: {
        QStringList labels;
        for (const QString &label : type.labels)
            labels.append(SqlQuoting::literal(label, Dialect::PostgreSQL));
        sql = u"CREATE TYPE %1 AS ENUM (%2)"_s.arg(qname, labels.join(u", "));
        break;
    }
    case UserTypeKind::Composite: {
        QStringList attributes;
        for (const ColumnDef &attribute : type.attributes) {
            QString a = ident(attribute.name) + u' ' + attribute.type.text;
            if (!attribute.collation.isEmpty())
                a += u" COLLATE "_s + attribute.collation;
            attributes.append(a);
        }
        sql = u"CREATE TYPE %1 AS (%2)"_s.arg(qname, attributes.join(u", "));
        break;
    }
    case UserTypeKind::Domain: {
        kind = ObjectKind::Domain;
        sql = u"CREATE DOMAIN %1 AS %2"_s.arg(qname, type.baseType);
        if (!type.collation.isEmpty())
            sql += u" COLLATE "_s + type.collation;
        if (!type.defaultExpression.isEmpty())
            sql += u" DEFAULT "_s + type.defaultExpression;
        if (type.notNull)
            sql += u" NOT NULL"_s;
        for (qsizetype i = 0; i < type.checks.size(); ++i)
            sql += u" CONSTRAINT %1 %2"_s.arg(ident(type.checkNames.value(i)), type.checks.at(i));
        break;
    }
    case UserTypeKind::Range:
        sql = u"CREATE TYPE %1 AS RANGE (SUBTYPE = %2)"_s.arg(qname, type.subtype);
        break;
    }
    return {statement(kind, type.schema, type.name, {}, sql)};
}

QList<DdlStatement> DdlWriter::createSequence(const SequenceDef &seq)
{
    // Identity sequences come with their column.
    if (seq.identity)
        return {};
    const QString object = seq.schema + u'.' + seq.name;
    if (m_options.target == Dialect::SQLite) {
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate("DdlWriter",
                                         "SQLite has no sequences; the sequence is not created") +
                 (seq.ownedBy.isEmpty()
                      ? QString()
                      : QCoreApplication::translate("DdlWriter",
                                                    " (its column %1 becomes INTEGER PRIMARY KEY "
                                                    "AUTOINCREMENT only if it is the primary key)")
                            .arg(seq.ownedBy)));
        return {};
    }
    QString sql = u"CREATE SEQUENCE "_s + name(seq.schema, seq.name);
    if (m_options.target == Dialect::PostgreSQL && seq.dataType != u"bigint")
        sql += u" AS "_s + seq.dataType;
    sql += u' ' + sequenceOptions(seq);
    return {statement(ObjectKind::Sequence, seq.schema, seq.name, {}, sql)};
}

QString DdlWriter::sequenceOptions(const SequenceDef &seq) const
{
    if (m_options.target == Dialect::MariaDB) {
        // MariaDB's sequence range stops one short of bigint's at both ends.
        constexpr qint64 kMax = std::numeric_limits<qint64>::max() - 1;
        constexpr qint64 kMin = std::numeric_limits<qint64>::min() + 1;
        SequenceDef clamped = seq;
        clamped.maxValue = std::min(seq.maxValue, kMax);
        clamped.minValue = std::max(seq.minValue, kMin);
        // MariaDB spells the options NOCACHE / NOCYCLE; a cache of 0 is NOCACHE.
        return u"START WITH %1 INCREMENT BY %2 MINVALUE %3 MAXVALUE %4 %5 %6"_s.arg(
            QString::number(seq.start), QString::number(seq.increment),
            QString::number(clamped.minValue), QString::number(clamped.maxValue),
            seq.cache > 0 ? u"CACHE "_s + QString::number(seq.cache) : u"NOCACHE"_s,
            seq.cycle ? u"CYCLE"_s : u"NOCYCLE"_s);
    }
    return u"START WITH %1 INCREMENT BY %2 MINVALUE %3 MAXVALUE %4 CACHE %5 %6"_s.arg(
        QString::number(seq.start), QString::number(seq.increment), QString::number(seq.minValue),
        QString::number(seq.maxValue), QString::number(std::max<qint64>(seq.cache, 1)),
        seq.cycle ? u"CYCLE"_s : u"NO CYCLE"_s);
}

QString DdlWriter::sequenceValue(const SequenceDef &seq) const
{
    const QString qname = name(seq.schema, seq.name);
    switch (m_options.target) {
    case Dialect::PostgreSQL:
        return u"SELECT pg_catalog.setval(%1, %2, %3)"_s.arg(
            SqlQuoting::literal(qname, Dialect::PostgreSQL), QString::number(seq.lastValue),
            seq.isCalled ? u"true"_s : u"false"_s);
    case Dialect::MariaDB:
        return u"SELECT SETVAL(%1, %2, %3)"_s.arg(qname, QString::number(seq.lastValue),
                                                  seq.isCalled ? u"1"_s : u"0"_s);
    case Dialect::SQLite:
        return {};
    }
    return {};
}

QString DdlWriter::tableSuffix(const TableDef &table) const
{
    QString suffix;
    switch (m_options.target) {
    case Dialect::PostgreSQL:
        if (table.partitioning.isPartitioned() && sameEngine())
            suffix +=
                u" PARTITION BY "_s + table.partitioning.strategy + u' ' + table.partitioning.key;
        if (sameEngine() && m_options.storage && m_options.segmentAttributes &&
            table.options.contains(u"WITH"_s))
            suffix += u" WITH ("_s + table.options.value(u"WITH"_s) + u')';
        if (sameEngine() && m_options.segmentAttributes && !table.tablespace.isEmpty())
            suffix += u" TABLESPACE "_s + ident(table.tablespace);
        break;
    case Dialect::MariaDB:
        for (const QString &key : {u"ENGINE"_s, u"DEFAULT CHARSET"_s, u"COLLATE"_s}) {
            if (sameEngine() && table.options.contains(key))
                suffix += u' ' + key + u'=' + table.options.value(key);
        }
        if (sameEngine() && table.autoIncrement > 1)
            suffix += u" AUTO_INCREMENT="_s + QString::number(table.autoIncrement);
        if (!table.comment.isEmpty())
            suffix += u" COMMENT="_s + SqlQuoting::literal(table.comment, Dialect::MariaDB);
        if (table.partitioning.isPartitioned() && sameEngine())
            suffix += mariadbPartitions(table.partitioning);
        break;
    case Dialect::SQLite:
        if (sameEngine() && table.options.contains(u"WITHOUT ROWID"_s))
            suffix += u" WITHOUT ROWID"_s;
        if (sameEngine() && table.options.contains(u"STRICT"_s))
            suffix += suffix.isEmpty() ? u" STRICT"_s : u", STRICT"_s;
        break;
    }
    return suffix;
}

QString DdlWriter::mariadbPartitions(const Partitioning &partitioning) const
{
    QStringList partitions;
    for (const PartitionDef &partition : partitioning.partitions) {
        QString p = u"PARTITION "_s + ident(partition.name);
        if (!partition.bound.isEmpty())
            p += u' ' + partition.bound;
        if (!partition.comment.isEmpty())
            p += u" COMMENT = "_s + SqlQuoting::literal(partition.comment, Dialect::MariaDB);
        QStringList subpartitions;
        for (const QString &subpartition : partition.subpartitions)
            subpartitions.append(u"SUBPARTITION "_s + ident(subpartition));
        if (!subpartitions.isEmpty())
            p += u"\n  ("_s + subpartitions.join(u", ") + u')';
        partitions.append(p);
    }
    QString sub;
    if (!partitioning.subStrategy.isEmpty())
        sub = u"\nSUBPARTITION BY %1 %2"_s.arg(partitioning.subStrategy, partitioning.subKey);
    return u"\nPARTITION BY %1 %2%3\n(%4)"_s.arg(partitioning.strategy, partitioning.key, sub,
                                                 partitions.join(u",\n "));
}

QList<DdlStatement> DdlWriter::createTable(const TableDef &table)
{
    const QString object = table.schema + u'.' + table.name;
    if (!sameEngine() && !table.partitionOf.isEmpty()) {
        warn(DdlWarning::Severity::Approximate, object,
             QCoreApplication::translate(
                 "DdlWriter",
                 "%1 has no partitions of this kind; the partition's rows belong to its parent "
                 "table %2")
                 .arg(dialectDisplayName(m_options.target), table.partitionOf));
        return {};
    }
    if (!sameEngine() && table.partitioning.isPartitioned())
        warn(DdlWarning::Severity::Approximate, object,
             QCoreApplication::translate(
                 "DdlWriter", "the table is not partitioned on %1 (PARTITION BY %2 %3 dropped)")
                 .arg(dialectDisplayName(m_options.target), table.partitioning.strategy,
                      table.partitioning.key));
    if (m_options.target == Dialect::SQLite)
        return {
            statement(ObjectKind::Table, table.schema, table.name, {}, sqliteCreateTable(table))};
    const QString qname = name(table.schema, table.name);
    QString sql;
    if (!table.partitionOf.isEmpty() && m_options.target == Dialect::PostgreSQL) {
        const QString parentSchema = table.partitionOf.section(u'.', 0, 0);
        const QString parentName = table.partitionOf.section(u'.', 1);
        sql = u"CREATE TABLE %1 PARTITION OF %2 %3"_s.arg(qname, name(parentSchema, parentName),
                                                          table.partitionBound);
        sql += tableSuffix(table);
    } else {
        QStringList columns;
        for (const ColumnDef &column : table.columns)
            columns.append(u"    "_s + columnDefinition(table, column));
        // InnoDB clusters rows on the primary key and wants an AUTO_INCREMENT
        // column to be a key from the start: the key is part of CREATE TABLE.
        const ConstraintDef *pk = table.primaryKey();
        if (m_options.target == Dialect::MariaDB && pk) {
            const QString key = constraintBody(table, *pk);
            if (!key.isEmpty())
                columns.append(u"    "_s + key);
        }
        sql = u"CREATE TABLE %1 (\n%2\n)"_s.arg(qname, columns.join(u",\n"));
        sql += tableSuffix(table);
    }
    QList<DdlStatement> result{statement(ObjectKind::Table, table.schema, table.name, {}, sql)};
    // A serial column's sequence belongs to the column, as in the source.
    if (m_options.target == Dialect::PostgreSQL) {
        for (const ColumnDef &column : table.columns) {
            if (column.identity != IdentityKind::Serial || column.identitySequence.isEmpty())
                continue;
            result.append(statement(ObjectKind::Table, table.schema, table.name, {},
                                    u"ALTER SEQUENCE %1 OWNED BY %2.%3"_s.arg(
                                        column.identitySequence, qname, ident(column.name))));
        }
    }
    return result;
}

bool DdlWriter::isColumnCheck(const ConstraintDef &c) const
{
    // MariaDB's column-level CHECK: named after its column, part of the column.
    return sameEngine() && m_options.target == Dialect::MariaDB &&
           c.type == ConstraintType::Check && c.columns == QStringList{c.name};
}

QString DdlWriter::constraintName(const ConstraintDef &constraint, const QString &table) const
{
    // MariaDB names every primary key PRIMARY; elsewhere a key's name is
    // unique in its schema, so the table gets the usual <table>_pkey.
    if (constraint.name == u"PRIMARY" && m_source == Dialect::MariaDB && !sameEngine())
        return u"CONSTRAINT "_s + ident(table + u"_pkey"_s) + u' ';
    return constraint.name.isEmpty() ? QString() : u"CONSTRAINT "_s + ident(constraint.name) + u' ';
}

QString DdlWriter::constraintBody(const TableDef &table, const ConstraintDef &c)
{
    if (sameEngine() && !c.definition.isEmpty())
        return c.definition;
    const QString object = table.schema + u'.' + table.name + u'.' + c.name;
    QStringList columns;
    for (const QString &column : c.columns)
        columns.append(ident(column));
    switch (c.type) {
    case ConstraintType::PrimaryKey:
    case ConstraintType::Unique:
        for (const QString &column : c.columns) {
            if (mariadbTextKey(table, column)) {
                warn(
                    DdlWarning::Severity::Unsupported, object,
                    QCoreApplication::translate(
                        "DdlWriter",
                        "MariaDB cannot key the whole of a TEXT or BLOB column (%1); the %2 is not "
                        "created")
                        .arg(column, constraintKeyword(c.type)));
                return {};
            }
        }
        return constraintKeyword(c.type) + u" ("_s + columns.join(u", ") + u')';
    case ConstraintType::Check: {
        QString failure;
        const std::optional<QString> expr = portableExpression(c.expression, object, &failure);
        if (!expr) {
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "CHECK (%1) cannot be written for %2 (%3); the constraint is not created")
                     .arg(c.expression, dialectDisplayName(m_options.target), failure));
            return {};
        }
        return u"CHECK ("_s + *expr + u')';
    }
    case ConstraintType::Exclusion:
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate(
                 "DdlWriter", "exclusion constraints exist only on PostgreSQL; not created"));
        return {};
    case ConstraintType::ForeignKey:
        break;
    }
    QStringList refColumns;
    for (const QString &column : c.referencedColumns)
        refColumns.append(ident(column));
    const QString refSchema = c.referencedSchema == table.schema || c.referencedSchema.isEmpty()
                                  ? table.schema
                                  : c.referencedSchema;
    QString sql = u"FOREIGN KEY (%1) REFERENCES %2 (%3)"_s.arg(
        columns.join(u", "), name(refSchema, c.referencedTable), refColumns.join(u", "));
    if (c.match == u"FULL")
        sql += u" MATCH FULL"_s;
    if (!c.onUpdate.isEmpty() && c.onUpdate != u"NO ACTION")
        sql += u" ON UPDATE "_s + c.onUpdate;
    if (!c.onDelete.isEmpty() && c.onDelete != u"NO ACTION")
        sql += u" ON DELETE "_s + c.onDelete;
    const bool setNull = c.onDelete == u"SET NULL" || c.onUpdate == u"SET NULL";
    for (const QString &column : c.columns) {
        const ColumnDef *def = table.column(column);
        if (setNull && def && !def->nullable && m_options.target == Dialect::MariaDB &&
            !sameEngine()) {
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "MariaDB refuses SET NULL on the NOT NULL column %1; the foreign key is not "
                     "created")
                     .arg(column));
            return {};
        }
    }
    if (c.deferrable && m_options.target == Dialect::MariaDB) {
        warn(DdlWarning::Severity::Approximate, object,
             QCoreApplication::translate(
                 "DdlWriter", "MariaDB checks foreign keys immediately; DEFERRABLE is dropped"));
    } else if (c.deferrable) {
        sql += c.initiallyDeferred ? u" DEFERRABLE INITIALLY DEFERRED"_s : u" DEFERRABLE"_s;
    }
    return sql;
}

QList<DdlStatement> DdlWriter::createConstraints(const TableDef &table, bool foreignKeys)
{
    // SQLite cannot add constraints later: they are part of CREATE TABLE.
    if (m_options.target == Dialect::SQLite)
        return {};
    // Partitions get their constraints from the partitioned table.
    if (!table.partitionOf.isEmpty() && m_options.target == Dialect::PostgreSQL)
        return {};
    QList<DdlStatement> result;
    for (const ConstraintDef &c : table.constraints) {
        if (c.isForeignKey() != foreignKeys)
            continue;
        if ((c.type == ConstraintType::PrimaryKey && m_options.target == Dialect::MariaDB) ||
            isColumnCheck(c))
            continue;
        const QString body = constraintBody(table, c);
        if (body.isEmpty())
            continue;
        // Unnamed constraints (SQLite column constraints) get the target's own name.
        QString sql = u"ALTER TABLE %1 ADD %2%3"_s.arg(name(table.schema, table.name),
                                                       constraintName(c, table.name), body);
        if (!c.validated && m_options.target == Dialect::PostgreSQL && !sameEngine())
            sql += u" NOT VALID"_s;
        result.append(statement(foreignKeys ? ObjectKind::RefConstraint : ObjectKind::Constraint,
                                table.schema, c.name, table.name, sql));
    }
    return result;
}

QString DdlWriter::sqliteCreateTable(const TableDef &table)
{
    if (sameEngine() && !table.definition.isEmpty())
        return table.definition;
    QStringList parts;
    const ConstraintDef *pk = table.primaryKey();
    for (const ColumnDef &column : table.columns) {
        QString part = columnDefinition(table, column);
        // An auto-increment key must be declared on its column in SQLite.
        if (pk && pk->columns == QStringList{column.name} &&
            column.identity != IdentityKind::None && !column.isGenerated()) {
            part = ident(column.name) + u" INTEGER PRIMARY KEY AUTOINCREMENT"_s +
                   (column.nullable ? QString() : u" NOT NULL"_s);
            pk = nullptr;
        }
        parts.append(u"    "_s + part);
    }
    for (const ConstraintDef &c : table.constraints) {
        if (c.type == ConstraintType::PrimaryKey && !pk)
            continue;
        const QString body = constraintBody(table, c);
        if (!body.isEmpty())
            parts.append(u"    "_s + constraintName(c, table.name) + body);
    }
    return u"CREATE TABLE %1 (\n%2\n)"_s.arg(name(table.schema, table.name), parts.join(u",\n")) +
           tableSuffix(table);
}

QString DdlWriter::indexStatement(const TableDef &table, const IndexDef &index)
{
    if (sameEngine() && !index.definition.isEmpty() && m_options.segmentAttributes) {
        // pg_get_indexdef says "ON ONLY" for a partitioned table's index; without
        // ONLY the index is also built, and attached, on every partition.
        return QString(index.definition).replace(u" ON ONLY "_s, u" ON "_s);
    }
    const QString object = table.schema + u'.' + index.name;
    const QString target = dialectDisplayName(m_options.target);
    const QString method = index.method.toLower();
    if (!sameEngine() && method == u"hash" && m_options.target == Dialect::SQLite)
        warn(DdlWarning::Severity::Choice, object,
             QCoreApplication::translate(
                 "DdlWriter", "SQLite has only b-tree indexes; the hash index becomes one"));
    else if (!sameEngine() && !method.isEmpty() && method != u"btree" && method != u"hash") {
        // FULLTEXT and SPATIAL (MariaDB), gin, gist, brin (PostgreSQL): the
        // plain index would accept other queries, so it is not a faithful form.
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate(
                 "DdlWriter", "%1 has no %2 index of this kind; the index is not created")
                 .arg(target, index.method));
        return {};
    }
    QStringList keys;
    for (const IndexKey &key : index.keys) {
        QString k;
        if (key.column.isEmpty()) {
            QString failure;
            const std::optional<QString> expr =
                m_options.target == Dialect::MariaDB && !sameEngine()
                    ? std::nullopt
                    : portableExpression(key.expression, object, &failure);
            if (!expr) {
                warn(DdlWarning::Severity::Unsupported, object,
                     QCoreApplication::translate(
                         "DdlWriter",
                         "the index key (%1) cannot be written for %2 (%3); the index is not "
                         "created")
                         .arg(key.expression, target,
                              failure.isEmpty() ? QCoreApplication::translate(
                                                      "DdlWriter", "MariaDB indexes only columns")
                                                : failure));
                return {};
            }
            k = u'(' + *expr + u')';
        } else {
            k = ident(key.column);
            if (key.prefixLength <= 0 && mariadbTextKey(table, key.column)) {
                if (index.unique) {
                    warn(DdlWarning::Severity::Unsupported, object,
                         QCoreApplication::translate("DdlWriter",
                                                     "MariaDB cannot key the whole of a TEXT or "
                                                     "BLOB column (%1); the unique "
                                                     "index is not created")
                             .arg(key.column));
                    return {};
                }
                warn(DdlWarning::Severity::Choice, object,
                     QCoreApplication::translate(
                         "DdlWriter",
                         "MariaDB indexes the first 255 characters of the TEXT column %1")
                         .arg(key.column));
                k += u"(255)"_s;
            }
        }
        // Collation names differ between engines: only kept on the same one.
        if (!key.collation.isEmpty() && sameEngine())
            k += u" COLLATE "_s + key.collation;
        if (key.prefixLength > 0 && m_options.target == Dialect::MariaDB)
            k += u'(' + QString::number(key.prefixLength) + u')';
        if (key.descending)
            k += u" DESC"_s;
        keys.append(k);
    }
    QString sql = index.unique ? u"CREATE UNIQUE INDEX "_s : u"CREATE INDEX "_s;
    if (m_options.target == Dialect::MariaDB && (method == u"fulltext" || method == u"spatial"))
        sql = u"CREATE "_s + method.toUpper() + u" INDEX "_s;
    // SQLite qualifies the index (its table must not be); PostgreSQL and MariaDB create
    // it in the table's schema and refuse a qualified index name.
    sql += m_options.target == Dialect::SQLite ? name(table.schema, index.name) : ident(index.name);
    sql += u" ON "_s + name(table.schema, table.name);
    if (m_options.target == Dialect::PostgreSQL && !method.isEmpty() && method != u"btree")
        sql += u" USING "_s + method;
    sql += u" ("_s + keys.join(u", ") + u')';
    if (!index.included.isEmpty() && m_options.target == Dialect::PostgreSQL) {
        QStringList included;
        for (const QString &column : index.included)
            included.append(ident(column));
        sql += u" INCLUDE ("_s + included.join(u", ") + u')';
    }
    if (m_options.target == Dialect::MariaDB && method == u"hash")
        sql += u" USING HASH"_s;
    if (!index.where.isEmpty()) {
        QString failure =
            QCoreApplication::translate("DdlWriter", "MariaDB has no partial indexes");
        const std::optional<QString> where =
            m_options.target == Dialect::MariaDB
                ? std::nullopt
                : portableExpression(index.where, object, &failure);
        if (where) {
            sql += u" WHERE "_s + *where;
        } else if (index.unique) {
            // Unique over every row would reject rows the source accepts.
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter", "%1; the unique index on the rows WHERE %2 is not created")
                     .arg(failure, index.where));
            return {};
        } else {
            warn(DdlWarning::Severity::Approximate, object,
                 QCoreApplication::translate("DdlWriter",
                                             "%1; the index covers every row (WHERE %2 dropped)")
                     .arg(failure, index.where));
        }
    }
    return sql;
}

QList<DdlStatement> DdlWriter::createIndexes(const TableDef &table)
{
    QList<DdlStatement> result;
    for (const IndexDef &index : table.indexes) {
        const QString sql = indexStatement(table, index);
        if (!sql.isEmpty())
            result.append(statement(ObjectKind::Index, table.schema, index.name, table.name, sql));
    }
    return result;
}

QList<DdlStatement> DdlWriter::createView(const ViewDef &view)
{
    const QString object = view.schema + u'.' + view.name;
    if (m_options.target == Dialect::SQLite && sameEngine() && !view.definition.isEmpty())
        return {statement(ObjectKind::View, view.schema, view.name, {}, view.definition)};
    QString query = view.query.trimmed();
    if (query.endsWith(u';'))
        query.chop(1);
    if (!sameEngine()) {
        // A routine the view calls is not created on another engine.
        const QStringList words = SqliteDdlParser::identifiers(query);
        for (const QString &routine : m_schemaRoutines.value(view.schema)) {
            if (words.contains(routine, Qt::CaseInsensitive)) {
                warn(DdlWarning::Severity::Unsupported, object,
                     QCoreApplication::translate(
                         "DdlWriter",
                         "the view calls %1, which is not created on %2; the view is not "
                         "created")
                         .arg(routine, dialectDisplayName(m_options.target)));
                return {};
            }
        }
    }
    if (!sameEngine() || !m_options.schemaRenames.isEmpty()) {
        QString failure;
        const std::optional<QString> translated =
            portableExpression(query, object, &failure, view.schema);
        if (!translated) {
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "the view's query cannot be written for %1 (%2); the view is not created")
                     .arg(dialectDisplayName(m_options.target), failure));
            return {};
        }
        query = *translated;
    }
    const QString qname = name(view.schema, view.name);
    if (view.materialized) {
        if (m_options.target == Dialect::PostgreSQL)
            return {statement(ObjectKind::MaterializedView, view.schema, view.name, {},
                              u"CREATE MATERIALIZED VIEW %1 AS\n%2\nWITH %3DATA"_s.arg(
                                  qname, query, view.withData ? QString() : u"NO "_s))};
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate("DdlWriter",
                                         "%1 has no materialized views; created as a plain view")
                 .arg(dialectDisplayName(m_options.target)));
    }
    QString sql = u"CREATE VIEW "_s + qname;
    if (m_options.target == Dialect::MariaDB && sameEngine() && !view.algorithm.isEmpty())
        sql = u"CREATE ALGORITHM=%1 SQL SECURITY %2 VIEW %3"_s.arg(
            view.algorithm, view.security.isEmpty() ? u"DEFINER"_s : view.security, qname);
    // SQLite's stored query does not carry the names of a view's column list.
    if (m_source == Dialect::SQLite && !view.columns.isEmpty()) {
        QStringList columns;
        for (const QString &column : view.columns)
            columns.append(ident(column));
        sql += u" ("_s + columns.join(u", ") + u')';
    }
    sql += u" AS\n"_s + query;
    if (!view.checkOption.isEmpty() && m_options.target != Dialect::SQLite)
        sql += u"\nWITH "_s + view.checkOption + u" CHECK OPTION"_s;
    return {statement(ObjectKind::View, view.schema, view.name, {}, sql)};
}

QList<DdlStatement> DdlWriter::createRoutine(const RoutineDef &routine)
{
    const ObjectKind kind = routine.kind == RoutineKind::Procedure   ? ObjectKind::Procedure
                            : routine.kind == RoutineKind::Aggregate ? ObjectKind::Aggregate
                                                                     : ObjectKind::Function;
    if (!sameEngine()) {
        warn(DdlWarning::Severity::Unsupported, routine.schema + u'.' + routine.signature(),
             QCoreApplication::translate("DdlWriter",
                                         "%1 %2 routines cannot be created on %3; not created")
                 .arg(dialectDisplayName(m_source), routine.language,
                      dialectDisplayName(m_options.target)));
        return {};
    }
    QList<DdlStatement> result;
    if (!routine.sqlMode.isEmpty() && m_options.target == Dialect::MariaDB)
        result.append(statement(kind, routine.schema, routine.signature(), {},
                                sqlModeStatement(routine.sqlMode)));
    result.append(statement(kind, routine.schema, routine.signature(), {}, routine.definition));
    return result;
}

QString DdlWriter::sqlModeStatement(const QString &sqlMode)
{
    // A MariaDB routine or trigger keeps the sql_mode it was created under.
    return u"SET SESSION sql_mode = "_s + SqlQuoting::literal(sqlMode, Dialect::MariaDB);
}

QList<DdlStatement> DdlWriter::createTriggers(const TableDef &table)
{
    QList<DdlStatement> result;
    for (const TriggerDef &trigger : table.triggers) {
        if (!sameEngine()) {
            warn(DdlWarning::Severity::Unsupported, table.schema + u'.' + trigger.name,
                 QCoreApplication::translate(
                     "DdlWriter", "trigger bodies are engine-specific; not created on %1")
                     .arg(dialectDisplayName(m_options.target)));
            continue;
        }
        if (!trigger.sqlMode.isEmpty() && m_options.target == Dialect::MariaDB)
            result.append(statement(ObjectKind::Trigger, table.schema, trigger.name, table.name,
                                    sqlModeStatement(trigger.sqlMode)));
        result.append(statement(ObjectKind::Trigger, table.schema, trigger.name, table.name,
                                trigger.definition));
        if (!trigger.enabled && m_options.target == Dialect::PostgreSQL)
            result.append(statement(ObjectKind::Trigger, table.schema, trigger.name, table.name,
                                    u"ALTER TABLE %1 DISABLE TRIGGER %2"_s.arg(
                                        name(table.schema, table.name), ident(trigger.name))));
    }
    return result;
}

} // namespace sluice::engine
