#include "engine/dump/archivereader.h"

#include "engine/dump/dumpformat.h"

#include <QCoreApplication>
#include <archive.h>
#include <archive_entry.h>
#include <cstring>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ArchiveReader", text);
}

} // namespace

struct ArchiveReader::Callbacks
{
    static la_ssize_t read(struct archive *, void *self, const void **buffer)
    {
        auto *reader = static_cast<ArchiveReader *>(self);
        *buffer = reader->m_buffer.constData();
        const qint64 got = reader->m_file.read(reader->m_buffer.data(), reader->m_buffer.size());
        return got < 0 ? -1 : static_cast<la_ssize_t>(got);
    }
    static la_int64_t skip(struct archive *, void *self, la_int64_t request)
    {
        // Seeking past the end is allowed: the next header read then finds the end of
        // the file, and the caller reports the member as truncated.
        auto *reader = static_cast<ArchiveReader *>(self);
        return reader->m_file.seek(reader->m_file.pos() + request) ? request : 0;
    }
    static la_int64_t seek(struct archive *, void *self, la_int64_t offset, int whence)
    {
        auto *reader = static_cast<ArchiveReader *>(self);
        qint64 target = offset;
        if (whence == SEEK_CUR)
            target += reader->m_file.pos();
        else if (whence == SEEK_END)
            target += reader->m_fileSize;
        return reader->m_file.seek(target) ? target : ARCHIVE_FATAL;
    }
};

ArchiveReader::ArchiveReader() = default;

ArchiveReader::~ArchiveReader()
{
    if (m_archive)
        archive_read_free(m_archive);
}

bool ArchiveReader::open(const QString &path)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        m_error = m_file.errorString();
        return false;
    }
    m_fileSize = m_file.size();
    m_buffer.resize(16 * 1024); // small: after a seek only the next header is needed
    m_archive = archive_read_new();
    archive_read_support_format_tar(m_archive);
    archive_read_set_read_callback(m_archive, &Callbacks::read);
    archive_read_set_skip_callback(m_archive, &Callbacks::skip);
    archive_read_set_seek_callback(m_archive, &Callbacks::seek);
    archive_read_set_callback_data(m_archive, this);
    if (archive_read_open1(m_archive) != ARCHIVE_OK) {
        m_error = m_fileSize == 0
                      ? tr("the file is empty")
                      : tr("not a tar archive (%1)")
                            .arg(QString::fromLocal8Bit(archive_error_string(m_archive)));
        return false;
    }
    return true;
}

ArchiveReader::Step ArchiveReader::next(ArchiveEntry *entry, bool readData, qint64 maxInline)
{
    struct archive_entry *header = nullptr;
    const int rc = archive_read_next_header(m_archive, &header);
    if (rc == ARCHIVE_EOF)
        return Step::End;
    if (rc != ARCHIVE_OK && rc != ARCHIVE_WARN) {
        const char *reason = archive_error_string(m_archive);
        m_error = reason ? QString::fromLocal8Bit(reason) : tr("unreadable tar header");
        return Step::Error;
    }
    *entry = ArchiveEntry();
    const char *utf8 = archive_entry_pathname_utf8(header);
    entry->name =
        utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(header));
    entry->size = archive_entry_size(header);
    // The format reader has consumed exactly the headers: the data starts here.
    entry->dataOffset = archive_filter_bytes(m_archive, 0);
    const QLatin1String prefix(DumpFormat::kAttrPrefix);
    archive_entry_xattr_reset(header);
    const char *key = nullptr;
    const void *value = nullptr;
    size_t length = 0;
    while (archive_entry_xattr_next(header, &key, &value, &length) == ARCHIVE_OK) {
        const QString name = QString::fromUtf8(key);
        if (name.startsWith(prefix))
            entry->attributes.insert(
                name.mid(prefix.size()),
                QString::fromUtf8(static_cast<const char *>(value), qsizetype(length)));
    }
    if (readData && entry->size <= maxInline) {
        entry->data.resize(entry->size);
        qint64 got = 0;
        while (got < entry->size) {
            const la_ssize_t n =
                archive_read_data(m_archive, entry->data.data() + got, size_t(entry->size - got));
            if (n <= 0) {
                const char *reason = archive_error_string(m_archive);
                m_error = reason ? QString::fromLocal8Bit(reason) : tr("the member is truncated");
                return Step::Error;
            }
            got += n;
        }
    }
    return Step::Entry;
}

} // namespace sluice::engine
