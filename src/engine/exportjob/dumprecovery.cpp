#include "engine/exportjob/dumprecovery.h"

#include "engine/dump/archivereader.h"
#include "engine/dump/dumpchecksum.h"
#include "engine/dump/dumpformat.h"
#include "engine/dump/dumpheader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>

namespace sluice::engine {

namespace {

// The file names a template can produce, as a pattern.
QRegularExpression templatePattern(const QString &fileName)
{
    QString pattern = QRegularExpression::escape(fileName);
    pattern.replace(QStringLiteral("%U"), QStringLiteral("[0-9]{2}"));
    pattern.replace(QStringLiteral("%L"), QStringLiteral("[0-9]+"));
    pattern.replace(QStringLiteral("%u"), QStringLiteral("[0-9]{2}"));
    pattern.replace(QStringLiteral("%l"), QStringLiteral("[0-9]+"));
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern));
}

} // namespace

DumpRecovery::DumpRecovery(const QStringList &fileTemplates, const QString &jobName)
    : m_templates(fileTemplates)
    , m_jobName(jobName)
{}

QString DumpRecovery::recoveryFolder() const
{
    if (m_templates.isEmpty())
        return {};
    const QString folder = QFileInfo(m_templates.constFirst()).absolutePath();
    return QDir(folder).filePath(u'.' + m_jobName + QStringLiteral(".recovery"));
}

// The set id in a file's first member (header or file header), or empty.
QString DumpRecovery::setIdOf(const QString &path)
{
    ArchiveReader reader;
    if (!reader.open(path))
        return {};
    ArchiveEntry entry;
    if (reader.next(&entry, true, 64 * 1024) != ArchiveReader::Step::Entry)
        return {};
    QString error;
    if (entry.name == QLatin1String(DumpFormat::kHeaderMember)) {
        const auto header = DumpHeader::fromJson(entry.data, &error);
        return header ? header->setId : QString();
    }
    if (entry.name == QLatin1String(DumpFormat::kFileHeaderMember)) {
        const auto marker = DumpFileMarker::fromJson(entry.data, &error);
        return marker ? marker->setId : QString();
    }
    return {};
}

QStringList DumpRecovery::candidateFiles(bool includeFinal, const QString &setId) const
{
    QStringList files;
    for (const QString &path : m_templates) {
        const QFileInfo info(path);
        const QRegularExpression pattern = templatePattern(info.fileName());
        const QDir folder = info.absoluteDir();
        for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden)) {
            QString candidate;
            if (name.startsWith(u'.') && name.endsWith(QStringLiteral(".part")))
                candidate = name.mid(1, name.size() - 6);
            const bool temporary = !candidate.isEmpty() && pattern.match(candidate).hasMatch();
            const bool final = includeFinal && pattern.match(name).hasMatch() &&
                               setIdOf(folder.filePath(name)) == setId;
            const QString full = folder.filePath(name);
            if ((temporary || final) && !files.contains(full))
                files << full;
        }
    }
    return files;
}

bool DumpRecovery::setAside(const QString &setId)
{
    const QString target = recoveryFolder();
    if (!QDir().mkpath(target)) {
        m_errorString = QCoreApplication::translate(
                            "DumpRecovery", "Cannot create the folder \"%1\" for the files of the "
                                            "interrupted run")
                            .arg(QDir::toNativeSeparators(target));
        return false;
    }
    const QString generation = QString::number(QDateTime::currentMSecsSinceEpoch());
    for (const QString &path : candidateFiles(!setId.isEmpty(), setId)) {
        const QString moved = QDir(target).filePath(generation + u'-' + QFileInfo(path).fileName());
        if (!QFile::rename(path, moved)) {
            m_errorString = QCoreApplication::translate("DumpRecovery",
                                                        "Cannot move \"%1\" aside for the restart")
                                .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return true;
}

bool DumpRecovery::scan(const QString &setId)
{
    m_members.clear();
    const QDir folder(recoveryFolder());
    for (const QString &name : folder.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        const QString path = folder.filePath(name);
        if (setIdOf(path) != setId)
            continue;
        ArchiveReader reader;
        if (!reader.open(path))
            continue;
        ArchiveEntry entry;
        // A file cut short ends in an error: the members before it are still usable.
        while (reader.next(&entry, false) == ArchiveReader::Step::Entry) {
            if (entry.name.startsWith(QStringLiteral("sluice-dump/")))
                continue;
            QString error;
            auto info = DumpMemberInfo::fromAttributes(entry.name, entry.attributes, &error);
            if (!info || entry.dataOffset + entry.size > reader.fileSize())
                continue;
            info->storedSize = entry.size;
            info->dataOffset = entry.dataOffset;
            m_members[entry.name].append(Copy{path, *info});
        }
    }
    return true;
}

std::optional<EncodedMember> DumpRecovery::take(const QString &memberName) const
{
    for (const Copy &copy : m_members.value(memberName)) {
        QFile file(copy.path);
        if (!file.open(QIODevice::ReadOnly) || !file.seek(copy.info.dataOffset))
            continue;
        QByteArray stored = file.read(copy.info.storedSize);
        if (stored.size() != copy.info.storedSize ||
            DumpChecksum::of(stored) != copy.info.storedChecksum)
            continue;
        EncodedMember member;
        member.info = copy.info;
        member.info.fileSequence = 0;
        member.info.filePath.clear();
        member.info.dataOffset = 0;
        member.stored = std::move(stored);
        return member;
    }
    return std::nullopt;
}

bool DumpRecovery::holdsAll(const QStringList &memberNames) const
{
    return std::all_of(memberNames.cbegin(), memberNames.cend(),
                       [this](const QString &name) { return take(name).has_value(); });
}

void DumpRecovery::removeSetAside()
{
    const QString folder = recoveryFolder();
    if (!folder.isEmpty())
        QDir(folder).removeRecursively();
}

void DumpRecovery::removeEverything()
{
    for (const QString &path : candidateFiles(false, {}))
        QFile::remove(path);
    removeSetAside();
}

} // namespace sluice::engine
