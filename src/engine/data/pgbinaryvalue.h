#pragma once

#include <QByteArrayView>
#include <QtGlobal>
#include <optional>

namespace sluice::engine {

// The PostgreSQL types whose binary COPY form Sluice writes itself (the server's
// *_recv functions read them). varchar, bpchar and text share one form; the server
// applies a column's typmod (length, numeric precision and scale, timestamp
// precision) when it receives the value, exactly as the text input function does.
enum class PgBinaryType : quint8 {
    Int2,
    Int4,
    Int8,
    Float4,
    Float8,
    Numeric,
    Bool,
    Text,
    Name,
    Bytea,
    Date,
    Timestamp,
    TimestampTz,
    Uuid,
    Json,
    Jsonb,
};

// Converts one value from its canonical COPY text form (docs/data-format.md, after
// COPY unescaping) to the binary form binary COPY expects. It accepts only the forms
// Sluice's readers and PostgreSQL's output functions produce, and declines anything
// else (another spelling, a value out of range): the caller then lets the server
// parse the text, so a declined value is never an error by itself.
class PgBinaryValue
{
public:
    // The binary form of a value never needs more than its text's size plus this.
    static constexpr qsizetype kSlack = 16;

    struct Options
    {
        // numeric Infinity and -Infinity exist from PostgreSQL 14 on.
        bool numericInfinity = true;
        // A timestamptz text without an offset is UTC (the session's TimeZone is UTC,
        // as DataSession sets it); otherwise such a value is declined.
        bool bareTimestampTzIsUtc = false;
    };

    // The type for a built-in type OID; nullopt for every other type.
    [[nodiscard]] static std::optional<PgBinaryType> typeOfOid(quint32 oid);

    // Writes the binary form of text (without the length word) at out, which has
    // room for text.size() + kSlack bytes, and returns its size; -1 when declined.
    [[nodiscard]] static qsizetype encode(PgBinaryType type, QByteArrayView text, char *out,
                                          const Options &options);

    // Microseconds since 2000-01-01 for a canonical timestamp text (with an
    // optional UTC offset, which is applied, and " BC"); nullopt when declined.
    [[nodiscard]] static std::optional<qint64> timestampMicros(QByteArrayView text, bool withZone,
                                                               bool bareIsUtc);
    // Days since 2000-01-01 for a canonical date text; nullopt when declined.
    [[nodiscard]] static std::optional<qint32> dateDays(QByteArrayView text);
};

} // namespace sluice::engine
