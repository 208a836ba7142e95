#pragma once

#include "engine/catalog/columndef.h"
#include "engine/catalog/constraintdef.h"
#include "engine/catalog/indexdef.h"
#include "engine/catalog/partitioning.h"
#include "engine/catalog/triggerdef.h"

#include <QList>
#include <QMap>
#include <QString>

namespace sluice::engine {

struct TableDef
{
    QString schema;
    QString name;
    QList<ColumnDef> columns;
    QList<ConstraintDef> constraints;
    QList<IndexDef> indexes;
    QList<TriggerDef> triggers;
    QString comment;
    Partitioning partitioning;
    // PostgreSQL: the parent of a partition and this partition's bound.
    QString partitionOf;
    QString partitionBound;
    // PostgreSQL tablespace (dropped by TRANSFORM=SEGMENT_ATTRIBUTES:N).
    QString tablespace;
    // Engine options: MariaDB "ENGINE", "DEFAULT CHARSET", "COLLATE", "ROW_FORMAT";
    // SQLite "WITHOUT ROWID", "STRICT"; PostgreSQL "WITH" storage parameters.
    QMap<QString, QString> options;
    // The next AUTO_INCREMENT value (MariaDB) or sqlite_sequence entry (SQLite).
    qint64 autoIncrement = 0;
    // The engine's own CREATE TABLE text where it keeps one (SQLite, MariaDB).
    QString definition;
    // An estimate of the rows, from the engine's statistics (-1: unknown).
    qint64 estimatedRows = -1;

    [[nodiscard]] const ColumnDef *column(const QString &columnName) const;
    [[nodiscard]] const ConstraintDef *primaryKey() const;
    [[nodiscard]] QList<ConstraintDef> foreignKeys() const;

    friend bool operator==(const TableDef &, const TableDef &) = default;
};

} // namespace sluice::engine
