#include "engine/data/copytext.h"

namespace sluice::engine {

namespace {

// The escape letter for a byte, or 0 when it is written as is.
constexpr char escapeFor(unsigned char c)
{
    switch (c) {
    case '\\':
        return '\\';
    case '\t':
        return 't';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\v':
        return 'v';
    default:
        return 0;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

void CopyText::appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    // Copy runs of plain bytes in one append: most values need no escape at all.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char letter = escapeFor(static_cast<unsigned char>(data[i]));
        if (letter == 0)
            continue;
        out.append(data + runStart, i - runStart);
        const char pair[2] = {'\\', letter};
        out.append(pair, 2);
        runStart = i + 1;
    }
    out.append(data + runStart, size - runStart);
}

bool CopyText::unescape(QByteArrayView field, QByteArray &out)
{
    out.clear();
    if (field.size() == 2 && field[0] == '\\' && field[1] == 'N')
        return false;
    const char *p = field.data();
    const char *end = p + field.size();
    while (p < end) {
        const char c = *p++;
        if (c != '\\' || p == end) {
            out.append(c);
            continue;
        }
        const char e = *p++;
        switch (e) {
        case 't':
            out.append('\t');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'v':
            out.append('\v');
            break;
        case 'x': {
            int value = 0;
            int digits = 0;
            while (digits < 2 && p < end && hexValue(*p) >= 0)
                value = value * 16 + hexValue(*p++), ++digits;
            out.append(digits ? char(value) : 'x');
            break;
        }
        default:
            if (e >= '0' && e <= '7') {
                int value = e - '0';
                for (int n = 0; n < 2 && p < end && *p >= '0' && *p <= '7'; ++n)
                    value = value * 8 + (*p++ - '0');
                out.append(char(value & 0xff));
            } else {
                out.append(e);
            }
        }
    }
    return true;
}

qsizetype CopyText::splitRow(QByteArrayView row, QList<CopyField> &fields)
{
    qsizetype count = 0;
    qsizetype start = 0;
    const qsizetype size = row.size();
    for (qsizetype i = 0; i <= size; ++i) {
        if (i < size && row[i] != '\t')
            continue;
        if (fields.size() <= count)
            fields.resize(count + 1);
        CopyField &field = fields[count++];
        field.isNull = !unescape(row.sliced(start, i - start), field.value);
        start = i + 1;
    }
    return count;
}

} // namespace sluice::engine
