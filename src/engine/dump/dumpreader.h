#pragma once

#include "engine/dump/dumpheader.h"
#include "engine/dump/dumpmemberinfo.h"
#include "engine/dump/membertransform.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace sluice::engine {

// One file of an open set.
struct DumpFileInfo
{
    QString path;
    int sequence = 0;
    qint64 size = 0;
    qint64 memberCount = 0;
    bool last = false;
};

// Opens a dump file set for reading. open() checks, before anything else is read:
// every file is a Sluice tar of a supported format version; they all belong to one
// set; none is missing, repeated or truncated (each ends with its end member); the
// header and end members' checksums. It reads only member headers (seeking over the
// data), so opening is fast whatever the dump's size. unlock() checks the password
// against the header's key check. Reading members is const and thread-safe: each call
// opens its own file handle, so import workers read in parallel. Errors name the file
// and the member.
class DumpReader
{
public:
    DumpReader();
    ~DumpReader();
    DumpReader(const DumpReader &) = delete;
    DumpReader &operator=(const DumpReader &) = delete;

    // paths: the files given by the user (DUMPFILE expanded). Files that the set's
    // trailer names and that lie beside the first given file are added when missing.
    [[nodiscard]] bool open(const QStringList &paths);
    // Required before reading encrypted members; false with a clear message when the
    // password is wrong (nothing else is read).
    [[nodiscard]] bool unlock(const QByteArray &password);
    [[nodiscard]] bool isUnlocked() const { return m_key != nullptr; }

    [[nodiscard]] const DumpHeader &header() const { return m_header; }
    [[nodiscard]] QList<DumpFileInfo> files() const { return m_files; }
    // Payload members (metadata, data, master table) in file order.
    [[nodiscard]] QList<DumpMemberInfo> members() const { return m_members; }
    [[nodiscard]] std::optional<DumpMemberInfo> member(const QString &name) const;
    [[nodiscard]] std::optional<DumpMemberInfo> masterTable() const;

    // The member's plaintext, after every check (checksums, authentication, size).
    [[nodiscard]] std::optional<QByteArray> readMember(const DumpMemberInfo &member,
                                                       QString *error) const;
    // Streams the plaintext to sink; the last check happens after the last byte, so
    // a caller that loads while streaming must be able to roll back.
    [[nodiscard]] bool readMemberTo(const DumpMemberInfo &member, const ByteSink &sink,
                                    QString *error) const;
    // Writes the master table to targetPath (a new SQLite file).
    [[nodiscard]] bool extractMasterTable(const QString &targetPath, QString *error) const;
    // Checks the stored bytes against their checksum; needs no password.
    [[nodiscard]] bool verifyMember(const DumpMemberInfo &member, QString *error) const;

    [[nodiscard]] QString errorString() const { return m_error; }

private:
    struct ScannedFile;
    bool scanFile(const QString &path, ScannedFile *file);
    bool scanEntries(const QString &path, ScannedFile *file);
    bool checkSet(QList<ScannedFile> &scanned);
    bool addMissingFromTrailer(QList<ScannedFile> &scanned);
    bool addFile(QList<ScannedFile> &scanned, const QString &path, bool *added);
    bool streamStored(const DumpMemberInfo &member, const ByteSink &sink, QString *error) const;
    bool fail(const QString &message);

    DumpHeader m_header;
    QList<DumpFileInfo> m_files;
    QList<DumpMemberInfo> m_members;
    QString m_masterTableMember;
    std::shared_ptr<const DumpKey> m_key;
    QString m_error;
};

} // namespace sluice::engine
