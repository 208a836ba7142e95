#include "engine/dump/dumpwriter.h"

#include "engine/core/version.h"
#include "engine/dump/memberencoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QUuid>
#include <filesystem>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DumpWriter", text);
}

// Member names stay portable: letters, digits, '.', '_' and '-' only.
QString safePart(const QString &text)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString part = QString(text).replace(unsafe, QStringLiteral("_")).left(48);
    return part.isEmpty() ? QStringLiteral("_") : part;
}

QString tempPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    return info.dir().filePath(u'.' + info.fileName() + QStringLiteral(".part"));
}

} // namespace

DumpWriter::DumpWriter() = default;

DumpWriter::~DumpWriter()
{
    abort();
}

bool DumpWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
    return false;
}

QString DumpWriter::errorString() const
{
    QMutexLocker locker(&m_mutex);
    return m_error;
}

bool DumpWriter::open(const DumpWriterOptions &options)
{
    QMutexLocker locker(&m_mutex);
    m_options = options;
    m_options.encryptionPassword.clear(); // not kept past the key derivation
    if (options.fileTemplates.isEmpty())
        return fail(tr("No DUMPFILE was given."));
    if (options.encryptionScope != MemberScope::None && options.encryptionPassword.isEmpty())
        return fail(tr("ENCRYPTION=%1 needs an ENCRYPTION_PASSWORD.")
                        .arg(DumpFormat::scopeName(options.encryptionScope)));
    m_header = options.header;
    m_header.formatVersion = DumpFormat::kVersion;
    // A restarted export continues its set: same id and key derivation (the password is
    // checked against the key check), so members written before the restart stay valid.
    const bool continuing = !options.header.setId.isEmpty();
    if (!continuing)
        m_header.setId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!m_header.created.isValid())
        m_header.created = QDateTime::currentDateTimeUtc();
    m_header.producer = QStringLiteral("Sluice %1").arg(QLatin1String(kVersionString));
    m_header.fileTemplates.clear();
    for (const QString &path : options.fileTemplates)
        m_header.fileTemplates << QFileInfo(path).fileName();
    m_header.fileSize = options.fileSize;
    m_header.compressionScope = options.compressionScope;
    m_header.compressionMethod = options.compressionMethod;
    m_header.compressionLevel = options.compressionLevel;
    m_header.encryptionScope = options.encryptionScope;
    if (m_header.encrypted()) {
        if (!continuing || options.header.keyDerivation.salt.isEmpty())
            m_header.keyDerivation =
                DumpKey::newDerivation(options.kdfOpsLimit, options.kdfMemLimit);
        QString error;
        m_key = DumpKey::derive(options.encryptionPassword, &m_header.keyDerivation,
                                m_header.setId.toUtf8(), &error);
        if (!m_key)
            return fail(error);
    }
    m_namer = DumpFileNamer(options.fileTemplates);
    if (!startFile())
        return false;
    return writeSmall(QLatin1String(DumpFormat::kHeaderMember), DumpMemberKind::Header,
                      m_header.toJson());
}

MemberTransform DumpWriter::transformFor(DumpMemberKind kind) const
{
    MemberTransform transform;
    if (DumpFormat::scopeCovers(m_header.compressionScope, kind)) {
        transform.method = m_header.compressionMethod;
        transform.level = m_header.compressionLevel;
    }
    if (DumpFormat::scopeCovers(m_header.encryptionScope, kind))
        transform.key = m_key;
    return transform;
}

QByteArray DumpWriter::associatedData(const QString &name) const
{
    return m_header.setId.toUtf8() + '\0' + name.toUtf8();
}

QString DumpWriter::memberName(const DumpMemberSpec &spec) const
{
    if (!spec.name.isEmpty())
        return spec.name;
    const QString number =
        QStringLiteral("%1").arg(m_nextMember.fetch_add(1), 6, 10, QLatin1Char('0'));
    const MemberTransform transform = transformFor(spec.kind);
    QString suffix = transform.method == CompressionMethod::Zstd   ? QStringLiteral(".zst")
                     : transform.method == CompressionMethod::Gzip ? QStringLiteral(".gz")
                                                                   : QString();
    if (transform.encrypted())
        suffix += QStringLiteral(".enc");
    if (spec.kind == DumpMemberKind::Data)
        return QStringLiteral("data/%1-%2.%3-%4.copy%5")
            .arg(number, safePart(spec.schema), safePart(spec.table))
            .arg(qMax(spec.chunk, 0), 4, 10, QLatin1Char('0'))
            .arg(suffix);
    return QStringLiteral("metadata/%1-%2-%3.json%4")
        .arg(number, safePart(spec.objectType),
             safePart(spec.objectName.isEmpty() ? spec.table : spec.objectName), suffix);
}

std::optional<EncodedMember> DumpWriter::encode(const DumpMemberSpec &spec, QByteArrayView payload,
                                                QString *error) const
{
    EncodedMember member;
    member.info.spec = spec;
    member.info.name = memberName(spec);
    member.info.spec.name = member.info.name;
    const MemberTransform transform = transformFor(spec.kind);
    auto result =
        MemberEncoder::encode(transform, associatedData(member.info.name), payload, error);
    if (!result)
        return std::nullopt;
    member.info.compression = transform.method;
    member.info.encrypted = transform.encrypted();
    member.info.rawSize = result->rawSize;
    member.info.storedSize = result->stored.size();
    member.info.storedChecksum = result->storedChecksum;
    // A plaintext checksum next to ciphertext would let anyone confirm a guess of
    // the content, so encrypted members rely on their authentication tags instead.
    if (!transform.encrypted())
        member.info.rawChecksum = result->rawChecksum;
    member.stored = std::move(result->stored);
    return member;
}

// The entry of a member stored as it is (no compression, no encryption): its stored
// bytes are its data, so one checksum serves both.
DumpMemberInfo DumpWriter::storedMember(const DumpMemberSpec &spec, qint64 size,
                                        quint64 checksum) const
{
    DumpMemberInfo info;
    info.spec = spec;
    info.name = memberName(spec);
    info.spec.name = info.name;
    info.compression = CompressionMethod::None;
    info.encrypted = false;
    info.rawSize = size;
    info.storedSize = size;
    info.storedChecksum = checksum;
    info.rawChecksum = checksum;
    return info;
}

bool DumpWriter::addMember(const DumpMemberSpec &spec, QByteArrayView payload)
{
    const MemberTransform transform = transformFor(spec.kind);
    if (transform.method == CompressionMethod::None && !transform.encrypted()) {
        // Stored as it is: written straight from the caller's bytes, without the copy
        // encode() makes (a fresh buffer per member, page by page) and with one
        // checksum pass, since the stored bytes are the plaintext.
        DumpMemberInfo info = storedMember(spec, payload.size(), DumpChecksum::of(payload));
        QMutexLocker locker(&m_mutex);
        return append(info, payload, nullptr);
    }
    QString error;
    auto member = encode(spec, payload, &error);
    if (!member) {
        QMutexLocker locker(&m_mutex);
        return fail(tr("Cannot encode member %1: %2").arg(spec.name, error));
    }
    return write(std::move(*member));
}

bool DumpWriter::write(EncodedMember member)
{
    QMutexLocker locker(&m_mutex);
    return append(member.info, member.stored, nullptr);
}

// A member stored as it is: one pass for the checksum, then the file itself is the
// member's data (no second temporary copy).
bool DumpWriter::addPlainMemberFrom(const DumpMemberSpec &spec, QFile &source)
{
    DumpChecksum checksum;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    qint64 got = 0;
    qint64 size = 0;
    while ((got = source.read(buffer.data(), buffer.size())) > 0) {
        checksum.update(QByteArrayView(buffer.constData(), got));
        size += got;
    }
    if (got < 0 || !source.seek(0)) {
        QMutexLocker locker(&m_mutex);
        return fail(tr("Cannot read \"%1\": %2").arg(source.fileName(), source.errorString()));
    }
    DumpMemberInfo info = storedMember(spec, size, checksum.digest());
    return writeFromDevice(info, &source);
}

bool DumpWriter::writeFromDevice(DumpMemberInfo info, QIODevice *device)
{
    QMutexLocker locker(&m_mutex);
    return append(info, {}, device);
}

bool DumpWriter::append(DumpMemberInfo &info, QByteArrayView data, QIODevice *device)
{
    if (!m_error.isEmpty())
        return false;
    if (m_finished || !m_archive.isOpen())
        return fail(tr("The dump file set is not open for writing."));
    if (m_names.contains(info.name))
        return fail(tr("Member %1 is already in the dump file set.").arg(info.name));
    const MemberAttributes attributes = info.toAttributes();
    if (!ensureRoom(info.name, attributes, info.storedSize))
        return false;
    info.fileSequence = int(m_files.size());
    info.filePath = m_files.constLast().finalPath;
    const bool ok = device
                        ? m_archive.writeMemberFrom(info.name, attributes, device, info.storedSize)
                        : m_archive.writeMember(info.name, attributes, data);
    if (!ok)
        return fail(m_archive.errorString());
    info.dataOffset = m_archive.lastDataOffset();
    m_names.insert(info.name);
    ++m_membersInFile;
    m_members.append(info);
    return true;
}

qint64 DumpWriter::reserve() const
{
    // The end member of the last file lists every file name of the set.
    qint64 names = 0;
    for (const FileState &file : m_files)
        names += QFileInfo(file.finalPath).fileName().toUtf8().size() + 8;
    return DumpFormat::kFileReserve + 2 * names;
}

qint64 DumpWriter::maxMemberSize() const
{
    QMutexLocker locker(&m_mutex);
    if (m_options.fileSize <= 0)
        return 0;
    return qMax<qint64>(0, m_options.fileSize - 4096 - reserve() - 2 * DumpFormat::kFileReserve);
}

bool DumpWriter::ensureRoom(const QString &name, const MemberAttributes &attributes, qint64 size)
{
    if (m_options.fileSize <= 0)
        return true;
    const qint64 need = size + ArchiveWriter::overhead(name, attributes, size);
    if (m_archive.position() + need + reserve() <= m_options.fileSize)
        return true;
    // A file holding only its header cannot take the member either: a new file would
    // not help, and writing it would break FILESIZE.
    if (m_membersInFile > 0) {
        if (!endFile(false) || !startFile())
            return false;
        if (m_archive.position() + need + reserve() <= m_options.fileSize)
            return true;
    }
    return fail(tr("Member %1 (%2 bytes stored) does not fit in a dump file of FILESIZE=%3 "
                   "bytes. Raise FILESIZE or make the chunks smaller.")
                    .arg(name)
                    .arg(size)
                    .arg(m_options.fileSize));
}

bool DumpWriter::startFile()
{
    QString error;
    const auto name = m_namer.next(&error);
    if (!name)
        return fail(error);
    const QString finalPath = QFileInfo(*name).absoluteFilePath();
    for (const FileState &file : std::as_const(m_files)) {
        if (file.finalPath == finalPath)
            return fail(tr("Dump file \"%1\" would be written twice: the DUMPFILE templates "
                           "name it more than once.")
                            .arg(QDir::toNativeSeparators(finalPath)));
    }
    if (QFileInfo::exists(finalPath) && !m_options.reuseFiles)
        return fail(tr("Dump file \"%1\" already exists. Remove it, choose another DUMPFILE, "
                       "or set REUSE_DUMPFILES=YES to overwrite it.")
                        .arg(QDir::toNativeSeparators(finalPath)));
    const QString tempPath = tempPathFor(finalPath);
    // A leftover from a killed run of this job (never a finished dump): replace it.
    QFile::remove(tempPath);
    if (!m_archive.open(tempPath, m_header.created, finalPath))
        return fail(m_archive.errorString());
    m_files.append(FileState{finalPath, tempPath});
    m_membersInFile = 0;
    if (m_files.size() == 1)
        return true; // the header member follows
    DumpFileMarker marker;
    marker.setId = m_header.setId;
    marker.sequence = int(m_files.size());
    return writeSmall(QLatin1String(DumpFormat::kFileHeaderMember), DumpMemberKind::FileHeader,
                      marker.toJson(false));
}

bool DumpWriter::writeSmall(const QString &name, DumpMemberKind kind, const QByteArray &json)
{
    DumpMemberInfo info;
    info.spec.kind = kind;
    info.spec.name = name;
    info.name = name;
    info.rawSize = json.size();
    info.storedSize = json.size();
    info.storedChecksum = DumpChecksum::of(json);
    info.rawChecksum = info.storedChecksum;
    info.fileSequence = int(m_files.size());
    info.filePath = m_files.constLast().finalPath;
    if (!m_archive.writeMember(name, info.toAttributes(), json))
        return fail(m_archive.errorString());
    info.dataOffset = m_archive.lastDataOffset();
    if (kind == DumpMemberKind::Header)
        m_members.append(info);
    return true;
}

bool DumpWriter::endFile(bool last)
{
    DumpFileMarker marker;
    marker.setId = m_header.setId;
    marker.sequence = int(m_files.size());
    marker.memberCount = m_membersInFile;
    marker.last = last;
    if (last) {
        for (const FileState &file : std::as_const(m_files))
            marker.files << QFileInfo(file.finalPath).fileName();
        marker.masterTableMember = m_masterTableMember;
        marker.masterTableFile = m_masterTableFile;
    }
    if (!writeSmall(QLatin1String(DumpFormat::kEndMember), DumpMemberKind::End,
                    marker.toJson(true)))
        return false;
    if (!m_archive.close())
        return fail(m_archive.errorString());
    return true;
}

bool DumpWriter::addMemberFromFile(const DumpMemberSpec &spec, const QString &path)
{
    QFile source(path);
    if (!source.open(QIODevice::ReadOnly)) {
        QMutexLocker locker(&m_mutex);
        return fail(tr("Cannot read \"%1\": %2").arg(path, source.errorString()));
    }
    QString folder;
    {
        QMutexLocker locker(&m_mutex);
        if (m_files.isEmpty())
            return fail(tr("The dump file set is not open for writing."));
        folder = QFileInfo(m_files.constLast().tempPath).absolutePath();
    }
    const MemberTransform transform = transformFor(spec.kind);
    if (transform.method == CompressionMethod::None && !transform.encrypted())
        return addPlainMemberFrom(spec, source);
    // The encoded bytes go to a temporary file beside the dump, so memory stays
    // bounded and the member's size is known before its tar header is written.
    QTemporaryFile stored(folder + QStringLiteral("/.sluice-member-XXXXXX"));
    EncodedMember member;
    member.info.spec = spec;
    member.info.name = memberName(spec);
    member.info.spec.name = member.info.name;
    QString error;
    bool ok = stored.open();
    if (ok) {
        MemberEncoder encoder(transform, associatedData(member.info.name),
                              [&stored](QByteArrayView bytes) {
                                  return stored.write(bytes.data(), bytes.size()) == bytes.size();
                              });
        QByteArray buffer(1024 * 1024, Qt::Uninitialized);
        qint64 got = 0;
        while (ok && (got = source.read(buffer.data(), buffer.size())) > 0)
            ok = encoder.write(QByteArrayView(buffer.constData(), got));
        ok = ok && got == 0 && encoder.finish() && stored.flush();
        member.info.rawSize = encoder.rawSize();
        member.info.storedSize = encoder.storedSize();
        member.info.storedChecksum = encoder.storedChecksum();
        if (!transform.encrypted())
            member.info.rawChecksum = encoder.rawChecksum();
    }
    if (!ok) {
        QMutexLocker locker(&m_mutex);
        return fail(tr("Cannot encode member %1 from \"%2\": %3")
                        .arg(member.info.name, path,
                             stored.error() != QFile::NoError ? stored.errorString()
                                                              : source.errorString()));
    }
    member.info.compression = transform.method;
    member.info.encrypted = transform.encrypted();
    stored.seek(0);
    return writeFromDevice(member.info, &stored);
}

bool DumpWriter::addMasterTable(const QString &sqlitePath)
{
    DumpMemberSpec spec;
    spec.kind = DumpMemberKind::MasterTable;
    spec.name = QLatin1String(DumpFormat::kMasterTableMember);
    spec.objectType = QStringLiteral("MASTER_TABLE");
    spec.objectName = m_header.jobName;
    if (!addMemberFromFile(spec, sqlitePath))
        return false;
    QMutexLocker locker(&m_mutex);
    m_masterTableMember = spec.name;
    m_masterTableFile = int(m_files.size());
    return true;
}

void DumpWriter::addFileTemplates(const QStringList &templates)
{
    QMutexLocker locker(&m_mutex);
    m_namer.addTemplates(templates);
}

bool DumpWriter::finish()
{
    QMutexLocker locker(&m_mutex);
    if (!m_error.isEmpty())
        return false;
    if (m_finished || !m_archive.isOpen())
        return fail(tr("The dump file set is not open for writing."));
    if (!endFile(true))
        return false;
    // Only now do the files take their names: until here nothing looks like a dump.
    for (const FileState &file : std::as_const(m_files)) {
        std::error_code code;
        std::filesystem::rename(std::filesystem::path(file.tempPath.toStdU16String()),
                                std::filesystem::path(file.finalPath.toStdU16String()), code);
        if (code)
            return fail(tr("Cannot rename \"%1\" to \"%2\": %3")
                            .arg(QDir::toNativeSeparators(file.tempPath),
                                 QDir::toNativeSeparators(file.finalPath),
                                 QString::fromStdString(code.message())));
    }
    m_finished = true;
    return true;
}

void DumpWriter::abort()
{
    QMutexLocker locker(&m_mutex);
    if (m_finished)
        return;
    m_archive.discard();
    for (const FileState &file : std::as_const(m_files))
        QFile::remove(file.tempPath);
    m_files.clear();
    if (m_error.isEmpty())
        m_error = tr("The export was abandoned; its dump files were removed.");
}

void DumpWriter::suspend()
{
    QMutexLocker locker(&m_mutex);
    if (m_finished)
        return;
    if (m_archive.isOpen())
        (void)m_archive.close(); // best effort: a restart checks every member it keeps
    m_files.clear();
    m_finished = true;
}

QStringList DumpWriter::filePaths() const
{
    QMutexLocker locker(&m_mutex);
    QStringList paths;
    for (const FileState &file : m_files)
        paths << file.finalPath;
    return paths;
}

QList<DumpMemberInfo> DumpWriter::members() const
{
    QMutexLocker locker(&m_mutex);
    return m_members;
}

} // namespace sluice::engine
