#pragma once

#include "engine/catalog/columndef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

enum class UserTypeKind { Enum, Composite, Domain, Range };

// A PostgreSQL user-defined type: enum, composite, domain or range.
struct UserDefinedType
{
    QString schema;
    QString name;
    UserTypeKind kind = UserTypeKind::Enum;
    // Enum labels in order.
    QStringList labels;
    // Composite attributes (name, type, collation).
    QList<ColumnDef> attributes;
    // Domain: base type, default, NOT NULL, named CHECK constraints
    // (name, expression) stored as "name" -> full "CHECK (...)" text.
    QString baseType;
    QString defaultExpression;
    bool notNull = false;
    QStringList checkNames;
    QStringList checks;
    QString collation;
    // Range: subtype.
    QString subtype;
    QString comment;

    friend bool operator==(const UserDefinedType &, const UserDefinedType &) = default;
};

} // namespace sluice::engine
