#include "engine/dump/dumpfilenamer.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace sluice::engine {

namespace {

qsizetype fileNameStart(const QString &path)
{
    return qMax(path.lastIndexOf(u'/'), path.lastIndexOf(u'\\')) + 1;
}

bool hasToken(const QString &path, QChar token)
{
    const QString name = path.mid(fileNameStart(path));
    for (qsizetype i = 0; i + 1 < name.size(); ++i) {
        if (name.at(i) == u'%' && name.at(i + 1).toUpper() == token)
            return true;
    }
    return false;
}

} // namespace

DumpFileNamer::DumpFileNamer(const QStringList &templates)
{
    addTemplates(templates);
}

void DumpFileNamer::addTemplates(const QStringList &templates)
{
    for (const QString &path : templates)
        m_slots.append(Slot{path});
}

bool DumpFileNamer::isTemplate(const QString &path)
{
    return hasToken(path, u'U') || hasToken(path, u'L');
}

QString DumpFileNamer::expand(const QString &path, qint64 index)
{
    const bool fixed = hasToken(path, u'U');
    if (index < 1 || (fixed && index > kMaxU) || index > kMaxL)
        return {};
    const qsizetype start = fileNameStart(path);
    const QString number = QStringLiteral("%1").arg(index, 2, 10, QLatin1Char('0'));
    QString name;
    const QString file = path.mid(start);
    for (qsizetype i = 0; i < file.size(); ++i) {
        const QChar c = file.at(i);
        const QChar token = i + 1 < file.size() ? file.at(i + 1).toUpper() : QChar();
        if (c == u'%' && (token == u'U' || token == u'L')) {
            name += number;
            ++i;
        } else {
            name += c;
        }
    }
    return path.left(start) + name;
}

std::optional<QString> DumpFileNamer::next(QString *error)
{
    for (qsizetype tried = 0; tried < m_slots.size(); ++tried) {
        Slot &slot = m_slots[(m_cursor + tried) % m_slots.size()];
        if (slot.exhausted)
            continue;
        m_cursor = (m_cursor + tried + 1) % m_slots.size();
        if (!isTemplate(slot.path)) {
            slot.exhausted = true;
            return slot.path;
        }
        const QString name = expand(slot.path, slot.next++);
        const qint64 limit = hasToken(slot.path, u'U') ? kMaxU : kMaxL;
        slot.exhausted = slot.next > limit;
        return name;
    }
    QStringList names;
    for (const Slot &slot : std::as_const(m_slots))
        names << QFileInfo(slot.path).fileName();
    *error = QCoreApplication::translate(
                 "DumpFileNamer",
                 "Dump file space is exhausted: every DUMPFILE name is used (%1). Add a "
                 "template with %U, raise FILESIZE, or add files with ADD_FILE.")
                 .arg(names.join(QStringLiteral(", ")));
    return std::nullopt;
}

QStringList DumpFileNamer::existingFiles(const QStringList &templates)
{
    QStringList files;
    for (const QString &path : templates) {
        if (!isTemplate(path)) {
            if (!files.contains(path))
                files << path;
            continue;
        }
        for (qint64 index = 1;; ++index) {
            const QString name = expand(path, index);
            if (name.isEmpty() || !QFileInfo::exists(name))
                break;
            if (!files.contains(name))
                files << name;
        }
    }
    return files;
}

} // namespace sluice::engine
