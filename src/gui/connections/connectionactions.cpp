#include "gui/connections/connectionactions.h"

#include "gui/common/guiresources.h"

#include "gui/connections/credentialprovider.h"
#include "gui/connections/profilestorecontroller.h"
#include "gui/connectiontreemodel.h"
#include "gui/dialogs/connectiondialog.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QTreeView>

namespace sluice::gui {

ConnectionActions::ConnectionActions(QTreeView *view, ConnectionTreeModel *model,
                                     CredentialProvider *credentials, QWidget *window)
    : QObject(window)
    , m_view(view)
    , m_model(model)
    , m_credentials(credentials)
    , m_window(window)
    , m_store(new ProfileStoreController(this))
{
    ensureGuiResources();
    m_new = makeAction(QStringLiteral("actionNewConnection"), tr("&New Connection…"),
                       QStringLiteral("add"));
    m_new->setShortcut(QKeySequence::New);
    m_edit = makeAction(QStringLiteral("actionEditConnection"), tr("&Edit Connection…"),
                        QStringLiteral("edit"));
    m_duplicate = makeAction(QStringLiteral("actionDuplicateConnection"),
                             tr("&Duplicate Connection"), QStringLiteral("duplicate"));
    m_remove = makeAction(QStringLiteral("actionRemoveConnection"), tr("&Remove Connection…"),
                          QStringLiteral("remove"));
    m_open = makeAction(QStringLiteral("actionOpenConnection"), tr("&Browse Schema"),
                        QStringLiteral("database"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    connect(m_new, &QAction::triggered, this, &ConnectionActions::addConnection);
    connect(m_edit, &QAction::triggered, this, &ConnectionActions::editSelected);
    connect(m_duplicate, &QAction::triggered, this, &ConnectionActions::duplicateSelected);
    connect(m_remove, &QAction::triggered, this, &ConnectionActions::removeSelected);
    connect(m_open, &QAction::triggered, this, &ConnectionActions::openSelected);

    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this,
            &ConnectionActions::showContextMenu);
    connect(m_view, &QAbstractItemView::activated, this, &ConnectionActions::openSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConnectionActions::updateActions);
    connect(m_model, &ConnectionTreeModel::loadFinished, this, [this] {
        if (!m_selectAfterReload.isEmpty())
            m_view->setCurrentIndex(m_model->indexOfProfile(m_selectAfterReload));
        m_selectAfterReload.clear();
        updateActions();
    });
    connect(m_store, &ProfileStoreController::finished, this,
            [this](bool ok, const QString &message, const QString &profileName) {
                Q_EMIT statusMessage(message);
                if (ok)
                    m_selectAfterReload = profileName;
                m_model->reload();
            });
    updateActions();
}

QAction *ConnectionActions::makeAction(const QString &objectName, const QString &text,
                                       const QString &icon)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/") + icon + u".svg"), text, this);
    action->setObjectName(objectName);
    return action;
}

QList<QAction *> ConnectionActions::actions() const
{
    return {m_new, m_edit, m_duplicate, m_remove, m_open};
}

QString ConnectionActions::selectedProfile() const
{
    return m_view->currentIndex().data(ConnectionTreeModel::ProfileNameRole).toString();
}

void ConnectionActions::updateActions()
{
    const bool selected = !selectedProfile().isEmpty();
    for (QAction *action : {m_edit, m_duplicate, m_remove, m_open})
        action->setEnabled(selected);
}

void ConnectionActions::showContextMenu(const QPoint &position)
{
    QMenu menu(m_view);
    if (m_view->indexAt(position).data(ConnectionTreeModel::ProfileNameRole).isValid()) {
        menu.addAction(m_open);
        menu.addSeparator();
        menu.addAction(m_edit);
        menu.addAction(m_duplicate);
        menu.addAction(m_remove);
        menu.addSeparator();
    }
    menu.addAction(m_new);
    menu.exec(m_view->viewport()->mapToGlobal(position));
}

void ConnectionActions::addConnection()
{
    auto *dialog = new ConnectionDialog(ConnectionDialog::Mode::Add, m_credentials, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QStringList names;
    for (int group = 0; group < m_model->rowCount(); ++group) {
        for (int row = 0; row < m_model->item(group)->rowCount(); ++row)
            names.append(m_model->item(group)->child(row)->text());
    }
    dialog->setExistingNames(names);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
}

void ConnectionActions::editSelected()
{
    const auto entry = m_model->entry(selectedProfile());
    if (!entry)
        return;
    auto *dialog = new ConnectionDialog(ConnectionDialog::Mode::Edit, m_credentials, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfile(
        {entry->name, *engine::ConnectionParams::fromUrl(entry->url), entry->savePassword});
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveFromDialog(dialog); });
    dialog->open();
}

void ConnectionActions::saveFromDialog(ConnectionDialog *dialog)
{
    const engine::ConnectionProfile profile = dialog->profile();
    const QString password = dialog->password();
    if (dialog->mode() == ConnectionDialog::Mode::Edit) {
        const auto before = m_model->entry(dialog->originalName());
        if (before && before->savePassword && !profile.savePassword)
            m_credentials->forgetPassword(profile.name);
    }
    if (!password.isEmpty()) {
        if (profile.savePassword)
            m_credentials->savePassword(
                profile.name, password,
                [this](bool, const QString &message) { Q_EMIT statusMessage(message); });
        else
            m_credentials->rememberForSession(profile.name, password);
    }
    m_store->save(profile, dialog->originalName());
}

void ConnectionActions::duplicateSelected()
{
    const QString name = selectedProfile();
    if (!name.isEmpty())
        m_store->duplicate(name);
}

void ConnectionActions::removeSelected()
{
    const auto entry = m_model->entry(selectedProfile());
    if (!entry)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Remove Connection"),
                                tr("Remove the connection %1? Its saved password is removed "
                                   "from the keychain too; the database is not touched.")
                                    .arg(entry->name),
                                QMessageBox::Yes | QMessageBox::No, m_window);
    box->setObjectName(QStringLiteral("confirmRemoveBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    const auto removed = *entry;
    connect(box, &QMessageBox::finished, this, [this, box, removed] {
        if (box->result() != QMessageBox::Yes)
            return;
        if (removed.savePassword)
            m_credentials->forgetPassword(removed.name);
        else
            m_credentials->forgetForSession(removed.name);
        m_store->remove(removed.name);
    });
    box->open();
}

void ConnectionActions::openSelected()
{
    const QString name = selectedProfile();
    if (!name.isEmpty())
        openProfile(name);
}

void ConnectionActions::openProfile(const QString &profileName)
{
    const auto entry = m_model->entry(profileName);
    if (!entry)
        return;
    const auto params = engine::ConnectionParams::fromUrl(entry->url);
    if (!params)
        return;
    Q_EMIT statusMessage(tr("Opening %1…").arg(entry->name));
    QPointer<ConnectionActions> self = this;
    const QString name = entry->name;
    const engine::ConnectionParams connection = *params;
    m_credentials->obtain({name, connection, entry->savePassword}, m_window,
                          [self, name, connection](std::optional<QString> password) {
                              if (!self)
                                  return;
                              if (!password) {
                                  Q_EMIT self->statusMessage(
                                      tr("Opening %1 was cancelled.").arg(name));
                                  return;
                              }
                              Q_EMIT self->openRequested(name, connection, *password);
                          });
}

} // namespace sluice::gui
