#pragma once

#include <QString>

namespace sluice::engine {

class ConnectionProfileStore;
struct JobSpec;

// The secrets a run of a saved job needs, found before the job starts: the password
// of every connection profile it names (USERID and NETWORK_LINK) and, for an
// encrypted export saved with ENCRYPTION_PWD_PROMPT=YES, the encryption password.
// Unattended (non-interactive) runs never prompt: a missing secret is an error that
// names the profile, the keychain entry and the environment variables that would do.
// Connection passwords are only checked here: sluice-cli looks them up again itself
// (same chain), so they never travel through the child's environment or a file.
class RunCredentials
{
public:
    RunCredentials(bool interactive, int keychainTimeoutMs);

    // SLUICE_ENCRYPTION_PASSWORD_<JOB> (job name upper-cased, other characters '_').
    [[nodiscard]] static QString encryptionVariableFor(const QString &jobName);
    static constexpr const char16_t *kEncryptionVariable = u"SLUICE_ENCRYPTION_PASSWORD";
    // The keychain key (service "sluice") of a job's encryption password: "job:<name>".
    [[nodiscard]] static QString encryptionKeychainKey(const QString &jobName);

    // Looks everything up; false with errorString() when something is missing.
    [[nodiscard]] bool collect(const QString &jobName, const JobSpec &spec,
                               const ConnectionProfileStore &profiles);

    // Empty when the job is not encrypted, or when an interactive run lets the child ask.
    [[nodiscard]] QString encryptionPassword() const { return m_encryptionPassword; }
    [[nodiscard]] QString errorString() const { return m_errorString; }

    // Blocking keychain helpers with the timeout (the CLI's set-encryption-password).
    [[nodiscard]] bool storeEncryptionPassword(const QString &jobName, const QString &password,
                                               QString *error);

private:
    bool connectionPassword(const QString &reference, const ConnectionProfileStore &profiles);
    bool encryption(const QString &jobName);

    bool m_interactive;
    int m_keychainTimeoutMs;
    QString m_encryptionPassword;
    QString m_errorString;
};

} // namespace sluice::engine
