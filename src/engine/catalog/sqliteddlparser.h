#pragma once

#include "engine/catalog/constraintdef.h"
#include "engine/catalog/indexdef.h"
#include "engine/catalog/triggerdef.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::engine {

// Reads what SQLite's pragmas do not report from the CREATE texts kept in
// sqlite_schema: constraint names, CHECK expressions, DEFERRABLE, AUTOINCREMENT,
// generated expressions, collations, index expressions and predicates, and the
// parts of a trigger. Tolerant: unknown syntax is skipped, not rejected, since
// SQLite itself already accepted the text.
class SqliteDdlParser
{
public:
    struct Column
    {
        QString name;
        QString collation;
        QString generatedExpression;
        bool generatedStored = false;
        bool autoIncrement = false;
    };
    struct Table
    {
        QList<Column> columns;
        // Column and table constraints in declaration order. Column constraints
        // have the column in `columns`; unnamed ones have an empty name. Foreign
        // keys without referenced columns leave referencedColumns empty.
        QList<ConstraintDef> constraints;
        bool withoutRowid = false;
        bool strict = false;
        bool ok = false;
    };
    struct Index
    {
        // Keys in order: a column name or an expression text.
        QList<IndexKey> keys;
        QString where;
        bool ok = false;
    };

    [[nodiscard]] static Table parseTable(const QString &sql);
    [[nodiscard]] static Index parseIndex(const QString &sql);
    // Timing, events, update columns, FOR EACH ROW, WHEN and the BEGIN...END body.
    [[nodiscard]] static TriggerDef parseTrigger(const QString &sql);
    // The SELECT after "AS" of a CREATE VIEW, as written.
    [[nodiscard]] static QString viewQuery(const QString &sql);
    // The identifiers used in a text (unquoted), for dependency guesses.
    [[nodiscard]] static QStringList identifiers(const QString &sql);
};

} // namespace sluice::engine
