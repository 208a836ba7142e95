#include "gui/connections/credentialprovider.h"

#include "gui/dialogs/passwordpromptdialog.h"

#include "engine/connection/passwordsource.h"
#include "engine/connection/qtkeychainbackend.h"

namespace sluice::gui {

CredentialProvider::CredentialProvider(QObject *parent,
                                       std::unique_ptr<engine::KeychainBackend> keychain)
    : QObject(parent)
    , m_source(std::make_unique<engine::PasswordSource>())
    , m_keychain(keychain ? std::move(keychain) : std::make_unique<engine::QtKeychainBackend>())
{}

CredentialProvider::~CredentialProvider() = default;

void CredentialProvider::obtain(const CredentialRequest &request, QWidget *promptParent, Done done,
                                bool allowPrompt)
{
    if (request.params.dialect == engine::Dialect::SQLite)
        return done(QString());
    if (auto known = sessionPassword(request.profileName))
        return done(*known);
    engine::PasswordRequest engineRequest;
    engineRequest.params = request.params;
    engineRequest.profileName = request.profileName;
    engineRequest.useKeychain = request.savePassword;
    engineRequest.displayName =
        request.profileName.isEmpty() ? request.params.toUrl() : request.profileName;
    QPointer<QWidget> parent = promptParent;
    m_source->obtainAsync(engineRequest, this,
                          [this, request, parent, done, allowPrompt](const auto &result) {
                              if (result.ok)
                                  return done(result.password);
                              if (!allowPrompt)
                                  return done(QString());
                              prompt(request, parent, done);
                          });
}

void CredentialProvider::prompt(const CredentialRequest &request, QWidget *promptParent, Done done)
{
    auto *dialog = new PasswordPromptDialog(promptParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTarget(request.profileName.isEmpty() ? request.params.toUrl() : request.profileName);
    connect(dialog, &QDialog::finished, this, [this, dialog, request, done](int code) {
        if (code != QDialog::Accepted)
            return done(std::nullopt);
        const QString password = dialog->password();
        if (!request.profileName.isEmpty())
            rememberForSession(request.profileName, password);
        done(password);
    });
    dialog->open(); // window-modal, never a nested event loop
}

void CredentialProvider::rememberForSession(const QString &profileName, const QString &password)
{
    m_session.insert(profileName.toLower(), password);
}

void CredentialProvider::forgetForSession(const QString &profileName)
{
    m_session.remove(profileName.toLower());
}

std::optional<QString> CredentialProvider::sessionPassword(const QString &profileName) const
{
    const auto it = m_session.constFind(profileName.toLower());
    if (profileName.isEmpty() || it == m_session.constEnd())
        return std::nullopt;
    return *it;
}

void CredentialProvider::savePassword(const QString &profileName, const QString &password,
                                      std::function<void(bool, const QString &)> done)
{
    rememberForSession(profileName, password);
    if (engine::PasswordSource::keychainDisabled())
        return done(false, tr("Saving passwords is turned off (SLUICE_NO_KEYCHAIN); the password "
                              "of %1 is kept for this session only.")
                               .arg(profileName));
    m_keychain->writePassword(
        engine::QtKeychainBackend::keyFor(profileName), password, this,
        [profileName, done](const engine::KeychainResult &result) {
            if (result.status == engine::KeychainResult::Status::Ok)
                return done(
                    true,
                    tr("The password of %1 is saved in the system keychain.").arg(profileName));
            done(false, tr("The system keychain could not save the password of %1 (%2); it is "
                           "kept for this session only.")
                            .arg(profileName, result.errorString));
        });
}

void CredentialProvider::forgetPassword(const QString &profileName)
{
    forgetForSession(profileName);
    if (engine::PasswordSource::keychainDisabled())
        return;
    m_keychain->deletePassword(engine::QtKeychainBackend::keyFor(profileName), this,
                               [](const engine::KeychainResult &) {});
}

void CredentialProvider::probeKeychain(
    const QString &profileName, QObject *context,
    std::function<void(bool available, bool hasEntry, const QString &reason)> done)
{
    if (engine::PasswordSource::keychainDisabled()) {
        QMetaObject::invokeMethod(
            context,
            [done] {
                done(false, false, tr("saving passwords is turned off (SLUICE_NO_KEYCHAIN)"));
            },
            Qt::QueuedConnection);
        return;
    }
    const QString key = engine::QtKeychainBackend::keyFor(
        profileName.isEmpty() ? QStringLiteral("sluice-keychain-probe") : profileName);
    m_keychain->readPassword(key, context, [done](const engine::KeychainResult &result) {
        using Status = engine::KeychainResult::Status;
        done(result.status == Status::Ok || result.status == Status::NotFound,
             result.status == Status::Ok, result.errorString);
    });
}

} // namespace sluice::gui
