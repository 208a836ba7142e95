#pragma once

#include "engine/connection/connectionparams.h"

#include <QList>
#include <QObject>

class QAction;
class QMenu;
class QPoint;
class QTreeView;
class QWidget;

namespace sluice::gui {

class ConnectionDialog;
class ConnectionTreeModel;
class CredentialProvider;
class ProfileStoreController;

// What the connection tree can do: new, edit, duplicate, remove and open a
// profile. Owns the actions (for menus, the dock's toolbar and the context menu)
// and the dialogs; the profile store is changed on worker threads.
class ConnectionActions : public QObject
{
    Q_OBJECT

public:
    ConnectionActions(QTreeView *view, ConnectionTreeModel *model, CredentialProvider *credentials,
                      QWidget *window);

    [[nodiscard]] QList<QAction *> actions() const;
    [[nodiscard]] QAction *newAction() const { return m_new; }
    [[nodiscard]] QAction *openAction() const { return m_open; }
    [[nodiscard]] ProfileStoreController *store() const { return m_store; }
    // The profile selected in the tree, or empty.
    [[nodiscard]] QString selectedProfile() const;

public Q_SLOTS:
    void addConnection();
    void editSelected();
    void duplicateSelected();
    void removeSelected();
    void openSelected();
    // Finds the password (session, keychain, prompt), then emits openRequested().
    void openProfile(const QString &profileName);

Q_SIGNALS:
    void openRequested(const QString &profileName, const engine::ConnectionParams &params,
                       const QString &password);
    void statusMessage(const QString &message);

private:
    void showContextMenu(const QPoint &position);
    void updateActions();
    void saveFromDialog(ConnectionDialog *dialog);
    QAction *makeAction(const QString &objectName, const QString &text, const QString &icon);

    QTreeView *m_view;
    ConnectionTreeModel *m_model;
    CredentialProvider *m_credentials;
    QWidget *m_window;
    ProfileStoreController *m_store;
    QString m_selectAfterReload;
    QAction *m_new;
    QAction *m_edit;
    QAction *m_duplicate;
    QAction *m_remove;
    QAction *m_open;
};

} // namespace sluice::gui
