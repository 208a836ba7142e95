#include "engine/connection/connectionprofilestore.h"

#include "engine/core/apppaths.h"
#include "engine/core/sampledatabase.h"

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
    return QCoreApplication::translate("ConnectionProfileStore", text);
}

constexpr int kFormatVersion = 1;

} // namespace

ConnectionProfileStore::ConnectionProfileStore(QString filePath)
    : m_filePath(filePath.isEmpty() ? defaultFilePath() : std::move(filePath))
{}

QString ConnectionProfileStore::defaultFilePath()
{
    return QDir(AppPaths::configDir()).filePath(QStringLiteral("connections.json"));
}

bool ConnectionProfileStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool ConnectionProfileStore::load()
{
    m_profiles.clear();
    QFile file(m_filePath);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2.")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (doc.isNull() || !doc.isObject())
        return fail(tr("%1 is not a valid connection profile file: %2.")
                        .arg(QDir::toNativeSeparators(m_filePath), parseError.errorString()));
    const QJsonArray entries = doc.object().value(QLatin1String("profiles")).toArray();
    for (const QJsonValue &entry : entries) {
        const QJsonObject object = entry.toObject();
        ConnectionProfile profile;
        profile.name = object.value(QLatin1String("name")).toString();
        profile.savePassword = object.value(QLatin1String("savePassword")).toBool();
        QString error;
        const auto params =
            ConnectionParams::fromUrl(object.value(QLatin1String("url")).toString(), &error);
        if (!params || !ConnectionProfile::nameError(profile.name).isEmpty()) {
            const QString why = params ? ConnectionProfile::nameError(profile.name) : error;
            m_profiles.clear();
            return fail(tr("%1: the profile \"%2\" is invalid: %3 Fix or remove it in that file.")
                            .arg(QDir::toNativeSeparators(m_filePath), profile.name, why));
        }
        profile.params = *params;
        if (indexOf(profile.name) >= 0)
            continue; // a hand-edited duplicate: the first one wins, as lookups would
        m_profiles.append(profile);
    }
    sort();
    return true;
}

bool ConnectionProfileStore::save()
{
    QJsonArray entries;
    for (const ConnectionProfile &profile : std::as_const(m_profiles)) {
        entries.append(QJsonObject{{QLatin1String("name"), profile.name},
                                   {QLatin1String("url"), profile.params.toUrl()},
                                   {QLatin1String("savePassword"), profile.savePassword}});
    }
    const QJsonObject root{{QLatin1String("version"), kFormatVersion},
                           {QLatin1String("profiles"), entries}};
    if (!QDir().mkpath(QFileInfo(m_filePath).absolutePath()))
        return fail(tr("Cannot create the folder %1.")
                        .arg(QDir::toNativeSeparators(QFileInfo(m_filePath).absolutePath())));
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0 || !file.commit())
        return fail(tr("Cannot write %1: %2.")
                        .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
    return true;
}

QStringList ConnectionProfileStore::names() const
{
    QStringList result;
    for (const ConnectionProfile &profile : m_profiles)
        result << profile.name;
    return result;
}

qsizetype ConnectionProfileStore::indexOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name.compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

std::optional<ConnectionProfile> ConnectionProfileStore::find(const QString &name) const
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

void ConnectionProfileStore::sort()
{
    std::stable_sort(m_profiles.begin(), m_profiles.end(),
                     [](const ConnectionProfile &a, const ConnectionProfile &b) {
                         return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
                     });
}

bool ConnectionProfileStore::check(ConnectionProfile &profile)
{
    if (const QString error = ConnectionProfile::nameError(profile.name); !error.isEmpty())
        return fail(error);
    if (const QString error = profile.params.validationError(); !error.isEmpty())
        return fail(error);
    if (profile.params.dialect == Dialect::SQLite)
        profile.params.filePath = profile.params.absoluteFilePath();
    return true;
}

bool ConnectionProfileStore::add(const ConnectionProfile &profile)
{
    ConnectionProfile copy = profile;
    if (!check(copy))
        return false;
    if (const auto existing = find(copy.name))
        return fail(tr("A connection profile named \"%1\" exists already.").arg(existing->name));
    m_profiles.append(copy);
    sort();
    return true;
}

bool ConnectionProfileStore::update(const ConnectionProfile &profile)
{
    ConnectionProfile copy = profile;
    if (!check(copy))
        return false;
    const qsizetype index = indexOf(copy.name);
    if (index < 0)
        return fail(tr("There is no connection profile named \"%1\".").arg(copy.name));
    m_profiles[index] = copy;
    sort();
    return true;
}

bool ConnectionProfileStore::remove(const QString &name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return fail(tr("There is no connection profile named \"%1\".").arg(name));
    m_profiles.removeAt(index);
    return true;
}

bool ConnectionProfileStore::ensureSampleProfile()
{
    SampleDatabase sample;
    if (!sample.ensureWorkingCopy())
        return fail(sample.errorString());
    ConnectionProfile profile;
    profile.name = QString::fromUtf16(kSampleProfileName);
    profile.params.dialect = Dialect::SQLite;
    profile.params.filePath = SampleDatabase::workingCopyPath();
    profile.params.filePath = profile.params.absoluteFilePath();
    const auto existing = find(profile.name);
    if (existing && existing->params == profile.params)
        return true;
    if (existing)
        profile.name = existing->name;
    if (!(existing ? update(profile) : add(profile)))
        return false;
    return save();
}

} // namespace sluice::engine
