// The throwaway servers' connection details that ctest's fixtures
// (tests/servers/*.sh) hand to the integration tests as SLUICE_TEST_<PG|MARIADB>_*.
#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <optional>

namespace sluicetest {

struct Server
{
    QString host;
    int port = 0;
    QString user;
    QString password;
    QString database;
};

// std::nullopt when the test runs outside ctest (no fixture started the server).
inline std::optional<Server> serverFromEnvironment(const QString &prefix)
{
    const auto get = [&](const char *key) {
        return qEnvironmentVariable(
            qPrintable(QStringLiteral("SLUICE_TEST_%1_%2").arg(prefix, QLatin1String(key))));
    };
    Server server{get("HOST"), get("PORT").toInt(), get("USER"), get("PASSWORD"), get("DB")};
    if (server.host.isEmpty() || server.port <= 0 || server.user.isEmpty() ||
        server.database.isEmpty())
        return std::nullopt;
    return server;
}

// Runs one statement; false, with the statement and the server's message as a
// warning, when it fails.
inline bool exec(QSqlDatabase db, const QString &sql)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
    return false;
}

} // namespace sluicetest
