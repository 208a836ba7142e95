#include "engine/data/tablechecksum.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/tablereader.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <xxhash.h>

#include <cstring>

namespace sluice::engine {

namespace {

// PostgreSQL's COPY escapes backspace, form feed and vertical tab (\b \f \v); the
// other readers may leave those bytes raw. Both mean the same value, so hash them raw.
const QByteArray &normalized(QByteArrayView row, QByteArray &scratch, bool *changed)
{
    *changed = false;
    scratch.resize(0);
    const char *p = row.data();
    const char *end = p + row.size();
    while (const char *backslash =
               static_cast<const char *>(std::memchr(p, '\\', size_t(end - p)))) {
        if (backslash + 1 >= end)
            break;
        const char e = backslash[1];
        const char raw = e == 'b' ? '\b' : e == 'f' ? '\f' : e == 'v' ? '\v' : 0;
        if (raw) {
            scratch.append(p, backslash - p).append(raw);
            *changed = true;
        } else {
            scratch.append(p, backslash + 2 - p);
        }
        p = backslash + 2;
    }
    scratch.append(p, end - p);
    return scratch;
}

} // namespace

void TableChecksum::Accumulator::addRow(QByteArrayView row)
{
    if (row.contains('\\')) {
        bool changed = false;
        const QByteArray &plain = normalized(row, m_scratch, &changed);
        if (changed)
            row = plain;
    }
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
