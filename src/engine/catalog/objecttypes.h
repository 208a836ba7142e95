#pragma once

#include "engine/catalog/objectkind.h"
#include "engine/core/dialect.h"

#include <QStringList>
#include <optional>

namespace sluice::engine {

// The three roots of Data Pump's object paths: DATABASE_EXPORT (FULL mode),
// SCHEMA_EXPORT (SCHEMAS mode) and TABLE_EXPORT (TABLES mode).
enum class ObjectPathRoot { Database, Schema, Table };

// "DATABASE_EXPORT", "SCHEMA_EXPORT", "TABLE_EXPORT".
[[nodiscard]] QString objectPathRootName(ObjectPathRoot root);

// What INCLUDE/EXCLUDE's object_type part resolved to.
struct ObjectTypeLookup
{
    bool found = false;
    // The input, trimmed and upper-cased (what messages quote).
    QString name;
    // The kinds the name selects: one for most short names, several for GRANT,
    // STATISTICS or a path prefix such as SCHEMA_EXPORT/TABLE/CONSTRAINT.
    ObjectKindSet kinds;
    // Set when a full path was given; its root must match the job's mode.
    std::optional<ObjectPathRoot> root;
    // True when every selected kind has names, so a name clause is allowed.
    bool named = false;
    // True when Sluice accepts the type but never exports such objects
    // (STATISTICS: the engines rebuild them), so a filter on it is a no-op.
    bool ignored = false;
    // A close valid name when the lookup failed, for "did you mean".
    QString suggestion;
    // Data Pump's wording: "Object path FOO was not found." plus a hint.
    QString errorString;
};

// The registry of object types Sluice accepts in INCLUDE/EXCLUDE and prints in
// "Processing object type ..." lines. Pure data: no database involved.
class ObjectTypes
{
public:
    // Resolves a short name (TABLE, REF_CONSTRAINT, GRANT, ...) or a full or
    // partial path (SCHEMA_EXPORT/TABLE/INDEX/INDEX, SCHEMA_EXPORT/TABLE/CONSTRAINT)
    // case-insensitively. With a root, kinds that do not exist in that mode
    // are dropped, and a path of another root is not found.
    [[nodiscard]] static ObjectTypeLookup lookup(const QString &text,
                                                 std::optional<ObjectPathRoot> root = {});

    // Every short name lookup() accepts, sorted.
    [[nodiscard]] static QStringList shortNames();
    // Every full path Sluice knows under a root, sorted.
    [[nodiscard]] static QStringList paths(ObjectPathRoot root);
    // The full paths of one kind under a root (empty if the kind does not
    // exist in that mode); the first is the one printed in logs.
    [[nodiscard]] static QStringList paths(ObjectKind kind, ObjectPathRoot root);
    [[nodiscard]] static QString canonicalPath(ObjectKind kind, ObjectPathRoot root);

    // Whether instances have names a name clause can match (TABLE yes, GRANT no).
    [[nodiscard]] static bool isNamed(ObjectKind kind);
    // Accepted in filters, never exported (STATISTICS).
    [[nodiscard]] static bool isIgnored(ObjectKind kind);
    // The kinds an object of this kind can belong to (an INDEX to a TABLE or a
    // MATERIALIZED_VIEW). Schema-level kinds have SCHEMA as parent.
    [[nodiscard]] static ObjectKindSet parents(ObjectKind kind);
    // The kinds that can hang off the given ones, transitively (TABLE gives
    // TABLE_DATA, INDEX, CONSTRAINT, REF_CONSTRAINT, TRIGGER, COMMENT, ...).
    [[nodiscard]] static ObjectKindSet dependents(ObjectKindSet kinds);

    [[nodiscard]] static bool availableIn(ObjectKind kind, ObjectPathRoot root);
    // Whether the engine can have objects of this kind at all.
    [[nodiscard]] static bool availableOn(ObjectKind kind, Dialect dialect);
    // "SQLite has no grants" (empty when available).
    [[nodiscard]] static QString unavailableReason(ObjectKind kind, Dialect dialect);
    // Data Pump's message for a type the source cannot have:
    // "Object path GRANT was not found." followed by the reason.
    [[nodiscard]] static QString notFoundMessage(const QString &name, const QString &reason = {});
};

} // namespace sluice::engine
