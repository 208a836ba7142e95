#pragma once

#include "engine/catalog/catalog.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QWidget;

namespace sluice::gui {

class BackgroundTask;
class CredentialProvider;

// The catalog of a wizard's source connection, loaded off the GUI thread: the
// reference is resolved on a worker, the password comes from the
// CredentialProvider (session, keychain or a prompt), and CatalogLoader reads the
// catalog on a worker. A newer load() drops the result of an older one.
class WizardCatalogSource : public QObject
{
    Q_OBJECT

public:
    WizardCatalogSource(CredentialProvider *credentials, QWidget *promptParent);
    ~WizardCatalogSource() override;

    void load(const QString &connectionReference);
    [[nodiscard]] QString reference() const { return m_reference; }
    [[nodiscard]] bool isLoading() const { return m_loading; }
    [[nodiscard]] const std::optional<engine::Catalog> &catalog() const { return m_catalog; }
    [[nodiscard]] QString errorString() const { return m_error; }

Q_SIGNALS:
    void loadingStarted();
    void finished(bool ok);

private:
    void fail(quint64 generation, const QString &error);

    BackgroundTask *m_resolveTask;
    BackgroundTask *m_loadTask;
    QPointer<CredentialProvider> m_credentials;
    QPointer<QWidget> m_promptParent;
    QString m_reference;
    std::optional<engine::Catalog> m_catalog;
    QString m_error;
    quint64 m_generation = 0;
    bool m_loading = false;
};

} // namespace sluice::gui
