#pragma once

#include "engine/params/parameterdefinition.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace sluice::engine {

class ConnectionProfileStore;
struct JobSpec;

// A job's schedule as registered with the OS.
struct SavedSchedule
{
    QString text;        // canonical calendar syntax (CalendarSpec::toString())
    QDate anchor;        // INTERVAL counts from here
    QString backend;     // "systemd", "crontab", "windows"
    QStringList entries; // what the backend registered (unit files, marker, task names)
    bool exact = true;   // false: the runner's guard skips the OS's extra firings
    QDateTime registered;
    bool operator==(const SavedSchedule &other) const = default;
};

// A named export or import: the normalized parfile (USERID= names the connection
// profile, NETWORK_LINK= the source) plus the on/off switch and the schedule.
// Never holds a password. Stored as AppPaths::configDir()/jobs/<name>.json.
struct SavedJob
{
    QString name;
    JobOperation operation = JobOperation::Export;
    QString parfile;     // ParfileWriter's text
    QString connection;  // as in USERID=
    QString networkLink; // as in NETWORK_LINK=, empty when none
    bool enabled = true;
    std::optional<SavedSchedule> schedule;
    QDateTime created;
    QDateTime modified;

    // "export" / "import".
    [[nodiscard]] QString operationName() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static std::optional<SavedJob> fromJson(const QJsonObject &object,
                                                          QString *error);
    // The parfile parsed back into a JobSpec (nullopt with *error if it no longer parses).
    [[nodiscard]] std::optional<JobSpec> spec(QString *error) const;

    // Builds a saved job from export/import arguments as `sluice-cli export` takes them
    // (<connection> KEYWORD=value ... or PARFILE=...): parsed, validated and normalized.
    // Refuses ENCRYPTION_PASSWORD, ATTACH and a missing connection; with profiles, also
    // connection references that do not resolve.
    [[nodiscard]] static std::optional<SavedJob>
    fromArguments(const QString &name, JobOperation operation, const QStringList &arguments,
                  const ConnectionProfileStore *profiles, QString *error);
    // Letters, digits, '_', '-' and '.', 1 to 64 characters, starting with a letter or
    // digit: the name becomes a file, a systemd unit and a crontab marker.
    [[nodiscard]] static bool isValidName(const QString &name, QString *error);
    [[nodiscard]] static std::optional<JobOperation> operationFromName(const QString &text);
};

} // namespace sluice::engine
