#include "engine/schedule/runcredentials.h"

#include "engine/connection/connectionresolver.h"
#include "engine/connection/passwordsource.h"
#include "engine/connection/qtkeychainbackend.h"
#include "engine/params/jobspec.h"

#include <QEventLoop>
#include <QTimer>

namespace sluice::engine {

namespace {

// One keychain call, waited for with a timeout so an unanswering secret service
// (no D-Bus session under cron) cannot hang a run.
KeychainResult blocking(int timeoutMs,
                        const std::function<void(QObject *, KeychainBackend::Callback)> &op)
{
    QEventLoop loop;
    std::optional<KeychainResult> answer;
    op(&loop, [&answer, &loop](const KeychainResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (answer)
        return *answer;
    return {KeychainResult::Status::Unavailable,
            {},
            QStringLiteral("no answer within %1 seconds").arg(timeoutMs / 1000)};
}

} // namespace

RunCredentials::RunCredentials(bool interactive, int keychainTimeoutMs)
    : m_interactive(interactive)
    , m_keychainTimeoutMs(keychainTimeoutMs)
{}

QString RunCredentials::encryptionVariableFor(const QString &jobName)
{
    QString suffix = jobName.toUpper();
    for (QChar &c : suffix) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return QString::fromUtf16(kEncryptionVariable) + u'_' + suffix;
}

QString RunCredentials::encryptionKeychainKey(const QString &jobName)
{
    return QStringLiteral("job:") + jobName.toLower();
}

bool RunCredentials::collect(const QString &jobName, const JobSpec &spec,
                             const ConnectionProfileStore &profiles)
{
    m_encryptionPassword.clear();
    for (const QString &reference : {spec.connection, spec.networkLink}) {
        if (!reference.isEmpty() && !connectionPassword(reference, profiles))
            return false;
    }
    if (spec.encryptionPasswordPrompt && !encryption(jobName))
        return false;
    return true;
}

bool RunCredentials::connectionPassword(const QString &reference,
                                        const ConnectionProfileStore &profiles)
{
    QString error;
    const auto resolved = ConnectionResolver(profiles).resolve(reference, &error);
    if (!resolved) {
        m_errorString = error;
        return false;
    }
    PasswordSource source;
    source.setInteractive(m_interactive);
    source.setKeychainTimeout(m_keychainTimeoutMs);
    const PasswordResult result = source.obtain(
        {resolved->params, resolved->profileName, resolved->savePassword, resolved->displayName()});
    if (!result.ok) {
        m_errorString = result.errorString;
        if (!resolved->profileName.isEmpty())
            m_errorString +=
                QStringLiteral(" (profile \"%1\"; keychain entry: service \"%2\", key \"%3\"%4)")
                    .arg(resolved->profileName, QString::fromUtf16(QtKeychainBackend::kService),
                         QtKeychainBackend::keyFor(resolved->profileName),
                         PasswordSource::keychainDisabled()
                             ? QStringLiteral(", not asked because SLUICE_NO_KEYCHAIN is set")
                             : QString());
        return false;
    }
    return true;
}

bool RunCredentials::encryption(const QString &jobName)
{
    const QString variable = encryptionVariableFor(jobName);
    for (const QString &name : {variable, QString::fromUtf16(kEncryptionVariable)}) {
        if (qEnvironmentVariableIsSet(name.toLatin1().constData())) {
            m_encryptionPassword = qEnvironmentVariable(name.toLatin1().constData());
            return true;
        }
    }
    QString note;
    if (!PasswordSource::keychainDisabled()) {
        QtKeychainBackend keychain;
        const QString key = encryptionKeychainKey(jobName);
        const KeychainResult result =
            blocking(m_keychainTimeoutMs, [&](QObject *context, auto done) {
                keychain.readPassword(key, context, std::move(done));
            });
        if (result.status == KeychainResult::Status::Ok && !result.password.isEmpty()) {
            m_encryptionPassword = result.password;
            return true;
        }
        note = result.errorString;
    }
    if (m_interactive)
        return true; // sluice-cli asks on the terminal (ENCRYPTION_PWD_PROMPT=YES)
    m_errorString =
        QStringLiteral("No encryption password for the saved job \"%1\" "
                       "(ENCRYPTION_PWD_PROMPT=YES) and no terminal to ask on: set %2 "
                       "(or %3), or save it in the keychain (service \"%4\", key "
                       "\"%5\") with \"sluice-cli job set-encryption-password %1\".%6")
            .arg(jobName, variable, QString::fromUtf16(kEncryptionVariable),
                 QString::fromUtf16(QtKeychainBackend::kService), encryptionKeychainKey(jobName),
                 note.isEmpty() ? QString() : QStringLiteral(" Keychain: ") + note);
    return false;
}

bool RunCredentials::storeEncryptionPassword(const QString &jobName, const QString &password,
                                             QString *error)
{
    QtKeychainBackend keychain;
    const QString key = encryptionKeychainKey(jobName);
    const KeychainResult result = blocking(m_keychainTimeoutMs, [&](QObject *context, auto done) {
        keychain.writePassword(key, password, context, std::move(done));
    });
    if (result.status == KeychainResult::Status::Ok)
        return true;
    *error = QStringLiteral("cannot save the encryption password in the OS keychain: %1")
                 .arg(result.errorString);
    return false;
}

} // namespace sluice::engine
