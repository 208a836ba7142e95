#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace sluice::engine {

// One field of a COPY text row: NULL, or the unescaped bytes.
struct CopyTextField
{
    bool isNull = false;
    QByteArray value;
    bool operator==(const CopyTextField &other) const = default;
};

// The row format of every data chunk in a dump: PostgreSQL's COPY text format
// (docs/dump-format.md, "Data chunks"). A row is its fields joined by TAB and ended
// by LF; NULL is \N; in a value, backslash, LF, CR, TAB and NUL are written \\, \n,
// \r, \t and \000. That subset is what both PostgreSQL's COPY FROM and MariaDB's
// LOAD DATA ... FIELDS ESCAPED BY '\\' read back exactly. Decoding accepts all of
// PostgreSQL's escapes: \b \f \n \r \t \v, \ooo octal (1-3 digits), \xhh hex (1-2
// digits), and \c for any other c. Values are bytes; UTF-8 passes through untouched.
class CopyTextCodec
{
public:
    // Appends value escaped as one field (no separator).
    static void appendEscaped(QByteArray &out, const char *data, qsizetype size);
    static void appendEscaped(QByteArray &out, QByteArrayView value)
    {
        appendEscaped(out, value.data(), value.size());
    }
    static void appendNull(QByteArray &out) { out.append("\\N", 2); }
    // Appends a whole row with its separators and final newline; a nullopt is NULL.
    static void appendRow(QByteArray &out, const QList<std::optional<QByteArray>> &values);

    // Splits one row (without its newline) into fields, reusing fields' storage, and
    // returns the number of fields. Never fails: a lone trailing backslash is kept.
    static qsizetype splitRow(QByteArrayView row, QList<CopyTextField> &fields);
    // Unescapes one field's text into out; false (out empty) when it is \N.
    static bool unescape(QByteArrayView field, QByteArray &out);
    // Strict decoding of a row: nullopt with *error for a row that COPY FROM would
    // reject (a trailing lone backslash, a raw carriage return).
    [[nodiscard]] static std::optional<QList<CopyTextField>> decodeRow(QByteArrayView row,
                                                                       QString *error);

    // The next row of a chunk: the bytes up to (not including) the next LF from *pos;
    // advances *pos past it. nullopt at the end, or at PostgreSQL's "\." end marker.
    [[nodiscard]] static std::optional<QByteArrayView> nextRow(QByteArrayView chunk,
                                                               qsizetype *pos);

    // bytea values in PostgreSQL's hex output form: "\x" then two lower-case hex digits
    // per byte. (The field escaping then doubles the backslash.)
    [[nodiscard]] static QByteArray encodeBytea(QByteArrayView bytes);
    // Accepts the hex form and the older escape form (\ooo octal, \\ for a backslash).
    [[nodiscard]] static std::optional<QByteArray> decodeBytea(QByteArrayView text);
};

} // namespace sluice::engine
