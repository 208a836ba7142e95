#pragma once

#include "engine/connection/connectionparams.h"
#include "engine/connection/keychainbackend.h"

#include <QString>
#include <functional>
#include <memory>
#include <optional>

class QObject;

namespace sluice::engine {

struct PasswordRequest
{
    ConnectionParams params;
    QString profileName;      // empty when the connection was given as a URL
    bool useKeychain = false; // the profile's savePassword flag
    QString displayName;      // for prompts and messages, e.g. "hr@prod"; defaults to the URL
};

enum class PasswordOrigin { None, NotNeeded, ProfileEnvironment, Environment, Keychain, Prompt };

struct PasswordResult
{
    bool ok = false;
    QString password;
    PasswordOrigin origin = PasswordOrigin::None;
    QString errorString;     // why no password could be had (ok == false)
    QString keychainProblem; // the keychain was asked and could not answer; a note for the log
    // obtainAsync() only: nothing found and the caller (the GUI) should ask the user.
    bool needsPrompt = false;
};

// Finds the password for a connection, trying in order:
//   1. SQLite needs none;
//   2. the environment variable SLUICE_PASSWORD_<PROFILE> (profile name upper-cased,
//      other characters than A-Z and 0-9 turned into '_'), for unattended runs;
//   3. the environment variable SLUICE_PASSWORD, for every connection of the run;
//   4. the OS keychain (service "sluice", key = profile name), for profiles saved with
//      savePassword, unless SLUICE_NO_KEYCHAIN=1;
//   5. a no-echo prompt, only when standard input is a terminal.
// Otherwise an error names the variable to set: a run never hangs at a prompt.
// A variable that is set but empty gives an empty password (trust authentication).
class PasswordSource
{
public:
    using Prompter = std::function<std::optional<QString>(const QString &prompt)>;

    // Uses the given keychain, or QtKeychainBackend when none is given.
    explicit PasswordSource(std::unique_ptr<KeychainBackend> keychain = {});
    ~PasswordSource();
    PasswordSource(const PasswordSource &) = delete;
    PasswordSource &operator=(const PasswordSource &) = delete;

    static constexpr const char16_t *kGenericVariable = u"SLUICE_PASSWORD";
    static constexpr const char16_t *kNoKeychainVariable = u"SLUICE_NO_KEYCHAIN";
    [[nodiscard]] static QString environmentVariableFor(const QString &profileName);
    [[nodiscard]] static bool keychainDisabled();

    // Replaces the terminal prompt (tests; a GUI never prompts through this class).
    void setPrompter(Prompter prompter) { m_prompter = std::move(prompter); }
    // Whether prompting is allowed; defaults to "stdin is a terminal".
    void setInteractive(bool interactive) { m_interactive = interactive; }
    // How long the blocking calls wait for the keychain before calling it unavailable.
    void setKeychainTimeout(int milliseconds) { m_keychainTimeoutMs = milliseconds; }

    // Blocking, for the CLI: runs the keychain job in a local event loop.
    [[nodiscard]] PasswordResult obtain(const PasswordRequest &request);
    // Asynchronous, for the GUI: steps 1-4, never prompts; when nothing is found the
    // result has needsPrompt set. done runs in context's thread.
    void obtainAsync(const PasswordRequest &request, QObject *context,
                     std::function<void(const PasswordResult &)> done);

    // Blocking keychain writes for `connection add --save-password` and `remove`.
    [[nodiscard]] bool storePassword(const QString &profileName, const QString &password,
                                     QString *error = nullptr);
    [[nodiscard]] bool forgetPassword(const QString &profileName, QString *error = nullptr);

    [[nodiscard]] KeychainBackend &keychain() { return *m_keychain; }

private:
    std::optional<PasswordResult> fromEnvironment(const PasswordRequest &request) const;
    KeychainResult runBlocking(const std::function<void(QObject *, KeychainBackend::Callback)> &op);
    PasswordResult finish(const PasswordRequest &request, const KeychainResult *keychain);
    static PasswordResult missing(const PasswordRequest &request, const QString &note,
                                  bool prompted, bool forGui);
    static QString describe(const PasswordRequest &request);

    std::unique_ptr<KeychainBackend> m_keychain;
    Prompter m_prompter;
    std::optional<bool> m_interactive;
    int m_keychainTimeoutMs = 15000;
};

} // namespace sluice::engine
