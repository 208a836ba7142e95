#pragma once

#include <QString>

namespace sluice::engine {

struct SequenceDef
{
    QString schema;
    QString name;
    // PostgreSQL: smallint / integer / bigint; MariaDB: the value type.
    QString dataType = QStringLiteral("bigint");
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 0;
    qint64 cache = 1;
    bool cycle = false;
    // The last value handed out, and whether nextval() has been called
    // (PostgreSQL is_called): the import sets the target to the same state.
    qint64 lastValue = 0;
    bool isCalled = false;
    // "table.column" owning the sequence (serial / identity), empty if none.
    QString ownedBy;
    // True for the implicit sequence of an identity column: it is created
    // with its column, not as its own SEQUENCE object.
    bool identity = false;
    QString comment;

    friend bool operator==(const SequenceDef &, const SequenceDef &) = default;
};

} // namespace sluice::engine
