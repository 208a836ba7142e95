#include "gui/connections/connectiontester.h"

#include <QUuid>

namespace sluice::gui {

ConnectionTestResult ConnectionTester::run(const engine::ConnectionParams &params,
                                           const QString &password)
{
    ConnectionTestResult result;
    const QString purpose =
        QStringLiteral("test.") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    const engine::OpenResult opened = engine::DatabaseOpener::open(params, purpose, password);
    if (!opened.ok()) {
        result.error = opened.error;
        result.message = opened.errorString;
        return result;
    }
    QString error;
    result.serverVersion =
        engine::DatabaseOpener::serverVersion(opened.connectionName, params.dialect, &error);
    engine::DatabaseOpener::close(opened.connectionName);
    result.ok = error.isEmpty();
    if (!result.ok) {
        result.error = engine::OpenError::Other;
        result.message = error;
    }
    return result;
}

QString ConnectionTester::errorTitle(engine::OpenError error)
{
    switch (error) {
    case engine::OpenError::None:
        return {};
    case engine::OpenError::InvalidParams:
        return tr("Incomplete connection settings");
    case engine::OpenError::DriverMissing:
        return tr("Database driver missing");
    case engine::OpenError::FileMissing:
        return tr("Database file not found");
    case engine::OpenError::NotADatabase:
        return tr("Not a SQLite database");
    case engine::OpenError::Refused:
        return tr("Server not reachable");
    case engine::OpenError::Authentication:
        return tr("Authentication failed");
    case engine::OpenError::UnknownDatabase:
        return tr("Unknown database");
    case engine::OpenError::Other:
        break;
    }
    return tr("Connection failed");
}

QString ConnectionTester::describe(const ConnectionTestResult &result)
{
    if (result.ok)
        return tr("Connected to: %1").arg(result.serverVersion);
    return tr("%1: %2").arg(errorTitle(result.error), result.message);
}

} // namespace sluice::gui
