#pragma once

#include "engine/catalog/datatype.h"
#include "engine/catalog/ddlstatement.h"
#include "engine/core/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// One row of the cross-engine type mapping table, in the spirit of
// pgloader's cast rules: "type numeric when scale 0 and precision <= 18 to
// bigint". Rules are tried in order; the first whose source type and every
// condition match wins. docs/type-mapping.md lists the table.
struct TypeMapRule
{
    enum class Flag { Any, Yes, No };

    Dialect source;
    Dialect target;
    // Source base names as DataType::parse gives them; "*" patterns allowed
    // ("*int*" is SQLite's INTEGER affinity rule).
    QStringList types;
    // Conditions on the first argument (length or precision) and the second
    // (scale): -1 means no bound. A bound set on a missing argument fails.
    int firstMin = -1;
    int firstMax = -1;
    int secondMin = -1;
    int secondMax = -1;
    // Whether the type must have arguments at all.
    Flag hasArguments = Flag::Any;
    Flag isUnsigned = Flag::Any;
    Flag isArray = Flag::No;
    // Target type; {1} and {2} are the source arguments, {members} the
    // quoted ENUM/SET members.
    QString targetType;
    // Set for inexact rules: the warning's severity and what changes.
    bool warns = false;
    DdlWarning::Severity severity = DdlWarning::Severity::Approximate;
    QString note;

    [[nodiscard]] bool matches(const DataType &type) const;
    [[nodiscard]] QString targetFor(const DataType &type) const;

    // The whole table, every engine pair.
    [[nodiscard]] static const QList<TypeMapRule> &rules();
};

} // namespace sluice::engine
