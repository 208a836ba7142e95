#pragma once

#include "engine/connection/passwordsource.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace sluice::engine {

// The secrets a job host needs, handed over once by the launching client through
// CredentialHandoff: passwords by connection reference (as written in the parfile:
// the profile name or URL) and the encryption password. They live in the host's
// memory only, never in the master table, a file, the command line or the environment.
class JobCredentials
{
public:
    void setPassword(const QString &connectionReference, const QString &password);
    [[nodiscard]] bool hasPassword(const QString &connectionReference) const;
    void setEncryptionPassword(const QString &password) { m_encryptionPassword = password; }
    [[nodiscard]] QString encryptionPassword() const { return m_encryptionPassword; }
    [[nodiscard]] bool isEmpty() const
    {
        return m_passwords.isEmpty() && m_encryptionPassword.isEmpty();
    }

    // The host's password chain: the handed-over password first, then the usual
    // PasswordSource chain without prompting (environment, keychain), so unattended
    // restarts work too.
    [[nodiscard]] PasswordResult obtain(const QString &connectionReference,
                                        const PasswordRequest &request) const;

    [[nodiscard]] QByteArray serialize() const;
    [[nodiscard]] static std::optional<JobCredentials> deserialize(const QByteArray &data);

private:
    QHash<QString, QString> m_passwords;
    QString m_encryptionPassword;
};

} // namespace sluice::engine
