#pragma once

#include "engine/dump/archivewriter.h"

#include <QByteArray>
#include <QFile>
#include <QString>
#include <optional>

struct archive;

namespace sluice::engine {

// One member as found in a tar file: where its data starts and its attributes
// (the pax records written by ArchiveWriter, with the "user.sluice." prefix removed).
struct ArchiveEntry
{
    QString name;
    qint64 size = 0;
    qint64 dataOffset = 0;
    MemberAttributes attributes;
    QByteArray data; // filled only when next() was asked to read it
};

// The one place that reads tar: walks a file's member headers with libarchive,
// seeking over the data (so listing a 10 GB dump reads only its headers), and reads
// small members inline. Member data is read later straight from dataOffset.
class ArchiveReader
{
public:
    ArchiveReader();
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader &) = delete;
    ArchiveReader &operator=(const ArchiveReader &) = delete;

    [[nodiscard]] bool open(const QString &path);
    enum class Step { Entry, End, Error };
    // The next member; its data is read into entry->data when readData is true and it
    // is at most maxInline bytes.
    [[nodiscard]] Step next(ArchiveEntry *entry, bool readData, qint64 maxInline = 1 << 20);
    [[nodiscard]] qint64 fileSize() const { return m_fileSize; }
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    struct Callbacks; // libarchive's read, skip and seek callbacks over m_file
    friend struct Callbacks;

    struct archive *m_archive = nullptr;
    QFile m_file;
    QByteArray m_buffer;
    qint64 m_fileSize = 0;
    QString m_error;
};

} // namespace sluice::engine
