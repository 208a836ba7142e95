#include "engine/importjob/dumpsource.h"

#include "engine/catalog/catalogjson.h"
#include "engine/catalog/tablekey.h"
#include "engine/dump/dumpfilenamer.h"
#include "engine/exportjob/exportdefiner.h"
#include "engine/exportjob/exportexecutor.h"
#include "engine/importjob/importfiles.h"
#include "engine/job/mastertable.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <map>

namespace sluice::engine {

bool DumpSource::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool DumpSource::open(const JobSpec &spec, const QString &profileName, bool verifyAll)
{
    QStringList templates;
    for (const FileSpec &file : spec.effectiveDumpFiles()) {
        QString error;
        const auto path = ImportFiles::resolve(file, spec, profileName, &error, true);
        if (!path)
            return fail(error);
        templates << *path;
    }
    QStringList paths = DumpFileNamer::existingFiles(templates);
    if (paths.isEmpty())
        return fail(QCoreApplication::translate("DumpSource", "Dump file \"%1\" does not exist")
                        .arg(templates.value(0)));
    m_reader = std::make_shared<DumpReader>();
    if (!m_reader->open(paths))
        return fail(m_reader->errorString());
    const DumpHeader &header = m_reader->header();
    const auto dialect = dialectFromName(header.sourceEngine);
    if (!dialect)
        return fail(QCoreApplication::translate(
                        "DumpSource", "The dump file set comes from an unknown engine \"%1\"")
                        .arg(header.sourceEngine));
    m_dialect = *dialect;
    // INCLUDE / EXCLUDE the dump's engine cannot satisfy (GRANT from SQLite) are
    // refused here, before any job exists.
    if (const QString refusal = ExportDefiner::filterRefusal(spec, m_dialect); !refusal.isEmpty())
        return fail(refusal);
    if (header.encrypted()) {
        if (spec.encryptionPassword.isEmpty())
            return fail(QCoreApplication::translate(
                "DumpSource", "The dump file set is encrypted: give ENCRYPTION_PASSWORD "
                              "or ENCRYPTION_PWD_PROMPT=YES"));
        if (!m_reader->unlock(spec.encryptionPassword.toUtf8()))
            return fail(m_reader->errorString());
    }
    if (verifyAll) {
        for (const DumpMemberInfo &member : m_reader->members()) {
            QString error;
            if (!m_reader->verifyMember(member, &error))
                return fail(error);
        }
    }
    readRanges();
    return true;
}

// The export's master table says which key range each data member holds.
void DumpSource::readRanges()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("master.sqlite"));
    QString error;
    if (!folder.isValid() || !m_reader->extractMasterTable(path, &error))
        return;
    MasterTable master;
    if (!master.open(path))
        return;
    QSet<QString> completed;
    for (const WorkItem &item : master.workItems()) {
        if (item.payload.value(u"type").toString() != u"data")
            continue;
        const ChunkRange range =
            ExportExecutor::chunkFromJson(item.payload.value(u"chunk").toObject());
        for (const QString &member : ExportExecutor::membersOf(item.result)) {
            m_ranges.insert(member, range);
            if (item.state == WorkItemState::Completed)
                completed.insert(member);
        }
    }
    m_completed = completed;
}

std::optional<Catalog> DumpSource::readCatalog()
{
    Catalog catalog;
    catalog.dialect = m_dialect;
    catalog.serverVersion = m_reader->header().serverVersion;
    const auto schemaOf = [&catalog](const QString &name) -> SchemaDef & {
        for (SchemaDef &schema : catalog.schemas) {
            if (schema.name == name)
                return schema;
        }
        SchemaDef schema;
        schema.name = name;
        catalog.schemas << schema;
        return catalog.schemas.last();
    };
    for (const DumpMemberInfo &member : m_reader->members()) {
        if (member.spec.kind != DumpMemberKind::Metadata)
            continue;
        QString error;
        const std::optional<QByteArray> bytes = m_reader->readMember(member, &error);
        if (!bytes) {
            fail(error);
            return std::nullopt;
        }
        QString kind;
        const auto object =
            CatalogJson::object(QJsonDocument::fromJson(*bytes).object(), &kind, &error);
        if (!object) {
            fail(QCoreApplication::translate("DumpSource", "Member \"%1\": %2")
                     .arg(member.name, error));
            return std::nullopt;
        }
        if (kind == u"SCHEMA") {
            const SchemaDef read = CatalogJson::schemaFromJson(*object);
            SchemaDef &schema = schemaOf(read.name);
            schema.owner = read.owner;
            schema.comment = read.comment;
            schema.defaultCharset = read.defaultCharset;
            schema.defaultCollation = read.defaultCollation;
            schema.grants = read.grants;
        } else if (kind == u"TABLE") {
            const TableDef table = CatalogJson::tableFromJson(*object);
            schemaOf(table.schema).tables << table;
        } else if (kind == u"VIEW" || kind == u"MATERIALIZED_VIEW") {
            const ViewDef view = CatalogJson::viewFromJson(*object);
            schemaOf(view.schema).views << view;
        } else if (kind == u"SEQUENCE") {
            const SequenceDef sequence = CatalogJson::sequenceFromJson(*object);
            schemaOf(sequence.schema).sequences << sequence;
        } else if (kind == u"FUNCTION" || kind == u"PROCEDURE" || kind == u"AGGREGATE") {
            const RoutineDef routine = CatalogJson::routineFromJson(*object);
            schemaOf(routine.schema).routines << routine;
        } else if (kind == u"ROLE") {
            catalog.roles << CatalogJson::roleFromJson(*object);
        } else if (kind == u"TYPE" || kind == u"DOMAIN") {
            const UserDefinedType type = CatalogJson::typeFromJson(*object);
            schemaOf(type.schema).types << type;
        }
    }
    return catalog;
}

QHash<QString, QList<DumpChunk>> DumpSource::chunks() const
{
    // table -> chunk number -> its parts by number
    QHash<QString, std::map<int, std::map<int, const DumpMemberInfo *>>> parts;
    const QList<DumpMemberInfo> &members = m_reader->members();
    for (const DumpMemberInfo &member : members) {
        if (member.spec.kind == DumpMemberKind::Data &&
            (!m_completed || m_completed->contains(member.name)))
            parts[tableKey(member.spec.schema, member.spec.table)][member.spec.chunk]
                 [member.spec.part] = &member;
    }
    QHash<QString, QList<DumpChunk>> result;
    for (auto table = parts.cbegin(); table != parts.cend(); ++table) {
        for (const auto &[number, chunkParts] : table.value()) {
            DumpChunk chunk;
            chunk.rows = 0;
            for (const auto &[part, member] : chunkParts) {
                chunk.members << member->name;
                chunk.rows =
                    chunk.rows < 0 || member->spec.rows < 0 ? -1 : chunk.rows + member->spec.rows;
            }
            chunk.range = m_ranges.value(chunk.members.constFirst());
            result[table.key()] << chunk;
        }
    }
    return result;
}

} // namespace sluice::engine
