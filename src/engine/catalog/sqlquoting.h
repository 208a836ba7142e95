#pragma once

#include "engine/core/dialect.h"

#include <QString>

namespace sluice::engine {

// Identifier and literal quoting per engine.
class SqlQuoting
{
public:
    // PostgreSQL: double quotes only when needed (not a lower-case plain
    // identifier, or a reserved word), as quote_ident() does. MariaDB: always
    // backticks, as SHOW CREATE does. SQLite: double quotes when needed.
    [[nodiscard]] static QString identifier(const QString &name, Dialect dialect);
    // "schema.name"; an empty schema (or SQLite's "main") gives the bare name.
    [[nodiscard]] static QString qualified(const QString &schema, const QString &name,
                                           Dialect dialect);
    // 'text' with quotes doubled (and backslashes doubled on MariaDB).
    [[nodiscard]] static QString literal(const QString &text, Dialect dialect);
    [[nodiscard]] static bool isReservedWord(const QString &word, Dialect dialect);
};

} // namespace sluice::engine
