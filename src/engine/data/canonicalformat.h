#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sluice::engine {

// Writes values in the canonical COPY text forms of docs/data-format.md, the forms
// PostgreSQL's COPY prints under the session settings DataSession applies. The SQLite
// and MariaDB readers use these so that equal data gives equal bytes on every engine.
// Every function appends one field's escaped text to out.
class CanonicalFormat
{
public:
    // Shortest text that reads back to the same double (float4: the same float), laid
    // out as PostgreSQL does: plain notation for exponents -4..14 (float4: -4..5), else
    // d.ddde+XX; Infinity, -Infinity and NaN spelled out.
    static void appendFloat8(QByteArray &out, double value);
    static void appendFloat4(QByteArray &out, float value);
    // An exact decimal with `scale` digits after the point (scale < 0: as few as needed).
    static void appendDecimal(QByteArray &out, qint64 value, int scale);
    static void appendDecimal(QByteArray &out, double value, int scale);
    static void appendInteger(QByteArray &out, qint64 value) { appendDecimal(out, value, 0); }
    // Bytes as PostgreSQL's bytea hex form: \x followed by lower-case hex digits
    // (escaped in COPY text as \\x...).
    static void appendHex(QByteArray &out, const char *data, qsizetype size);
    // The low `bits` bits of value as a string of 0 and 1 (PostgreSQL bit(n)).
    static void appendBits(QByteArray &out, QByteArrayView bigEndian, int bits);
    static void appendBoolean(QByteArray &out, bool value) { out.append(value ? 't' : 'f'); }
    // Date/time text made canonical: 'T' separator to a space, trailing zeros of the
    // fraction (and a bare point) dropped, and for withZone a UTC offset: a missing
    // offset or Z becomes +00, other offsets are converted to UTC.
    static void appendDateTime(QByteArray &out, QByteArrayView text, bool withZone);
    // Seconds since 1970-01-01 UTC as a timestamp (SQLite's integer date form).
    static void appendUnixTime(QByteArray &out, double seconds, bool withZone);
    // A SQLite/MariaDB boolean as text: a number (true when not zero) or a word ("true",
    // "t", "yes", "y", "on" are true).
    [[nodiscard]] static bool textIsTrue(QByteArrayView text);
};

} // namespace sluice::engine
