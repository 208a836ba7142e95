#include "gui/jobs/jobcredentialcollector.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/credentialprovider.h"
#include "gui/jobs/jobcommands.h"

#include <QWidget>

namespace sluice::gui {

namespace {

struct Resolution
{
    std::optional<engine::ResolvedConnection> connection;
    QString error;
};

} // namespace

JobCredentialCollector::JobCredentialCollector(CredentialProvider *provider, QWidget *promptParent)
    : QObject(promptParent)
    , m_task(new BackgroundTask(this, BackgroundTask::Policy::Every))
    , m_provider(provider ? provider : new CredentialProvider(this))
    , m_promptParent(promptParent)
{}

JobCredentialCollector::~JobCredentialCollector() = default;

void JobCredentialCollector::collect(const QString &connectionReference,
                                     const QString &encryptionPassword, Done done)
{
    m_task->start(
        [connectionReference] {
            Resolution result;
            result.connection = JobCommands::resolveConnection(connectionReference, &result.error);
            return result;
        },
        [this, connectionReference, encryptionPassword, done](const Resolution &resolution) {
            if (!resolution.connection || !m_provider)
                return done(std::nullopt, resolution.error);
            CredentialRequest request;
            request.profileName = resolution.connection->profileName;
            request.params = resolution.connection->params;
            request.savePassword = resolution.connection->savePassword;
            m_provider->obtain(request, m_promptParent,
                               [self = QPointer(this), connectionReference, encryptionPassword,
                                done](std::optional<QString> password) {
                                   if (!self) // its owner is gone: nobody wants the answer
                                       return;
                                   if (!password)
                                       return done(std::nullopt, QString());
                                   engine::JobCredentials credentials;
                                   credentials.setPassword(connectionReference, *password);
                                   credentials.setEncryptionPassword(encryptionPassword);
                                   done(credentials, QString());
                               });
        });
}

} // namespace sluice::gui
