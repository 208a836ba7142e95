#pragma once

#include "engine/job/jobcredentials.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QWidget;

namespace sluice::gui {

class BackgroundTask;
class CredentialProvider;

// Gathers the passwords a job's host needs, without blocking the GUI: the
// connection reference is resolved on a worker (it reads the profiles), then the
// CredentialProvider answers from this session, the keychain or a prompt.
class JobCredentialCollector : public QObject
{
    Q_OBJECT

public:
    // done(credentials, error): nullopt with an empty error when the user cancelled.
    using Done = std::function<void(std::optional<engine::JobCredentials>, const QString &error)>;

    // provider may be null: a private one is made (environment, keychain, prompt).
    JobCredentialCollector(CredentialProvider *provider, QWidget *promptParent);
    ~JobCredentialCollector() override;

    void collect(const QString &connectionReference, const QString &encryptionPassword, Done done);

private:
    BackgroundTask *m_task;
    QPointer<CredentialProvider> m_provider;
    QPointer<QWidget> m_promptParent;
};

} // namespace sluice::gui
