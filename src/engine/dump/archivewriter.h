#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QFile>
#include <QMap>
#include <QString>

struct archive;

namespace sluice::engine {

// Member attributes: written as pax extended-header records
// "SCHILY.xattr.user.sluice.<key>=<value>", which GNU tar and bsdtar list silently.
using MemberAttributes = QMap<QString, QString>;

// The one place that writes tar: a pax archive (libarchive) into a new file, members
// written whole (their size is known before their header), no block padding, so the
// file's size is exactly what position() says. Not thread-safe: DumpWriter serializes.
class ArchiveWriter
{
public:
    ArchiveWriter();
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    // Creates path; fails if it exists (the caller decides about REUSE_DUMPFILES and
    // writes under a temporary name). Errors name displayPath (default: path).
    [[nodiscard]] bool open(const QString &path, const QDateTime &mtime,
                            const QString &displayPath = {});
    [[nodiscard]] bool isOpen() const { return m_archive != nullptr; }
    [[nodiscard]] bool writeMember(const QString &name, const MemberAttributes &attributes,
                                   QByteArrayView data);
    // Streams size bytes from source (memory stays bounded).
    [[nodiscard]] bool writeMemberFrom(const QString &name, const MemberAttributes &attributes,
                                       QIODevice *source, qint64 size);
    // Writes the tar end blocks, flushes and syncs the file to disk.
    [[nodiscard]] bool close();
    // Abandons the archive and deletes its file.
    void discard();

    [[nodiscard]] qint64 position() const { return m_position; }
    // Where the data of the last member written starts in the file.
    [[nodiscard]] qint64 lastDataOffset() const { return m_lastDataOffset; }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] QString errorString() const { return m_error; }

    // The bytes a member takes in the file beyond its data: pax and ustar headers
    // (an upper bound) plus the padding of the data to 512 bytes.
    [[nodiscard]] static qint64 overhead(const QString &name, const MemberAttributes &attributes,
                                         qint64 dataSize);

    // Tests where no small file system can be mounted: every archive file written
    // after this call fails with "No space left on device" once it holds more than
    // bytes bytes (-1: off).
    static void setSpaceLimitForTesting(qint64 bytes);

private:
    bool writeHeader(const QString &name, const MemberAttributes &attributes, qint64 size);
    bool archiveFailed(const QString &member);
    struct Callbacks; // libarchive's write callback over m_file
    friend struct Callbacks;

    struct archive *m_archive = nullptr;
    QFile m_file;
    QString m_displayPath;
    QDateTime m_mtime;
    qint64 m_position = 0;
    qint64 m_writebackFrom = 0; // where the written bytes not yet sent to disk start
    qint64 m_lastDataOffset = 0;
    QString m_ioError;
    QString m_error;
};

} // namespace sluice::engine
