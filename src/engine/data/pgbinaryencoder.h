#pragma once

#include "engine/data/pgbinaryvalue.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sluice::engine {

// Transcodes canonical COPY text rows (docs/data-format.md) into PostgreSQL's binary
// COPY format for a fixed list of column types, one row at a time, into a caller's
// buffer: no allocation per value (one scratch buffer for escaped fields is reused).
// A row it cannot transcode exactly (a value not in canonical form, a field count
// that does not match, an escape whose meaning depends on the COPY text parser such
// as the "\." end marker, a raw carriage return) is declined and left for the text
// path, which gives the server's own result or error.
class PgBinaryEncoder
{
public:
    PgBinaryEncoder(QList<PgBinaryType> columns, PgBinaryValue::Options options);

    // The file header (signature, flags, no extension) and trailer of binary COPY.
    [[nodiscard]] static QByteArrayView header();
    [[nodiscard]] static QByteArrayView trailer();

    // Appends the binary tuple for one text row (without its newline) to out; false,
    // with out unchanged, when the row is declined.
    [[nodiscard]] bool appendRow(QByteArrayView row, QByteArray &out);

    [[nodiscard]] qsizetype columnCount() const { return m_columns.size(); }

private:
    // Unescapes a field that has backslashes into m_scratch, from *pos up to the
    // next unescaped tab or the end; false when it holds an escape left to the text
    // path.
    bool unescapeField(QByteArrayView row, qsizetype *pos);

    QList<PgBinaryType> m_columns;
    PgBinaryValue::Options m_options;
    QByteArray m_scratch;
};

} // namespace sluice::engine
