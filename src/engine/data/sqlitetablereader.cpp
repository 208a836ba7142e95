#include "engine/data/sqlitetablereader.h"

#include "engine/data/canonicalformat.h"
#include "engine/data/nativehandle.h"
#include "engine/data/selectbuilder.h"
#include "engine/data/sinkbuffer.h"
#include "engine/data/typefamily.h"
#include "engine/dump/copytextcodec.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace sluice::engine {

namespace {

struct ColumnFormat
{
    TypeFamily family = TypeFamily::Text;
    int scale = -1;
};

void appendInteger(QByteArray &out, sqlite3_int64 value, const ColumnFormat &format)
{
    switch (format.family) {
    case TypeFamily::Boolean:
        CanonicalFormat::appendBoolean(out, value != 0);
        return;
    case TypeFamily::Decimal:
        CanonicalFormat::appendDecimal(out, qint64(value), format.scale);
        return;
    case TypeFamily::Float4:
        CanonicalFormat::appendFloat4(out, float(value));
        return;
    case TypeFamily::Float8:
        CanonicalFormat::appendFloat8(out, double(value));
        return;
    case TypeFamily::Timestamp:
    case TypeFamily::TimestampTz:
        CanonicalFormat::appendUnixTime(out, double(value),
                                        format.family == TypeFamily::TimestampTz);
        return;
    default:
        CanonicalFormat::appendInteger(out, qint64(value));
    }
}

void appendReal(QByteArray &out, double value, const ColumnFormat &format)
{
    switch (format.family) {
    case TypeFamily::Boolean:
        CanonicalFormat::appendBoolean(out, value != 0);
        return;
    case TypeFamily::Decimal:
        CanonicalFormat::appendDecimal(out, value, format.scale);
        return;
    case TypeFamily::Float4:
        CanonicalFormat::appendFloat4(out, float(value));
        return;
    case TypeFamily::Integer:
        if (value == double(qint64(value))) {
            CanonicalFormat::appendInteger(out, qint64(value));
            return;
        }
        break;
    case TypeFamily::Timestamp:
    case TypeFamily::TimestampTz:
        CanonicalFormat::appendUnixTime(out, value, format.family == TypeFamily::TimestampTz);
        return;
    default:
        break;
    }
    CanonicalFormat::appendFloat8(out, value);
}

void appendText(QByteArray &out, const char *text, int size, const ColumnFormat &format)
{
    const QByteArrayView view(text, size);
    switch (format.family) {
    case TypeFamily::Boolean:
        CanonicalFormat::appendBoolean(out, CanonicalFormat::textIsTrue(view));
        return;
    case TypeFamily::Binary:
        CanonicalFormat::appendHex(out, text, size);
        return;
    case TypeFamily::Timestamp:
    case TypeFamily::TimestampTz:
    case TypeFamily::Time:
        CanonicalFormat::appendDateTime(out, view, format.family == TypeFamily::TimestampTz);
        return;
    default:
        CopyTextCodec::appendEscaped(out, text, size);
    }
}

void appendValue(QByteArray &out, sqlite3_stmt *statement, int i, const ColumnFormat &format)
{
    switch (sqlite3_column_type(statement, i)) {
    case SQLITE_NULL:
        CopyTextCodec::appendNull(out);
        break;
    case SQLITE_INTEGER:
        appendInteger(out, sqlite3_column_int64(statement, i), format);
        break;
    case SQLITE_FLOAT:
        appendReal(out, sqlite3_column_double(statement, i), format);
        break;
    case SQLITE_BLOB: {
        const auto *data = static_cast<const char *>(sqlite3_column_blob(statement, i));
        const int size = sqlite3_column_bytes(statement, i);
        if (format.family == TypeFamily::Binary || format.family == TypeFamily::Text)
            CanonicalFormat::appendHex(out, data, size);
        else
            CopyTextCodec::appendEscaped(out, data, size);
        break;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, i));
        appendText(out, text, sqlite3_column_bytes(statement, i), format);
    }
    }
}

} // namespace

ReadResult SqliteTableReader::read(QSqlDatabase &db, const ReadRequest &request,
                                   const ChunkSink &sink)
{
    ReadResult result;
    sqlite3 *handle = NativeHandle::sqlite(db);
    if (!handle) {
        result.errorString =
            QCoreApplication::translate("TableReader", "Not an open SQLite connection.");
        return result;
    }
    QList<ColumnFormat> formats;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table))
        formats.append({typeFamilyOf(column.type), column.type.argument(1, -1)});
    // An integer "NUMERIC(8)" has scale 0.
    for (qsizetype i = 0; i < formats.size(); ++i) {
        if (formats[i].family == TypeFamily::Decimal && formats[i].scale < 0 &&
            SelectBuilder::dataColumns(request.table).at(i).type.argument(0) >= 0)
            formats[i].scale = 0;
    }

    const QByteArray sql = SelectBuilder::select(request, Dialect::SQLite).toUtf8();
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        result.errorString = QString::fromUtf8(sqlite3_errmsg(handle));
        return result;
    }
    SinkBuffer out(sink, request.bufferSize, result);
    QByteArray &buffer = out.buffer();
    const int columns = sqlite3_column_count(statement);
    formats.resize(qMax<qsizetype>(formats.size(), columns));
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                buffer.append('\t');
            appendValue(buffer, statement, i, formats.at(i));
        }
        buffer.append('\n');
        if (!out.rowDone())
            break;
    }
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        result.errorString = QString::fromUtf8(sqlite3_errmsg(handle));
    sqlite3_finalize(statement);
    result.ok = rc == SQLITE_DONE && out.flush();
    return result;
}

} // namespace sluice::engine
