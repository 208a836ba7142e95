#pragma once

#include "engine/catalog/columndef.h"
#include "engine/catalog/ddlstatement.h"
#include "engine/catalog/typemaprule.h"

#include <QList>

namespace sluice::engine {

// Maps a column type from one engine to another through the rule table
// (TypeMapRule::rules()): the first rule whose source type and conditions
// match decides the target type and the warning, if any.
class TypeMapper
{
public:
    TypeMapper(Dialect source, Dialect target);

    struct Result
    {
        QString type;
        // The rule used (nullptr for the same engine, or when no rule matched).
        const TypeMapRule *rule = nullptr;
        // Set when the conversion is not exact; object and message filled in.
        std::optional<DdlWarning> warning;
        // A CHECK expression the column needs to keep the source's rule
        // (ENUM members), with the column name quoted for the target.
        QString check;
    };

    // `object` names the column in warnings ("hr.employees.salary").
    [[nodiscard]] Result map(const ColumnDef &column, const QString &object) const;
    [[nodiscard]] Result map(const DataType &type, const QString &object) const;

private:
    Dialect m_source;
    Dialect m_target;
};

} // namespace sluice::engine
