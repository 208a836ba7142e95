// DdlWriter, continued: columns, defaults and expressions across engines, and
// the order of routines and views. Kept apart from ddlwriter.cpp so each file
// stays readable; the class is one.

#include "engine/catalog/ddlwriter.h"

#include "engine/catalog/dependencysorter.h"
#include "engine/catalog/expressiontranslator.h"
#include "engine/catalog/sqliteddlparser.h"
#include "engine/catalog/sqlquoting.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

QString stripQuotes(QString name)
{
    name.remove(u'"');
    return name.toLower();
}

bool isLiteral(const QString &expr)
{
    static const QRegularExpression literal(
        u"^([-+]?[0-9.]+([eE][-+]?[0-9]+)?|'([^']|'')*'|[xX]'[0-9a-fA-F]*'|NULL|TRUE|FALSE)$"_s,
        QRegularExpression::CaseInsensitiveOption);
    return literal.match(expr).hasMatch();
}

} // namespace

void DdlWriter::setCatalog(const Catalog &catalog)
{
    m_identitySequences.clear();
    m_userTypes.clear();
    m_identifiers.clear();
    m_schemaObjects.clear();
    m_schemaRoutines.clear();
    for (const SchemaDef &schema : catalog.schemas) {
        for (const RoutineDef &routine : schema.routines)
            m_schemaRoutines[schema.name].append(routine.name);
        for (const SequenceDef &sequence : schema.sequences) {
            if (sequence.identity)
                m_identitySequences.insert(
                    SqlQuoting::qualified(sequence.schema, sequence.name, Dialect::PostgreSQL),
                    sequence);
        }
        for (const UserDefinedType &type : schema.types) {
            m_userTypes.insert(stripQuotes(type.schema + u'.' + type.name), type);
            m_userTypes.insert(stripQuotes(type.name), type);
        }
        for (const TableDef &table : schema.tables) {
            m_schemaObjects[schema.name].append(table.name);
            m_identifiers.append(table.name);
            for (const ColumnDef &column : table.columns)
                m_identifiers.append(column.name);
        }
        for (const ViewDef &view : schema.views) {
            m_schemaObjects[schema.name].append(view.name);
            m_identifiers.append(view.name);
            m_identifiers += view.columns;
        }
    }
}

std::optional<QString> DdlWriter::portableExpression(const QString &expression,
                                                     const QString &object, QString *failure,
                                                     const QString &defaultSchema)
{
    if (sameEngine() && m_options.schemaRenames.isEmpty())
        return expression;
    ExpressionTranslator translator(m_source, m_options.target);
    translator.setSchemaRenames(m_options.schemaRenames);
    translator.setKnownIdentifiers(m_identifiers);
    // Only views (which name a default schema) may keep an unknown function:
    // in a table part it would fail the whole CREATE TABLE.
    translator.setStrictFunctions(defaultSchema.isEmpty());
    if (!defaultSchema.isEmpty())
        translator.setDefaultSchema(targetSchema(defaultSchema),
                                    m_schemaObjects.value(defaultSchema));
    const ExpressionTranslator::Result result = translator.translate(expression);
    if (!result.ok()) {
        if (failure)
            *failure = result.failure;
        return std::nullopt;
    }
    for (const QString &note : result.notes)
        warn(DdlWarning::Severity::Approximate, object, note);
    return result.text;
}

const UserDefinedType *DdlWriter::userType(const DataType &type) const
{
    if (m_source != Dialect::PostgreSQL || m_options.target == Dialect::PostgreSQL ||
        type.arrayDimensions > 0)
        return nullptr;
    const auto it = m_userTypes.constFind(stripQuotes(type.name));
    if (it == m_userTypes.cend() ||
        (it->kind != UserTypeKind::Enum && it->kind != UserTypeKind::Domain))
        return nullptr;
    return &*it;
}

QString DdlWriter::userTypeColumn(const ColumnDef &column, const UserDefinedType &type,
                                  const QString &object, QString *checks,
                                  QString *defaultExpression, bool *notNull)
{
    const QString typeName = type.schema + u'.' + type.name;
    const QString column_ = ident(column.name);
    if (type.kind == UserTypeKind::Enum) {
        QStringList labels;
        for (const QString &label : type.labels)
            labels.append(SqlQuoting::literal(label, m_options.target));
        if (m_options.target == Dialect::MariaDB) {
            warn(DdlWarning::Severity::Choice, object,
                 QCoreApplication::translate("DdlWriter", "the enum type %1 becomes ENUM(%2)")
                     .arg(typeName, labels.join(u", ")));
            return u"enum("_s + labels.join(u',') + u')';
        }
        warn(DdlWarning::Severity::Choice, object,
             QCoreApplication::translate(
                 "DdlWriter",
                 "the enum type %1 becomes text with a CHECK on its labels (they sort as text, not "
                 "in label order)")
                 .arg(typeName));
        *checks += u" CHECK ("_s + column_ + u" IN ("_s + labels.join(u", ") + u"))"_s;
        return u"text"_s;
    }
    const TypeMapper::Result base = m_types.map(DataType::parse(type.baseType), object);
    if (base.warning)
        m_warnings.append(*base.warning);
    warn(DdlWarning::Severity::Choice, object,
         QCoreApplication::translate(
             "DdlWriter",
             "the domain %1 becomes its base type %2 with the domain's default, NOT NULL and "
             "checks on the column")
             .arg(typeName, base.type));
    static const QRegularExpression value(u"\\bVALUE\\b"_s);
    for (const QString &check : type.checks) {
        QString expr = check.trimmed();
        if (expr.startsWith(u"CHECK"_s, Qt::CaseInsensitive))
            expr = expr.mid(5).trimmed();
        expr.replace(value, SqlQuoting::identifier(column.name, Dialect::PostgreSQL));
        QString failure;
        const std::optional<QString> translated = portableExpression(expr, object, &failure);
        if (!translated) {
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "the domain check %1 cannot be written for %2 (%3); it is not created")
                     .arg(check, dialectDisplayName(m_options.target), failure));
            continue;
        }
        *checks += u" CHECK "_s + *translated;
    }
    *defaultExpression = type.defaultExpression;
    *notNull = type.notNull;
    return base.type;
}

bool DdlWriter::isKeyColumn(const TableDef &table, const QString &column) const
{
    for (const ConstraintDef &c : table.constraints) {
        if ((c.type == ConstraintType::PrimaryKey || c.type == ConstraintType::Unique) &&
            c.columns.value(0) == column)
            return true;
    }
    for (const IndexDef &index : table.indexes) {
        if (!index.keys.isEmpty() && index.keys.first().column == column)
            return true;
    }
    return false;
}

bool DdlWriter::isKeyed(const TableDef &table, const QString &column) const
{
    for (const ConstraintDef &c : table.constraints) {
        if (c.type != ConstraintType::Check && c.columns.contains(column))
            return true;
    }
    for (const IndexDef &index : table.indexes) {
        for (const IndexKey &key : index.keys) {
            if (key.column == column)
                return true;
        }
    }
    return false;
}

bool DdlWriter::mariadbTextKey(const TableDef &table, const QString &column) const
{
    if (m_options.target != Dialect::MariaDB || sameEngine())
        return false;
    const ColumnDef *def = table.column(column);
    if (!def)
        return false;
    DataType type = def->type;
    if (const UserDefinedType *udt = userType(type)) {
        if (udt->kind == UserTypeKind::Enum)
            return false;
        type = DataType::parse(udt->baseType);
    }
    // Text columns used in keys become varchar(255) (columnDefinition).
    static const QRegularExpression unkeyable(u"(blob|json)$"_s);
    return unkeyable.match(m_types.map(type, {}).type.toLower()).hasMatch();
}

QString DdlWriter::columnDefault(const TableDef &table, const ColumnDef &column,
                                 const QString &mappedType, const QString &object)
{
    const Dialect target = m_options.target;
    const ConstraintDef *pk = table.primaryKey();
    // A serial primary key becomes SQLite's INTEGER PRIMARY KEY AUTOINCREMENT.
    if (target == Dialect::SQLite && column.identity == IdentityKind::Serial && pk &&
        pk->columns == QStringList{column.name})
        return {};
    QString failure;
    std::optional<QString> expr = portableExpression(column.defaultExpression, object, &failure);
    if (!expr) {
        warn(DdlWarning::Severity::Unsupported, object,
             QCoreApplication::translate(
                 "DdlWriter",
                 "the default %1 cannot be written for %2 (%3); the column has no default")
                 .arg(column.defaultExpression, dialectDisplayName(target), failure));
        return {};
    }
    if (sameEngine() && target != Dialect::SQLite)
        return *expr;
    // MariaDB's boolean is tinyint(1), whose defaults are 0 and 1.
    if (mappedType == u"boolean" && !sameEngine()) {
        static const QHash<QString, QString> booleans{{u"0"_s, u"false"_s},
                                                      {u"1"_s, u"true"_s},
                                                      {u"'0'"_s, u"false"_s},
                                                      {u"'1'"_s, u"true"_s}};
        *expr = booleans.value(*expr, *expr);
    }
    static const QRegularExpression clock(u"^CURRENT_(TIMESTAMP|DATE|TIME)(\\([0-9]\\))?$"_s);
    const bool bare =
        isLiteral(*expr) || (clock.match(*expr).hasMatch() &&
                             (target != Dialect::MariaDB || mappedType.startsWith(u"datetime"_s) ||
                              mappedType.startsWith(u"timestamp"_s)));
    // SQLite and MariaDB take other default expressions in parentheses.
    return bare || target == Dialect::PostgreSQL ? *expr : u'(' + *expr + u')';
}

QString DdlWriter::columnDefinition(const TableDef &table, const ColumnDef &column)
{
    const QString object = table.schema + u'.' + table.name + u'.' + column.name;
    const Dialect target = m_options.target;
    QString type;
    QString checks;
    ColumnDef effective = column;
    if (const UserDefinedType *udt = userType(column.type)) {
        QString domainDefault;
        bool domainNotNull = false;
        type = userTypeColumn(column, *udt, object, &checks, &domainDefault, &domainNotNull);
        if (effective.defaultExpression.isEmpty())
            effective.defaultExpression = domainDefault;
        effective.nullable = column.nullable && !domainNotNull;
    } else {
        const TypeMapper::Result mapped = m_types.map(column, object);
        if (mapped.warning)
            m_warnings.append(*mapped.warning);
        type = mapped.type;
        static const QRegularExpression text(u"^(long|medium|tiny)?text$"_s);
        if (target == Dialect::MariaDB && !sameEngine() && text.match(type).hasMatch() &&
            isKeyed(table, column.name)) {
            // MariaDB keys only a prefix of TEXT: a key column needs a length.
            warn(DdlWarning::Severity::Lossy, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "%1 becomes varchar(255) because the column is part of a key or index on "
                     "MariaDB: longer values are rejected")
                     .arg(column.type.text));
            type = u"varchar(255)"_s;
        }
        if (!mapped.check.isEmpty())
            checks += u" CHECK ("_s + mapped.check + u')';
    }
    QString sql = ident(column.name) + u' ' + type;
    if (!column.collation.isEmpty() && sameEngine())
        sql += u" COLLATE "_s + column.collation;
    const ConstraintDef *pk = table.primaryKey();
    const bool sqliteRowid = pk && pk->columns == QStringList{column.name};
    if (column.isGenerated()) {
        QString failure;
        const std::optional<QString> expr =
            portableExpression(column.generatedExpression, object, &failure);
        if (!expr) {
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "the generated expression %1 cannot be written for %2 (%3); the column is a "
                     "plain column holding the copied values")
                     .arg(column.generatedExpression, dialectDisplayName(target), failure));
        } else {
            sql += u" GENERATED ALWAYS AS ("_s + *expr + u')';
            if (!column.generatedStored && target == Dialect::PostgreSQL)
                warn(DdlWarning::Severity::Approximate, object,
                     QCoreApplication::translate(
                         "DdlWriter",
                         "PostgreSQL 15 has no virtual generated columns; the column is stored"));
            sql += column.generatedStored || target == Dialect::PostgreSQL ? u" STORED"_s
                                                                           : u" VIRTUAL"_s;
        }
    } else if (column.identity == IdentityKind::Always ||
               column.identity == IdentityKind::ByDefault ||
               column.identity == IdentityKind::AutoIncrement) {
        if (target == Dialect::PostgreSQL && column.identity == IdentityKind::AutoIncrement) {
            sql += u" GENERATED BY DEFAULT AS IDENTITY"_s;
        } else if (target == Dialect::PostgreSQL) {
            sql += column.identity == IdentityKind::Always ? u" GENERATED ALWAYS AS IDENTITY"_s
                                                           : u" GENERATED BY DEFAULT AS IDENTITY"_s;
            if (!column.identitySequence.isEmpty()) {
                sql += u" (SEQUENCE NAME "_s + column.identitySequence;
                const auto seq = m_identitySequences.constFind(column.identitySequence);
                if (seq != m_identitySequences.cend())
                    sql += u' ' + sequenceOptions(*seq);
                sql += u')';
            }
        } else if (target == Dialect::MariaDB && isKeyColumn(table, column.name)) {
            sql += u" AUTO_INCREMENT"_s;
            if (column.identity == IdentityKind::Always && !sameEngine())
                warn(DdlWarning::Severity::Approximate, object,
                     QCoreApplication::translate(
                         "DdlWriter",
                         "GENERATED ALWAYS AS IDENTITY becomes AUTO_INCREMENT, which also accepts "
                         "explicit values"));
        } else if (!sameEngine() && !(target == Dialect::SQLite && sqliteRowid)) {
            warn(DdlWarning::Severity::Unsupported, object,
                 QCoreApplication::translate(
                     "DdlWriter",
                     "%1 numbers only a key column automatically; the column's values are not "
                     "generated on %1")
                     .arg(dialectDisplayName(target)));
        }
    } else if (!effective.defaultExpression.isEmpty()) {
        const QString expr = columnDefault(table, effective, type, object);
        if (!expr.isEmpty())
            sql += u" DEFAULT "_s + expr;
    }
    if (!effective.nullable)
        sql += u" NOT NULL"_s;
    sql += checks;
    for (const ConstraintDef &c : table.constraints) {
        if (isColumnCheck(c) && c.name == column.name)
            sql += u" CHECK ("_s + c.expression + u')';
    }
    if (!column.onUpdate.isEmpty() && target != Dialect::MariaDB)
        warn(DdlWarning::Severity::Approximate, object,
             QCoreApplication::translate("DdlWriter",
                                         "ON UPDATE %1 is dropped: %2 has no such column option")
                 .arg(column.onUpdate, dialectDisplayName(target)));
    if (target == Dialect::MariaDB && !column.onUpdate.isEmpty() && sameEngine())
        sql += u" ON UPDATE "_s + column.onUpdate;
    if (target == Dialect::MariaDB && !column.comment.isEmpty())
        sql += u" COMMENT "_s + SqlQuoting::literal(column.comment, Dialect::MariaDB);
    return sql;
}

QList<DdlStatement> DdlWriter::routinesForTables(const Catalog &catalog)
{
    // A function called by a column default, a generated column or a check
    // must exist before its table.
    QSet<QString> words;
    for (const SchemaDef &schema : catalog.schemas) {
        for (const TableDef &table : schema.tables) {
            for (const ColumnDef &column : table.columns) {
                for (const QString &word : SqliteDdlParser::identifiers(
                         column.defaultExpression + u' ' + column.generatedExpression))
                    words.insert((schema.name + u'.' + word).toLower());
            }
            for (const ConstraintDef &c : table.constraints) {
                for (const QString &word : SqliteDdlParser::identifiers(c.expression))
                    words.insert((schema.name + u'.' + word).toLower());
            }
        }
    }
    QList<DdlStatement> result;
    m_earlyRoutines.clear();
    for (const SchemaDef &schema : catalog.schemas) {
        for (const RoutineDef &routine : schema.routines) {
            if (!words.contains((schema.name + u'.' + routine.name).toLower()))
                continue;
            m_earlyRoutines.insert(u"r:"_s + routine.schema + u'.' + routine.signature());
            result += createRoutine(routine);
        }
    }
    return result;
}

QList<DdlStatement> DdlWriter::routinesAndViews(const Catalog &catalog)
{
    // One order over routines and views: a view may call a function, and a
    // SQL function may select from a view. PostgreSQL records what a view
    // uses (pg_depend); for the rest, the names a text mentions are matched
    // against the routines and views of the catalog.
    QHash<QString, const RoutineDef *> routines;
    QHash<QString, const ViewDef *> views;
    QHash<QString, QString> routineByName; // "schema.name" (lower) -> key
    QHash<QString, QString> viewByName;
    for (const SchemaDef &schema : catalog.schemas) {
        for (const RoutineDef &routine : schema.routines) {
            const QString key = u"r:"_s + routine.schema + u'.' + routine.signature();
            routines.insert(key, &routine);
            routineByName.insert((routine.schema + u'.' + routine.name).toLower(), key);
        }
        for (const ViewDef &view : schema.views) {
            const QString key = u"v:"_s + view.schema + u'.' + view.name;
            views.insert(key, &view);
            viewByName.insert((view.schema + u'.' + view.name).toLower(), key);
        }
    }
    auto mentioned = [](const QString &schema, const QString &text,
                        const QHash<QString, QString> &names, const QString &self) {
        QStringList keys;
        const QStringList words = SqliteDdlParser::identifiers(text);
        for (const QString &word : words) {
            const QString key = names.value((schema + u'.' + word).toLower());
            if (!key.isEmpty() && key != self && !keys.contains(key))
                keys.append(key);
        }
        return keys;
    };
    DependencySorter sorter;
    for (const SchemaDef &schema : catalog.schemas) {
        for (const RoutineDef &routine : schema.routines) {
            const QString key = u"r:"_s + routine.schema + u'.' + routine.signature();
            QStringList deps = mentioned(schema.name, routine.definition, viewByName, key);
            for (const QString &dep : routine.dependsOn)
                deps.append(viewByName.value(dep.toLower()));
            sorter.add(key, deps);
        }
    }
    for (const SchemaDef &schema : catalog.schemas) {
        for (const ViewDef &view : schema.views) {
            const QString key = u"v:"_s + view.schema + u'.' + view.name;
            QStringList deps = mentioned(schema.name, view.query, routineByName, key);
            for (const QString &dep : view.dependsOn)
                deps.append(u"v:"_s + dep);
            sorter.add(key, deps);
        }
    }
    QList<DdlStatement> result;
    for (const QString &key : sorter.sorted()) {
        if (const RoutineDef *routine = routines.value(key)) {
            if (!m_earlyRoutines.contains(key))
                result += createRoutine(*routine);
            continue;
        }
        const ViewDef &view = *views.value(key);
        result += createView(view);
        if (view.materialized && m_options.target == Dialect::PostgreSQL) {
            TableDef asTable;
            asTable.schema = view.schema;
            asTable.name = view.name;
            asTable.indexes = view.indexes;
            result += createIndexes(asTable);
        }
    }
    for (const QString &key : sorter.cycles())
        warn(DdlWarning::Severity::Approximate, key.mid(2),
             QCoreApplication::translate(
                 "DdlWriter",
                 "views and routines depend on each other in a cycle; created in their catalog "
                 "order"));
    return result;
}

} // namespace sluice::engine
