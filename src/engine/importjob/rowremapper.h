#pragma once

#include "engine/catalog/tabledef.h"
#include "engine/importjob/remapdatafunction.h"
#include "engine/params/jobspec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace sluice::engine {

// Applies a table's REMAP_DATA functions to COPY text rows (the reader's output) on
// their way to the writer: each row is split into fields, the remapped fields are
// unescaped, rewritten and escaped again; the other fields pass through as bytes.
class RowRemapper
{
public:
    // The functions of REMAP_DATA that name this table (source schema and name, as in
    // Data Pump: before REMAP_SCHEMA / REMAP_TABLE), bound to its stored columns in the
    // data's field order. nullopt with *error when a column is unknown or a function
    // does not fit its column's type.
    [[nodiscard]] static std::optional<RowRemapper> create(const TableDef &table,
                                                           const QList<RemapDataSpec> &specs,
                                                           Dialect dialect, const QByteArray &key,
                                                           QString *error);

    [[nodiscard]] bool isEmpty() const { return m_functions.isEmpty(); }
    // The columns remapped, for the log.
    [[nodiscard]] QStringList columns() const { return m_columnNames; }

    // Rewrites whole rows (each ended by LF) and appends them to out. False with
    // *error when a value cannot be rewritten.
    [[nodiscard]] bool apply(QByteArrayView rows, QByteArray &out, QString *error) const;

private:
    QList<std::pair<int, RemapDataFunction>> m_functions; // field index, function
    QStringList m_columnNames;
};

} // namespace sluice::engine
