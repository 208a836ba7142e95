#include "engine/directory/directoryobjectstore.h"

#include "engine/core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DirectoryObjectStore", text);
}

constexpr int kFormatVersion = 1;

QJsonArray privilegeArray(DirectoryPrivileges privileges)
{
    QJsonArray array;
    const QStringList names =
        DirectoryObject::formatPrivileges(privileges).split(u',', Qt::SkipEmptyParts);
    for (const QString &name : names)
        array.append(name);
    return array;
}

} // namespace

DirectoryObjectStore::DirectoryObjectStore(QString filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : std::move(filePath))
{
    addDefaultIfMissing();
}

QString DirectoryObjectStore::defaultFilePath()
{
    return QDir(AppPaths::configDir()).filePath(QStringLiteral("directories.json"));
}

bool DirectoryObjectStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

void DirectoryObjectStore::addDefaultIfMissing()
{
    if (indexOf(QString::fromUtf16(DirectoryObject::kDefaultName)) < 0) {
        DirectoryObject object;
        object.name = QString::fromUtf16(DirectoryObject::kDefaultName);
        object.path = QDir::cleanPath(QFileInfo(AppPaths::defaultDumpDir()).absoluteFilePath());
        object.grants.insert(QString::fromUtf16(DirectoryObject::kPublic),
                             DirectoryPrivilege::Read | DirectoryPrivilege::Write);
        m_directories.append(object);
    }
    std::sort(m_directories.begin(), m_directories.end(),
              [](const DirectoryObject &a, const DirectoryObject &b) { return a.name < b.name; });
}

bool DirectoryObjectStore::load()
{
    m_directories.clear();
    QFile file(m_filePath);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2.")
                            .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
        if (!doc.isObject())
            return fail(tr("%1 is not a valid directory object file: %2.")
                            .arg(QDir::toNativeSeparators(m_filePath), parseError.errorString()));
        const QJsonArray entries = doc.object().value(QLatin1String("directories")).toArray();
        for (const QJsonValue &entry : entries) {
            const QJsonObject json = entry.toObject();
            DirectoryObject object;
            object.name =
                DirectoryObject::normalizedName(json.value(QLatin1String("name")).toString());
            object.path = json.value(QLatin1String("path")).toString();
            if (!DirectoryObject::nameError(object.name).isEmpty() ||
                !QDir::isAbsolutePath(object.path) || indexOf(object.name) >= 0) {
                m_directories.clear();
                addDefaultIfMissing();
                return fail(tr("%1: the directory object \"%2\" is invalid or duplicated; fix or "
                               "remove it in that file.")
                                .arg(QDir::toNativeSeparators(m_filePath), object.name));
            }
            const QJsonObject grants = json.value(QLatin1String("grants")).toObject();
            for (auto it = grants.begin(); it != grants.end(); ++it) {
                DirectoryPrivileges privileges;
                const QJsonArray list = it.value().toArray();
                for (const QJsonValue &p : list)
                    privileges |= DirectoryObject::parsePrivileges(p.toString())
                                      .value_or(DirectoryPrivileges());
                if (privileges)
                    object.grants.insert(DirectoryObject::normalizedGrantee(it.key()), privileges);
            }
            m_directories.append(object);
        }
    }
    addDefaultIfMissing();
    return true;
}

bool DirectoryObjectStore::save()
{
    QJsonArray entries;
    for (const DirectoryObject &object : std::as_const(m_directories)) {
        QJsonObject grants;
        for (auto it = object.grants.cbegin(); it != object.grants.cend(); ++it)
            grants.insert(it.key(), privilegeArray(it.value()));
        entries.append(QJsonObject{{QLatin1String("name"), object.name},
                                   {QLatin1String("path"), object.path},
                                   {QLatin1String("grants"), grants}});
    }
    const QJsonObject root{{QLatin1String("version"), kFormatVersion},
                           {QLatin1String("directories"), entries}};
    const QString folder = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return fail(tr("Cannot write %1: %2.")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    return true;
}

qsizetype DirectoryObjectStore::indexOf(const QString &name) const
{
    const QString wanted = DirectoryObject::normalizedName(name);
    for (qsizetype i = 0; i < m_directories.size(); ++i) {
        if (m_directories.at(i).name == wanted)
            return i;
    }
    return -1;
}

std::optional<DirectoryObject> DirectoryObjectStore::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_directories.at(index);
}

bool DirectoryObjectStore::create(const QString &name, const QString &folder, bool replace)
{
    if (const QString error = DirectoryObject::nameError(name); !error.isEmpty())
        return fail(error);
    if (folder.trimmed().isEmpty())
        return fail(tr("The directory object %1 needs a folder.").arg(name.toUpper()));
    const QString path = QDir::cleanPath(QFileInfo(folder).absoluteFilePath());
    const qsizetype index = indexOf(name);
    if (index >= 0 && !replace)
        return fail(tr("The directory object %1 exists already (it maps to %2). Use --replace "
                       "to point it at another folder.")
                        .arg(m_directories.at(index).name,
                             QDir::toNativeSeparators(m_directories.at(index).path)));
    if (index >= 0) {
        m_directories[index].path = path;
        return true;
    }
    DirectoryObject object;
    object.name = DirectoryObject::normalizedName(name);
    object.path = path;
    m_directories.append(object);
    addDefaultIfMissing(); // sorts
    return true;
}

bool DirectoryObjectStore::drop(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return fail(tr("There is no directory object named %1.").arg(name.toUpper()));
    if (m_directories.at(index).isDefault())
        return fail(tr("DATA_PUMP_DIR cannot be dropped; point it at another folder with "
                       "\"sluice-cli directory create DATA_PUMP_DIR <folder> --replace\"."));
    m_directories.removeAt(index);
    return true;
}

bool DirectoryObjectStore::grant(DirectoryPrivileges privileges, const QString &name,
                                 const QString &grantee)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return fail(tr("There is no directory object named %1.").arg(name.toUpper()));
    if (grantee.trimmed().isEmpty() || !privileges)
        return fail(tr("A grant needs privileges and a grantee."));
    const QString key = DirectoryObject::normalizedGrantee(grantee.trimmed());
    m_directories[index].grants[key] |= privileges;
    return true;
}

bool DirectoryObjectStore::revoke(DirectoryPrivileges privileges, const QString &name,
                                  const QString &grantee)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return fail(tr("There is no directory object named %1.").arg(name.toUpper()));
    DirectoryObject &object = m_directories[index];
    const QString key = DirectoryObject::normalizedGrantee(grantee.trimmed());
    const DirectoryPrivileges held = object.grants.value(key);
    if (!(held & privileges))
        return fail(tr("%1 holds no %2 privilege on %3 to revoke.")
                        .arg(grantee.trimmed(), DirectoryObject::formatPrivileges(privileges),
                             object.name));
    const DirectoryPrivileges remaining = held & ~privileges;
    if (remaining)
        object.grants[key] = remaining;
    else
        object.grants.remove(key);
    return true;
}

} // namespace sluice::engine
