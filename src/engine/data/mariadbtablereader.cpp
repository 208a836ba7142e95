#include "engine/data/mariadbtablereader.h"

#include "engine/data/canonicalformat.h"
#include "engine/data/nativehandle.h"
#include "engine/data/selectbuilder.h"
#include "engine/data/sinkbuffer.h"
#include "engine/data/typefamily.h"
#include "engine/dump/copytextcodec.h"

#include <QCoreApplication>

#include <mysql.h>

#include <charconv>
#include <cstdlib>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace sluice::engine {

namespace {

enum class Form {
    Plain,
    Number,
    Hex,
    Bits,
    BitsAsInteger,
    Float4,
    Float8,
    DateTime,
    DateTimeTz,
    Boolean
};

Form formFor(const MYSQL_FIELD &field, TypeFamily family)
{
    const bool binaryCharset = field.charsetnr == 63;
    switch (field.type) {
    case MYSQL_TYPE_BIT:
        if (family == TypeFamily::Boolean)
            return Form::Boolean;
        return family == TypeFamily::Integer ? Form::BitsAsInteger : Form::Bits;
    case MYSQL_TYPE_FLOAT:
        return Form::Float4;
    case MYSQL_TYPE_DOUBLE:
        return family == TypeFamily::Float4 ? Form::Float4 : Form::Float8;
    case MYSQL_TYPE_DATETIME:
    case MYSQL_TYPE_TIMESTAMP:
    case MYSQL_TYPE_TIME:
        return family == TypeFamily::TimestampTz ? Form::DateTimeTz : Form::DateTime;
    case MYSQL_TYPE_TINY_BLOB:
    case MYSQL_TYPE_MEDIUM_BLOB:
    case MYSQL_TYPE_LONG_BLOB:
    case MYSQL_TYPE_BLOB:
    case MYSQL_TYPE_STRING:
    case MYSQL_TYPE_VAR_STRING:
    case MYSQL_TYPE_GEOMETRY:
        if (binaryCharset && family != TypeFamily::Text)
            return Form::Hex;
        if (binaryCharset && field.type == MYSQL_TYPE_GEOMETRY)
            return Form::Hex;
        return family == TypeFamily::Boolean ? Form::Boolean : Form::Plain;
    case MYSQL_TYPE_TINY:
    case MYSQL_TYPE_SHORT:
    case MYSQL_TYPE_INT24:
    case MYSQL_TYPE_LONG:
    case MYSQL_TYPE_LONGLONG:
    case MYSQL_TYPE_DECIMAL:
    case MYSQL_TYPE_NEWDECIMAL:
    case MYSQL_TYPE_YEAR:
        return family == TypeFamily::Boolean ? Form::Boolean : Form::Number;
    default:
        return family == TypeFamily::Boolean ? Form::Boolean : Form::Plain;
    }
}

void appendUnsigned(QByteArray &out, quint64 value)
{
    char buffer[24];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void appendValue(QByteArray &out, const char *value, unsigned long size, Form form,
                 const MYSQL_FIELD &field)
{
    switch (form) {
    case Form::Plain:
        CopyTextCodec::appendEscaped(out, value, qsizetype(size));
        return;
    case Form::Number:
        // Digits, a sign and a point: nothing COPY text escapes.
        out.append(value, qsizetype(size));
        return;
    case Form::Hex:
        CanonicalFormat::appendHex(out, value, qsizetype(size));
        return;
    case Form::Bits:
        CanonicalFormat::appendBits(out, QByteArrayView(value, qsizetype(size)), int(field.length));
        return;
    case Form::BitsAsInteger:
    case Form::Boolean: {
        quint64 number = 0;
        if (field.type == MYSQL_TYPE_BIT) {
            for (unsigned long i = 0; i < size; ++i)
                number = (number << 8) | static_cast<unsigned char>(value[i]);
        } else if (form == Form::Boolean) {
            CanonicalFormat::appendBoolean(
                out, CanonicalFormat::textIsTrue(QByteArrayView(value, qsizetype(size))));
            return;
        }
        if (form == Form::Boolean)
            CanonicalFormat::appendBoolean(out, number != 0);
        else
            appendUnsigned(out, number);
        return;
    }
    case Form::Float4:
        CanonicalFormat::appendFloat4(out, std::strtof(value, nullptr));
        return;
    case Form::Float8:
        CanonicalFormat::appendFloat8(out, std::strtod(value, nullptr));
        return;
    case Form::DateTime:
    case Form::DateTimeTz:
        CanonicalFormat::appendDateTime(out, QByteArrayView(value, qsizetype(size)),
                                        form == Form::DateTimeTz);
        return;
    }
}

// The COPY text escape of each byte (0: copied as it is), as CopyTextCodec writes it.
struct EscapeTable
{
    char escape[256] = {};
    constexpr EscapeTable()
    {
        escape[static_cast<unsigned char>('\\')] = '\\';
        escape[static_cast<unsigned char>('\n')] = 'n';
        escape[static_cast<unsigned char>('\r')] = 'r';
        escape[static_cast<unsigned char>('\t')] = 't';
        escape[static_cast<unsigned char>('\b')] = 'b';
        escape[static_cast<unsigned char>('\f')] = 'f';
        escape[static_cast<unsigned char>('\v')] = 'v';
        escape[0] = '0'; // written as \000
    }
};
constexpr EscapeTable kEscapes;

// Both hex digits of each byte, so a blob is written two bytes per load.
struct HexTable
{
    char pairs[512] = {};
    constexpr HexTable()
    {
        constexpr char digits[] = "0123456789abcdef";
        for (int i = 0; i < 256; ++i) {
            pairs[2 * i] = digits[i >> 4];
            pairs[2 * i + 1] = digits[i & 15];
        }
    }
};
constexpr HexTable kHex;

// Values up to this size reserve the worst case of their escaped text (4 bytes per
// byte); longer ones are counted exactly, so one huge value is not reserved four times.
constexpr unsigned long kCountEscapesAbove = 4096;

qsizetype escapedSize(const char *value, unsigned long size)
{
    qsizetype extra = 0;
    for (unsigned long i = 0; i < size; ++i) {
        const char e = kEscapes.escape[static_cast<unsigned char>(value[i])];
        extra += e == 0 ? 0 : (e == '0' ? 3 : 1);
    }
    return qsizetype(size) + extra;
}

// An upper bound of a value's COPY text, so a row is written through a raw pointer into
// room made once per row: Qt 6.4 routes each small QByteArray::append through insert(),
// which profiles showed at 11 % of the export host's time.
qsizetype boundFor(Form form, const char *value, unsigned long size, const MYSQL_FIELD &field)
{
    switch (form) {
    case Form::Plain:
        return size <= kCountEscapesAbove ? 4 * qsizetype(size) : escapedSize(value, size);
    case Form::Number:
        return qsizetype(size);
    case Form::Hex:
        return 3 + 2 * qsizetype(size);
    case Form::Bits:
        return qsizetype(field.length) + 32;
    case Form::DateTime:
    case Form::DateTimeTz:
        return 4 * qsizetype(size) + 32;
    case Form::BitsAsInteger:
    case Form::Boolean:
    case Form::Float4:
    case Form::Float8:
        return 32;
    }
    return 4 * qsizetype(size) + 32;
}

// Copies n bytes, sizeof(Word) <= n <= 2 * sizeof(Word), as two overlapping words.
template <typename Word>
inline void copyEnds(char *p, const char *s, size_t n)
{
    Word head;
    Word tail;
    std::memcpy(&head, s, sizeof(Word));
    std::memcpy(&tail, s + n - sizeof(Word), sizeof(Word));
    std::memcpy(p, &head, sizeof(Word));
    std::memcpy(p + n - sizeof(Word), &tail, sizeof(Word));
}

struct Bytes16
{
    char bytes[16];
};

// Copies n bytes and returns the end. Most values are a few bytes long, and a call to
// the library's memcpy for each of them cost more than the copy (17 % of the reading
// thread): up to 32 bytes are moved as two overlapping words, inline.
inline char *copyBytes(char *p, const char *s, size_t n)
{
    if (n > 32) {
        std::memcpy(p, s, n);
    } else if (n >= 16) {
        copyEnds<Bytes16>(p, s, n);
    } else if (n >= 8) {
        copyEnds<quint64>(p, s, n);
    } else if (n >= 4) {
        copyEnds<quint32>(p, s, n);
    } else if (n > 0) {
        p[0] = s[0];
        p[n / 2] = s[n / 2];
        p[n - 1] = s[n - 1];
    }
    return p + n;
}

// The first byte from c on that may need an escape (a control byte or a backslash), or
// end. With SSE2, 16 bytes are checked at once: most text has nothing to escape.
const char *nextCandidate(const char *c, const char *end)
{
#if defined(__SSE2__)
    const __m128i controlMax = _mm_set1_epi8(0x1f);
    const __m128i backslash = _mm_set1_epi8('\\');
    for (; end - c >= 16; c += 16) {
        const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(c));
        const __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(bytes, controlMax), bytes);
        const int mask = _mm_movemask_epi8(_mm_or_si128(control, _mm_cmpeq_epi8(bytes, backslash)));
        if (mask != 0)
            return c + __builtin_ctz(static_cast<unsigned int>(mask));
    }
#endif
    for (; c < end; ++c) {
        if (kEscapes.escape[static_cast<unsigned char>(*c)])
            return c;
    }
    return end;
}

char *writeEscaped(char *p, const char *value, unsigned long size)
{
    const char *run = value;
    const char *end = value + size;
    for (const char *c = nextCandidate(value, end); c < end; c = nextCandidate(c, end)) {
        const char e = kEscapes.escape[static_cast<unsigned char>(*c)];
        ++c;
        if (!e)
            continue; // a control byte COPY text keeps as it is
        p = copyBytes(p, run, size_t(c - 1 - run));
        *p++ = '\\';
        if (e == '0') {
            std::memcpy(p, "000", 3);
            p += 3;
        } else {
            *p++ = e;
        }
        run = c;
    }
    return copyBytes(p, run, size_t(end - run));
}

#if defined(__SSE2__)
// Sixteen bytes to 32 hex digits with SSE2 (every x86-64 has it): binary columns are
// about 40 % of the benchmark's dump text.
char *writeHex16(char *p, const char *value)
{
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i *>(value));
    const __m128i low4 = _mm_set1_epi8(0x0f);
    const __m128i high = _mm_and_si128(_mm_srli_epi16(bytes, 4), low4);
    const __m128i low = _mm_and_si128(bytes, low4);
    const auto digits = [](__m128i nibbles) {
        // '0' + n, and 'a' - '0' - 10 more for n > 9.
        const __m128i letter = _mm_cmpgt_epi8(nibbles, _mm_set1_epi8(9));
        return _mm_add_epi8(_mm_add_epi8(nibbles, _mm_set1_epi8('0')),
                            _mm_and_si128(letter, _mm_set1_epi8('a' - '0' - 10)));
    };
    const __m128i first = digits(_mm_unpacklo_epi8(high, low));
    const __m128i second = digits(_mm_unpackhi_epi8(high, low));
    _mm_storeu_si128(reinterpret_cast<__m128i *>(p), first);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(p + 16), second);
    return p + 32;
}
#endif

char *writeHex(char *p, const char *value, unsigned long size)
{
    // The field's text is \x...; COPY escapes its backslash.
    std::memcpy(p, "\\\\x", 3);
    p += 3;
    unsigned long i = 0;
#if defined(__SSE2__)
    for (; i + 16 <= size; i += 16)
        p = writeHex16(p, value + i);
#endif
    for (; i < size; ++i) {
        std::memcpy(p, kHex.pairs + 2 * static_cast<unsigned char>(value[i]), 2);
        p += 2;
    }
    return p;
}

// MariaDB's DATETIME and TIMESTAMP text, "YYYY-MM-DD hh:mm:ss[.ffffff]": no zone and no
// 'T', so CanonicalFormat::appendDateTime would only trim the fraction.
bool isPlainDateTime(const char *value, unsigned long size)
{
    const auto digit = [](char c) {
        return c >= '0' && c <= '9';
    };
    if (size < 19 || value[10] != ' ' || value[13] != ':' || value[16] != ':')
        return false;
    for (unsigned long i : {11, 12, 14, 15, 17, 18}) {
        if (!digit(value[i]))
            return false;
    }
    if (size == 19)
        return true;
    if (value[19] != '.')
        return false;
    for (unsigned long i = 20; i < size; ++i) {
        if (!digit(value[i]))
            return false;
    }
    return true;
}

// A plain date and time with the fraction's trailing zeros (and a bare point) dropped.
char *writePlainDateTime(char *p, const char *value, unsigned long size, bool withZone)
{
    unsigned long end = size;
    while (end > 20 && value[end - 1] == '0')
        --end;
    if (end == 20)
        end = 19;
    p = copyBytes(p, value, end);
    if (withZone) {
        std::memcpy(p, "+00", 3);
        p += 3;
    }
    return p;
}

// Writes one non-NULL value at p (room for boundFor() bytes); the rare forms go through
// CanonicalFormat into a scratch buffer.
char *writeValue(char *p, const char *value, unsigned long size, Form form,
                 const MYSQL_FIELD &field, QByteArray &scratch)
{
    switch (form) {
    case Form::Plain:
        return writeEscaped(p, value, size);
    case Form::Number:
        // Digits, a sign and a point: nothing COPY text escapes.
        return copyBytes(p, value, size);
    case Form::Hex:
        return writeHex(p, value, size);
    case Form::DateTime:
    case Form::DateTimeTz:
        if (isPlainDateTime(value, size))
            return writePlainDateTime(p, value, size, form == Form::DateTimeTz);
        break;
    default:
        break;
    }
    scratch.resize(0);
    appendValue(scratch, value, size, form, field);
    std::memcpy(p, scratch.constData(), size_t(scratch.size()));
    return p + scratch.size();
}

QString mysqlError(MYSQL *mysql)
{
    return QString::fromUtf8(mysql_error(mysql));
}

} // namespace

ReadResult MariadbTableReader::read(QSqlDatabase &db, const ReadRequest &request,
                                    const ChunkSink &sink)
{
    ReadResult result;
    MYSQL *mysql = NativeHandle::mariadb(db);
    if (!mysql) {
        result.errorString =
            QCoreApplication::translate("TableReader", "Not an open MariaDB connection.");
        return result;
    }
    const QByteArray sql = SelectBuilder::select(request, Dialect::MariaDB).toUtf8();
    if (mysql_real_query(mysql, sql.constData(), sql.size()) != 0) {
        result.errorString = mysqlError(mysql);
        return result;
    }
    MYSQL_RES *rows = mysql_use_result(mysql);
    if (!rows) {
        result.errorString = mysqlError(mysql);
        return result;
    }
    const unsigned int columns = mysql_num_fields(rows);
    const MYSQL_FIELD *fields = mysql_fetch_fields(rows);
    const QList<ColumnDef> logical = SelectBuilder::dataColumns(request.table);
    QList<Form> forms;
    for (unsigned int i = 0; i < columns; ++i) {
        const TypeFamily family =
            i < logical.size() ? typeFamilyOf(logical.at(i).type) : TypeFamily::Text;
        forms.append(formFor(fields[i], family));
    }

    SinkBuffer out(sink, request.bufferSize, result);
    QByteArray &buffer = out.buffer();
    QByteArray scratch;
    bool go = true;
    while (MYSQL_ROW row = mysql_fetch_row(rows)) {
        const unsigned long *lengths = mysql_fetch_lengths(rows);
        // Tabs and the newline, then each value's bound (\N for NULL).
        qsizetype bound = columns;
        for (unsigned int i = 0; i < columns; ++i)
            bound += row[i] ? boundFor(forms.at(i), row[i], lengths[i], fields[i]) : 2;
        const qsizetype start = buffer.size();
        buffer.resize(start + bound);
        char *p = buffer.data() + start;
        for (unsigned int i = 0; i < columns; ++i) {
            if (i > 0)
                *p++ = '\t';
            if (row[i]) {
                p = writeValue(p, row[i], lengths[i], forms.at(i), fields[i], scratch);
            } else {
                *p++ = '\\';
                *p++ = 'N';
            }
        }
        *p++ = '\n';
        buffer.resize(p - buffer.constData());
        if (!(go = out.rowDone()))
            break;
    }
    // An unbuffered result must be read to its end before the connection is usable;
    // mysql_free_result() does that when the sink canceled.
    const bool failed = go && mysql_errno(mysql) != 0;
    if (failed)
        result.errorString = mysqlError(mysql);
    mysql_free_result(rows);
    result.ok = go && !failed && out.flush();
    return result;
}

} // namespace sluice::engine
