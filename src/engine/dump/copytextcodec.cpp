#include "engine/dump/copytextcodec.h"

#include "engine/core/asciidigits.h"

#include <QCoreApplication>
#include <cstring>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CopyTextCodec", text);
}

// The escape for a byte that must not appear raw in a field, or 0.
char escapeFor(char c)
{
    switch (c) {
    case '\\':
        return '\\';
    case '\n':
        return 'n';
    case '\r':
        return 'r';
    case '\t':
        return 't';
    // PostgreSQL's COPY escapes these three too; doing the same keeps the text of
    // one value byte-identical whichever engine it was read from.
    case '\b':
        return 'b';
    case '\f':
        return 'f';
    case '\v':
        return 'v';
    case '\0':
        return '0'; // written as \000: a bare \0 would swallow following octal digits
    default:
        return 0;
    }
}

} // namespace

void CopyTextCodec::appendEscaped(QByteArray &out, const char *data, qsizetype size)
{
    // Copy runs of plain bytes at once: most values have nothing to escape.
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const char escape = escapeFor(data[i]);
        if (!escape)
            continue;
        out.append(data + runStart, i - runStart);
        if (escape == '0') {
            out.append("\\000", 4);
        } else {
            const char pair[2] = {'\\', escape};
            out.append(pair, 2);
        }
        runStart = i + 1;
    }
    out.append(data + runStart, size - runStart);
}

void CopyTextCodec::appendRow(QByteArray &out, const QList<std::optional<QByteArray>> &values)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            out.append('\t');
        if (values.at(i))
            appendEscaped(out, *values.at(i));
        else
            appendNull(out);
    }
    out.append('\n');
}

bool CopyTextCodec::unescape(QByteArrayView field, QByteArray &out)
{
    out.clear();
    if (field.size() == 2 && field[0] == '\\' && field[1] == 'N')
        return false;
    out.reserve(field.size());
    const qsizetype size = field.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == size) {
            out.append(c);
            continue;
        }
        const char e = field[++i];
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'v':
            out.append('\v');
            break;
        case 'x':
            if (i + 1 < size && hexValue(field[i + 1]) >= 0) {
                int value = hexValue(field[++i]);
                if (i + 1 < size && hexValue(field[i + 1]) >= 0)
                    value = value * 16 + hexValue(field[++i]);
                out.append(char(value));
            } else {
                out.append('x');
            }
            break;
        default:
            if (isOctal(e)) {
                int value = e - '0';
                for (int digits = 1; digits < 3 && i + 1 < size && isOctal(field[i + 1]); ++digits)
                    value = value * 8 + (field[++i] - '0');
                out.append(char(value & 0xff));
            } else {
                out.append(e);
            }
        }
    }
    return true;
}

qsizetype CopyTextCodec::splitRow(QByteArrayView row, QList<CopyTextField> &fields)
{
    qsizetype count = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= row.size(); ++i) {
        if (i < row.size() && row[i] != '\t') {
            // An escaped character never ends a field (the tab itself is escaped as \t).
            if (row[i] == '\\' && i + 1 < row.size())
                ++i;
            continue;
        }
        if (count == fields.size())
            fields.append(CopyTextField());
        CopyTextField &field = fields[count++];
        field.isNull = !unescape(row.sliced(start, i - start), field.value);
        start = i + 1;
    }
    return count;
}

std::optional<QList<CopyTextField>> CopyTextCodec::decodeRow(QByteArrayView row, QString *error)
{
    bool escaped = false;
    for (qsizetype i = 0; i < row.size(); ++i) {
        const char c = row[i];
        if (escaped) {
            escaped = false;
            continue;
        }
        if (c == '\\')
            escaped = true;
        else if (c == '\r' || c == '\n') {
            *error = tr("a raw line break at byte %1 (line breaks must be written \\r or \\n)")
                         .arg(i + 1);
            return std::nullopt;
        }
    }
    if (escaped) {
        *error = tr("the row ends with a lone backslash");
        return std::nullopt;
    }
    QList<CopyTextField> fields;
    fields.resize(splitRow(row, fields));
    return fields;
}

std::optional<QByteArrayView> CopyTextCodec::nextRow(QByteArrayView chunk, qsizetype *pos)
{
    if (*pos >= chunk.size())
        return std::nullopt;
    const char *start = chunk.data() + *pos;
    const auto *newline =
        static_cast<const char *>(std::memchr(start, '\n', size_t(chunk.size() - *pos)));
    const qsizetype length = newline ? newline - start : chunk.size() - *pos;
    const QByteArrayView row(start, length);
    *pos += length + 1;
    if (row == QByteArrayView("\\.")) {
        *pos = chunk.size();
        return std::nullopt;
    }
    return row;
}

QByteArray CopyTextCodec::encodeBytea(QByteArrayView bytes)
{
    return QByteArray("\\x") + QByteArray::fromRawData(bytes.data(), bytes.size()).toHex();
}

std::optional<QByteArray> CopyTextCodec::decodeBytea(QByteArrayView text)
{
    QByteArray out;
    if (text.startsWith("\\x")) {
        if ((text.size() - 2) % 2 != 0)
            return std::nullopt;
        out.reserve((text.size() - 2) / 2);
        for (qsizetype i = 2; i < text.size(); i += 2) {
            const int high = hexValue(text[i]);
            const int low = hexValue(text[i + 1]);
            if (high < 0 || low < 0)
                return std::nullopt;
            out.append(char(high * 16 + low));
        }
        return out;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] != '\\') {
            out.append(text[i]);
        } else if (i + 1 < text.size() && text[i + 1] == '\\') {
            out.append('\\');
            ++i;
        } else if (i + 3 < text.size() + 0 && isOctal(text[i + 1]) && isOctal(text[i + 2]) &&
                   isOctal(text[i + 3])) {
            out.append(char(
                ((text[i + 1] - '0') * 64 + (text[i + 2] - '0') * 8 + (text[i + 3] - '0')) & 0xff));
            i += 3;
        } else {
            return std::nullopt;
        }
    }
    return out;
}

} // namespace sluice::engine
