#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// One key part of an index: a column or an expression.
struct IndexKey
{
    QString column;
    // Set instead of `column` for an expression key.
    QString expression;
    bool descending = false;
    // MariaDB prefix length (KEY (name(10))); -1 for the whole column.
    int prefixLength = -1;
    QString collation;
    QString opclass;

    friend bool operator==(const IndexKey &, const IndexKey &) = default;
};

struct IndexDef
{
    QString name;
    bool unique = false;
    // btree, hash, gist, gin, brin, spgist (PostgreSQL), BTREE/HASH/FULLTEXT/SPATIAL (MariaDB).
    QString method;
    QList<IndexKey> keys;
    // PostgreSQL INCLUDE columns.
    QStringList included;
    // Partial index predicate.
    QString where;
    // The engine's full CREATE INDEX text (pg_get_indexdef, sqlite_schema.sql).
    QString definition;
    // COMMENT ON INDEX (PostgreSQL).
    QString comment;

    friend bool operator==(const IndexDef &, const IndexDef &) = default;
};

} // namespace sluice::engine
