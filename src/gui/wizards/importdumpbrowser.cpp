#include "gui/wizards/importdumpbrowser.h"

#include "engine/catalog/catalogjson.h"
#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"
#include "engine/dump/dumpreader.h"

#include <QDir>
#include <QHash>
#include <QJsonDocument>

namespace sluice::gui {

namespace {

// A URL connection has PUBLIC's grants only (DirectoryResolver's rule).
QString profileOf(const QString &connection)
{
    return connection.contains(QLatin1String("://")) ? QString() : connection;
}

engine::SchemaDef &schemaIn(engine::Catalog &catalog, const QString &name)
{
    for (engine::SchemaDef &schema : catalog.schemas) {
        if (schema.name == name)
            return schema;
    }
    engine::SchemaDef schema;
    schema.name = name;
    catalog.schemas.append(schema);
    return catalog.schemas.last();
}

// Adds one metadata member's object to the catalog being rebuilt.
void addObject(engine::Catalog &catalog, const QString &kind, const QString &schemaName,
               const QJsonObject &object)
{
    using namespace engine;
    if (kind == u"SCHEMA") {
        const SchemaDef read = CatalogJson::schemaFromJson(object);
        SchemaDef &schema = schemaIn(catalog, read.name);
        schema.owner = read.owner;
        schema.comment = read.comment;
        schema.defaultCharset = read.defaultCharset;
        schema.defaultCollation = read.defaultCollation;
    } else if (kind == u"TABLE") {
        const TableDef table = CatalogJson::tableFromJson(object);
        schemaIn(catalog, table.schema.isEmpty() ? schemaName : table.schema).tables << table;
    } else if (kind == u"VIEW" || kind == u"MATERIALIZED_VIEW") {
        schemaIn(catalog, schemaName).views << CatalogJson::viewFromJson(object);
    } else if (kind == u"SEQUENCE") {
        schemaIn(catalog, schemaName).sequences << CatalogJson::sequenceFromJson(object);
    } else if (kind == u"TYPE" || kind == u"DOMAIN") {
        schemaIn(catalog, schemaName).types << CatalogJson::typeFromJson(object);
    } else if (kind == u"FUNCTION" || kind == u"PROCEDURE" || kind == u"AGGREGATE") {
        schemaIn(catalog, schemaName).routines << CatalogJson::routineFromJson(object);
    } else if (kind == u"ROLE" || kind == u"USER") {
        catalog.roles << CatalogJson::roleFromJson(object);
    }
}

// Lists the objects (sizes and rows from the member catalog, which is in clear) and,
// when the metadata can be read, rebuilds the source catalog from it.
void listObjects(const engine::DumpReader &reader, DumpOverview &overview)
{
    using namespace engine;
    QHash<QString, qsizetype> tableRows; // "schema.table" -> index in objects
    Catalog catalog;
    catalog.dialect = dialectFromName(overview.header.sourceEngine).value_or(Dialect::SQLite);
    catalog.serverVersion = overview.header.serverVersion;
    bool catalogComplete = true;
    for (const DumpMemberInfo &member : reader.members()) {
        const DumpMemberSpec &spec = member.spec;
        if (spec.kind == DumpMemberKind::Metadata) {
            DumpObjectRow row{spec.objectType, spec.schema, spec.objectName, -1, 0};
            if (spec.objectType == u"TABLE") {
                row.rows = 0;
                tableRows.insert(spec.schema + u'.' + spec.objectName, overview.objects.size());
            }
            overview.objects << row;
            if (member.encrypted && !reader.isUnlocked()) {
                catalogComplete = false;
                continue;
            }
            QString error;
            QString kind;
            const auto bytes = reader.readMember(member, &error);
            const auto object =
                bytes ? CatalogJson::object(QJsonDocument::fromJson(*bytes).object(), &kind, &error)
                      : std::nullopt;
            if (object)
                addObject(catalog, kind, spec.schema, *object);
            else
                catalogComplete = false;
        } else if (spec.kind == DumpMemberKind::Data) {
            const auto found = tableRows.constFind(spec.schema + u'.' + spec.table);
            if (found == tableRows.constEnd())
                continue;
            DumpObjectRow &row = overview.objects[*found];
            row.rows += qMax<qint64>(0, spec.rows);
            row.bytes += member.rawSize;
            overview.totalRows += qMax<qint64>(0, spec.rows);
        }
    }
    if (catalogComplete)
        overview.catalog = catalog;
}

} // namespace

DumpFolderListing ImportDumpBrowser::listFolder(const QString &directory, const QString &connection)
{
    DumpFolderListing listing;
    engine::DirectoryObjectStore store;
    if (!store.load()) {
        listing.error = store.errorString();
        return listing;
    }
    engine::FileSpecRequest request;
    request.spec = (directory.isEmpty() ? QString() : directory + u':') + QStringLiteral("x.dmp");
    request.profileName = profileOf(connection);
    request.access = engine::FileAccess::Read;
    const auto resolved = engine::DirectoryResolver(store).resolve(request, &listing.error);
    if (!resolved)
        return listing;
    listing.directory = resolved->directoryName;
    listing.folder = resolved->folder;
    listing.fileNames = QDir(resolved->folder)
                            .entryList({QStringLiteral("*.dmp"), QStringLiteral("*.DMP")},
                                       QDir::Files | QDir::Readable, QDir::Name);
    return listing;
}

QStringList ImportDumpBrowser::resolvePaths(const engine::JobSpec &spec, QString *error)
{
    engine::DirectoryObjectStore store;
    if (!store.load()) {
        *error = store.errorString();
        return {};
    }
    const engine::DirectoryResolver resolver(store);
    QStringList paths;
    for (const engine::FileSpec &file : spec.effectiveDumpFiles()) {
        engine::FileSpec first = file;
        first.fileName = file.expanded(1);
        engine::FileSpecRequest request;
        request.spec = first.toParameterText();
        request.jobDirectory = spec.directory;
        request.profileName = profileOf(spec.connection);
        request.access = engine::FileAccess::Read;
        request.mustExist = true;
        const auto resolved = resolver.resolve(request, error);
        if (!resolved)
            return {};
        paths << resolved->absolutePath;
    }
    return paths;
}

DumpOverview ImportDumpBrowser::read(const engine::JobSpec &spec, const QString &password)
{
    DumpOverview overview;
    const QStringList paths = resolvePaths(spec, &overview.error);
    if (paths.isEmpty())
        return overview;
    engine::DumpReader reader;
    if (!reader.open(paths)) {
        overview.error = reader.errorString();
        return overview;
    }
    overview.header = reader.header();
    for (const engine::DumpFileInfo &file : reader.files()) {
        overview.files << file.path;
        overview.fileBytes += file.size;
    }
    if (overview.header.encrypted()) {
        if (password.isEmpty()) {
            overview.locked = true;
        } else if (!reader.unlock(password.toUtf8())) {
            overview.locked = true;
            overview.error = reader.errorString();
        }
    }
    listObjects(reader, overview);
    overview.ok = overview.error.isEmpty();
    return overview;
}

} // namespace sluice::gui
