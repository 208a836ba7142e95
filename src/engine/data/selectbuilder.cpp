#include "engine/data/selectbuilder.h"

#include "engine/catalog/sqlquoting.h"

#include <QRegularExpression>

namespace sluice::engine {

QList<ColumnDef> SelectBuilder::dataColumns(const TableDef &table)
{
    QList<ColumnDef> columns;
    for (const ColumnDef &column : table.columns) {
        if (!column.isGenerated())
            columns.append(column);
    }
    return columns;
}

SelectBuilder::QueryParts SelectBuilder::splitQueryClause(const QString &clause)
{
    QString text = clause.trimmed();
    static const QRegularExpression where(QStringLiteral("^WHERE\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    text.remove(where);
    // Find the last ORDER BY outside quotes and parentheses.
    static const QRegularExpression orderBy(QStringLiteral("\\bORDER\\s+BY\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    qsizetype split = -1;
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == u'\'' || c == u'"' || c == u'`') {
            quote = c;
        } else if (c == u'(') {
            ++depth;
        } else if (c == u')') {
            --depth;
        } else if (depth == 0 && (c == u'O' || c == u'o') &&
                   orderBy
                       .match(text, i, QRegularExpression::NormalMatch,
                              QRegularExpression::AnchorAtOffsetMatchOption)
                       .hasMatch()) {
            split = i;
        }
    }
    if (split < 0)
        return {text.trimmed(), {}};
    return {text.left(split).trimmed(), text.mid(split).trimmed()};
}

QString SelectBuilder::select(const ReadRequest &request, Dialect dialect)
{
    QStringList columns;
    for (const ColumnDef &column : dataColumns(request.table))
        columns << SqlQuoting::identifier(column.name, dialect);
    // Without a column list (no catalog at hand) every column is read, as text.
    const QString list = columns.isEmpty() ? QStringLiteral("*") : columns.join(u", ");
    QString sql = u"SELECT " + list + u" FROM " +
                  SqlQuoting::qualified(request.table.schema, request.table.name, dialect);

    QStringList conditions;
    const bool sampled = request.samplePercent > 0 && request.samplePercent < 100;
    const QString percent = QString::number(request.samplePercent, 'g', 10);
    if (sampled) {
        switch (dialect) {
        case Dialect::PostgreSQL:
            sql += u" TABLESAMPLE BERNOULLI (" + percent + u')';
            break;
        case Dialect::MariaDB:
            conditions << u"RAND() * 100 < " + percent;
            break;
        case Dialect::SQLite:
            conditions << u"(abs(random()) % 1000000) < " + percent + u" * 10000";
            break;
        }
    }
    if (const QString range = request.chunk.condition(dialect); !range.isEmpty())
        conditions << range;
    const QueryParts query = splitQueryClause(request.queryClause);
    if (!query.condition.isEmpty())
        conditions << u'(' + query.condition + u')';
    if (!conditions.isEmpty())
        sql += u" WHERE " + conditions.join(u" AND ");
    if (!query.orderBy.isEmpty())
        sql += u' ' + query.orderBy;
    return sql;
}

} // namespace sluice::engine
