// The throwaway servers' connection details that ctest's fixtures
// (tests/servers/*.sh) hand to the integration tests as SLUICE_TEST_<PG|MARIADB>_*.
#pragma once

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

} // namespace sluicetest
