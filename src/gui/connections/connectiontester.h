#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/connection/databaseopener.h"

#include <QCoreApplication>
#include <QString>

namespace sluice::gui {

// The outcome of a connection test.
struct ConnectionTestResult
{
    bool ok = false;
    engine::OpenError error = engine::OpenError::None;
    QString serverVersion; // "SQLite 3.40.1"
    QString message;       // the engine's error text when !ok
};

// Connection tests on a worker thread, through the engine's DatabaseOpener.
class ConnectionTester
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionTester)

public:
    // Runs on the calling (worker) thread: opens a connection under a unique
    // throwaway name, so it never replaces a live one, asks the server version,
    // and closes it again.
    [[nodiscard]] static ConnectionTestResult run(const engine::ConnectionParams &params,
                                                  const QString &password);
    // A short, translated title for the error class: "Authentication failed".
    [[nodiscard]] static QString errorTitle(engine::OpenError error);
    // "Connected to: SQLite 3.40.1" or "<title>: <message>", for display.
    [[nodiscard]] static QString describe(const ConnectionTestResult &result);
};

} // namespace sluice::gui
