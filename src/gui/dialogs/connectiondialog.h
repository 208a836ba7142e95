#pragma once

#include "engine/connection/connectionprofile.h"

#include <QDialog>
#include <QMap>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

namespace sluice::gui {

class BackgroundTask;
class CredentialProvider;
struct ConnectionTestResult;

// Adds or edits one connection profile: engine, server or SQLite file, password
// (saved in the system keychain when wanted and possible), a live URL preview and
// an asynchronous connection test. The dialog only edits values; the caller saves
// the profile and the password after accept().
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Add, Edit };

    ConnectionDialog(Mode mode, CredentialProvider *credentials, QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    // Fills the form (Edit, or Add for a duplicate).
    void setProfile(const engine::ConnectionProfile &profile);
    // Names that a new profile may not take (case-insensitive).
    void setExistingNames(const QStringList &names);

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] QString originalName() const { return m_originalName; }
    [[nodiscard]] engine::ConnectionProfile profile() const;
    [[nodiscard]] engine::ConnectionParams params() const;
    // The password typed into the form; empty when none was typed.
    [[nodiscard]] QString password() const;
    [[nodiscard]] bool isTesting() const;

public Q_SLOTS:
    void testConnection();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok, const QString &message);
    void keychainChecked(bool available);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setUpEngines();
    void alignLabels();
    void updatePage();
    void updateUrl();
    void browseFile();
    void checkKeychain();
    void runTest(const engine::ConnectionParams &params, const QString &password);
    void showTestResult(const ConnectionTestResult &result);
    void showTestMessage(bool ok, const QString &message);
    void setTesting(bool testing);
    [[nodiscard]] QString validationError() const;

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    CredentialProvider *m_credentials;
    BackgroundTask *m_test;
    Mode m_mode;
    QString m_originalName;
    QStringList m_existingNames;
    QMap<QString, QString> m_otherOptions; // URL options the form does not show, kept as they were
    bool m_keychainChecked = false;
    bool m_waitingForPassword = false;
};

} // namespace sluice::gui
