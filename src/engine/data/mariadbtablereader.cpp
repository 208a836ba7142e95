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
    bool go = true;
    while (MYSQL_ROW row = mysql_fetch_row(rows)) {
        const unsigned long *lengths = mysql_fetch_lengths(rows);
        for (unsigned int i = 0; i < columns; ++i) {
            if (i > 0)
                buffer.append('\t');
            if (row[i])
                appendValue(buffer, row[i], lengths[i], forms.at(i), fields[i]);
            else
                CopyTextCodec::appendNull(buffer);
        }
        buffer.append('\n');
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
