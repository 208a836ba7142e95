#include "engine/connection/databaseopener.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DatabaseOpener", text);
}

OpenResult failure(OpenError error, const QString &message)
{
    OpenResult result;
    result.error = error;
    result.errorString = message;
    return result;
}

QString driverPackageHint(Dialect dialect)
{
    switch (dialect) {
    case Dialect::SQLite:
        return QStringLiteral("libqt6sql6-sqlite");
    case Dialect::PostgreSQL:
        return QStringLiteral("libqt6sql6-psql");
    case Dialect::MariaDB:
        return QStringLiteral("libqt6sql6-mysql");
    }
    return {};
}

bool containsAny(const QString &text, std::initializer_list<const char16_t *> needles)
{
    for (const char16_t *needle : needles) {
        if (text.contains(QString::fromUtf16(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// SQLite opens anything lazily; read the schema once so a non-database file fails here.
OpenResult checkSqliteFile(const QString &name, const ConnectionParams &params)
{
    QString problem;
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        if (!query.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")))
            problem = query.lastError().text();
    }
    if (problem.isEmpty())
        return OpenResult{name, OpenError::None, {}};
    DatabaseOpener::close(name);
    return failure(OpenError::NotADatabase,
                   tr("%1 is not a SQLite database (%2).")
                       .arg(QDir::toNativeSeparators(params.absoluteFilePath()), problem));
}

} // namespace

QString DatabaseOpener::connectionName(const QString &purpose)
{
    const auto thread = reinterpret_cast<quintptr>(QThread::currentThread());
    return QStringLiteral("sluice.%1.%2").arg(purpose, QString::number(thread, 16));
}

OpenResult DatabaseOpener::open(const ConnectionParams &params, const QString &purpose,
                                const QString &password, const OpenOptions &options)
{
    if (const QString problem = params.validationError(); !problem.isEmpty())
        return failure(OpenError::InvalidParams, problem);
    const QString driver = qtDriverName(params.dialect);
    if (!QSqlDatabase::isDriverAvailable(driver))
        return failure(OpenError::DriverMissing,
                       tr("The Qt SQL driver %1 for %2 is not installed (Debian/Ubuntu package "
                          "%3). Installed drivers: %4.")
                           .arg(driver, dialectDisplayName(params.dialect),
                                driverPackageHint(params.dialect),
                                QSqlDatabase::drivers().join(QStringLiteral(", "))));
    const bool sqlite = params.dialect == Dialect::SQLite;
    const QString file = params.absoluteFilePath();
    if (sqlite && !params.isInMemory()) {
        const bool create =
            options.createSqliteFile || params.optionEnabled(QStringLiteral("create"));
        const QFileInfo info(file);
        if (!info.exists() && !create)
            return failure(OpenError::FileMissing,
                           tr("The SQLite database %1 does not exist. Check the path, or add "
                              "?create=yes to the URL to create an empty database.")
                               .arg(QDir::toNativeSeparators(file)));
        if (info.exists() && !info.isFile())
            return failure(OpenError::NotADatabase,
                           tr("%1 is not a file.").arg(QDir::toNativeSeparators(file)));
    }

    const QString name = connectionName(purpose);
    close(name);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        if (sqlite) {
            db.setDatabaseName(file);
        } else {
            db.setHostName(params.host);
            if (params.port != 0)
                db.setPort(params.port);
            db.setUserName(params.user);
            db.setPassword(password);
            db.setDatabaseName(params.database);
        }
        db.setConnectOptions(driverOptions(params, options));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            close(name);
            return classify(params, error);
        }
    }
    if (sqlite)
        return checkSqliteFile(name, params);
    return OpenResult{name, OpenError::None, {}};
}

void DatabaseOpener::close(const QString &connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
}

QString DatabaseOpener::driverOptions(const ConnectionParams &params, const OpenOptions &options)
{
    QStringList parts;
    const int timeout = qMax(1, options.connectTimeoutSeconds);
    switch (params.dialect) {
    case Dialect::SQLite:
        if (options.readOnly || params.options.value(QStringLiteral("mode")) == u"ro")
            parts << QStringLiteral("QSQLITE_OPEN_READONLY");
        parts << QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(timeout * 1000);
        // create and mode are Sluice's own options; others are not passed to QSQLITE.
        return parts.join(u';');
    case Dialect::PostgreSQL:
        if (!params.options.contains(QStringLiteral("connect_timeout")))
            parts << QStringLiteral("connect_timeout=%1").arg(timeout);
        if (!params.options.contains(QStringLiteral("application_name")))
            parts << QStringLiteral("application_name=sluice");
        break;
    case Dialect::MariaDB:
        if (!params.options.contains(QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT")))
            parts << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(timeout);
        break;
    }
    for (auto it = params.options.cbegin(); it != params.options.cend(); ++it)
        parts << it.key() + u'=' + it.value();
    return parts.join(u';');
}

OpenResult DatabaseOpener::classify(const ConnectionParams &params, const QSqlError &sqlError)
{
    const QString text = sqlError.text().trimmed();
    const QString code = sqlError.nativeErrorCode();
    const QString target = params.toUrl();
    OpenError kind = OpenError::Other;
    QString reason;
    if (code == u"1045" || code == u"1044" || code == u"28P01" || code == u"28000" ||
        containsAny(text, {u"password authentication failed", u"Access denied for user",
                           u"no password supplied", u"authentication failed", u"role \""})) {
        kind = OpenError::Authentication;
        reason = tr("the server rejected the user name or password");
    } else if (code == u"1049" || code == u"3D000" ||
               containsAny(text, {u"Unknown database", u"does not exist"})) {
        kind = OpenError::UnknownDatabase;
        reason = tr("the database \"%1\" does not exist on the server").arg(params.database);
    } else if (code == u"2002" || code == u"2003" || code == u"2005" ||
               containsAny(text,
                           {u"Connection refused", u"could not connect", u"Can't connect",
                            u"could not translate host name", u"Unknown MySQL server host",
                            u"Unknown server host", u"timeout expired", u"No route to host"})) {
        kind = OpenError::Refused;
        reason = tr("no server answered at %1:%2 (is it running and accepting TCP connections?)")
                     .arg(params.host.isEmpty() ? QStringLiteral("localhost") : params.host)
                     .arg(params.effectivePort());
    } else {
        reason = tr("the driver reported an error");
    }
    return failure(kind, tr("Cannot connect to %1: %2. Driver message: %3")
                             .arg(target, reason, text.isEmpty() ? tr("(none)") : text));
}

QString DatabaseOpener::serverVersion(const QString &connectionName, Dialect dialect,
                                      QString *error)
{
    QSqlQuery query(QSqlDatabase::database(connectionName, false));
    QString sql;
    QString prefix = dialectDisplayName(dialect) + u' ';
    switch (dialect) {
    case Dialect::SQLite:
        sql = QStringLiteral("SELECT sqlite_version()");
        break;
    case Dialect::PostgreSQL:
        sql = QStringLiteral("SHOW server_version");
        break;
    case Dialect::MariaDB:
        // MariaDB's VERSION() says "...-MariaDB"; a MySQL server says nothing, so name it.
        sql = QStringLiteral("SELECT VERSION()");
        prefix.clear();
        break;
    }
    if (!query.exec(sql) || !query.next()) {
        if (error)
            *error = query.lastError().text();
        return {};
    }
    QString version = query.value(0).toString();
    if (prefix.isEmpty())
        prefix = version.contains(u"MariaDB", Qt::CaseInsensitive) ? QStringLiteral("MariaDB ")
                                                                   : QStringLiteral("MySQL ");
    return prefix + version;
}

} // namespace sluice::engine
