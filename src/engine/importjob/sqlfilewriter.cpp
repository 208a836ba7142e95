#include "engine/importjob/sqlfilewriter.h"

#include "engine/connection/databaseopener.h"
#include "engine/core/version.h"
#include "engine/importjob/dumpsource.h"
#include "engine/importjob/importdefiner.h"
#include "engine/importjob/importfiles.h"
#include "engine/importjob/importplan.h"
#include "engine/log/joblog.h"
#include "engine/params/parfilewriter.h"

#include <QCoreApplication>
#include <QSaveFile>
#include <QSqlDatabase>

namespace sluice::engine {

bool SqlFileWriter::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

QString SqlFileWriter::script(const QStringList &statements, Dialect target)
{
    QString text;
    for (const QString &statement : statements) {
        if (target == Dialect::MariaDB && statement.contains(u';'))
            text += QStringLiteral("DELIMITER //\n") + statement +
                    QStringLiteral("//\nDELIMITER ;\n\n");
        else
            text += statement + QStringLiteral(";\n\n");
    }
    return text;
}

bool SqlFileWriter::run(const JobSpec &spec, const ImportEndpoint::PasswordFunction &passwords,
                        JobLog &log)
{
    const QString reason = ImportPlan::unsupportedReason(spec);
    if (!reason.isEmpty())
        return fail(reason);
    QString error;
    std::optional<ImportEndpoint> target;
    if (!spec.targetDialect) {
        target = ImportEndpoint::resolve(spec.connection, passwords, &error);
        if (!target)
            return fail(error);
    }
    const bool network = !spec.networkLink.isEmpty();
    std::optional<ImportEndpoint> source;
    if (network) {
        source = ImportEndpoint::resolve(spec.networkLink, passwords, &error);
        if (!source)
            return fail(QStringLiteral("NETWORK_LINK=%1: %2").arg(spec.networkLink, error));
    }
    const QString profile = target ? target->profileName : QString();
    DumpSource dump;
    if (!network && !dump.open(spec, profile))
        return fail(dump.errorString());
    const auto path = ImportFiles::resolve(*spec.sqlFile, spec, profile, &error);
    if (!path)
        return fail(error);
    m_filePath = *path;
    const auto logPath = ImportFiles::logPath(spec, profile, &error);
    if (!logPath)
        return fail(error);
    if (!logPath->isEmpty() && !log.open(*logPath))
        return fail(log.errorString());
    log.banner(QStringLiteral("Import"), QLatin1String(kVersionString));

    const OpenResult sourceOpened =
        network ? DatabaseOpener::open(source->params, QStringLiteral("sqlfile.source"),
                                       source->password)
                : OpenResult{};
    if (network && !sourceOpened.ok())
        return fail(
            QStringLiteral("NETWORK_LINK=%1: %2").arg(spec.networkLink, sourceOpened.errorString));
    QString targetName;
    const Dialect targetDialect = target ? target->params.dialect : *spec.targetDialect;
    if (target) {
        const OpenResult opened = DatabaseOpener::open(
            target->params, QStringLiteral("sqlfile.target"), target->password);
        if (!opened.ok()) {
            if (network)
                DatabaseOpener::close(sourceOpened.connectionName);
            return fail(opened.errorString);
        }
        targetName = opened.connectionName;
        log.connected(DatabaseOpener::serverVersion(targetName, targetDialect));
    }
    QStringList parameters;
    for (const auto &[name, value] : ParfileWriter::entries(spec)) {
        if (name != u"USERID")
            parameters << name + u'=' + value;
    }
    const QString owner =
        target && !target->params.user.isEmpty() ? target->params.user : QStringLiteral("main");
    log.starting(owner,
                 QStringLiteral("SYS_SQL_FILE_%1_01")
                     .arg(spec.mode == JobMode::Full     ? QStringLiteral("FULL")
                          : spec.mode == JobMode::Tables ? QStringLiteral("TABLE")
                                                         : QStringLiteral("SCHEMA")),
                 JobLog::commandEcho(spec.connection, parameters));
    std::optional<QList<WorkItem>> items;
    {
        QSqlDatabase targetDb =
            targetName.isEmpty() ? QSqlDatabase() : QSqlDatabase::database(targetName, false);
        QSqlDatabase *targetPointer = targetName.isEmpty() ? nullptr : &targetDb;
        if (network) {
            QSqlDatabase sourceDb = QSqlDatabase::database(sourceOpened.connectionName, false);
            items = ImportPlan::defineItems(spec, sourceDb, source->params.dialect, targetPointer,
                                            targetDialect, log, &error);
        } else {
            items =
                ImportPlan::defineFromDump(spec, dump, targetPointer, targetDialect, log, &error);
        }
    }
    if (network)
        DatabaseOpener::close(sourceOpened.connectionName);
    if (!targetName.isEmpty())
        DatabaseOpener::close(targetName);
    if (!items)
        return fail(error);
    QStringList seen;
    for (const WorkItem &item : std::as_const(*items)) {
        if (!item.payload.value(u"statements").toArray().isEmpty() &&
            !seen.contains(item.objectPath)) {
            seen << item.objectPath;
        }
    }
    const QStringList statements = ImportDefiner::statementsOf(*items);
    QSaveFile file(m_filePath);
    const QByteArray text =
        (QStringLiteral("-- Sluice SQLFILE: the DDL of the import, in %1's dialect, in the "
                        "order the import runs it. Nothing was changed in any database.\n\n")
             .arg(dialectDisplayName(targetDialect)) +
         script(statements, targetDialect))
            .toUtf8();
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.commit())
        return fail(
            QCoreApplication::translate("SqlFileWriter", "Cannot write the SQL file \"%1\": %2")
                .arg(m_filePath, file.errorString()));
    for (const QString &objectPath : std::as_const(seen))
        log.processingObjectType(objectPath);
    log.info(QCoreApplication::translate("SqlFileWriter", "SQL file %1 holds %2 statement(s)")
                 .arg(m_filePath)
                 .arg(statements.size()));
    return true;
}

} // namespace sluice::engine
