#pragma once

#include "engine/dump/archivewriter.h"
#include "engine/dump/dumpfilenamer.h"
#include "engine/dump/dumpheader.h"
#include "engine/dump/dumpmemberinfo.h"
#include "engine/dump/membertransform.h"

#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <atomic>
#include <memory>
#include <optional>

class QFile;

namespace sluice::engine {

// What an export job decides about its dump file set.
struct DumpWriterOptions
{
    QStringList fileTemplates; // absolute paths; %U/%L in the file name (DumpFileNamer)
    qint64 fileSize = 0;       // FILESIZE in bytes; 0: unlimited
    bool reuseFiles = false;   // REUSE_DUMPFILES
    MemberScope compressionScope = MemberScope::None;
    CompressionMethod compressionMethod = CompressionMethod::Zstd;
    int compressionLevel = 3;
    MemberScope encryptionScope = MemberScope::None;
    QByteArray encryptionPassword; // used to derive the key, never stored
    quint64 kdfOpsLimit = 0;       // 0: libsodium's INTERACTIVE limits
    quint64 kdfMemLimit = 0;
    // Source engine, server version, job name, job description. With a setId (and, when
    // encrypted, its keyDerivation) the set continues an earlier writer's: a restarted
    // export copies the members it kept into the new files.
    DumpHeader header;
};

// A member encoded on a worker's thread, ready to be written.
struct EncodedMember
{
    DumpMemberInfo info;
    QByteArray stored;
};

// Writes a dump file set. Workers call encode() on their own threads (compression
// and encryption happen there), then write() takes the set's lock only to append the
// stored bytes; addMember() does both. Files are written under temporary names
// (".<name>.part" beside the final name) and renamed only by finish(): a failed or
// killed export never leaves files that look like a complete dump.
class DumpWriter
{
public:
    DumpWriter();
    ~DumpWriter(); // abort()s an unfinished set
    DumpWriter(const DumpWriter &) = delete;
    DumpWriter &operator=(const DumpWriter &) = delete;

    // Checks the options, derives the key, creates the first file and writes the header.
    [[nodiscard]] bool open(const DumpWriterOptions &options);

    // Thread-safe and lock-free: compress and encrypt one member's payload.
    [[nodiscard]] std::optional<EncodedMember> encode(const DumpMemberSpec &spec,
                                                      QByteArrayView payload, QString *error) const;
    // Thread-safe: append an encoded member, starting a new file when FILESIZE would be
    // exceeded. A member that cannot fit in an empty file is an error.
    [[nodiscard]] bool write(EncodedMember member);
    [[nodiscard]] bool addMember(const DumpMemberSpec &spec, QByteArrayView payload);
    // Streams a file (the master table) through a temporary file beside the dump.
    [[nodiscard]] bool addMemberFromFile(const DumpMemberSpec &spec, const QString &path);
    // The job's master table (a SQLite file), written last and recorded in the set's
    // trailer so that import finds it first.
    [[nodiscard]] bool addMasterTable(const QString &sqlitePath);

    // ADD_FILE: more DUMPFILE templates.
    void addFileTemplates(const QStringList &templates);

    // Ends the last file with the set's trailer and renames every file to its name.
    [[nodiscard]] bool finish();
    // Deletes every file written so far (temporary names only).
    void abort();
    // Closes the current file and leaves every file under its temporary name, for a
    // job that stopped and continues the set after a restart. The writer is done.
    void suspend();

    [[nodiscard]] QString errorString() const;
    [[nodiscard]] QString setId() const { return m_header.setId; }
    // Final paths of the files started so far.
    [[nodiscard]] QStringList filePaths() const;
    // Members written so far, in order.
    [[nodiscard]] QList<DumpMemberInfo> members() const;
    // The largest stored member that fits a file (FILESIZE less the fixed overheads);
    // producers size their chunks below it. 0: unlimited.
    [[nodiscard]] qint64 maxMemberSize() const;

private:
    MemberTransform transformFor(DumpMemberKind kind) const;
    QByteArray associatedData(const QString &name) const;
    QString memberName(const DumpMemberSpec &spec) const;
    [[nodiscard]] DumpMemberInfo storedMember(const DumpMemberSpec &spec, qint64 size,
                                              quint64 checksum) const;
    bool startFile();        // guarded by m_mutex
    bool endFile(bool last); // guarded by m_mutex
    bool ensureRoom(const QString &name, const MemberAttributes &attributes, qint64 size);
    bool addPlainMemberFrom(const DumpMemberSpec &spec, QFile &source);
    bool writeFromDevice(DumpMemberInfo info, QIODevice *device);
    bool append(DumpMemberInfo &info, QByteArrayView data, QIODevice *device); // guarded
    bool writeSmall(const QString &name, DumpMemberKind kind, const QByteArray &json);
    qint64 reserve() const;
    bool fail(const QString &message); // guarded by m_mutex

    struct FileState
    {
        QString finalPath;
        QString tempPath;
    };

    mutable QMutex m_mutex;
    DumpWriterOptions m_options; // set by open(), then read-only
    DumpHeader m_header;         // set by open(), then read-only
    std::shared_ptr<const DumpKey> m_key;
    DumpFileNamer m_namer;           // guarded by m_mutex
    ArchiveWriter m_archive;         // guarded by m_mutex
    QList<FileState> m_files;        // guarded by m_mutex
    QList<DumpMemberInfo> m_members; // guarded by m_mutex
    QSet<QString> m_names;           // guarded by m_mutex
    qint64 m_membersInFile = 0;      // guarded by m_mutex
    QString m_masterTableMember;     // guarded by m_mutex
    int m_masterTableFile = 0;       // guarded by m_mutex
    QString m_error;                 // guarded by m_mutex
    bool m_finished = false;         // guarded by m_mutex
    mutable std::atomic<qint64> m_nextMember{1};
};

} // namespace sluice::engine
