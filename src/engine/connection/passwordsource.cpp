#include "engine/connection/passwordsource.h"

#include "engine/connection/qtkeychainbackend.h"
#include "engine/connection/terminalprompt.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PasswordSource", text);
}

PasswordResult found(const QString &password, PasswordOrigin origin)
{
    PasswordResult result;
    result.ok = true;
    result.password = password;
    result.origin = origin;
    return result;
}

QString keychainNote(const PasswordRequest &request, const KeychainResult &keychain)
{
    switch (keychain.status) {
    case KeychainResult::Status::Ok:
        return {};
    case KeychainResult::Status::NotFound:
        return tr("No password is saved in the keychain for the profile \"%1\".")
            .arg(request.profileName);
    case KeychainResult::Status::Unavailable:
        return tr("The OS keychain is not available (%1).").arg(keychain.errorString);
    case KeychainResult::Status::Failed:
        break;
    }
    return tr("The keychain could not read the password for the profile \"%1\": %2.")
        .arg(request.profileName, keychain.errorString);
}

} // namespace

PasswordSource::PasswordSource(std::unique_ptr<KeychainBackend> keychain)
    : m_keychain(keychain ? std::move(keychain) : std::make_unique<QtKeychainBackend>())
{}

PasswordSource::~PasswordSource() = default;

QString PasswordSource::environmentVariableFor(const QString &profileName)
{
    QString suffix = profileName.toUpper();
    for (QChar &c : suffix) {
        if (!((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')))
            c = u'_';
    }
    return QString::fromUtf16(kGenericVariable) + u'_' + suffix;
}

bool PasswordSource::keychainDisabled()
{
    const QString value =
        qEnvironmentVariable(QString::fromUtf16(kNoKeychainVariable).toLatin1().constData());
    return !value.isEmpty() && value != u"0";
}

QString PasswordSource::describe(const PasswordRequest &request)
{
    return request.displayName.isEmpty() ? request.params.toUrl() : request.displayName;
}

std::optional<PasswordResult> PasswordSource::fromEnvironment(const PasswordRequest &request) const
{
    if (!request.profileName.isEmpty()) {
        const QByteArray name = environmentVariableFor(request.profileName).toLatin1();
        if (qEnvironmentVariableIsSet(name.constData()))
            return found(qEnvironmentVariable(name.constData()),
                         PasswordOrigin::ProfileEnvironment);
    }
    const QByteArray generic = QString::fromUtf16(kGenericVariable).toLatin1();
    if (qEnvironmentVariableIsSet(generic.constData()))
        return found(qEnvironmentVariable(generic.constData()), PasswordOrigin::Environment);
    return std::nullopt;
}

KeychainResult
PasswordSource::runBlocking(const std::function<void(QObject *, KeychainBackend::Callback)> &op)
{
    QEventLoop loop;
    std::optional<KeychainResult> answer;
    op(&loop, [&answer, &loop](const KeychainResult &result) {
        answer = result;
        loop.quit();
    });
    if (!answer) {
        QTimer::singleShot(m_keychainTimeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (answer)
        return *answer;
    // The callback's context (the loop) dies with this frame, so a late answer is dropped.
    return KeychainResult{KeychainResult::Status::Unavailable,
                          {},
                          tr("no answer within %1 seconds").arg(m_keychainTimeoutMs / 1000)};
}

PasswordResult PasswordSource::missing(const PasswordRequest &request, const QString &note,
                                       bool prompted, bool forGui)
{
    PasswordResult result;
    result.keychainProblem = note;
    result.needsPrompt = forGui;
    QString message;
    if (prompted) {
        message = tr("No password was entered for %1.").arg(describe(request));
    } else {
        const QString variables = request.profileName.isEmpty()
                                      ? QString::fromUtf16(kGenericVariable)
                                      : tr("%1 (or %2)")
                                            .arg(environmentVariableFor(request.profileName),
                                                 QString::fromUtf16(kGenericVariable));
        message = tr("No password for %1: standard input is not a terminal, so Sluice cannot "
                     "ask for it. Set %2 for unattended runs")
                      .arg(describe(request), variables);
        if (!request.profileName.isEmpty() && !request.useKeychain)
            message += tr(", or save it in the keychain with \"sluice-cli connection add %1 "
                          "<url> --save-password\"")
                           .arg(request.profileName);
        message += u'.';
    }
    if (!note.isEmpty())
        message += u' ' + note;
    result.errorString = message;
    return result;
}

PasswordResult PasswordSource::finish(const PasswordRequest &request,
                                      const KeychainResult *keychain)
{
    const QString note = keychain ? keychainNote(request, *keychain) : QString();
    if (!m_interactive.value_or(TerminalPrompt::stdinIsTerminal()))
        return missing(request, note, false, false);
    const QString prompt = tr("Password for %1: ").arg(describe(request));
    const std::optional<QString> typed =
        m_prompter ? m_prompter(prompt) : TerminalPrompt::readPassword(prompt);
    if (!typed)
        return missing(request, note, true, false);
    PasswordResult result = found(*typed, PasswordOrigin::Prompt);
    result.keychainProblem = note;
    return result;
}

PasswordResult PasswordSource::obtain(const PasswordRequest &request)
{
    if (request.params.dialect == Dialect::SQLite)
        return found({}, PasswordOrigin::NotNeeded);
    if (auto fromEnv = fromEnvironment(request))
        return *fromEnv;
    if (request.useKeychain && !request.profileName.isEmpty() && !keychainDisabled()) {
        const QString key = QtKeychainBackend::keyFor(request.profileName);
        const KeychainResult keychain = runBlocking([this, &key](QObject *context, auto done) {
            m_keychain->readPassword(key, context, std::move(done));
        });
        if (keychain.status == KeychainResult::Status::Ok)
            return found(keychain.password, PasswordOrigin::Keychain);
        return finish(request, &keychain);
    }
    return finish(request, nullptr);
}

void PasswordSource::obtainAsync(const PasswordRequest &request, QObject *context,
                                 std::function<void(const PasswordResult &)> done)
{
    const auto deliver = [context, done](const PasswordResult &result) {
        QMetaObject::invokeMethod(
            context, [done, result] { done(result); }, Qt::QueuedConnection);
    };
    if (request.params.dialect == Dialect::SQLite)
        return deliver(found({}, PasswordOrigin::NotNeeded));
    if (auto fromEnv = fromEnvironment(request))
        return deliver(*fromEnv);
    if (!request.useKeychain || request.profileName.isEmpty() || keychainDisabled())
        return deliver(missing(request, {}, false, true));
    // No `this` in the callback: the source may be gone when the keychain answers.
    m_keychain->readPassword(
        QtKeychainBackend::keyFor(request.profileName), context,
        [request, done](const KeychainResult &keychain) {
            if (keychain.status == KeychainResult::Status::Ok)
                done(found(keychain.password, PasswordOrigin::Keychain));
            else
                done(missing(request, keychainNote(request, keychain), false, true));
        });
}

bool PasswordSource::storePassword(const QString &profileName, const QString &password,
                                   QString *error)
{
    const QString key = QtKeychainBackend::keyFor(profileName);
    const KeychainResult result = runBlocking([this, &key, &password](QObject *context, auto done) {
        m_keychain->writePassword(key, password, context, std::move(done));
    });
    if (result.status == KeychainResult::Status::Ok)
        return true;
    if (error)
        *error = tr("Cannot save the password of \"%1\" in the OS keychain: %2")
                     .arg(profileName, result.errorString);
    return false;
}

bool PasswordSource::forgetPassword(const QString &profileName, QString *error)
{
    const QString key = QtKeychainBackend::keyFor(profileName);
    const KeychainResult result = runBlocking([this, &key](QObject *context, auto done) {
        m_keychain->deletePassword(key, context, std::move(done));
    });
    if (result.status == KeychainResult::Status::Ok ||
        result.status == KeychainResult::Status::NotFound)
        return true;
    if (error)
        *error = tr("Cannot remove the password of \"%1\" from the OS keychain: %2")
                     .arg(profileName, result.errorString);
    return false;
}

} // namespace sluice::engine
