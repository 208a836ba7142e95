#pragma once

#include "engine/catalog/catalog.h"
#include "engine/data/chunkrange.h"
#include "engine/dump/dumpreader.h"
#include "engine/params/jobspec.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <memory>
#include <optional>

namespace sluice::engine {

// One table data chunk of a dump: its members (parts, in order; most chunks have one),
// with the key range the chunk covered (from the dump's master table), so a restart can
// remove an interrupted chunk's rows.
struct DumpChunk
{
    QStringList members;
    ChunkRange range;
    qint64 rows = -1; // -1: a member does not say
};

// The dump file set an import reads (no NETWORK_LINK): DUMPFILE resolved through the
// directory objects, the set opened and checked before anything else (format version,
// every file present, header checksums: DumpReader::open), unlocked with the
// encryption password (a wrong one is refused before any member is read), then the
// catalog rebuilt from the metadata members and the data members listed per table.
class DumpSource
{
public:
    // verifyAll: also checks every member's stored bytes against its checksum (reads the
    // whole set once), so a damaged set is refused before anything is loaded.
    [[nodiscard]] bool open(const JobSpec &spec, const QString &profileName,
                            bool verifyAll = false);
    [[nodiscard]] QString errorString() const { return m_errorString; }

    [[nodiscard]] std::shared_ptr<const DumpReader> reader() const { return m_reader; }
    [[nodiscard]] Dialect dialect() const { return m_dialect; }
    // The source catalog the export described. nullopt with errorString().
    [[nodiscard]] std::optional<Catalog> readCatalog();
    // Data chunks by "schema\0table", in chunk order (master table's ranges when known).
    // Members that no completed export item names (the parts of a chunk whose read
    // failed after its first parts were written) are left out.
    [[nodiscard]] QHash<QString, QList<DumpChunk>> chunks() const;

private:
    bool fail(const QString &message);
    void readRanges();

    std::shared_ptr<DumpReader> m_reader;
    Dialect m_dialect = Dialect::SQLite;
    QHash<QString, ChunkRange> m_ranges;      // member -> range, from the master table
    std::optional<QSet<QString>> m_completed; // members of completed data items, if known
    QString m_errorString;
};

} // namespace sluice::engine
