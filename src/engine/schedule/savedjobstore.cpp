#include "engine/schedule/savedjobstore.h"

#include "engine/core/apppaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <algorithm>

namespace sluice::engine {

SavedJobStore::SavedJobStore(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{}

QString SavedJobStore::defaultDirectory()
{
    return AppPaths::configDir() + QStringLiteral("/jobs");
}

QString SavedJobStore::filePath(const QString &name) const
{
    return m_directory + u'/' + name + QStringLiteral(".json");
}

bool SavedJobStore::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool SavedJobStore::contains(const QString &name) const
{
    QString error;
    return SavedJob::isValidName(name, &error) && QFile::exists(filePath(name));
}

std::optional<SavedJob> SavedJobStore::find(const QString &name)
{
    QString error;
    if (!SavedJob::isValidName(name, &error)) {
        fail(error);
        return std::nullopt;
    }
    QFile file(filePath(name));
    if (!file.exists()) {
        const QList<SavedJob> all = list();
        QStringList names;
        for (const SavedJob &job : all)
            names.append(job.name);
        fail(QCoreApplication::translate("SavedJobStore", "there is no saved job \"%1\"%2")
                 .arg(name,
                      names.isEmpty()
                          ? QCoreApplication::translate(
                                "SavedJobStore", " (there are none yet: sluice-cli job save)")
                          : QCoreApplication::translate("SavedJobStore", "; the saved jobs are ") +
                                names.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(QCoreApplication::translate("SavedJobStore", "cannot read %1: %2")
                 .arg(file.fileName(), file.errorString()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!document.isObject()) {
        fail(QCoreApplication::translate("SavedJobStore", "%1 is not a saved job: %2")
                 .arg(file.fileName(), parseError.errorString()));
        return std::nullopt;
    }
    auto job = SavedJob::fromJson(document.object(), &error);
    if (!job)
        fail(QStringLiteral("%1: %2").arg(file.fileName(), error));
    return job;
}

QList<SavedJob> SavedJobStore::list()
{
    QList<SavedJob> jobs;
    QStringList problems;
    const QStringList files =
        QDir(m_directory).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString name = file.chopped(5);
        QFile handle(filePath(name));
        QString error;
        std::optional<SavedJob> job;
        if (handle.open(QIODevice::ReadOnly)) {
            const QJsonDocument document = QJsonDocument::fromJson(handle.readAll());
            if (document.isObject())
                job = SavedJob::fromJson(document.object(), &error);
        }
        if (job)
            jobs.append(*job);
        else
            problems.append(handle.fileName());
    }
    m_errorString = problems.isEmpty()
                        ? QString()
                        : QCoreApplication::translate("SavedJobStore", "unreadable saved jobs: ") +
                              problems.join(QStringLiteral(", "));
    std::sort(jobs.begin(), jobs.end(), [](const SavedJob &a, const SavedJob &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return jobs;
}

bool SavedJobStore::save(SavedJob job)
{
    QString error;
    if (!SavedJob::isValidName(job.name, &error))
        return fail(error);
    if (!QDir().mkpath(m_directory))
        return fail(
            QCoreApplication::translate("SavedJobStore", "cannot create %1").arg(m_directory));
    job.modified = QDateTime::currentDateTime();
    if (!job.created.isValid())
        job.created = job.modified;
    QSaveFile file(filePath(job.name));
    if (!file.open(QIODevice::WriteOnly) ||
        file.write(QJsonDocument(job.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !file.commit())
        return fail(QCoreApplication::translate("SavedJobStore", "cannot write %1: %2")
                        .arg(file.fileName(), file.errorString()));
    return true;
}

bool SavedJobStore::remove(const QString &name)
{
    QString error;
    if (!SavedJob::isValidName(name, &error))
        return fail(error);
    QFile file(filePath(name));
    if (file.exists() && !file.remove())
        return fail(QCoreApplication::translate("SavedJobStore", "cannot remove %1: %2")
                        .arg(file.fileName(), file.errorString()));
    return true;
}

} // namespace sluice::engine
