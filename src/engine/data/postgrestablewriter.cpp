#include "engine/data/postgrestablewriter.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/nativehandle.h"
#include "engine/data/pgbinaryencoder.h"
#include "engine/data/selectbuilder.h"

#include <QCoreApplication>
#include <QHash>
#include <algorithm>
#include <cstring>

#include <libpq-fe.h>

namespace sluice::engine {

namespace {

constexpr qint64 kBlock = 256 * 1024;
// Binary tuples are sent to the server in pieces of about this size.
constexpr qsizetype kFlushAt = 256 * 1024;
constexpr const char *kSourceFailed = "the chunk's source failed";

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

QByteArray copyStatement(const WriteRequest &request, bool binary)
{
    QStringList columns;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table))
        columns << SqlQuoting::identifier(column.name, Dialect::PostgreSQL);
    return (u"COPY " +
            SqlQuoting::qualified(request.table.schema, request.table.name, Dialect::PostgreSQL) +
            u" (" + columns.join(u", ") + u") FROM STDIN" +
            (binary ? QStringLiteral(" (FORMAT binary)") : QString()))
        .toUtf8();
}

// The chunk's source, block by block, counting its text rows and bytes.
class BlockFeed
{
public:
    BlockFeed(const ByteSource &source, WriteResult &result)
        : m_source(source)
        , m_result(result)
        , m_block(kBlock, Qt::Uninitialized)
    {}

    // The next block's size (its bytes at data()), 0 at the end, -1 when the source
    // failed. After the end it keeps answering 0 without asking the source again.
    qint64 next()
    {
        if (m_ended)
            return 0;
        const qint64 n = m_source(m_block.data(), kBlock);
        if (n <= 0) {
            m_ended = true;
            return n;
        }
        m_result.bytes += n;
        m_result.rows += std::count(m_block.constData(), m_block.constData() + n, '\n');
        return n;
    }
    [[nodiscard]] const char *data() const { return m_block.constData(); }

private:
    const ByteSource &m_source;
    WriteResult &m_result;
    QByteArray m_block;
    bool m_ended = false;
};

bool startCopy(PGconn *conn, const QByteArray &sql, WriteResult &result)
{
    PGresult *start = PQexec(conn, sql.constData());
    const bool ok = PQresultStatus(start) == PGRES_COPY_IN;
    if (!ok && result.errorString.isEmpty())
        result.errorString = pgError(conn);
    PQclear(start);
    return ok;
}

bool put(PGconn *conn, QByteArrayView data, WriteResult &result)
{
    if (data.isEmpty() || PQputCopyData(conn, data.data(), int(data.size())) == 1)
        return true;
    if (result.errorString.isEmpty())
        result.errorString = pgError(conn);
    return false;
}

// Ends a started COPY, normally or (abortReason) with an error the server reports
// back, and collects its result.
bool endCopy(PGconn *conn, const char *abortReason, WriteResult &result)
{
    bool ok = PQputCopyEnd(conn, abortReason) == 1 && !abortReason;
    PGresult *end = PQgetResult(conn);
    ok = ok && PQresultStatus(end) == PGRES_COMMAND_OK;
    if (!ok && result.errorString.isEmpty())
        result.errorString = pgError(conn);
    PQclear(end);
    while (PGresult *rest = PQgetResult(conn))
        PQclear(rest);
    return ok;
}

// Aborts a started COPY after a failure on this side; always false.
bool abortCopy(PGconn *conn, WriteResult &result)
{
    endCopy(conn, kSourceFailed, result);
    return false;
}

bool sourceFailed(PGconn *conn, WriteResult &result)
{
    result.errorString =
        QCoreApplication::translate("TableWriter", "Reading the chunk's data failed.");
    endCopy(conn, kSourceFailed, result);
    return false;
}

// Text COPY of pending (rows already read from the source) and the rest of the feed.
bool copyText(PGconn *conn, const WriteRequest &request, BlockFeed &feed, QByteArrayView pending,
              WriteResult &result)
{
    if (!startCopy(conn, copyStatement(request, false), result))
        return false;
    if (!put(conn, pending, result))
        return abortCopy(conn, result);
    for (;;) {
        const qint64 n = feed.next();
        if (n < 0)
            return sourceFailed(conn, result);
        if (n == 0)
            return endCopy(conn, nullptr, result);
        if (!put(conn, QByteArrayView(feed.data(), n), result))
            return abortCopy(conn, result);
    }
}

// One binary COPY fed with text rows: rows split across blocks are joined, encoded
// tuples are sent in pieces of kFlushAt.
class BinaryCopy
{
public:
    enum class Step { Ok, Declined, Failed };

    BinaryCopy(PGconn *conn, PgBinaryEncoder &encoder, WriteResult &result)
        : m_conn(conn)
        , m_encoder(encoder)
        , m_result(result)
    {
        m_out.reserve(kFlushAt + kBlock);
        m_out.append(PgBinaryEncoder::header());
    }

    // Encodes the complete rows of block and keeps its last partial row. When a row
    // is declined, *rest receives that row and everything after it in the block.
    Step feed(QByteArrayView block, QByteArray *rest)
    {
        const char *data = block.data();
        const char *end = data + block.size();
        for (const char *p = data; p < end;) {
            const char *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
            if (!newline) {
                m_partial.append(p, end - p);
                break;
            }
            if (!encode(QByteArrayView(p, newline - p))) {
                *rest = m_partial.isEmpty() ? QByteArray(p, newline - p) : m_partial;
                rest->append(newline, end - newline);
                return Step::Declined;
            }
            p = newline + 1;
            if (m_out.size() >= kFlushAt && !flush())
                return Step::Failed;
        }
        return Step::Ok;
    }

    // After the source's end: a last row without a newline.
    Step finish(QByteArray *rest)
    {
        if (m_partial.isEmpty() || encode(QByteArrayView()))
            return Step::Ok;
        *rest = m_partial;
        return Step::Declined;
    }

    // Sends what is left and the trailer, and ends the COPY.
    bool end()
    {
        m_out.append(PgBinaryEncoder::trailer());
        if (!flush())
            return abortCopy(m_conn, m_result);
        return endCopy(m_conn, nullptr, m_result);
    }

private:
    // Encodes m_partial + row (or row alone); m_partial is cleared when encoded.
    bool encode(QByteArrayView row)
    {
        bool ok;
        if (m_partial.isEmpty()) {
            ok = m_encoder.appendRow(row, m_out);
        } else {
            m_partial.append(row);
            ok = m_encoder.appendRow(m_partial, m_out);
            if (ok)
                m_partial.resize(0);
        }
        m_result.binaryRows += ok ? 1 : 0;
        return ok;
    }

    bool flush()
    {
        const bool ok = put(m_conn, m_out, m_result);
        m_out.resize(0);
        return ok;
    }

    PGconn *m_conn;
    PgBinaryEncoder &m_encoder;
    WriteResult &m_result;
    QByteArray m_out;
    QByteArray m_partial;
};

// Binary COPY of the feed. A row the encoder declines ends the binary COPY after the
// rows before it, and that row and everything after it go through a text COPY in
// the same transaction: the chunk stays all-or-nothing, no row is read twice, and
// the server parses the declined text itself (so its result, or its error message,
// is exactly what the text path gives). Nothing is logged: either way is correct.
bool copyBinary(PGconn *conn, const WriteRequest &request, PgBinaryEncoder &encoder,
                BlockFeed &feed, WriteResult &result)
{
    if (!startCopy(conn, copyStatement(request, true), result))
        return false;
    BinaryCopy copy(conn, encoder, result);
    QByteArray rest;
    BinaryCopy::Step step = BinaryCopy::Step::Ok;
    for (;;) {
        const qint64 n = feed.next();
        if (n < 0)
            return sourceFailed(conn, result);
        step = n == 0 ? copy.finish(&rest) : copy.feed(QByteArrayView(feed.data(), n), &rest);
        if (n == 0 || step != BinaryCopy::Step::Ok)
            break;
    }
    if (step == BinaryCopy::Step::Failed)
        return abortCopy(conn, result);
    if (!copy.end())
        return false;
    return step == BinaryCopy::Step::Ok || copyText(conn, request, feed, rest, result);
}

} // namespace

PostgresTableWriter::PostgresTableWriter(Format format)
    : m_format(format)
{}

std::optional<QList<PgBinaryType>> PostgresTableWriter::binaryColumns(PGconn *conn,
                                                                      const WriteRequest &request)
{
    // to_regclass: a missing table gives no rows instead of aborting the transaction
    // (the COPY then reports it). A domain counts as its base type, which its
    // receive function calls before checking the domain's constraints.
    static const char *const kSql =
        "SELECT a.attname, CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END "
        "FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
        "WHERE a.attrelid = pg_catalog.to_regclass($1) AND a.attnum > 0 AND NOT a.attisdropped";
    const QByteArray table =
        SqlQuoting::qualified(request.table.schema, request.table.name, Dialect::PostgreSQL)
            .toUtf8();
    const char *values[1] = {table.constData()};
    PGresult *rows = PQexecParams(conn, kSql, 1, nullptr, values, nullptr, nullptr, 0);
    QHash<QString, quint32> oids;
    if (PQresultStatus(rows) == PGRES_TUPLES_OK) {
        for (int i = 0; i < PQntuples(rows); ++i)
            oids.insert(QString::fromUtf8(PQgetvalue(rows, i, 0)),
                        QByteArray(PQgetvalue(rows, i, 1)).toUInt());
    }
    PQclear(rows);
    QList<PgBinaryType> types;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table)) {
        const std::optional<PgBinaryType> type =
            PgBinaryValue::typeOfOid(oids.value(column.name, 0));
        if (!type)
            return std::nullopt;
        types << *type;
    }
    if (types.isEmpty())
        return std::nullopt;
    return types;
}

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

    std::optional<QList<PgBinaryType>> columns;
    if (m_format == Format::Automatic)
        columns = binaryColumns(conn, request);
    BlockFeed feed(source, result);
    bool ok;
    if (columns) {
        PgBinaryValue::Options options;
        options.numericInfinity = PQserverVersion(conn) >= 140000;
        const char *zone = PQparameterStatus(conn, "TimeZone");
        options.bareTimestampTzIsUtc = zone && (qstrcmp(zone, "UTC") == 0);
        PgBinaryEncoder encoder(*columns, options);
        ok = copyBinary(conn, request, encoder, feed, result);
    } else {
        ok = copyText(conn, request, feed, {}, result);
    }

    if (ok)
        ok = command(conn, nested ? "RELEASE SAVEPOINT sluice_chunk" : "COMMIT",
                     &result.errorString);
    if (!ok)
        command(conn, nested ? "ROLLBACK TO SAVEPOINT sluice_chunk" : "ROLLBACK", nullptr);
    result.ok = ok;
    if (!ok) {
        result.rows = 0;
        result.binaryRows = 0;
    }
    return result;
}

} // namespace sluice::engine
