#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

namespace sluice::engine {

// One field of a decoded COPY text row: a NULL, or the unescaped bytes.
struct CopyField
{
    bool isNull = false;
    QByteArray value;
};

// PostgreSQL COPY text format, the data format of every dump (docs/data-format.md):
// fields separated by a tab, rows ended by a newline, NULL written as \N, and
// backslash escapes for backslash, tab, newline, carriage return, backspace, form
// feed and vertical tab. Decoding also accepts \NNN octal and \xHH hex escapes.
//
// This is the data module's own minimal codec, kept to the interface below so that
// it can be replaced by the dump module's codec without touching its callers.
class CopyText
{
public:
    // Appends value escaped as one field (no separator).
    static void appendEscaped(QByteArray &out, const char *data, qsizetype size);
    static void appendEscaped(QByteArray &out, QByteArrayView value)
    {
        appendEscaped(out, value.data(), value.size());
    }
    static void appendNull(QByteArray &out) { out.append("\\N", 2); }

    // Splits one row (without its newline) into fields, reusing fields' storage.
    // Returns the number of fields.
    static qsizetype splitRow(QByteArrayView row, QList<CopyField> &fields);
    // Unescapes one field's text into out; false when it is \N.
    static bool unescape(QByteArrayView field, QByteArray &out);
};

} // namespace sluice::engine
