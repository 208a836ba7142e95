#include "gui/wizards/wizardcatalogsource.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/credentialprovider.h"
#include "gui/jobs/jobcommands.h"
#include "gui/schema/catalogloader.h"

#include <QWidget>

namespace sluice::gui {

namespace {

struct Resolution
{
    std::optional<engine::ResolvedConnection> connection;
    QString error;
};

} // namespace

WizardCatalogSource::WizardCatalogSource(CredentialProvider *credentials, QWidget *promptParent)
    : QObject(promptParent)
    , m_resolveTask(new BackgroundTask(this))
    , m_loadTask(new BackgroundTask(this))
    , m_credentials(credentials ? credentials : new CredentialProvider(this))
    , m_promptParent(promptParent)
{}

WizardCatalogSource::~WizardCatalogSource() = default;

void WizardCatalogSource::fail(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_loading = false;
    m_error = error;
    Q_EMIT finished(false);
}

void WizardCatalogSource::load(const QString &connectionReference)
{
    const quint64 generation = ++m_generation;
    m_reference = connectionReference;
    m_catalog.reset();
    m_error.clear();
    m_loading = true;
    m_loadTask->cancel();
    Q_EMIT loadingStarted();
    m_resolveTask->start(
        [connectionReference] {
            Resolution result;
            result.connection = JobCommands::resolveConnection(connectionReference, &result.error);
            return result;
        },
        [this, generation](const Resolution &resolution) {
            if (!resolution.connection || !m_credentials)
                return fail(generation, resolution.error);
            CredentialRequest request;
            request.profileName = resolution.connection->profileName;
            request.params = resolution.connection->params;
            request.savePassword = resolution.connection->savePassword;
            const engine::ConnectionParams params = resolution.connection->params;
            m_credentials->obtain(
                request, m_promptParent,
                [this, self = QPointer(this), generation, params](std::optional<QString> password) {
                    if (!self || generation != m_generation)
                        return;
                    if (!password)
                        return fail(generation, tr("No password was given."));
                    m_loadTask->start(
                        [params, password = *password] {
                            return CatalogLoader::load(params, password);
                        },
                        [this, generation](const CatalogLoadResult &result) {
                            if (!result.catalog)
                                return fail(generation, result.error);
                            m_catalog = result.catalog;
                            m_loading = false;
                            Q_EMIT finished(true);
                        });
                });
        });
}

} // namespace sluice::gui
