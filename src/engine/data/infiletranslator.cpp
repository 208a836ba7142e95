#include "engine/data/infiletranslator.h"

#include "engine/core/asciidigits.h"

namespace sluice::engine {

namespace {

void appendMariadbByte(QByteArray &out, char byte)
{
    switch (byte) {
    case '\t':
        out.append("\\t", 2);
        break;
    case '\n':
        out.append("\\n", 2);
        break;
    case '\\':
        out.append("\\\\", 2);
        break;
    case '\0':
        out.append("\\0", 2);
        break;
    default:
        out.append(byte);
    }
}

// Translates the escape at p (p[0] == '\\'); returns the bytes it used.
qsizetype translateEscape(const char *p, const char *end, QByteArray &out)
{
    if (p + 1 >= end) {
        out.append('\\');
        return 1;
    }
    const char e = p[1];
    if (e == 'f' || e == 'v') {
        out.append(e == 'f' ? '\f' : '\v');
        return 2;
    }
    if (e >= '0' && e <= '7') {
        int value = 0;
        qsizetype n = 1;
        while (n <= 3 && p + n < end && p[n] >= '0' && p[n] <= '7')
            value = value * 8 + (p[n++] - '0');
        appendMariadbByte(out, char(value & 0xff));
        return n;
    }
    if (e == 'x' && p + 2 < end && hexValue(p[2]) >= 0) {
        int value = hexValue(p[2]);
        qsizetype n = 3;
        if (p + 3 < end && hexValue(p[3]) >= 0)
            value = value * 16 + hexValue(p[n++]);
        appendMariadbByte(out, char(value));
        return n;
    }
    out.append(p, 2);
    return 2;
}

} // namespace

void InfileTranslator::translate(QByteArrayView data, bool atEnd, QByteArray &out)
{
    QByteArray joined;
    if (!m_pending.isEmpty()) {
        joined = m_pending;
        joined.append(data);
        m_pending.clear();
        data = joined;
    }
    const char *p = data.data();
    const char *end = p + data.size();
    while (p < end) {
        const char *backslash = static_cast<const char *>(memchr(p, '\\', size_t(end - p)));
        if (!backslash) {
            out.append(p, end - p);
            return;
        }
        out.append(p, backslash - p);
        // An escape is at most 4 bytes (\NNN); hold a possibly cut one for the next piece.
        if (!atEnd && end - backslash < 4) {
            m_pending = QByteArray(backslash, end - backslash);
            return;
        }
        p = backslash + translateEscape(backslash, end, out);
    }
}

} // namespace sluice::engine
