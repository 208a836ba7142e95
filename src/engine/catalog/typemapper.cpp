#include "engine/catalog/typemapper.h"

#include "engine/catalog/sqlquoting.h"
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sluice::engine {

TypeMapper::TypeMapper(Dialect source, Dialect target)
    : m_source(source)
    , m_target(target)
{}

TypeMapper::Result TypeMapper::map(const ColumnDef &column, const QString &object) const
{
    Result result = map(column.type, object);
    const bool isEnum = column.type.name == u"enum" && m_source == Dialect::MariaDB;
    if (isEnum && m_target != Dialect::MariaDB) {
        QStringList members;
        for (const QString &member : column.type.members)
            members.append(SqlQuoting::literal(member, m_target));
        result.check =
            SqlQuoting::identifier(column.name, m_target) + u" IN ("_s + members.join(u", ") + u')';
    }
    return result;
}

TypeMapper::Result TypeMapper::map(const DataType &type, const QString &object) const
{
    Result result;
    if (m_source == m_target) {
        result.type = type.text.isEmpty() ? type.toSql() : type.text;
        return result;
    }
    for (const TypeMapRule &rule : TypeMapRule::rules()) {
        if (rule.source != m_source || rule.target != m_target || !rule.matches(type))
            continue;
        result.rule = &rule;
        result.type = rule.targetFor(type);
        if (rule.warns) {
            const QString source = type.text.isEmpty() ? type.toSql() : type.text;
            result.warning =
                DdlWarning{rule.severity, object,
                           QCoreApplication::translate("TypeMapper", "%1 becomes %2: %3")
                               .arg(source, result.type,
                                    QCoreApplication::translate("TypeMapRule",
                                                                rule.note.toUtf8().constData()))};
        }
        return result;
    }
    // The table ends every engine pair with a catch-all rule, so this is a
    // programming error in the table, reported rather than hidden.
    result.type = type.text;
    result.warning = DdlWarning{
        DdlWarning::Severity::Unsupported, object,
        QCoreApplication::translate("TypeMapper", "no type mapping rule for %1 from %2 to %3")
            .arg(type.text, dialectDisplayName(m_source), dialectDisplayName(m_target))};
    return result;
}

} // namespace sluice::engine
