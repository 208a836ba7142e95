#include "engine/dump/dumpreader.h"

#include "engine/dump/archivereader.h"
#include "engine/dump/dumpchecksum.h"
#include "engine/dump/dumpfilenamer.h"
#include "engine/dump/memberdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DumpReader", text);
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Where a member went wrong: every reader error starts like this.
QString where(const QString &path, const QString &member)
{
    return tr("Dump file \"%1\", member %2").arg(native(path), member);
}

} // namespace

struct DumpReader::ScannedFile
{
    QString path;
    qint64 size = 0;
    QString setId;
    int sequence = 0;
    std::optional<DumpHeader> header;
    std::optional<DumpFileMarker> end;
    QList<DumpMemberInfo> members;
};

DumpReader::DumpReader() = default;
DumpReader::~DumpReader() = default;

bool DumpReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool DumpReader::open(const QStringList &paths)
{
    m_error.clear();
    m_files.clear();
    m_members.clear();
    m_key.reset();
    if (paths.isEmpty())
        return fail(tr("No dump file was given."));
    QList<ScannedFile> scanned;
    for (const QString &path : paths) {
        ScannedFile file;
        if (!scanFile(QFileInfo(path).absoluteFilePath(), &file))
            return false;
        scanned.append(file);
    }
    return addMissingFromTrailer(scanned) && checkSet(scanned);
}

bool DumpReader::scanFile(const QString &path, ScannedFile *file)
{
    file->path = path;
    if (!QFileInfo(path).isFile())
        return fail(tr("Dump file \"%1\" does not exist.").arg(native(path)));
    return scanEntries(path, file);
}

bool DumpReader::scanEntries(const QString &path, ScannedFile *file)
{
    ArchiveReader reader;
    if (!reader.open(path))
        return fail(tr("Dump file \"%1\" is not a Sluice dump file: %2")
                        .arg(native(path), reader.errorString()));
    file->size = reader.fileSize();
    const QLatin1String header(DumpFormat::kHeaderMember);
    const QLatin1String fileHeader(DumpFormat::kFileHeaderMember);
    const QLatin1String end(DumpFormat::kEndMember);
    QString previous;
    for (;;) {
        ArchiveEntry entry;
        const bool small = !file->end.has_value();
        const auto step = reader.next(&entry, small, 1 << 20);
        if (step == ArchiveReader::Step::End)
            break;
        if (step == ArchiveReader::Step::Error) {
            if (previous.isEmpty())
                return fail(tr("Dump file \"%1\" is not a Sluice dump file: %2")
                                .arg(native(path), reader.errorString()));
            return fail(tr("Dump file \"%1\" is truncated or damaged after member %2 (%3).")
                            .arg(native(path), previous, reader.errorString()));
        }
        if (previous.isEmpty() && entry.name != header && entry.name != fileHeader)
            return fail(tr("Dump file \"%1\" is not a Sluice dump file: its first member is "
                           "\"%2\", not %3.")
                            .arg(native(path), entry.name, header));
        if (file->end)
            return fail(tr("%1: it follows the file's end member.").arg(where(path, entry.name)));
        previous = entry.name;
        QString error;
        auto info = DumpMemberInfo::fromAttributes(entry.name, entry.attributes, &error);
        if (!info)
            return fail(where(path, entry.name) + u": " + error + u'.');
        info->filePath = path;
        info->dataOffset = entry.dataOffset;
        info->storedSize = entry.size;
        if (entry.dataOffset + entry.size > file->size)
            return fail(tr("%1: truncated (the file ends %2 bytes into its %3 bytes).")
                            .arg(where(path, entry.name))
                            .arg(file->size - entry.dataOffset)
                            .arg(entry.size));
        const bool marker = entry.name == header || entry.name == fileHeader || entry.name == end;
        if (!marker) {
            file->members.append(*info);
            continue;
        }
        const quint64 computed = DumpChecksum::of(entry.data);
        if (entry.data.size() != entry.size || computed != info->storedChecksum)
            return fail(tr("%1: checksum mismatch (stored %2, computed %3).")
                            .arg(where(path, entry.name), DumpChecksum::toHex(info->storedChecksum),
                                 DumpChecksum::toHex(computed)));
        if (entry.name == header) {
            file->header = DumpHeader::fromJson(entry.data, &error);
            if (!file->header)
                return fail(where(path, entry.name) + u": " + error + u'.');
            file->setId = file->header->setId;
            file->sequence = 1;
            continue;
        }
        const auto parsed = DumpFileMarker::fromJson(entry.data, &error);
        if (!parsed)
            return fail(where(path, entry.name) + u": " + error + u'.');
        if (entry.name == fileHeader) {
            file->setId = parsed->setId;
            file->sequence = parsed->sequence;
        } else {
            file->end = parsed;
        }
    }
    if (!file->end)
        return fail(tr("Dump file \"%1\" is truncated: it ends after member %2 without its end "
                       "member (%3).")
                        .arg(native(path), previous.isEmpty() ? tr("(none)") : previous, end));
    if (file->end->setId != file->setId || file->end->sequence != file->sequence)
        return fail(tr("%1: it belongs to another file (set %2, file %3).")
                        .arg(where(path, end), file->end->setId)
                        .arg(file->end->sequence));
    if (file->end->memberCount != file->members.size())
        return fail(tr("%1: it records %2 members, the file holds %3.")
                        .arg(where(path, end))
                        .arg(file->end->memberCount)
                        .arg(file->members.size()));
    return true;
}

bool DumpReader::addFile(QList<ScannedFile> &scanned, const QString &path, bool *added)
{
    *added = false;
    const bool known = std::any_of(scanned.cbegin(), scanned.cend(),
                                   [&](const ScannedFile &file) { return file.path == path; });
    if (known || !QFileInfo(path).isFile())
        return true;
    ScannedFile file;
    if (!scanFile(path, &file))
        return false;
    scanned.append(file);
    *added = true;
    return true;
}

bool DumpReader::addMissingFromTrailer(QList<ScannedFile> &scanned)
{
    // Files of the set beside the first given file are found without being named:
    // from the last file's list of names, else from the header's DUMPFILE templates.
    const QDir folder = QFileInfo(scanned.constFirst().path).dir();
    bool added = false;
    const auto last = std::find_if(scanned.cbegin(), scanned.cend(),
                                   [](const ScannedFile &file) { return file.end->last; });
    if (last == scanned.cend()) {
        const auto first = std::find_if(scanned.cbegin(), scanned.cend(),
                                        [](const ScannedFile &file) { return file.header; });
        if (first == scanned.cend())
            return true;
        QStringList templates;
        for (const QString &name : first->header->fileTemplates)
            templates << folder.absoluteFilePath(QFileInfo(name).fileName());
        for (const QString &path : DumpFileNamer::existingFiles(templates)) {
            if (!addFile(scanned, path, &added))
                return false;
        }
        return true;
    }
    const QStringList names = last->end->files;
    for (const QString &name : names) {
        if (!addFile(scanned, folder.absoluteFilePath(QFileInfo(name).fileName()), &added))
            return false;
    }
    return true;
}

bool DumpReader::checkSet(QList<ScannedFile> &scanned)
{
    std::stable_sort(scanned.begin(), scanned.end(),
                     [](const auto &a, const auto &b) { return a.sequence < b.sequence; });
    const ScannedFile *lastFile = nullptr;
    for (const ScannedFile &file : std::as_const(scanned)) {
        if (file.end->last)
            lastFile = &file;
    }
    const QStringList names = lastFile ? lastFile->end->files : QStringList();
    const auto missing = [&](int sequence) {
        return fail(tr("The dump file set is incomplete: file %1 of %2 (\"%3\") is missing.")
                        .arg(sequence)
                        .arg(names.size())
                        .arg(names.value(sequence - 1)));
    };
    const ScannedFile &first = scanned.constFirst();
    if (!first.header)
        return lastFile ? missing(1)
                        : fail(tr("Dump file \"%1\" is file %2 of a dump file set; give the "
                                  "set's first file too (the one holding %3).")
                                   .arg(native(first.path))
                                   .arg(first.sequence)
                                   .arg(QLatin1String(DumpFormat::kHeaderMember)));
    m_header = *first.header;
    for (qsizetype i = 1; i < scanned.size(); ++i) {
        const ScannedFile &file = scanned.at(i);
        if (file.setId != m_header.setId)
            return fail(
                tr("Dump file \"%1\" belongs to another dump file set (set %2; \"%3\" "
                   "is from set %4).")
                    .arg(native(file.path), file.setId, native(first.path), m_header.setId));
        if (file.sequence == scanned.at(i - 1).sequence)
            return fail(tr("Dump files \"%1\" and \"%2\" are both file %3 of the set.")
                            .arg(native(scanned.at(i - 1).path), native(file.path))
                            .arg(file.sequence));
    }
    if (!lastFile)
        return fail(tr("The dump file set is incomplete: its last file is missing (the files "
                       "given end with file %1, \"%2\", which is not the last one).")
                        .arg(scanned.constLast().sequence)
                        .arg(native(scanned.constLast().path)));
    for (int sequence = 1; sequence <= names.size(); ++sequence) {
        if (sequence > scanned.size() || scanned.at(sequence - 1).sequence != sequence)
            return missing(sequence);
    }
    if (scanned.size() > names.size())
        return fail(tr("Dump file \"%1\" says it is file %2, but the set has %3 files.")
                        .arg(native(scanned.constLast().path))
                        .arg(scanned.constLast().sequence)
                        .arg(names.size()));
    for (const ScannedFile &file : std::as_const(scanned)) {
        m_files.append(DumpFileInfo{file.path, file.sequence, file.size, file.end->memberCount,
                                    file.end->last});
        for (DumpMemberInfo member : file.members) {
            member.fileSequence = file.sequence;
            m_members.append(member);
        }
    }
    m_masterTableMember = lastFile->end->masterTableMember;
    return true;
}

bool DumpReader::unlock(const QByteArray &password)
{
    if (!m_header.encrypted())
        return true;
    const QString headerWhere = where(m_files.isEmpty() ? QString() : m_files.constFirst().path,
                                      QLatin1String(DumpFormat::kHeaderMember));
    if (password.isEmpty())
        return fail(tr("%1: the dump file set is encrypted (ENCRYPTION=%2); give "
                       "ENCRYPTION_PASSWORD.")
                        .arg(headerWhere, DumpFormat::scopeName(m_header.encryptionScope)));
    KeyDerivation derivation = m_header.keyDerivation;
    QString error;
    m_key = DumpKey::derive(password, &derivation, m_header.setId.toUtf8(), &error);
    if (!m_key)
        return fail(headerWhere + u": " + error);
    return true;
}

std::optional<DumpMemberInfo> DumpReader::member(const QString &name) const
{
    for (const DumpMemberInfo &info : m_members) {
        if (info.name == name)
            return info;
    }
    return std::nullopt;
}

std::optional<DumpMemberInfo> DumpReader::masterTable() const
{
    if (m_masterTableMember.isEmpty())
        return std::nullopt;
    return member(m_masterTableMember);
}

bool DumpReader::streamStored(const DumpMemberInfo &member, const ByteSink &sink,
                              QString *error) const
{
    QFile file(member.filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.size() < member.dataOffset + member.storedSize || !file.seek(member.dataOffset)) {
        *error = tr("truncated");
        return false;
    }
    QByteArray buffer(qMin<qint64>(member.storedSize, 1024 * 1024), Qt::Uninitialized);
    qint64 left = member.storedSize;
    while (left > 0) {
        const qint64 got = file.read(buffer.data(), qMin<qint64>(left, buffer.size()));
        if (got <= 0) {
            *error = got < 0 ? file.errorString() : tr("truncated");
            return false;
        }
        if (!sink(QByteArrayView(buffer.constData(), got)))
            return false;
        left -= got;
    }
    return true;
}

bool DumpReader::readMemberTo(const DumpMemberInfo &member, const ByteSink &sink,
                              QString *error) const
{
    if (member.encrypted && !m_key) {
        *error = tr("%1: the member is encrypted; give ENCRYPTION_PASSWORD.")
                     .arg(where(member.filePath, member.name));
        return false;
    }
    MemberTransform transform;
    transform.method = member.compression;
    if (member.encrypted)
        transform.key = m_key;
    MemberDecoder decoder(transform, m_header.setId.toUtf8() + '\0' + member.name.toUtf8(),
                          {member.storedChecksum, member.rawSize, member.rawChecksum}, sink);
    QString reason;
    const bool streamed = streamStored(
        member, [&decoder](QByteArrayView bytes) { return decoder.write(bytes); }, &reason);
    if (!streamed || !decoder.finish()) {
        if (reason.isEmpty())
            reason = decoder.errorString();
        *error = where(member.filePath, member.name) + u": " + reason + u'.';
        return false;
    }
    return true;
}

std::optional<QByteArray> DumpReader::readMember(const DumpMemberInfo &member, QString *error) const
{
    QByteArray content;
    // The recorded size is only a hint until the checks pass: cap what it reserves.
    content.reserve(qMin<qint64>(member.rawSize, 256 * 1024 * 1024));
    if (!readMemberTo(
            member,
            [&content](QByteArrayView bytes) {
                content.append(bytes);
                return true;
            },
            error))
        return std::nullopt;
    return content;
}

bool DumpReader::extractMasterTable(const QString &targetPath, QString *error) const
{
    const auto master = masterTable();
    if (!master) {
        *error = tr("The dump file set has no master table.");
        return false;
    }
    QFile target(targetPath);
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = tr("Cannot create \"%1\": %2").arg(native(targetPath), target.errorString());
        return false;
    }
    const bool ok = readMemberTo(
        *master,
        [&target](QByteArrayView bytes) {
            return target.write(bytes.data(), bytes.size()) == bytes.size();
        },
        error);
    target.close();
    if (!ok)
        target.remove();
    return ok;
}

bool DumpReader::verifyMember(const DumpMemberInfo &member, QString *error) const
{
    DumpChecksum checksum;
    QString reason;
    if (!streamStored(
            member,
            [&checksum](QByteArrayView bytes) {
                checksum.update(bytes);
                return true;
            },
            &reason)) {
        *error = where(member.filePath, member.name) + u": " + reason + u'.';
        return false;
    }
    if (checksum.digest() != member.storedChecksum) {
        *error = tr("%1: checksum mismatch (stored %2, computed %3).")
                     .arg(where(member.filePath, member.name),
                          DumpChecksum::toHex(member.storedChecksum),
                          DumpChecksum::toHex(checksum.digest()));
        return false;
    }
    return true;
}

} // namespace sluice::engine
