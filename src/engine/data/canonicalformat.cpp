#include "engine/data/canonicalformat.h"

#include "engine/dump/copytextcodec.h"

#include <QDateTime>
#include <QTimeZone>

#include <charconv>
#include <cmath>
#include <cstdio>

namespace sluice::engine {

namespace {

// Lays out the shortest scientific form ("1.2345e+20") the way PostgreSQL's ryu
// output does: plain notation when minExp <= exponent < maxExp.
void appendShortest(QByteArray &out, const char *sci, qsizetype length, int maxExp)
{
    const char *ePos = static_cast<const char *>(memchr(sci, 'e', size_t(length)));
    // to_chars does not terminate its output: parse the exponent within bounds.
    const char *expBegin = ePos + 1 + (ePos[1] == '+' ? 1 : 0);
    int exponent = 0;
    std::from_chars(expBegin, sci + length, exponent);
    if (exponent < -4 || exponent >= maxExp) {
        out.append(sci, length);
        return;
    }
    const bool negative = sci[0] == '-';
    QByteArray digits;
    for (const char *p = sci + (negative ? 1 : 0); p < ePos; ++p) {
        if (*p != '.')
            digits.append(*p);
    }
    if (negative)
        out.append('-');
    if (exponent < 0) {
        out.append("0.", 2);
        out.append(QByteArray(-exponent - 1, '0'));
        out.append(digits);
        return;
    }
    const qsizetype intDigits = exponent + 1;
    if (digits.size() <= intDigits) {
        out.append(digits);
        out.append(QByteArray(intDigits - digits.size(), '0'));
        return;
    }
    out.append(digits.constData(), intDigits);
    out.append('.');
    out.append(digits.constData() + intDigits, digits.size() - intDigits);
}

template <typename F>
bool appendSpecial(QByteArray &out, F value)
{
    if (std::isnan(value))
        out.append("NaN");
    else if (std::isinf(value))
        out.append(value > 0 ? "Infinity" : "-Infinity");
    else
        return false;
    return true;
}

} // namespace

void CanonicalFormat::appendFloat8(QByteArray &out, double value)
{
    if (appendSpecial(out, value))
        return;
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    appendShortest(out, buffer, result.ptr - buffer, 15);
}

void CanonicalFormat::appendFloat4(QByteArray &out, float value)
{
    if (appendSpecial(out, value))
        return;
    char buffer[64];
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::scientific);
    appendShortest(out, buffer, result.ptr - buffer, 6);
}

void CanonicalFormat::appendDecimal(QByteArray &out, qint64 value, int scale)
{
    out.append(QByteArray::number(value));
    if (scale > 0) {
        out.append('.');
        out.append(QByteArray(scale, '0'));
    }
}

void CanonicalFormat::appendDecimal(QByteArray &out, double value, int scale)
{
    if (appendSpecial(out, value))
        return;
    char buffer[400];
    if (scale >= 0) {
        const int n = std::snprintf(buffer, sizeof buffer, "%.*f", qMin(scale, 60), value);
        out.append(buffer, qMin<qsizetype>(n, sizeof buffer - 1));
        return;
    }
    const auto result =
        std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
    out.append(buffer, result.ptr - buffer);
}

void CanonicalFormat::appendHex(QByteArray &out, const char *data, qsizetype size)
{
    static constexpr char digits[] = "0123456789abcdef";
    const qsizetype start = out.size();
    out.resize(start + 3 + 2 * size);
    char *p = out.data() + start;
    // The field's text is \x...; COPY escapes its backslash.
    *p++ = '\\';
    *p++ = '\\';
    *p++ = 'x';
    for (qsizetype i = 0; i < size; ++i) {
        const auto byte = static_cast<unsigned char>(data[i]);
        *p++ = digits[byte >> 4];
        *p++ = digits[byte & 15];
    }
}

void CanonicalFormat::appendBits(QByteArray &out, QByteArrayView bigEndian, int bits)
{
    const qsizetype total = bigEndian.size() * 8;
    for (qsizetype i = total - bits; i < total; ++i) {
        if (i < 0) {
            out.append('0');
            continue;
        }
        const auto byte = static_cast<unsigned char>(bigEndian[i / 8]);
        out.append(((byte >> (7 - i % 8)) & 1) ? '1' : '0');
    }
}

void CanonicalFormat::appendDateTime(QByteArray &out, QByteArrayView text, bool withZone)
{
    // Split "date time.fraction" from a trailing zone (Z, +hh, +hh:mm, -hhmm).
    qsizetype zoneAt = text.size();
    if (text.endsWith('Z') || text.endsWith('z')) {
        zoneAt = text.size() - 1;
    } else {
        for (qsizetype i = text.size() - 1; i >= 8; --i) {
            const char c = text[i];
            if (c == '+' || (c == '-' && i > 10 && text[i - 1] != ' ')) {
                zoneAt = i;
                break;
            }
            if (c != ':' && (c < '0' || c > '9'))
                break;
        }
    }
    QByteArray body = text.first(zoneAt).toByteArray();
    if (body.size() > 10 && body[10] == 'T')
        body[10] = ' ';
    const QByteArrayView zone = text.sliced(zoneAt);
    const bool utc = zone.isEmpty() || zone == "Z" || zone == "z" || zone == "+00" ||
                     zone == "+00:00" || zone == "+0000" || zone == "-00";
    if (withZone && !utc) {
        QDateTime moment = QDateTime::fromString(QString::fromLatin1(body + zone.toByteArray()),
                                                 Qt::ISODateWithMs);
        if (moment.isValid())
            body = moment.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz").toLatin1();
    }
    if (const qsizetype dot = body.lastIndexOf('.'); dot > body.lastIndexOf(':')) {
        qsizetype end = body.size();
        while (end > dot + 1 && body[end - 1] == '0')
            --end;
        if (end == dot + 1)
            end = dot;
        body.truncate(end);
    }
    out.append(body);
    if (withZone)
        out.append("+00", 3);
    else
        CopyTextCodec::appendEscaped(out, zone);
}

void CanonicalFormat::appendUnixTime(QByteArray &out, double seconds, bool withZone)
{
    const auto ms = static_cast<qint64>(std::llround(seconds * 1000.0));
    const QDateTime moment = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    appendDateTime(out, moment.toString(u"yyyy-MM-dd HH:mm:ss.zzz").toLatin1(), withZone);
}

bool CanonicalFormat::textIsTrue(QByteArrayView text)
{
    const QByteArray lower = text.toByteArray().trimmed().toLower();
    return lower == "t" || lower == "true" || lower == "1" || lower == "yes" || lower == "y" ||
           lower == "on";
}

} // namespace sluice::engine
