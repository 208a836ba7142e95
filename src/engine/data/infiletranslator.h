#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace sluice::engine {

// Rewrites COPY text into the escaping of MariaDB's LOAD DATA ... ESCAPED BY '\\'.
// The two agree on \t \n \r \b \\ and \N (NULL); LOAD DATA lacks \f, \v and the
// \NNN octal and \xHH hex escapes, which become the raw byte (re-escaped when that
// byte is a tab, newline, backslash or NUL). Pieces may split an escape anywhere.
class InfileTranslator
{
public:
    // Appends the translation of data to out; with atEnd, also flushes a held tail.
    void translate(QByteArrayView data, bool atEnd, QByteArray &out);

private:
    QByteArray m_pending; // an escape cut off at the end of the previous piece
};

} // namespace sluice::engine
