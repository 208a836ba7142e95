#include "engine/data/mariadbtablewriter.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/infiletranslator.h"
#include "engine/data/mariadbinsertbuilder.h"
#include "engine/data/nativehandle.h"
#include "engine/data/selectbuilder.h"
#include "engine/data/typefamily.h"

#include <QCoreApplication>

#include <mysql.h>

#include <algorithm>
#include <cstring>
#include <iterator>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("TableWriter", text);
}

// MariaDB's "command not allowed" codes for a refused LOAD DATA LOCAL.
constexpr unsigned kLocalRefused[] = {1148, 4166};

struct InfileState
{
    const ByteSource *source = nullptr;
    InfileTranslator translator;
    QByteArray translated;
    qsizetype offset = 0;
    QByteArray raw;
    bool ended = false;
    bool failed = false;
    qint64 bytes = 0;
    qint64 rows = 0;
};

int infileInit(void **state, const char *, void *userdata)
{
    *state = userdata;
    return 0;
}

int infileRead(void *opaque, char *buffer, unsigned int length)
{
    auto *state = static_cast<InfileState *>(opaque);
    while (state->offset >= state->translated.size() && !state->ended) {
        state->translated.resize(0);
        state->offset = 0;
        state->raw.resize(128 * 1024);
        const qint64 n = (*state->source)(state->raw.data(), state->raw.size());
        if (n < 0) {
            state->failed = true;
            return -1;
        }
        state->ended = n == 0;
        state->bytes += n;
        const QByteArrayView piece(state->raw.constData(), n);
        state->rows += piece.count('\n');
        state->translator.translate(piece, state->ended, state->translated);
    }
    const qsizetype n =
        qMin<qsizetype>(qsizetype(length), state->translated.size() - state->offset);
    std::memcpy(buffer, state->translated.constData() + state->offset, size_t(n));
    state->offset += n;
    return int(n);
}

void infileEnd(void *) {}

int infileError(void *, char *message, unsigned int length)
{
    qstrncpy(message, "the chunk's source failed", length);
    return 2000;
}

QString setExpression(TypeFamily family, const QString &variable)
{
    switch (family) {
    case TypeFamily::Binary:
        return u"UNHEX(SUBSTRING(" + variable + u", 3))";
    case TypeFamily::Boolean:
        return u"CASE " + variable + u" WHEN 't' THEN 1 WHEN 'f' THEN 0 ELSE " + variable + u" END";
    case TypeFamily::TimestampTz:
        return u"REGEXP_REPLACE(" + variable + u", '[+-][0-9]{2}(:[0-9]{2})?$', '')";
    case TypeFamily::Bit:
        return u"CAST(CONV(" + variable + u", 2, 10) AS UNSIGNED)";
    default:
        return {};
    }
}

QByteArray loadStatement(const WriteRequest &request)
{
    QStringList targets;
    QStringList sets;
    int index = 0;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table)) {
        const QString name = SqlQuoting::identifier(column.name, Dialect::MariaDB);
        const QString variable = u"@v" + QString::number(++index);
        const QString expression = setExpression(typeFamilyOf(column.type), variable);
        targets << (expression.isEmpty() ? name : variable);
        if (!expression.isEmpty())
            sets << name + u" = " + expression;
    }
    QString sql =
        u"LOAD DATA LOCAL INFILE 'sluice-chunk' INTO TABLE " +
        SqlQuoting::qualified(request.table.schema, request.table.name, Dialect::MariaDB) +
        u" CHARACTER SET utf8mb4 FIELDS TERMINATED BY '\\t' ESCAPED BY '\\\\'"
        u" LINES TERMINATED BY '\\n' (" +
        targets.join(u", ") + u')';
    if (!sets.isEmpty())
        sql += u" SET " + sets.join(u", ");
    return sql.toUtf8();
}

bool exec(MYSQL *mysql, const char *sql, QString *error)
{
    if (mysql_query(mysql, sql) == 0) {
        if (MYSQL_RES *rows = mysql_store_result(mysql))
            mysql_free_result(rows);
        return true;
    }
    if (error && error->isEmpty())
        *error = QString::fromUtf8(mysql_error(mysql));
    return false;
}

// The first warnings of the last statement, or empty when there were only notes.
QString warningsOf(MYSQL *mysql)
{
    if (mysql_warning_count(mysql) == 0 || mysql_query(mysql, "SHOW WARNINGS LIMIT 5") != 0)
        return {};
    QStringList messages;
    if (MYSQL_RES *rows = mysql_store_result(mysql)) {
        while (MYSQL_ROW row = mysql_fetch_row(rows)) {
            if (row[0] && std::strcmp(row[0], "Note") != 0)
                messages << QString::fromUtf8(row[2] ? row[2] : "");
        }
        mysql_free_result(rows);
    }
    return messages.join(u"; ");
}

} // namespace

WriteResult MariadbTableWriter::write(QSqlDatabase &db, const WriteRequest &request,
                                      const ByteSource &source)
{
    WriteResult result;
    MYSQL *mysql = NativeHandle::mariadb(db);
    if (!mysql) {
        result.errorString = tr("Not an open MariaDB connection.");
        return result;
    }
    if (!exec(mysql, "START TRANSACTION", &result.errorString))
        return result;
    const unsigned int on = 1;
    mysql_optionsv(mysql, MYSQL_OPT_LOCAL_INFILE, &on);
    InfileState state;
    state.source = &source;
    mysql_set_local_infile_handler(mysql, infileInit, infileRead, infileEnd, infileError, &state);
    const QByteArray sql = loadStatement(request);
    bool ok = mysql_real_query(mysql, sql.constData(), sql.size()) == 0;
    const unsigned code = ok ? 0 : mysql_errno(mysql);
    mysql_set_local_infile_default(mysql);
    if (!ok && state.bytes == 0 && !state.failed &&
        std::find(std::begin(kLocalRefused), std::end(kLocalRefused), code) !=
            std::end(kLocalRefused)) {
        // Nothing was consumed yet: the same source can feed INSERTs.
        result.warnings << tr("LOAD DATA LOCAL was refused (%1); the chunk was loaded with "
                              "multi-row INSERT statements instead, which is slower.")
                               .arg(QString::fromUtf8(mysql_error(mysql)));
        ok = MariadbInsertBuilder::load(mysql, request, source, result);
    } else {
        result.bytes = state.bytes;
        result.rows = state.rows;
        if (!ok)
            result.errorString = state.failed ? tr("Reading the chunk's data failed.")
                                              : QString::fromUtf8(mysql_error(mysql));
        else if (const QString warnings = warningsOf(mysql); !warnings.isEmpty()) {
            ok = false;
            result.errorString = tr("Rejected rows: %1").arg(warnings);
        }
    }
    if (ok)
        ok = exec(mysql, "COMMIT", &result.errorString);
    if (!ok) {
        exec(mysql, "ROLLBACK", nullptr);
        result.rows = 0;
    }
    result.ok = ok;
    return result;
}

} // namespace sluice::engine
