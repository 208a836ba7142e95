#include "engine/job/credentialhandoff.h"

#include <QCoreApplication>
#include <QDataStream>
#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QRandomGenerator>

namespace sluice::engine {

CredentialHandoff::CredentialHandoff() = default;

CredentialHandoff::~CredentialHandoff()
{
    close();
}

bool CredentialHandoff::listen()
{
    close();
    m_server = std::make_unique<QLocalServer>();
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    m_server->setMaxPendingConnections(1);
    quint64 random[2];
    QRandomGenerator::system()->fillRange(random);
    const QString name = QStringLiteral("sluice-job-%1%2")
                             .arg(random[0], 16, 16, QLatin1Char('0'))
                             .arg(random[1], 16, 16, QLatin1Char('0'));
    if (!m_server->listen(name)) {
        m_errorString =
            QCoreApplication::translate("CredentialHandoff",
                                        "cannot open a local channel for the job's host: %1")
                .arg(m_server->errorString());
        m_server.reset();
        return false;
    }
    return true;
}

QString CredentialHandoff::serverName() const
{
    return m_server ? m_server->serverName() : QString();
}

bool CredentialHandoff::serve(const JobCredentials &credentials, int timeoutMs,
                              const std::function<bool()> &keepWaiting)
{
    if (!m_server) {
        m_errorString =
            QCoreApplication::translate("CredentialHandoff", "the local channel is not open");
        return false;
    }
    const QDeadlineTimer deadline(timeoutMs);
    bool connected = false;
    while (!connected && !deadline.hasExpired()) {
        connected = m_server->waitForNewConnection(100);
        if (!connected && keepWaiting && !keepWaiting()) {
            m_errorString = QStringLiteral("the job's host process ended before it took its "
                                           "credentials");
            close();
            return false;
        }
    }
    if (!connected) {
        m_errorString = QStringLiteral("the job's host process did not ask for its credentials "
                                       "within %1 seconds")
                            .arg(timeoutMs / 1000);
        close();
        return false;
    }
    QLocalSocket *socket = m_server->nextPendingConnection();
    const QByteArray payload = credentials.serialize();
    QDataStream stream(socket);
    stream << payload;
    bool ok = true;
    while (socket->bytesToWrite() > 0 && ok)
        ok = socket->waitForBytesWritten(timeoutMs);
    socket->disconnectFromServer();
    if (socket->state() != QLocalSocket::UnconnectedState)
        socket->waitForDisconnected(1000);
    delete socket;
    close();
    if (!ok)
        m_errorString = QCoreApplication::translate(
            "CredentialHandoff", "could not send the credentials to the job's host");
    return ok;
}

void CredentialHandoff::close()
{
    if (m_server) {
        m_server->close();
        m_server.reset();
    }
}

std::optional<JobCredentials> CredentialHandoff::receive(const QString &serverName, int timeoutMs,
                                                         QString *error)
{
    QLocalSocket socket;
    socket.connectToServer(serverName, QIODevice::ReadOnly);
    if (!socket.waitForConnected(timeoutMs)) {
        if (error)
            *error = QCoreApplication::translate("CredentialHandoff",
                                                 "cannot reach the launching client: %1")
                         .arg(socket.errorString());
        return std::nullopt;
    }
    const QDeadlineTimer deadline(timeoutMs);
    QDataStream stream(&socket);
    QByteArray payload;
    for (;;) {
        stream.startTransaction();
        stream >> payload;
        if (stream.commitTransaction())
            break;
        if (deadline.hasExpired() || !socket.waitForReadyRead(int(deadline.remainingTime()))) {
            if (error)
                *error = QCoreApplication::translate("CredentialHandoff",
                                                     "the launching client sent no credentials");
            return std::nullopt;
        }
    }
    socket.disconnectFromServer();
    auto credentials = JobCredentials::deserialize(payload);
    if (!credentials && error)
        *error = QCoreApplication::translate(
            "CredentialHandoff", "the credentials from the launching client are unreadable");
    return credentials;
}

} // namespace sluice::engine
