#include "engine/data/mariadbinsertbuilder.h"

#include "engine/catalog/sqlquoting.h"
#include "engine/data/rowsplitter.h"
#include "engine/data/selectbuilder.h"
#include "engine/data/typefamily.h"
#include "engine/dump/copytextcodec.h"

#include <QCoreApplication>

#include <mysql.h>

namespace sluice::engine {

namespace {

constexpr qsizetype kStatementBytes = 1024 * 1024;

void appendQuoted(MYSQL *mysql, QByteArray &sql, QByteArrayView value)
{
    const qsizetype start = sql.size();
    sql.resize(start + 2 * value.size() + 3);
    char *p = sql.data() + start;
    *p++ = '\'';
    const unsigned long n = mysql_real_escape_string(mysql, p, value.data(), value.size());
    p += n;
    *p++ = '\'';
    sql.resize(p - sql.constData());
}

void appendLiteral(MYSQL *mysql, QByteArray &sql, const CopyTextField &field, TypeFamily family)
{
    if (field.isNull) {
        sql.append("NULL");
        return;
    }
    const QByteArray &value = field.value;
    if (family == TypeFamily::Binary && value.startsWith("\\x")) {
        sql.append("X'").append(value.sliced(2)).append('\'');
    } else if (family == TypeFamily::Boolean && (value == "t" || value == "f")) {
        sql.append(value == "t" ? '1' : '0');
    } else if (family == TypeFamily::Bit) {
        sql.append("b'").append(value).append('\'');
    } else if (family == TypeFamily::TimestampTz && value.endsWith("+00")) {
        appendQuoted(mysql, sql, QByteArrayView(value).chopped(3));
    } else {
        appendQuoted(mysql, sql, value);
    }
}

} // namespace

bool MariadbInsertBuilder::load(st_mysql *mysql, const WriteRequest &request,
                                const ByteSource &source, WriteResult &result)
{
    QStringList names;
    QList<TypeFamily> families;
    for (const ColumnDef &column : SelectBuilder::dataColumns(request.table)) {
        names << SqlQuoting::identifier(column.name, Dialect::MariaDB);
        families << typeFamilyOf(column.type);
    }
    const QByteArray head =
        (u"INSERT INTO " +
         SqlQuoting::qualified(request.table.schema, request.table.name, Dialect::MariaDB) + u" (" +
         names.join(u", ") + u") VALUES ")
            .toUtf8();
    QByteArray sql;
    sql.reserve(kStatementBytes + kStatementBytes / 4);
    qint64 pendingRows = 0;
    const auto flush = [&]() {
        if (pendingRows == 0)
            return true;
        if (mysql_real_query(mysql, sql.constData(), sql.size()) != 0) {
            result.errorString = QString::fromUtf8(mysql_error(mysql));
            return false;
        }
        result.rows += pendingRows;
        pendingRows = 0;
        sql.resize(0);
        return true;
    };
    QList<CopyTextField> fields;
    const auto addRow = [&](QByteArrayView row) {
        if (CopyTextCodec::splitRow(row, fields) != families.size()) {
            result.errorString =
                QCoreApplication::translate("TableWriter", "A row has a wrong number of fields.");
            return false;
        }
        sql.append(pendingRows == 0 ? head : QByteArray(","));
        sql.append('(');
        for (qsizetype i = 0; i < families.size(); ++i) {
            if (i > 0)
                sql.append(',');
            appendLiteral(mysql, sql, fields.at(i), families.at(i));
        }
        sql.append(')');
        ++pendingRows;
        return sql.size() < kStatementBytes || flush();
    };
    RowSplitter splitter;
    return splitter.pump(source, addRow, &result.bytes, &result.errorString) && flush();
}

} // namespace sluice::engine
