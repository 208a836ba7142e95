#pragma once

#include "engine/catalog/catalog.h"
#include "engine/dump/dumpheader.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::gui {

// One object of a dump's catalog as the import wizard lists it.
struct DumpObjectRow
{
    QString type; // Data Pump's object type: TABLE, VIEW, SEQUENCE, ...
    QString schema;
    QString name;
    qint64 rows = -1; // tables: rows in the data members; -1 otherwise
    qint64 bytes = 0; // tables: the data members' size before compression
};

// What a dump file set holds, read on a worker before anything is imported.
struct DumpOverview
{
    bool ok = false;
    QString error;
    QStringList files; // the set's files, in order
    qint64 fileBytes = 0;
    engine::DumpHeader header;
    // Encrypted metadata needs the password before the objects can be listed.
    bool locked = false;
    QList<DumpObjectRow> objects;
    qint64 totalRows = 0;
    std::optional<engine::Catalog> catalog; // rebuilt from the metadata members
};

// The .dmp files of a directory object's folder.
struct DumpFolderListing
{
    QString directory;
    QString folder;
    QStringList fileNames;
    QString error;
};

// Blocking dump reads for the import wizard; BackgroundTask runs them on a worker.
// Everything goes through the engine: DirectoryResolver places the files (READ
// access), DumpReader opens the set, CatalogJson reads the metadata members.
class ImportDumpBrowser
{
public:
    [[nodiscard]] static DumpFolderListing listFolder(const QString &directory,
                                                      const QString &connection);
    // The spec's DIRECTORY, DUMPFILE and connection name the set; password may be
    // empty for a dump without encryption.
    [[nodiscard]] static DumpOverview read(const engine::JobSpec &spec, const QString &password);
    // The first file of each DUMPFILE entry, resolved for reading.
    [[nodiscard]] static QStringList resolvePaths(const engine::JobSpec &spec, QString *error);
};

} // namespace sluice::gui
