#pragma once

#include "engine/core/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// A column's type, split into the parts the type mapper reasons about.
// `name` is the lower-case base name as the source engine spells it
// ("numeric", "character varying", "int", "timestamp with time zone"),
// `arguments` the numbers in parentheses (length, or precision and scale).
struct DataType
{
    QString name;
    QList<int> arguments;
    bool isUnsigned = false;
    bool zeroFill = false;
    // PostgreSQL array dimensions ("integer[]" has 1).
    int arrayDimensions = 0;
    // MariaDB ENUM and SET members, unquoted.
    QStringList members;
    // The text as read from the catalog, for same-engine DDL.
    QString text;

    [[nodiscard]] bool isValid() const { return !name.isEmpty(); }
    [[nodiscard]] int argument(int i, int fallback = -1) const
    {
        return i < arguments.size() ? arguments.at(i) : fallback;
    }

    // Splits a catalog type text: "numeric(8,2)", "int(10) unsigned zerofill",
    // "character varying(25)[]", "enum('a','b')", "timestamp(3) with time zone".
    [[nodiscard]] static DataType parse(const QString &text);
    // The type written back in its own engine's syntax from the parts.
    [[nodiscard]] QString toSql() const;

    friend bool operator==(const DataType &, const DataType &) = default;
};

} // namespace sluice::engine
