#pragma once

#include <QString>
#include <optional>

namespace sluice::engine {

// The database engines Sluice speaks to. Everything that differs per engine
// (identifier case, quoting, catalog queries, DDL) switches on this.
enum class Dialect { SQLite, PostgreSQL, MariaDB };

// Lower-case name as used in URLs and parameter values: "sqlite", "postgresql", "mariadb".
[[nodiscard]] QString dialectName(Dialect dialect);
// Human-readable name: "SQLite", "PostgreSQL", "MariaDB".
[[nodiscard]] QString dialectDisplayName(Dialect dialect);
// Accepts the names above case-insensitively, plus the aliases "postgres", "pg" and "mysql".
[[nodiscard]] std::optional<Dialect> dialectFromName(const QString &name);
// The Qt SQL driver that serves the dialect ("QSQLITE", "QPSQL", "QMYSQL").
[[nodiscard]] QString qtDriverName(Dialect dialect);

} // namespace sluice::engine
