#include "engine/schedule/savedjob.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/params/jobspec.h"
#include "engine/params/jobspecparser.h"
#include "engine/params/jobspecvalidator.h"
#include "engine/params/parfilewriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace sluice::engine {

namespace {

constexpr int kFormatVersion = 1;

QJsonObject scheduleToJson(const SavedSchedule &schedule)
{
    return QJsonObject{
        {QStringLiteral("calendar"), schedule.text},
        {QStringLiteral("anchor"), schedule.anchor.toString(Qt::ISODate)},
        {QStringLiteral("backend"), schedule.backend},
        {QStringLiteral("entries"), QJsonArray::fromStringList(schedule.entries)},
        {QStringLiteral("exact"), schedule.exact},
        {QStringLiteral("registered"), schedule.registered.toString(Qt::ISODateWithMs)}};
}

SavedSchedule scheduleFromJson(const QJsonObject &object)
{
    SavedSchedule schedule;
    schedule.text = object.value(QStringLiteral("calendar")).toString();
    schedule.anchor =
        QDate::fromString(object.value(QStringLiteral("anchor")).toString(), Qt::ISODate);
    schedule.backend = object.value(QStringLiteral("backend")).toString();
    for (const QJsonValue &entry : object.value(QStringLiteral("entries")).toArray())
        schedule.entries.append(entry.toString());
    schedule.exact = object.value(QStringLiteral("exact")).toBool(true);
    schedule.registered = QDateTime::fromString(
        object.value(QStringLiteral("registered")).toString(), Qt::ISODateWithMs);
    return schedule;
}

} // namespace

QString SavedJob::operationName() const
{
    return operation == JobOperation::Export ? QStringLiteral("export") : QStringLiteral("import");
}

std::optional<JobOperation> SavedJob::operationFromName(const QString &text)
{
    if (text.compare(u"export", Qt::CaseInsensitive) == 0)
        return JobOperation::Export;
    if (text.compare(u"import", Qt::CaseInsensitive) == 0)
        return JobOperation::Import;
    return std::nullopt;
}

bool SavedJob::isValidName(const QString &name, QString *error)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$"));
    if (pattern.match(name).hasMatch())
        return true;
    *error = QCoreApplication::translate(
                 "SavedJob", "\"%1\" cannot name a saved job: use 1 to 64 letters, digits, '_', "
                             "'-' or '.', starting with a letter or digit (the name becomes a "
                             "file name and the name of the OS scheduler entry)")
                 .arg(name);
    return false;
}

QJsonObject SavedJob::toJson() const
{
    QJsonObject object{{QStringLiteral("version"), kFormatVersion},
                       {QStringLiteral("name"), name},
                       {QStringLiteral("operation"), operationName()},
                       {QStringLiteral("parfile"), parfile},
                       {QStringLiteral("connection"), connection},
                       {QStringLiteral("networkLink"), networkLink},
                       {QStringLiteral("enabled"), enabled},
                       {QStringLiteral("created"), created.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("modified"), modified.toString(Qt::ISODateWithMs)}};
    if (schedule)
        object.insert(QStringLiteral("schedule"), scheduleToJson(*schedule));
    return object;
}

std::optional<SavedJob> SavedJob::fromJson(const QJsonObject &object, QString *error)
{
    if (object.value(QStringLiteral("version")).toInt() != kFormatVersion) {
        *error = QCoreApplication::translate("SavedJob", "unsupported saved job format version %1")
                     .arg(object.value(QStringLiteral("version")).toInt());
        return std::nullopt;
    }
    SavedJob job;
    job.name = object.value(QStringLiteral("name")).toString();
    const auto operation = operationFromName(object.value(QStringLiteral("operation")).toString());
    if (!isValidName(job.name, error))
        return std::nullopt;
    if (!operation) {
        *error =
            QCoreApplication::translate("SavedJob", "the saved job \"%1\" has no valid operation")
                .arg(job.name);
        return std::nullopt;
    }
    job.operation = *operation;
    job.parfile = object.value(QStringLiteral("parfile")).toString();
    job.connection = object.value(QStringLiteral("connection")).toString();
    job.networkLink = object.value(QStringLiteral("networkLink")).toString();
    job.enabled = object.value(QStringLiteral("enabled")).toBool(true);
    job.created = QDateTime::fromString(object.value(QStringLiteral("created")).toString(),
                                        Qt::ISODateWithMs);
    job.modified = QDateTime::fromString(object.value(QStringLiteral("modified")).toString(),
                                         Qt::ISODateWithMs);
    if (object.contains(QStringLiteral("schedule")))
        job.schedule = scheduleFromJson(object.value(QStringLiteral("schedule")).toObject());
    return job;
}

std::optional<JobSpec> SavedJob::spec(QString *error) const
{
    JobSpecParser parser(operation);
    auto parsed = parser.parseParfileText(
        parfile, QCoreApplication::translate("SavedJob", "saved job %1").arg(name));
    if (!parsed)
        *error = parser.errorString();
    return parsed;
}

std::optional<SavedJob> SavedJob::fromArguments(const QString &name, JobOperation operation,
                                                const QStringList &arguments,
                                                const ConnectionProfileStore *profiles,
                                                QString *error)
{
    if (!isValidName(name, error))
        return std::nullopt;
    JobSpecParser parser(operation);
    const std::optional<JobSpec> spec = parser.parseArguments(arguments);
    if (!spec) {
        *error = parser.errorString();
        return std::nullopt;
    }
    if (!spec->encryptionPassword.isEmpty()) {
        *error = QCoreApplication::translate(
            "SavedJob",
            "a saved job never stores passwords, so ENCRYPTION_PASSWORD cannot be saved: write "
            "ENCRYPTION_PWD_PROMPT=YES instead. Interactive runs then ask for it; unattended "
            "runs read it from the environment variable SLUICE_ENCRYPTION_PASSWORD_<JOB> or "
            "the keychain entry \"job:<name>\" (sluice-cli job set-encryption-password <name>)");
        return std::nullopt;
    }
    if (spec->attach || spec->help) {
        *error = QCoreApplication::translate(
            "SavedJob", "ATTACH and HELP are not jobs: a saved job starts a new export "
                        "or import");
        return std::nullopt;
    }
    if (spec->connection.isEmpty()) {
        *error = QCoreApplication::translate(
                     "SavedJob", "a saved job needs a connection: give a connection profile "
                                 "first (sluice-cli job save %1 %2 <profile> ...) or USERID=")
                     .arg(name, operation == JobOperation::Export ? QStringLiteral("export")
                                                                  : QStringLiteral("import"));
        return std::nullopt;
    }
    if (const auto problem = JobSpecValidator::validate(*spec)) {
        *error = problem->toString();
        return std::nullopt;
    }
    if (profiles) {
        const ConnectionResolver resolver(*profiles);
        for (const QString &reference : {spec->connection, spec->networkLink}) {
            if (!reference.isEmpty() && !resolver.resolve(reference, error))
                return std::nullopt;
        }
    }
    SavedJob job;
    job.name = name;
    job.operation = operation;
    job.parfile = ParfileWriter::write(*spec);
    job.connection = spec->connection;
    job.networkLink = spec->networkLink;
    job.created = job.modified = QDateTime::currentDateTime();
    return job;
}

} // namespace sluice::engine
