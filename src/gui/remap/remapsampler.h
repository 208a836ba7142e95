#pragma once

#include "engine/catalog/tabledef.h"
#include "engine/connection/connectionparams.h"
#include "engine/core/dialect.h"
#include "engine/params/jobspec.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace sluice::gui {

// Where the sample rows of a REMAP_DATA preview come from: a database (the
// NETWORK_LINK source) or a dump file set.
struct RemapSampleSource
{
    bool fromDump = false;
    engine::ConnectionParams params; // database
    QString password;
    QStringList dumpPaths; // dump
    QString encryptionPassword;
};

// Sample values before and after the job's REMAP_DATA functions.
struct RemapPreview
{
    QStringList columns;
    QList<QStringList> before; // one list per row; NULL shows as "NULL"
    QList<QStringList> after;
    QStringList remappedColumns;
    bool temporaryKey = false; // SLUICE_REMAP_KEY unset: HASH used a throwaway key
    QString error;
};

// Reads a few rows of a table through the engine's data readers (a TableReader on
// the database, or the table's first data member of the dump) and rewrites them
// with the engine's RowRemapper, exactly as the import job would. Blocking: run it
// on a worker (BackgroundTask).
class RemapSampler
{
public:
    [[nodiscard]] static RemapPreview sample(const RemapSampleSource &source,
                                             const engine::TableDef &table, engine::Dialect dialect,
                                             const QList<engine::RemapDataSpec> &specs,
                                             int rows = 5);

private:
    [[nodiscard]] static QByteArray readDatabase(const RemapSampleSource &source,
                                                 const engine::TableDef &table,
                                                 engine::Dialect dialect, int rows, QString *error);
    [[nodiscard]] static QByteArray readDump(const RemapSampleSource &source,
                                             const engine::TableDef &table, int rows,
                                             QString *error);
};

} // namespace sluice::gui
