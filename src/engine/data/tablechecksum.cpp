#include "engine/data/tablechecksum.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/tablereader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <xxhash.h>

namespace sluice::engine {

void TableChecksum::Accumulator::addRow(QByteArrayView row)
{
    const XXH128_hash_t hash = XXH3_128bits(row.data(), size_t(row.size()));
    const quint64 low = m_low + hash.low64;
    m_high += hash.high64 + (low < m_low ? 1 : 0);
    m_low = low;
    ++m_rows;
}

QString TableChecksum::Accumulator::checksum() const
{
    return QStringLiteral("%1%2")
        .arg(m_high, 16, 16, QLatin1Char('0'))
        .arg(m_low, 16, 16, QLatin1Char('0'));
}

ChecksumResult TableChecksum::compute(QSqlDatabase &db, Dialect dialect, const ReadRequest &request)
{
    ChecksumResult result;
    Accumulator sum;
    RowSplitter splitter;
    const auto reader = TableReader::create(dialect);
    const ReadResult read = reader->read(db, request, [&](QByteArrayView data) {
        return splitter.feed(data, [&](QByteArrayView row) {
            sum.addRow(row);
            return true;
        });
    });
    result.ok = read.ok;
    result.errorString = read.errorString;
    result.rows = sum.rows();
    result.checksum = sum.checksum();
    return result;
}

std::optional<qint64> TableChecksum::rowCount(QSqlDatabase &db, Dialect dialect,
                                              const QString &schema, const QString &table,
                                              QString *errorString)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT count(*) FROM " + SqlQuoting::qualified(schema, table, dialect)) ||
        !query.next()) {
        if (errorString)
            *errorString = query.lastError().text();
        return std::nullopt;
    }
    return query.value(0).toLongLong();
}

} // namespace sluice::engine
