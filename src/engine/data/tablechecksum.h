#pragma once

#include "engine/core/dialect.h"
#include "engine/data/readrequest.h"

#include <QByteArray>

#include <optional>

class QSqlDatabase;

namespace sluice::engine {

struct ChecksumResult
{
    bool ok = false;
    QString errorString;
    qint64 rows = 0;
    // 32 hex digits; equal on every engine for equal data (docs/data-format.md).
    QString checksum;
};

// Verification for VERIFY=COUNT|CHECKSUM. The checksum is computed over the table's
// canonical COPY text rows as the readers produce them, streaming: the sum, modulo
// 2^128, of XXH3-128 of each row. A sum does not depend on row order, so no engine
// has to sort (text collations differ between engines) and chunks could be summed
// separately; the row count is reported beside it. Escaped \b \f \v are hashed as the
// raw bytes they stand for, as the readers differ in whether they escape them.
class TableChecksum
{
public:
    // request.chunk and request.queryClause select what is summed (the whole table
    // by default); the columns' logical types must be those used for the other side.
    [[nodiscard]] static ChecksumResult compute(QSqlDatabase &db, Dialect dialect,
                                                const ReadRequest &request);
    // Sums a COPY text stream directly (e.g. a dump's data members).
    class Accumulator
    {
    public:
        void addRow(QByteArrayView row);
        [[nodiscard]] qint64 rows() const { return m_rows; }
        [[nodiscard]] QString checksum() const;

    private:
        quint64 m_low = 0;
        quint64 m_high = 0;
        qint64 m_rows = 0;
        QByteArray m_scratch;
    };

    [[nodiscard]] static std::optional<qint64> rowCount(QSqlDatabase &db, Dialect dialect,
                                                        const QString &schema, const QString &table,
                                                        QString *errorString);
};

} // namespace sluice::engine
