// DdlWriter, continued: comments and object grants, which run after every
// object exists. Kept apart from ddlwriter.cpp so each file stays readable;
// the class is one.

#include "engine/catalog/ddlwriter.h"

#include "engine/catalog/sqlquoting.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sluice::engine {

namespace {

DdlStatement statement(ObjectKind kind, const QString &schema, const QString &name,
                       const QString &parent, const QString &sql)
{
    return DdlStatement{kind, schema, name, parent, sql};
}

} // namespace

QList<DdlStatement> DdlWriter::comments(const SchemaDef &schema)
{
    // MariaDB keeps comments inside CREATE TABLE; SQLite has none.
    if (m_options.target != Dialect::PostgreSQL) {
        warnDroppedComments(schema);
        return {};
    }
    QList<DdlStatement> result;
    auto add = [&](const QString &what, const QString &target, const QString &text,
                   const QString &objectName) {
        if (text.isEmpty())
            return;
        result.append(statement(ObjectKind::Comment, schema.name, objectName, objectName,
                                u"COMMENT ON %1 %2 IS %3"_s.arg(
                                    what, target, SqlQuoting::literal(text, Dialect::PostgreSQL))));
    };
    if (targetSchema(schema.name) != u"public")
        add(u"SCHEMA"_s, ident(targetSchema(schema.name)), schema.comment, schema.name);
    for (const TableDef &table : schema.tables) {
        const QString qname = name(schema.name, table.name);
        add(u"TABLE"_s, qname, table.comment, table.name);
        for (const ColumnDef &column : table.columns)
            add(u"COLUMN"_s, qname + u'.' + ident(column.name), column.comment, table.name);
        for (const ConstraintDef &constraint : table.constraints)
            add(u"CONSTRAINT"_s, ident(constraint.name) + u" ON "_s + qname, constraint.comment,
                table.name);
        for (const IndexDef &index : table.indexes)
            add(u"INDEX"_s, name(schema.name, index.name), index.comment, table.name);
        if (sameEngine()) {
            for (const TriggerDef &trigger : table.triggers)
                add(u"TRIGGER"_s, ident(trigger.name) + u" ON "_s + qname, trigger.comment,
                    table.name);
        }
    }
    for (const ViewDef &view : schema.views) {
        add(view.materialized ? u"MATERIALIZED VIEW"_s : u"VIEW"_s, name(schema.name, view.name),
            view.comment, view.name);
        for (const IndexDef &index : view.indexes)
            add(u"INDEX"_s, name(schema.name, index.name), index.comment, view.name);
    }
    for (const SequenceDef &seq : schema.sequences)
        add(u"SEQUENCE"_s, name(schema.name, seq.name), seq.comment, seq.name);
    for (const UserDefinedType &type : schema.types)
        add(type.kind == UserTypeKind::Domain ? u"DOMAIN"_s : u"TYPE"_s,
            name(schema.name, type.name), type.comment, type.name);
    if (sameEngine()) {
        for (const RoutineDef &r : schema.routines) {
            const QString what = r.kind == RoutineKind::Procedure   ? u"PROCEDURE"_s
                                 : r.kind == RoutineKind::Aggregate ? u"AGGREGATE"_s
                                                                    : u"FUNCTION"_s;
            add(what, name(schema.name, r.name) + u'(' + r.arguments + u')', r.comment,
                r.signature());
        }
    }
    return result;
}

// Comments on constraints, indexes and triggers exist only on PostgreSQL: on
// another target each one is reported rather than dropped silently.
void DdlWriter::warnDroppedComments(const SchemaDef &schema)
{
    const QString target = dialectDisplayName(m_options.target);
    auto dropped = [&](const QString &what, const QString &object, const QString &text) {
        if (!text.isEmpty())
            warn(DdlWarning::Severity::Unsupported, schema.name + u'.' + object,
                 QCoreApplication::translate("DdlWriter",
                                             "%1 has no comments on %2; the comment is not created")
                     .arg(target, what));
    };
    for (const TableDef &table : schema.tables) {
        for (const ConstraintDef &constraint : table.constraints)
            dropped(u"constraints"_s, constraint.name, constraint.comment);
        for (const IndexDef &index : table.indexes)
            dropped(u"indexes"_s, index.name, index.comment);
        for (const TriggerDef &trigger : table.triggers)
            dropped(u"triggers"_s, trigger.name, trigger.comment);
    }
}

// "SCHEMA hr", "TYPE hr.mood", "FUNCTION hr.f(integer)", "TABLE hr.t": what a
// GRANT names, in the target's words.
QString DdlWriter::grantObject(const SchemaDef &schema, const GrantDef &g) const
{
    switch (g.objectKind) {
    case ObjectKind::Schema:
        return u"SCHEMA "_s + ident(targetSchema(schema.name));
    case ObjectKind::Type:
    case ObjectKind::Domain:
        return (g.objectKind == ObjectKind::Type ? u"TYPE "_s : u"DOMAIN "_s) +
               name(schema.name, g.object);
    case ObjectKind::Sequence:
        return u"SEQUENCE "_s + name(schema.name, g.object);
    case ObjectKind::Function:
    case ObjectKind::Procedure:
        return (g.objectKind == ObjectKind::Function ? u"FUNCTION "_s : u"PROCEDURE "_s) +
               name(schema.name, g.object.section(u'(', 0, 0)) + u'(' + g.object.section(u'(', 1);
    default:
        break;
    }
    return (m_options.target == Dialect::PostgreSQL ? u"TABLE "_s : QString()) +
           name(schema.name, g.object);
}

QList<DdlStatement> DdlWriter::grants(const SchemaDef &schema)
{
    if (m_options.target == Dialect::SQLite)
        return {};
    QList<DdlStatement> result;
    if (!sameEngine()) {
        // Grantees and privilege names belong to the source engine.
        for (const GrantDef &g : schema.grants)
            warn(DdlWarning::Severity::Unsupported, schema.name + u'.' + g.object,
                 QCoreApplication::translate("DdlWriter",
                                             "GRANT %1 TO %2 names a %3 grantee; not created on %4")
                     .arg(g.privilege, g.grantee, dialectDisplayName(m_source),
                          dialectDisplayName(m_options.target)));
        return result;
    }
    for (const GrantDef &g : schema.grants) {
        // MariaDB grantees are 'user'@'host', already quoted.
        const QString grantee =
            g.grantee == u"PUBLIC" || g.grantee.contains(u'@') ? g.grantee : ident(g.grantee);
        QString sql = u"GRANT %1 ON %2 TO %3"_s.arg(g.privilege, grantObject(schema, g), grantee);
        if (g.withGrantOption)
            sql += u" WITH GRANT OPTION"_s;
        result.append(statement(ObjectKind::ObjectGrant, schema.name, g.object, g.object, sql));
    }
    return result;
}

} // namespace sluice::engine
