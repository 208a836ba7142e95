#pragma once

#include "engine/catalog/datatype.h"

#include <QString>
#include <optional>

namespace sluice::engine {

// How a column gets its values automatically.
enum class IdentityKind {
    None,
    // PostgreSQL GENERATED ALWAYS / BY DEFAULT AS IDENTITY.
    Always,
    ByDefault,
    // PostgreSQL serial: a default nextval() on a sequence the column owns.
    Serial,
    // MariaDB AUTO_INCREMENT, SQLite INTEGER PRIMARY KEY AUTOINCREMENT.
    AutoIncrement,
};

struct ColumnDef
{
    QString name;
    DataType type;
    bool nullable = true;
    // Default as an SQL expression in the source dialect; empty for none.
    QString defaultExpression;
    IdentityKind identity = IdentityKind::None;
    // The sequence behind an identity or serial column (PostgreSQL).
    QString identitySequence;
    // Generated column: expression and whether it is stored (else virtual).
    QString generatedExpression;
    bool generatedStored = false;
    // Explicit collation, empty when the column uses its table's default.
    QString collation;
    QString comment;
    // MariaDB "ON UPDATE current_timestamp()" and similar extras.
    QString onUpdate;

    [[nodiscard]] bool isGenerated() const { return !generatedExpression.isEmpty(); }
    friend bool operator==(const ColumnDef &, const ColumnDef &) = default;
};

} // namespace sluice::engine
