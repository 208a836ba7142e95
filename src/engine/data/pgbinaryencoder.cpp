#include "engine/data/pgbinaryencoder.h"

#include "engine/core/asciidigits.h"

#include <QtEndian>
#include <cstring>

namespace sluice::engine {

namespace {

// The COPY binary file format (PostgreSQL documentation, COPY, "Binary Format"):
// an 11-byte signature, a 32-bit flags field (no OIDs) and a 32-bit header
// extension length (none); each tuple is a 16-bit field count and, per field, a
// 32-bit length (-1 for NULL) and the bytes; the trailer is a field count of -1.
constexpr char kHeader[] = "PGCOPY\n\377\r\n\0\0\0\0\0\0\0\0\0";
constexpr char kTrailer[] = "\377\377";

} // namespace

PgBinaryEncoder::PgBinaryEncoder(QList<PgBinaryType> columns, PgBinaryValue::Options options)
    : m_columns(std::move(columns))
    , m_options(options)
{}

QByteArrayView PgBinaryEncoder::header()
{
    return QByteArrayView(kHeader, 19);
}

QByteArrayView PgBinaryEncoder::trailer()
{
    return QByteArrayView(kTrailer, 2);
}

// CopyReadAttributesText's escapes: \b \f \n \r \t \v, \ooo (1-3 octal digits),
// \xh[h], and \c for any other c. "\." is the end-of-data marker there (or an
// error), so a row holding it is declined.
bool PgBinaryEncoder::unescapeField(QByteArrayView row, qsizetype *pos)
{
    m_scratch.resize(0);
    const char *p = row.data();
    const qsizetype size = row.size();
    qsizetype i = *pos;
    for (; i < size && p[i] != '\t'; ++i) {
        if (p[i] != '\\') {
            m_scratch.append(p[i]);
            continue;
        }
        if (++i == size)
            return false; // a backslash before the newline continues the row in COPY text
        const char e = p[i];
        char value = e;
        switch (e) {
        case 'b':
            value = '\b';
            break;
        case 'f':
            value = '\f';
            break;
        case 'n':
            value = '\n';
            break;
        case 'r':
            value = '\r';
            break;
        case 't':
            value = '\t';
            break;
        case 'v':
            value = '\v';
            break;
        case '.':
            return false;
        case 'x':
            if (i + 1 < size && hexValue(p[i + 1]) >= 0) {
                int hex = hexValue(p[++i]);
                if (i + 1 < size && hexValue(p[i + 1]) >= 0)
                    hex = hex * 16 + hexValue(p[++i]);
                value = char(hex);
            }
            break;
        default:
            if (isOctal(e)) {
                int octal = e - '0';
                for (int n = 1; n < 3 && i + 1 < size && isOctal(p[i + 1]); ++n)
                    octal = octal * 8 + (p[++i] - '0');
                value = char(octal & 0xff);
            }
        }
        m_scratch.append(value);
    }
    *pos = i;
    return true;
}

bool PgBinaryEncoder::appendRow(QByteArrayView row, QByteArray &out)
{
    const char *data = row.data();
    const qsizetype size = row.size();
    // COPY text refuses a raw carriage return in data (or takes it for the line end).
    if (size > 0 && std::memchr(data, '\r', size_t(size)))
        return false;
    const qsizetype start = out.size();
    const qsizetype columns = m_columns.size();
    out.resize(start + 2 + size + columns * (4 + PgBinaryValue::kSlack));
    char *w = out.data() + start;
    qToBigEndian<qint16>(qint16(columns), w);
    w += 2;
    qsizetype pos = 0;
    // The first backslash at or after the current field (most rows have none): one
    // scan per row instead of one per field.
    const char *backslash =
        size > 0 ? static_cast<const char *>(std::memchr(data, '\\', size_t(size))) : nullptr;
    for (qsizetype c = 0; c < columns; ++c) {
        if (c > 0) {
            if (pos >= size || data[pos] != '\t') {
                out.resize(start); // fewer fields than columns
                return false;
            }
            ++pos;
        }
        const char *field = data + pos;
        // memchr must not see a null pointer, even for no bytes (an empty row).
        const void *tab = pos < size ? std::memchr(field, '\t', size_t(size - pos)) : nullptr;
        const qsizetype rawSize = tab ? static_cast<const char *>(tab) - field : size - pos;
        if (rawSize == 2 && field[0] == '\\' && field[1] == 'N') {
            qToBigEndian<qint32>(-1, w);
            w += 4;
            pos += 2;
            continue;
        }
        QByteArrayView text(field, rawSize);
        if (backslash && backslash < field)
            backslash = static_cast<const char *>(std::memchr(field, '\\', size_t(size - pos)));
        if (backslash && backslash < field + rawSize) {
            // bytea's "\\x..." is the one common escaped form: "\\" then plain hex.
            if (rawSize > 2 && field[0] == '\\' && field[1] == '\\' && field[2] == 'x' &&
                !std::memchr(field + 2, '\\', size_t(rawSize - 2))) {
                text = text.sliced(1);
                pos += rawSize;
            } else {
                if (!unescapeField(row, &pos) || m_scratch.size() > rawSize) {
                    out.resize(start);
                    return false;
                }
                text = m_scratch;
            }
        } else {
            pos += rawSize;
        }
        const qsizetype n = PgBinaryValue::encode(m_columns.at(c), text, w + 4, m_options);
        if (n < 0) {
            out.resize(start);
            return false;
        }
        qToBigEndian<qint32>(qint32(n), w);
        w += 4 + n;
    }
    if (pos != size) { // more fields than columns
        out.resize(start);
        return false;
    }
    out.resize(w - out.constData());
    return true;
}

} // namespace sluice::engine
