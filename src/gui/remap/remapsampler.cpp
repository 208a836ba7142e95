#include "gui/remap/remapsampler.h"

#include "engine/connection/databaseopener.h"
#include "engine/data/datasession.h"
#include "engine/data/tablereader.h"
#include "engine/dump/copytextcodec.h"
#include "engine/dump/dumpreader.h"
#include "engine/importjob/importplan.h"
#include "engine/importjob/rowremapper.h"

#include <QRandomGenerator>
#include <QSqlDatabase>

namespace sluice::gui {

namespace {

// The first `rows` whole rows of COPY text.
QByteArray firstRows(QByteArrayView text, int rows)
{
    qsizetype pos = 0;
    QByteArray out;
    for (int i = 0; i < rows; ++i) {
        const auto row = engine::CopyTextCodec::nextRow(text, &pos);
        if (!row)
            break;
        out.append(row->data(), row->size());
        out.append('\n');
    }
    return out;
}

QList<QStringList> decode(const QByteArray &text)
{
    QList<QStringList> rows;
    qsizetype pos = 0;
    QList<engine::CopyTextField> fields;
    while (const auto row = engine::CopyTextCodec::nextRow(text, &pos)) {
        engine::CopyTextCodec::splitRow(*row, fields);
        QStringList values;
        for (const engine::CopyTextField &field : std::as_const(fields))
            values << (field.isNull ? QStringLiteral("NULL") : QString::fromUtf8(field.value));
        rows << values;
    }
    return rows;
}

} // namespace

QByteArray RemapSampler::readDatabase(const RemapSampleSource &source,
                                      const engine::TableDef &table, engine::Dialect dialect,
                                      int rows, QString *error)
{
    using namespace engine;
    const OpenResult opened =
        DatabaseOpener::open(source.params, QStringLiteral("remap.preview"), source.password);
    if (!opened.ok()) {
        *error = opened.errorString;
        return {};
    }
    QByteArray text;
    {
        QSqlDatabase db = QSqlDatabase::database(opened.connectionName);
        if (!DataSession::prepare(db, dialect, error)) {
            db = QSqlDatabase();
            DatabaseOpener::close(opened.connectionName);
            return {};
        }
        ReadRequest request;
        request.table = table;
        request.bufferSize = 64 * 1024;
        const ReadResult result =
            TableReader::create(dialect)->read(db, request, [&text, rows](QByteArrayView data) {
                text.append(data.data(), data.size());
                return text.count('\n') < rows; // enough rows: stop the read
            });
        if (!result.ok && !result.canceled)
            *error = result.errorString;
    }
    DatabaseOpener::close(opened.connectionName);
    return firstRows(text, rows);
}

QByteArray RemapSampler::readDump(const RemapSampleSource &source, const engine::TableDef &table,
                                  int rows, QString *error)
{
    using namespace engine;
    DumpReader reader;
    if (!reader.open(source.dumpPaths)) {
        *error = reader.errorString();
        return {};
    }
    if (reader.header().encrypted() && !reader.unlock(source.encryptionPassword.toUtf8())) {
        *error = reader.errorString();
        return {};
    }
    for (const DumpMemberInfo &member : reader.members()) {
        if (member.spec.kind != DumpMemberKind::Data || member.spec.schema != table.schema ||
            member.spec.table != table.name)
            continue;
        const auto bytes = reader.readMember(member, error);
        return bytes ? firstRows(*bytes, rows) : QByteArray();
    }
    *error = QStringLiteral("The dump holds no rows of %1.%2").arg(table.schema, table.name);
    return {};
}

RemapPreview RemapSampler::sample(const RemapSampleSource &source, const engine::TableDef &table,
                                  engine::Dialect dialect,
                                  const QList<engine::RemapDataSpec> &specs, int rows)
{
    using namespace engine;
    RemapPreview preview;
    for (const ColumnDef &column : table.columns) {
        if (!column.isGenerated())
            preview.columns << column.name;
    }
    const QByteArray text = source.fromDump
                                ? readDump(source, table, rows, &preview.error)
                                : readDatabase(source, table, dialect, rows, &preview.error);
    if (!preview.error.isEmpty())
        return preview;
    QByteArray key = qgetenv(ImportPlan::kRemapKeyVariable);
    if (key.isEmpty()) {
        // HASH and FAKE_EMAIL need a key; without SLUICE_REMAP_KEY the preview uses a
        // throwaway one, so the shape is right but the values differ from the job's.
        key.resize(32);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), 8);
        preview.temporaryKey = true;
    }
    const auto remapper = RowRemapper::create(table, specs, dialect, key, &preview.error);
    if (!remapper)
        return preview;
    preview.remappedColumns = remapper->columns();
    QByteArray after;
    if (!remapper->apply(text, after, &preview.error))
        return preview;
    preview.before = decode(text);
    preview.after = decode(after);
    return preview;
}

} // namespace sluice::gui
