#include "engine/dump/archivewriter.h"

#include "engine/dump/dumpformat.h"

#include <QCoreApplication>
#include <QDir>
#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArchiveWriter", text);
}

std::atomic<qint64> s_spaceLimit{-1};

// Written bytes are handed to the kernel's writeback in steps of this size.
constexpr qint64 kWritebackBytes = 8 * 1024 * 1024;

qint64 padded(qint64 size)
{
    return (size + 511) / 512 * 512;
}

} // namespace

ArchiveWriter::ArchiveWriter() = default;

void ArchiveWriter::setSpaceLimitForTesting(qint64 bytes)
{
    s_spaceLimit.store(bytes);
}

ArchiveWriter::~ArchiveWriter()
{
    if (m_archive)
        discard();
}

struct ArchiveWriter::Callbacks
{
    static la_ssize_t write(struct archive *, void *self, const void *buffer, size_t length);
};

la_ssize_t ArchiveWriter::Callbacks::write(struct archive *, void *self, const void *buffer,
                                           size_t length)
{
    auto *writer = static_cast<ArchiveWriter *>(self);
    const qint64 limit = s_spaceLimit.load();
    if (limit >= 0 && writer->m_position + qint64(length) > limit) {
        writer->m_ioError = QString::fromLocal8Bit(strerror(ENOSPC));
        return -1;
    }
#ifdef Q_OS_UNIX
    // Straight to the descriptor, so that errno (ENOSPC, EIO, ...) reaches the message.
    const char *data = static_cast<const char *>(buffer);
    size_t left = length;
    while (left > 0) {
        const ssize_t n = ::write(writer->m_file.handle(), data, left);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            writer->m_ioError = QString::fromLocal8Bit(strerror(n < 0 ? errno : ENOSPC));
            return -1;
        }
        data += n;
        left -= size_t(n);
    }
    const qint64 written = qint64(length);
#else
    const qint64 written = writer->m_file.write(static_cast<const char *>(buffer), qint64(length));
    if (written != qint64(length)) {
        writer->m_ioError = writer->m_file.errorString();
        return -1;
    }
#endif
    writer->m_position += written;
#ifdef Q_OS_LINUX
    // Start writing back what the file holds every few MB, without waiting for it: the
    // fsync that close() needs before the set is renamed then finds most pages on disk
    // (an uncompressed 488 MB dump: 0.16 s of fsync at the end of the job otherwise).
    if (writer->m_position - writer->m_writebackFrom >= kWritebackBytes) {
        (void)::sync_file_range(writer->m_file.handle(), writer->m_writebackFrom,
                                writer->m_position - writer->m_writebackFrom,
                                SYNC_FILE_RANGE_WRITE);
        writer->m_writebackFrom = writer->m_position;
    }
#endif
    return static_cast<la_ssize_t>(written);
}

bool ArchiveWriter::open(const QString &path, const QDateTime &mtime, const QString &displayPath)
{
    m_file.setFileName(path);
    m_displayPath = QDir::toNativeSeparators(displayPath.isEmpty() ? path : displayPath);
    m_mtime = mtime;
    m_position = 0;
    m_writebackFrom = 0;
    m_error.clear();
    m_ioError.clear();
    // Unbuffered: a full disk shows up at the write that hits it, not at a later flush.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly | QIODevice::Unbuffered)) {
        m_error = tr("Cannot create dump file \"%1\": %2").arg(m_displayPath, m_file.errorString());
        return false;
    }
    m_archive = archive_write_new();
    archive_write_set_format_pax_restricted(m_archive);
    // SCHILY records only: GNU tar knows them; LIBARCHIVE.xattr ones make it warn.
    archive_write_set_format_option(m_archive, "pax", "xattrheader", "SCHILY");
    archive_write_set_bytes_per_block(m_archive, 0);
    if (archive_write_open2(m_archive, this, nullptr, &Callbacks::write, nullptr, nullptr) !=
        ARCHIVE_OK) {
        archiveFailed(QString());
        discard();
        return false;
    }
    return true;
}

bool ArchiveWriter::archiveFailed(const QString &member)
{
    const QString reason =
        !m_ioError.isEmpty() ? m_ioError : QString::fromLocal8Bit(archive_error_string(m_archive));
    m_error =
        member.isEmpty()
            ? tr("Cannot write dump file \"%1\": %2").arg(m_displayPath, reason)
            : tr("Cannot write dump file \"%1\", member %2: %3").arg(m_displayPath, member, reason);
    return false;
}

bool ArchiveWriter::writeHeader(const QString &name, const MemberAttributes &attributes,
                                qint64 size)
{
    if (!m_archive) {
        m_error = tr("The dump file is not open.");
        return false;
    }
    std::unique_ptr<archive_entry, decltype(&archive_entry_free)> entry(archive_entry_new(),
                                                                        &archive_entry_free);
    const QByteArray path = name.toUtf8();
    archive_entry_set_pathname_utf8(entry.get(), path.constData());
    archive_entry_set_size(entry.get(), size);
    archive_entry_set_filetype(entry.get(), AE_IFREG);
    archive_entry_set_perm(entry.get(), 0640);
    archive_entry_set_mtime(entry.get(), m_mtime.toSecsSinceEpoch(), 0);
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it) {
        const QByteArray key = QByteArray(DumpFormat::kAttrPrefix) + it.key().toUtf8();
        const QByteArray value = it.value().toUtf8();
        archive_entry_xattr_add_entry(entry.get(), key.constData(), value.constData(),
                                      static_cast<size_t>(value.size()));
    }
    if (archive_write_header(m_archive, entry.get()) != ARCHIVE_OK)
        return archiveFailed(name);
    // Unblocked output: everything up to the end of the headers is in the file now.
    m_lastDataOffset = m_position;
    return true;
}

bool ArchiveWriter::writeMember(const QString &name, const MemberAttributes &attributes,
                                QByteArrayView data)
{
    if (!writeHeader(name, attributes, data.size()))
        return false;
    qsizetype offset = 0;
    while (offset < data.size()) {
        const la_ssize_t written =
            archive_write_data(m_archive, data.data() + offset, size_t(data.size() - offset));
        if (written <= 0)
            return archiveFailed(name);
        offset += written;
    }
    // libarchive pads the data to 512 bytes when the next header or the end comes.
    return true;
}

bool ArchiveWriter::writeMemberFrom(const QString &name, const MemberAttributes &attributes,
                                    QIODevice *source, qint64 size)
{
    if (!writeHeader(name, attributes, size))
        return false;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 left = size;
    while (left > 0) {
        const qint64 got = source->read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (got <= 0) {
            m_error =
                tr("Cannot read the content of member %1: %2").arg(name, source->errorString());
            return false;
        }
        if (archive_write_data(m_archive, buffer.constData(), size_t(got)) != got)
            return archiveFailed(name);
        left -= got;
    }
    return true;
}

bool ArchiveWriter::close()
{
    if (!m_archive)
        return true;
    const bool ok = archive_write_close(m_archive) == ARCHIVE_OK;
    if (!ok)
        archiveFailed(QString());
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (ok && !m_file.flush()) {
        m_error = tr("Cannot write dump file \"%1\": %2").arg(m_displayPath, m_file.errorString());
        return false;
    }
#ifdef Q_OS_UNIX
    // The set is made valid by renaming; its files must be on disk before that.
    if (ok && ::fsync(m_file.handle()) != 0) {
        m_error = tr("Cannot write dump file \"%1\": %2")
                      .arg(m_displayPath, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
#endif
    m_file.close();
    return ok;
}

void ArchiveWriter::discard()
{
    if (m_archive) {
        archive_write_fail(m_archive);
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    if (m_file.isOpen())
        m_file.close();
    if (!m_file.fileName().isEmpty())
        m_file.remove();
}

qint64 ArchiveWriter::overhead(const QString &name, const MemberAttributes &attributes,
                               qint64 dataSize)
{
    // Each pax record is "<len> SCHILY.xattr.user.sluice.<key>=<value>\n"; the name goes
    // into the pax header too when it is long or not ASCII. 40 bytes covers the
    // length prefix, the keyword prefix and the separators of each record.
    qint64 records = name.toUtf8().size() + 40;
    for (auto it = attributes.cbegin(); it != attributes.cend(); ++it)
        records += it.key().toUtf8().size() + it.value().toUtf8().size() + 40;
    return 512 + padded(records) + 512 + padded(dataSize) - dataSize;
}

} // namespace sluice::engine
