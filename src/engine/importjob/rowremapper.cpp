#include "engine/importjob/rowremapper.h"

#include "engine/dump/copytextcodec.h"
#include "engine/params/identifiermatcher.h"

namespace sluice::engine {

namespace {

bool nameMatches(const SqlName &name, const QString &identifier, Dialect dialect)
{
    return IdentifierMatcher::resolve(name, {identifier}, dialect).status ==
           IdentifierMatcher::Status::Found;
}

} // namespace

std::optional<RowRemapper> RowRemapper::create(const TableDef &table,
                                               const QList<RemapDataSpec> &specs, Dialect dialect,
                                               const QByteArray &key, QString *error)
{
    RowRemapper remapper;
    QList<const ColumnDef *> stored;
    for (const ColumnDef &column : table.columns) {
        if (!column.isGenerated())
            stored << &column;
    }
    for (const RemapDataSpec &spec : specs) {
        if (!spec.schema.isEmpty() && !nameMatches(spec.schema, table.schema, dialect))
            continue;
        if (!nameMatches(spec.table, table.name, dialect))
            continue;
        int field = -1;
        for (qsizetype i = 0; i < stored.size(); ++i) {
            if (nameMatches(spec.column, stored.at(i)->name, dialect))
                field = int(i);
        }
        if (field < 0) {
            *error = QStringLiteral("REMAP_DATA=%1: table \"%2\".\"%3\" has no column %4")
                         .arg(spec.toParameterText(), table.schema, table.name,
                              spec.column.toParameterText());
            return std::nullopt;
        }
        QString why;
        auto function = RemapDataFunction::create(spec.function, stored.at(field)->type, key, &why);
        if (!function) {
            *error = QStringLiteral("REMAP_DATA=%1: %2").arg(spec.toParameterText(), why);
            return std::nullopt;
        }
        remapper.m_functions.append({field, std::move(*function)});
        remapper.m_columnNames << stored.at(field)->name;
    }
    return remapper;
}

bool RowRemapper::apply(QByteArrayView rows, QByteArray &out, QString *error) const
{
    QByteArray value;
    qsizetype position = 0;
    while (const std::optional<QByteArrayView> row = CopyTextCodec::nextRow(rows, &position)) {
        // Split on the raw separators so untouched fields keep their exact bytes.
        QList<QByteArrayView> raw;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= row->size(); ++i) {
            if (i == row->size() || row->at(i) == '\t') {
                raw << row->sliced(start, i - start);
                start = i + 1;
            }
        }
        QList<std::optional<QByteArray>> replaced(raw.size());
        for (const auto &[field, function] : m_functions) {
            if (field >= raw.size())
                continue;
            bool isNull = !CopyTextCodec::unescape(raw.at(field), value);
            if (!function.apply(value, isNull, error))
                return false;
            QByteArray text;
            if (isNull)
                CopyTextCodec::appendNull(text);
            else
                CopyTextCodec::appendEscaped(text, value);
            replaced[field] = text;
        }
        for (qsizetype i = 0; i < raw.size(); ++i) {
            if (i > 0)
                out.append('\t');
            if (replaced.at(i))
                out.append(*replaced.at(i));
            else
                out.append(raw.at(i));
        }
        out.append('\n');
    }
    return true;
}

} // namespace sluice::engine
