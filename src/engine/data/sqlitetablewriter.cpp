#include "engine/data/sqlitetablewriter.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/nativehandle.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/selectbuilder.h"
#include "engine/data/typefamily.h"
#include "engine/dump/copytextcodec.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cmath>
#include <cstdlib>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableWriter", text);
}

int bindText(sqlite3_stmt *statement, int index, const QByteArray &value)
{
    return sqlite3_bind_text(statement, index, value.constData(), int(value.size()),
                             SQLITE_TRANSIENT);
}

int bindValue(sqlite3_stmt *statement, int index, const CopyTextField &field, TypeFamily family)
{
    if (field.isNull)
        return sqlite3_bind_null(statement, index);
    const QByteArray &value = field.value;
    switch (family) {
    case TypeFamily::Integer: {
        char *end = nullptr;
        const long long number = std::strtoll(value.constData(), &end, 10);
        if (!value.isEmpty() && end == value.constData() + value.size())
            return sqlite3_bind_int64(statement, index, number);
        return bindText(statement, index, value);
    }
    case TypeFamily::Float4:
    case TypeFamily::Float8: {
        if (value == "Infinity" || value == "-Infinity")
            return sqlite3_bind_double(statement, index, value[0] == '-' ? -HUGE_VAL : HUGE_VAL);
        char *end = nullptr;
        const double number = std::strtod(value.constData(), &end);
        if (value != "NaN" && !value.isEmpty() && end == value.constData() + value.size())
            return sqlite3_bind_double(statement, index, number);
        return bindText(statement, index, value);
    }
    case TypeFamily::Boolean:
        if (value == "t" || value == "f")
            return sqlite3_bind_int(statement, index, value == "t" ? 1 : 0);
        return bindText(statement, index, value);
    case TypeFamily::Binary:
        if (value.startsWith("\\x")) {
            const QByteArray bytes = QByteArray::fromHex(value.sliced(2));
            return sqlite3_bind_blob(statement, index, bytes.constData(), int(bytes.size()),
                                     SQLITE_TRANSIENT);
        }
        return bindText(statement, index, value);
    default:
        return bindText(statement, index, value);
    }
}

QByteArray insertStatement(const WriteRequest &request, qsizetype columns)
{
    QStringList names;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table))
        names << SqlQuoting::identifier(column.name, Dialect::SQLite);
    QStringList marks(columns, QStringLiteral("?"));
    return (u"INSERT INTO " +
            SqlQuoting::qualified(request.table.schema, request.table.name, Dialect::SQLite) +
            u" (" + names.join(u", ") + u") VALUES (" + marks.join(u", ") + u')')
        .toUtf8();
}

bool exec(sqlite3 *handle, const char *sql, QString *error)
{
    char *message = nullptr;
    if (sqlite3_exec(handle, sql, nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    if (error && error->isEmpty())
        *error = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return false;
}

} // namespace

WriteResult SqliteTableWriter::write(QSqlDatabase &db, const WriteRequest &request,
                                     const ByteSource &source)
{
    WriteResult result;
    sqlite3 *handle = NativeHandle::sqlite(db);
    if (!handle) {
        result.errorString = tr("Not an open SQLite connection.");
        return result;
    }
    QList<TypeFamily> families;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table))
        families.append(typeFamilyOf(column.type));
    const QByteArray sql = insertStatement(request, families.size());
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &statement, nullptr) !=
        SQLITE_OK) {
        result.errorString = QString::fromUtf8(sqlite3_errmsg(handle));
        return result;
    }
    const bool nested = sqlite3_get_autocommit(handle) == 0;
    // IMMEDIATE takes the write lock before the first row, waiting through the busy
    // timeout for another worker's chunk; a deferred BEGIN could deadlock upgrading it.
    bool ok =
        exec(handle, nested ? "SAVEPOINT sluice_chunk" : "BEGIN IMMEDIATE", &result.errorString);

    QList<CopyTextField> fields;
    const auto insertRow = [&](QByteArrayView row) {
        if (CopyTextCodec::splitRow(row, fields) != families.size()) {
            result.errorString = tr("Row %1 has a wrong number of fields for %2 columns.")
                                     .arg(result.rows + 1)
                                     .arg(families.size());
            return false;
        }
        sqlite3_reset(statement);
        for (qsizetype i = 0; i < families.size(); ++i)
            bindValue(statement, int(i + 1), fields.at(i), families.at(i));
        if (sqlite3_step(statement) != SQLITE_DONE) {
            result.errorString = tr("Row %1: %2")
                                     .arg(result.rows + 1)
                                     .arg(QString::fromUtf8(sqlite3_errmsg(handle)));
            return false;
        }
        ++result.rows;
        return true;
    };
    RowSplitter splitter;
    ok = ok && splitter.pump(source, insertRow, &result.bytes, &result.errorString);
    sqlite3_finalize(statement);
    if (ok)
        ok = exec(handle, nested ? "RELEASE sluice_chunk" : "COMMIT", &result.errorString);
    if (!ok) {
        exec(handle, nested ? "ROLLBACK TO sluice_chunk" : "ROLLBACK", nullptr);
        if (nested)
            exec(handle, "RELEASE sluice_chunk", nullptr);
        result.rows = 0;
    }
    result.ok = ok;
    return result;
}

} // namespace sluice::engine
