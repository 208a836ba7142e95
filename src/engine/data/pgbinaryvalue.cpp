#include "engine/data/pgbinaryvalue.h"

#include "engine/core/asciidigits.h"

#include <QtEndian>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

// The binary forms follow PostgreSQL's receive functions (src/backend/utils/adt:
// int.c, int8.c, float.c, numeric.c numeric_recv, bool.c, varlena.c, varchar.c,
// name.c, date.c date_recv, timestamp.c timestamp_recv, uuid.c, json.c, jsonb.c).
// The text forms accepted are the canonical ones (docs/data-format.md), which are
// what PostgreSQL's output functions print with Sluice's session settings.

namespace sluice::engine {

namespace {

// datetime.h: the Julian day of 2000-01-01 and the ranges date_in and timestamp_in
// accept (4714-11-24 BC is Julian day 0).
constexpr qint64 kEpochJulian = 2451545;
constexpr qint64 kUsecsPerDay = 86400000000LL;
constexpr qint64 kDateEndJulian = 2147483494;     // 5874898-01-01
constexpr qint64 kTimestampEndJulian = 109203528; // 294277-01-01
constexpr qint64 kMinTimestamp = -211813488000000000LL;
constexpr qint64 kEndTimestamp = 9223371331200000000LL;
// The largest UTC offset the input functions accept (15:59:59).
constexpr int kMaxOffsetSeconds = 15 * 3600 + 59 * 60 + 59;
// numeric.c: sign words of the external format, and the largest display scale.
constexpr quint16 kNumericNeg = 0x4000;
constexpr quint16 kNumericNaN = 0xC000;
constexpr quint16 kNumericPinf = 0xD000;
constexpr quint16 kNumericNinf = 0xF000;
constexpr qsizetype kNumericDscaleMax = 0x3FFF;
// NAMEDATALEN - 1: namein truncates longer names, namerecv refuses them.
constexpr qsizetype kNameMax = 63;

template <typename T>
char *put(char *out, T value)
{
    qToBigEndian(value, out);
    return out + sizeof(T);
}

// A run of exactly n digits at p, or -1.
int digits(const char *p, int n)
{
    int value = 0;
    for (int i = 0; i < n; ++i) {
        if (!isDigit(p[i]))
            return -1;
        value = value * 10 + (p[i] - '0');
    }
    return value;
}

std::optional<qint64> parseInteger(QByteArrayView text)
{
    const char *p = text.data();
    const char *end = p + text.size();
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    // 19 digits cannot overflow 64 unsigned bits; longer texts (leading zeros) are
    // not canonical.
    if (p == end || end - p > 19)
        return std::nullopt;
    quint64 magnitude = 0;
    for (; p < end; ++p) {
        if (!isDigit(*p))
            return std::nullopt;
        magnitude = magnitude * 10 + quint64(*p - '0');
    }
    constexpr quint64 kMax = quint64(std::numeric_limits<qint64>::max());
    if (magnitude > kMax + (negative ? 1 : 0))
        return std::nullopt;
    if (negative)
        return magnitude == kMax + 1 ? std::numeric_limits<qint64>::min() : -qint64(magnitude);
    return qint64(magnitude);
}

// As float4in/float8in (strtof/strtod, correctly rounded like std::from_chars), for
// the canonical spellings. Overflow and underflow to zero are errors for the
// server, so they are declined here and the server reports them.
template <typename F>
std::optional<F> parseFloat(QByteArrayView text)
{
    if (text == "Infinity")
        return std::numeric_limits<F>::infinity();
    if (text == "-Infinity")
        return -std::numeric_limits<F>::infinity();
    if (text == "NaN")
        return std::numeric_limits<F>::quiet_NaN();
    bool nonZeroDigit = false;
    bool inExponent = false;
    for (const char c : text) {
        if (c == 'e' || c == 'E')
            inExponent = true;
        else if (isDigit(c))
            nonZeroDigit = nonZeroDigit || (!inExponent && c != '0');
        else if (c != '-' && c != '+' && c != '.')
            return std::nullopt; // "inf", "nan", spaces: not canonical
    }
    if (text.isEmpty() || text.front() == '+')
        return std::nullopt;
    F value = 0;
    const char *end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || std::isinf(value) || (value == 0 && nonZeroDigit))
        return std::nullopt;
    return value;
}

qsizetype numericSpecial(char *out, quint16 sign)
{
    char *w = put<quint16>(out, 0);
    w = put<qint16>(w, 0);
    w = put<quint16>(w, sign);
    w = put<quint16>(w, 0);
    return w - out;
}

// Writes the base-10000 groups of "[digits][.digits]" at out: the integer digits
// right-aligned on the decimal point, the fraction's left-aligned (zero-padded);
// returns how many.
qsizetype writeGroups(const char *intBegin, qsizetype nInt, const char *fracBegin, qsizetype nFrac,
                      char *out)
{
    qsizetype count = 0;
    const char *d = intBegin;
    for (qsizetype left = nInt; left > 0; ++count) {
        const qsizetype take = left % 4 == 0 ? 4 : left % 4;
        int value = 0;
        for (qsizetype k = 0; k < take; ++k)
            value = value * 10 + (*d++ - '0');
        qToBigEndian(qint16(value), out + 2 * count);
        left -= take;
    }
    d = fracBegin;
    const char *fracEnd = fracBegin + nFrac;
    while (d < fracEnd) {
        int value = 0;
        for (int k = 0; k < 4; ++k)
            value = value * 10 + (d < fracEnd ? *d++ - '0' : 0);
        qToBigEndian(qint16(value), out + 2 * count++);
    }
    return count;
}

// numeric_in's set_var_from_str for "[-]digits[.digits]": base-10000 digit groups,
// the first group's weight and the display scale, stripped of zero groups as
// make_result stores them. A zero is positive with no digits.
qsizetype encodeNumeric(QByteArrayView text, char *out, bool infinity)
{
    if (text == "NaN")
        return numericSpecial(out, kNumericNaN);
    if (text == "Infinity" || text == "-Infinity")
        return infinity ? numericSpecial(out, text[0] == '-' ? kNumericNinf : kNumericPinf) : -1;
    const char *p = text.data();
    const char *end = p + text.size();
    const bool negative = p < end && *p == '-';
    if (negative)
        ++p;
    const char *intBegin = p;
    while (p < end && isDigit(*p))
        ++p;
    const char *intEnd = p;
    const char *fracBegin = p;
    if (p < end && *p == '.') {
        fracBegin = ++p;
        while (p < end && isDigit(*p))
            ++p;
        if (p == fracBegin)
            return -1;
    }
    const qsizetype nFrac = p - fracBegin;
    if (p != end || intEnd == intBegin || nFrac > kNumericDscaleMax)
        return -1;
    while (intBegin < intEnd && *intBegin == '0')
        ++intBegin;
    const qsizetype nInt = intEnd - intBegin;
    // The groups go where the digits belong, then the zero groups at both ends are
    // cut (leading ones only come from the fraction: leading zeros are gone).
    char *digits = out + 8;
    const qsizetype count = writeGroups(intBegin, nInt, fracBegin, nFrac, digits);
    const auto isZero = [digits](qsizetype i) {
        return !digits[2 * i] && !digits[2 * i + 1];
    };
    qsizetype first = 0;
    while (first < count && isZero(first))
        ++first;
    qsizetype last = count;
    while (last > first && isZero(last - 1))
        --last;
    const qsizetype weight = first == count ? 0 : (nInt + 3) / 4 - 1 - first;
    if (weight > std::numeric_limits<qint16>::max())
        return -1;
    if (first > 0 && last > first)
        std::memmove(digits, digits + 2 * first, size_t(2 * (last - first)));
    char *w = put<quint16>(out, quint16(last - first));
    w = put<qint16>(w, qint16(weight));
    w = put<quint16>(w, negative && last > first ? kNumericNeg : 0);
    put<quint16>(w, quint16(nFrac));
    return 8 + 2 * (last - first);
}

// date2j() of datetime.c, for proleptic Gregorian astronomical years.
qint64 julianDay(qint64 year, int month, int day)
{
    if (month > 2) {
        month += 1;
        year += 4800;
    } else {
        month += 13;
        year += 4799;
    }
    const qint64 century = year / 100;
    qint64 julian = year * 365 - 32167;
    julian += year / 4 - century + century / 4;
    julian += 7834 * month / 256 + day;
    return julian;
}

bool isLeap(qint64 year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

// "YYYY-MM-DD" (four or more year digits) at the start of text, with " BC" already
// split off: the Julian day, and *used the characters read.
std::optional<qint64> parseDatePart(QByteArrayView text, bool bc, qsizetype *used)
{
    const char *p = text.data();
    qsizetype n = 0;
    while (n < text.size() && n < 8 && isDigit(p[n]))
        ++n;
    if (n < 4 || n > 7 || text.size() < n + 6 || p[n] != '-' || p[n + 3] != '-')
        return std::nullopt;
    qint64 year = digits(p, int(n));
    const int month = digits(p + n + 1, 2);
    const int day = digits(p + n + 4, 2);
    if (year <= 0 || month < 1 || month > 12 || day < 1) // there is no year 0 AD or BC
        return std::nullopt;
    if (bc)
        year = 1 - year;
    static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (day > kDays[month - 1] + (month == 2 && isLeap(year) ? 1 : 0) || year < -4713)
        return std::nullopt;
    const qint64 julian = julianDay(year, month, day);
    if (julian < 0 || julian >= kDateEndJulian)
        return std::nullopt;
    *used = n + 6;
    return julian;
}

bool splitBc(QByteArrayView *text)
{
    if (!text->endsWith(" BC"))
        return false;
    text->chop(3);
    return true;
}

// "HH:MM:SS[.ffffff]" at the start of text: microseconds of the day.
std::optional<qint64> parseTimePart(QByteArrayView text, qsizetype *used)
{
    if (text.size() < 8 || text[2] != ':' || text[5] != ':')
        return std::nullopt;
    const int hour = digits(text.data(), 2);
    const int minute = digits(text.data() + 3, 2);
    const int second = digits(text.data() + 6, 2);
    // 24:00:00 and leap seconds are valid input the server normalises: left to it.
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
        return std::nullopt;
    qint64 micros = ((hour * 60LL + minute) * 60 + second) * 1000000;
    qsizetype n = 8;
    if (n < text.size() && text[n] == '.') {
        qsizetype fraction = 0;
        qint64 value = 0;
        while (n + 1 < text.size() && isDigit(text[n + 1]) && fraction < 7) {
            value = value * 10 + (text[n + 1] - '0');
            ++fraction;
            ++n;
        }
        if (fraction == 0 || fraction > 6) // more digits would need the server's rounding
            return std::nullopt;
        ++n;
        for (qsizetype i = fraction; i < 6; ++i)
            value *= 10;
        micros += value;
    }
    *used = n;
    return micros;
}

// "+HH[:MM[:SS]]" as the whole of text: the offset east of UTC in seconds.
std::optional<int> parseOffset(QByteArrayView text)
{
    if ((text.size() != 3 && text.size() != 6 && text.size() != 9) ||
        (text[0] != '+' && text[0] != '-'))
        return std::nullopt;
    int seconds = 0;
    for (qsizetype i = 1; i < text.size(); i += 3) {
        if (i > 1 && text[i - 1] != ':')
            return std::nullopt;
        const int part = digits(text.data() + i, 2);
        if (part < 0 || (i > 1 && part > 59))
            return std::nullopt;
        seconds = seconds * 60 + part;
    }
    for (qsizetype i = text.size(); i < 9; i += 3)
        seconds *= 60;
    if (seconds > kMaxOffsetSeconds)
        return std::nullopt;
    return text[0] == '-' ? -seconds : seconds;
}

qsizetype encodeUuid(QByteArrayView text, char *out)
{
    if (text.size() != 36)
        return -1;
    qsizetype o = 0;
    for (qsizetype i = 0; i < 36;) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (text[i] != '-')
                return -1;
            ++i;
            continue;
        }
        const int high = hexValue(text[i]);
        const int low = hexValue(text[i + 1]);
        if (high < 0 || low < 0)
            return -1;
        out[o++] = char(high * 16 + low);
        i += 2;
    }
    return o;
}

qsizetype encodeBytea(QByteArrayView text, char *out)
{
    if (text.size() < 2 || text[0] != '\\' || text[1] != 'x' || text.size() % 2 != 0)
        return -1;
    const char *p = text.data() + 2;
    const qsizetype bytes = (text.size() - 2) / 2;
    for (qsizetype i = 0; i < bytes; ++i) {
        const int high = hexValue(p[2 * i]);
        const int low = hexValue(p[2 * i + 1]);
        if (high < 0 || low < 0)
            return -1;
        out[i] = char(high * 16 + low);
    }
    return bytes;
}

qsizetype copyText(QByteArrayView text, char *out)
{
    if (!text.isEmpty())
        std::memcpy(out, text.data(), size_t(text.size()));
    return text.size();
}

template <typename T>
qsizetype encodeInteger(QByteArrayView text, char *out)
{
    const std::optional<qint64> value = parseInteger(text);
    if (!value || *value < std::numeric_limits<T>::min() || *value > std::numeric_limits<T>::max())
        return -1;
    put<T>(out, T(*value));
    return sizeof(T);
}

template <typename F, typename Bits>
qsizetype encodeFloat(QByteArrayView text, char *out)
{
    static_assert(sizeof(F) == sizeof(Bits));
    const std::optional<F> value = parseFloat<F>(text);
    if (!value)
        return -1;
    Bits bits;
    std::memcpy(&bits, &*value, sizeof bits);
    put<Bits>(out, bits);
    return sizeof(Bits);
}

} // namespace

std::optional<PgBinaryType> PgBinaryValue::typeOfOid(quint32 oid)
{
    // pg_type.dat: these OIDs are fixed for the built-in types.
    switch (oid) {
    case 16:
        return PgBinaryType::Bool;
    case 17:
        return PgBinaryType::Bytea;
    case 19:
        return PgBinaryType::Name;
    case 20:
        return PgBinaryType::Int8;
    case 21:
        return PgBinaryType::Int2;
    case 23:
        return PgBinaryType::Int4;
    case 25:   // text
    case 1042: // bpchar
    case 1043: // varchar
        return PgBinaryType::Text;
    case 114:
        return PgBinaryType::Json;
    case 700:
        return PgBinaryType::Float4;
    case 701:
        return PgBinaryType::Float8;
    case 1082:
        return PgBinaryType::Date;
    case 1114:
        return PgBinaryType::Timestamp;
    case 1184:
        return PgBinaryType::TimestampTz;
    case 1700:
        return PgBinaryType::Numeric;
    case 2950:
        return PgBinaryType::Uuid;
    case 3802:
        return PgBinaryType::Jsonb;
    default:
        return std::nullopt;
    }
}

std::optional<qint32> PgBinaryValue::dateDays(QByteArrayView text)
{
    if (text == "infinity")
        return std::numeric_limits<qint32>::max();
    if (text == "-infinity")
        return std::numeric_limits<qint32>::min();
    const bool bc = splitBc(&text);
    qsizetype used = 0;
    const std::optional<qint64> julian = parseDatePart(text, bc, &used);
    if (!julian || used != text.size())
        return std::nullopt;
    return qint32(*julian - kEpochJulian);
}

std::optional<qint64> PgBinaryValue::timestampMicros(QByteArrayView text, bool withZone,
                                                     bool bareIsUtc)
{
    if (text == "infinity")
        return std::numeric_limits<qint64>::max();
    if (text == "-infinity")
        return std::numeric_limits<qint64>::min();
    const bool bc = splitBc(&text);
    qsizetype used = 0;
    const std::optional<qint64> julian = parseDatePart(text, bc, &used);
    if (!julian || *julian >= kTimestampEndJulian || used >= text.size() || text[used] != ' ')
        return std::nullopt;
    text = text.sliced(used + 1);
    const std::optional<qint64> time = parseTimePart(text, &used);
    if (!time)
        return std::nullopt;
    qint64 micros = (*julian - kEpochJulian) * kUsecsPerDay + *time;
    const QByteArrayView zone = text.sliced(used);
    // timestamp_in ignores an offset, timestamptz_in applies it: neither is
    // canonical for the other type, so both are left to the server.
    if (zone.isEmpty()) {
        if (withZone && !bareIsUtc)
            return std::nullopt;
    } else {
        const std::optional<int> offset = withZone ? parseOffset(zone) : std::nullopt;
        if (!offset)
            return std::nullopt;
        micros -= qint64(*offset) * 1000000;
    }
    if (micros < kMinTimestamp || micros >= kEndTimestamp)
        return std::nullopt;
    return micros;
}

qsizetype PgBinaryValue::encode(PgBinaryType type, QByteArrayView text, char *out,
                                const Options &options)
{
    switch (type) {
    case PgBinaryType::Int2:
        return encodeInteger<qint16>(text, out);
    case PgBinaryType::Int4:
        return encodeInteger<qint32>(text, out);
    case PgBinaryType::Int8:
        return encodeInteger<qint64>(text, out);
    case PgBinaryType::Float4:
        return encodeFloat<float, quint32>(text, out);
    case PgBinaryType::Float8:
        return encodeFloat<double, quint64>(text, out);
    case PgBinaryType::Numeric:
        return encodeNumeric(text, out, options.numericInfinity);
    case PgBinaryType::Bool:
        if (text.size() != 1 || (text[0] != 't' && text[0] != 'f'))
            return -1;
        out[0] = text[0] == 't' ? 1 : 0;
        return 1;
    case PgBinaryType::Text:
    case PgBinaryType::Json:
        return copyText(text, out);
    case PgBinaryType::Name:
        return text.size() > kNameMax ? -1 : copyText(text, out);
    case PgBinaryType::Jsonb:
        out[0] = 1; // jsonb_recv: format version 1, then the JSON text
        return 1 + copyText(text, out + 1);
    case PgBinaryType::Bytea:
        return encodeBytea(text, out);
    case PgBinaryType::Date: {
        const std::optional<qint32> days = dateDays(text);
        return days ? put<qint32>(out, *days) - out : -1;
    }
    case PgBinaryType::Timestamp:
    case PgBinaryType::TimestampTz: {
        const std::optional<qint64> micros =
            timestampMicros(text, type == PgBinaryType::TimestampTz, options.bareTimestampTzIsUtc);
        return micros ? put<qint64>(out, *micros) - out : -1;
    }
    case PgBinaryType::Uuid:
        return encodeUuid(text, out);
    }
    return -1;
}

} // namespace sluice::engine
