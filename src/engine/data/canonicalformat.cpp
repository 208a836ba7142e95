#include "engine/data/canonicalformat.h"

#include "engine/dump/copytextcodec.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

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
    // The mantissa's digits without the point: at most 17 (double) or 9 (float).
    char digits[32];
    qsizetype count = 0;
    for (const char *p = sci + (negative ? 1 : 0); p < ePos && count < qsizetype(sizeof digits);
         ++p) {
        if (*p != '.')
            digits[count++] = *p;
    }
    // Room for the sign, "0.", up to 4 leading zeros or 14 trailing ones, the digits.
    char text[64];
    char *p = text;
    if (negative)
        *p++ = '-';
    if (exponent < 0) {
        *p++ = '0';
        *p++ = '.';
        p = std::fill_n(p, -exponent - 1, '0');
        p = std::copy_n(digits, count, p);
    } else if (const qsizetype intDigits = exponent + 1; count <= intDigits) {
        p = std::copy_n(digits, count, p);
        p = std::fill_n(p, intDigits - count, '0');
    } else {
        p = std::copy_n(digits, intDigits, p);
        *p++ = '.';
        p = std::copy_n(digits + intDigits, count - intDigits, p);
    }
    out.append(text, p - text);
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
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    const qsizetype length = result.ptr - buffer;
    const qsizetype zeros = scale > 0 ? scale + 1 : 0;
    const qsizetype start = out.size();
    out.resize(start + length + zeros);
    char *p = std::copy_n(buffer, length, out.data() + start);
    if (zeros > 0) {
        *p++ = '.';
        std::fill_n(p, scale, '0');
    }
}

void CanonicalFormat::appendDecimal(QByteArray &out, double value, int scale)
{
    if (appendSpecial(out, value))
        return;
    // 309 integer digits at most, a sign, a point and up to 60 decimals.
    char buffer[400];
    // With a precision, to_chars prints what printf("%.*f") prints (exact rounding of
    // the binary value, "-0.00" for negative zero), without the locale or a format
    // string to parse.
    const auto result =
        scale >= 0 ? std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed,
                                   qMin(scale, 60))
                   : std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed);
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

namespace {

// The end of `body` without the fraction's trailing zeros (and a bare point).
qsizetype trimmedFraction(QByteArrayView body)
{
    const qsizetype dot = body.lastIndexOf('.');
    if (dot <= body.lastIndexOf(':'))
        return body.size();
    qsizetype end = body.size();
    while (end > dot + 1 && body[end - 1] == '0')
        --end;
    return end == dot + 1 ? dot : end;
}

// A date/time body (no zone) appended with 'T' as a space and the fraction trimmed.
void appendBody(QByteArray &out, QByteArrayView body)
{
    const qsizetype end = trimmedFraction(body);
    const qsizetype start = out.size();
    out.append(body.data(), end);
    if (end > 10 && out[start + 10] == 'T')
        out[start + 10] = ' ';
}

} // namespace

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
    const QByteArrayView body = text.first(zoneAt);
    const QByteArrayView zone = text.sliced(zoneAt);
    const bool utc = zone.isEmpty() || zone == "Z" || zone == "z" || zone == "+00" ||
                     zone == "+00:00" || zone == "+0000" || zone == "-00";
    if (withZone && !utc) {
        // Rare (an offset other than UTC): convert through QDateTime.
        QByteArray local = body.toByteArray();
        if (local.size() > 10 && local[10] == 'T')
            local[10] = ' ';
        const QDateTime moment = QDateTime::fromString(
            QString::fromLatin1(local + zone.toByteArray()), Qt::ISODateWithMs);
        if (moment.isValid())
            local = moment.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz").toLatin1();
        appendBody(out, local);
    } else {
        appendBody(out, body);
    }
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
    // A number is true when it is not zero, as MariaDB's and SQLite's conditions
    // read it (a TINYINT(1) may hold 5).
    bool number = false;
    const double value = lower.toDouble(&number);
    if (number)
        return value != 0;
    return lower == "t" || lower == "true" || lower == "yes" || lower == "y" || lower == "on";
}

} // namespace sluice::engine
