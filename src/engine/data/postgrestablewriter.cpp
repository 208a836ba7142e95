#include "engine/data/postgrestablewriter.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/nativehandle.h"
#include "engine/data/selectbuilder.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace sluice::engine {

namespace {

constexpr qint64 kBlock = 256 * 1024;

QString pgError(PGconn *conn)
{
    return QString::fromUtf8(PQerrorMessage(conn)).trimmed();
}

bool command(PGconn *conn, const char *sql, QString *error)
{
    PGresult *result = PQexec(conn, sql);
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK;
    if (!ok && error && error->isEmpty())
        *error = pgError(conn);
    PQclear(result);
    return ok;
}

QByteArray copyStatement(const WriteRequest &request)
{
    QStringList columns;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table))
        columns << SqlQuoting::identifier(column.name, Dialect::PostgreSQL);
    return (u"COPY " +
            SqlQuoting::qualified(request.table.schema, request.table.name, Dialect::PostgreSQL) +
            u" (" + columns.join(u", ") + u") FROM STDIN")
        .toUtf8();
}

// Streams the source into a started COPY; false with *error when it fails.
bool feed(PGconn *conn, const ByteSource &source, WriteResult &result)
{
    QByteArray block(kBlock, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source(block.data(), kBlock);
        if (n < 0) {
            PQputCopyEnd(conn, "the chunk's source failed");
            result.errorString =
                QCoreApplication::translate("TableWriter", "Reading the chunk's data failed.");
            return false;
        }
        if (n == 0)
            return PQputCopyEnd(conn, nullptr) == 1;
        result.bytes += n;
        for (qint64 i = 0; i < n; ++i)
            result.rows += block[i] == '\n';
        if (PQputCopyData(conn, block.constData(), int(n)) != 1)
            return false;
    }
}

} // namespace

WriteResult PostgresTableWriter::write(QSqlDatabase &db, const WriteRequest &request,
                                       const ByteSource &source)
{
    WriteResult result;
    PGconn *conn = NativeHandle::postgres(db);
    if (!conn) {
        result.errorString =
            QCoreApplication::translate("TableWriter", "Not an open PostgreSQL connection.");
        return result;
    }
    const bool nested = PQtransactionStatus(conn) != PQTRANS_IDLE;
    if (!command(conn, nested ? "SAVEPOINT sluice_chunk" : "BEGIN", &result.errorString))
        return result;

    bool ok = false;
    PGresult *start = PQexec(conn, copyStatement(request).constData());
    if (PQresultStatus(start) == PGRES_COPY_IN) {
        const bool fed = feed(conn, source, result);
        PGresult *end = PQgetResult(conn);
        ok = fed && PQresultStatus(end) == PGRES_COMMAND_OK;
        if (!ok && result.errorString.isEmpty())
            result.errorString = pgError(conn);
        PQclear(end);
        while (PGresult *rest = PQgetResult(conn))
            PQclear(rest);
    } else {
        result.errorString = pgError(conn);
    }
    PQclear(start);

    if (ok)
        ok = command(conn, nested ? "RELEASE SAVEPOINT sluice_chunk" : "COMMIT",
                     &result.errorString);
    if (!ok)
        command(conn, nested ? "ROLLBACK TO SAVEPOINT sluice_chunk" : "ROLLBACK", nullptr);
    result.ok = ok;
    if (!ok)
        result.rows = 0;
    return result;
}

} // namespace sluice::engine
