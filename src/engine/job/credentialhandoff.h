#pragma once

#include "engine/job/jobcredentials.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QLocalServer;

namespace sluice::engine {

// Hands a JobCredentials from the launching client to the job host over a local
// socket (a Unix socket or named pipe) with a random name, readable by the current
// user only. The client listens before it starts the host and passes only the
// server's name on the host's command line; the host connects, reads the
// credentials, and the client closes the server: one use.
//
// The blocking calls suit the CLI and a worker thread (QtConcurrent) in the GUI;
// they must not run on the GUI thread.
class CredentialHandoff
{
public:
    CredentialHandoff();
    ~CredentialHandoff();
    CredentialHandoff(const CredentialHandoff &) = delete;
    CredentialHandoff &operator=(const CredentialHandoff &) = delete;

    // Client side: starts listening; serverName() is what the host is given.
    [[nodiscard]] bool listen();
    [[nodiscard]] QString serverName() const;
    // Client side: waits for the host, sends the credentials and closes the server.
    // keepWaiting (optional) is asked between short waits, e.g. "is the host still alive".
    [[nodiscard]] bool serve(const JobCredentials &credentials, int timeoutMs,
                             const std::function<bool()> &keepWaiting = {});
    void close();
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Host side: connects to the client's server and reads the credentials.
    [[nodiscard]] static std::optional<JobCredentials>
    receive(const QString &serverName, int timeoutMs, QString *error = nullptr);

private:
    std::unique_ptr<QLocalServer> m_server;
    QString m_errorString;
};

} // namespace sluice::engine
