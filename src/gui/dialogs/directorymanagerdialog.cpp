#include "gui/dialogs/directorymanagerdialog.h"

#include "gui/common/guiresources.h"

#include "gui/dialogs/createdirectorydialog.h"
#include "gui/directories/directorycontroller.h"
#include "ui_directorymanagerdialog.h"

#include <QDesktopServices>
#include <QDir>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>

namespace sluice::gui {

namespace {

enum DirectoryColumn { NameColumn, FolderColumn, StateColumn };

std::optional<DirectoryEntry> entryNamed(const QList<DirectoryEntry> &entries, const QString &name)
{
    for (const auto &entry : entries) {
        if (entry.object.name == name)
            return entry;
    }
    return std::nullopt;
}

} // namespace

DirectoryManagerDialog::DirectoryManagerDialog(const QStringList &profileNames, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::DirectoryManagerDialog>())
    , m_controller(new DirectoryController(this))
{
    ensureGuiResources();
    m_ui->setupUi(this);
    m_ui->directoriesTable->setColumnCount(3);
    m_ui->directoriesTable->setHorizontalHeaderLabels({tr("Name"), tr("Folder"), tr("State")});
    m_ui->directoriesTable->horizontalHeader()->setSectionResizeMode(FolderColumn,
                                                                     QHeaderView::Stretch);
    m_ui->directoriesTable->horizontalHeader()->setStretchLastSection(false);
    m_ui->grantsTable->setColumnCount(2);
    m_ui->grantsTable->setHorizontalHeaderLabels({tr("Grantee"), tr("Privileges")});
    m_ui->granteeCombo->addItem(QString::fromUtf16(engine::DirectoryObject::kPublic));
    m_ui->granteeCombo->addItems(profileNames);
    m_ui->splitter->setStretchFactor(0, 3);
    m_ui->splitter->setStretchFactor(1, 2);

    connect(m_ui->createButton, &QPushButton::clicked, this,
            &DirectoryManagerDialog::createDirectory);
    connect(m_ui->dropButton, &QPushButton::clicked, this, &DirectoryManagerDialog::dropSelected);
    connect(m_ui->openFolderButton, &QPushButton::clicked, this,
            &DirectoryManagerDialog::openSelectedFolder);
    connect(m_ui->grantButton, &QPushButton::clicked, this, &DirectoryManagerDialog::grantSelected);
    connect(m_ui->revokeButton, &QPushButton::clicked, this,
            &DirectoryManagerDialog::revokeSelected);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->directoriesTable, &QTableWidget::itemSelectionChanged, this, [this] {
        showGrants();
        updateButtons();
    });
    connect(m_ui->grantsTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = m_ui->grantsTable->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            m_ui->granteeCombo->setCurrentText(rows.first().data().toString());
    });
    connect(m_controller, &DirectoryController::busyChanged, this,
            &DirectoryManagerDialog::updateButtons);
    connect(m_controller, &DirectoryController::finished, this,
            [this](bool ok, const QString &message) {
                showEntries();
                showStatus(ok, message);
            });
    showStatus(true, tr("Loading…"));
    m_controller->reload();
    updateButtons();
}

DirectoryManagerDialog::~DirectoryManagerDialog() = default;

QString DirectoryManagerDialog::selectedDirectory() const
{
    const auto rows = m_ui->directoriesTable->selectionModel()->selectedRows(NameColumn);
    return rows.isEmpty() ? QString() : rows.first().data(Qt::UserRole).toString();
}

void DirectoryManagerDialog::selectDirectory(const QString &name)
{
    const QString wanted = engine::DirectoryObject::normalizedName(name);
    for (int row = 0; row < m_ui->directoriesTable->rowCount(); ++row) {
        if (m_ui->directoriesTable->item(row, NameColumn)->data(Qt::UserRole).toString() ==
            wanted) {
            m_ui->directoriesTable->selectRow(row);
            return;
        }
    }
}

void DirectoryManagerDialog::showEntries()
{
    const QString keep = m_wanted.isEmpty() ? selectedDirectory() : m_wanted;
    m_wanted.clear();
    const QList<DirectoryEntry> entries = m_controller->entries();
    QTableWidget *table = m_ui->directoriesTable;
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const DirectoryEntry &entry = entries.at(row);
        auto *name = new QTableWidgetItem(entry.object.name);
        name->setData(Qt::UserRole, entry.object.name);
        if (entry.object.isDefault()) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setIcon(QIcon(QStringLiteral(":/icons/lock.svg")));
            name->setToolTip(tr("The default directory object: it cannot be dropped, only "
                                "pointed at another folder."));
        } else {
            name->setIcon(QIcon(QStringLiteral(":/icons/folder.svg")));
        }
        table->setItem(row, NameColumn, name);
        table->setItem(row, FolderColumn,
                       new QTableWidgetItem(QDir::toNativeSeparators(entry.object.path)));
        table->setItem(row, StateColumn,
                       new QTableWidgetItem(entry.folderExists ? tr("exists")
                                                               : tr("missing (created on use)")));
    }
    table->resizeColumnToContents(NameColumn);
    table->resizeColumnToContents(StateColumn);
    selectDirectory(keep.isEmpty() && !entries.isEmpty() ? entries.first().object.name : keep);
    showGrants();
    updateButtons();
}

void DirectoryManagerDialog::showGrants()
{
    const auto entry = entryNamed(m_controller->entries(), selectedDirectory());
    QTableWidget *table = m_ui->grantsTable;
    table->setRowCount(0);
    m_ui->grantsGroup->setTitle(entry ? tr("Privileges on %1").arg(entry->object.name)
                                      : tr("Privileges"));
    if (!entry)
        return;
    for (auto it = entry->object.grants.cbegin(); it != entry->object.grants.cend(); ++it) {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(it.key()));
        table->setItem(row, 1,
                       new QTableWidgetItem(engine::DirectoryObject::formatPrivileges(it.value())));
    }
}

void DirectoryManagerDialog::updateButtons()
{
    const bool idle = !m_controller->isBusy();
    const auto entry = entryNamed(m_controller->entries(), selectedDirectory());
    m_ui->createButton->setEnabled(idle);
    const bool protectedEntry = entry && entry->object.isDefault();
    m_ui->dropButton->setEnabled(idle && entry && !protectedEntry);
    m_ui->dropButton->setToolTip(protectedEntry
                                     ? tr("DATA_PUMP_DIR cannot be dropped; use Create… with "
                                          "\"Replace\" to point it at another folder.")
                                     : QString());
    m_ui->openFolderButton->setEnabled(entry && entry->folderExists);
    m_ui->grantButton->setEnabled(idle && entry);
    m_ui->revokeButton->setEnabled(idle && entry);
}

void DirectoryManagerDialog::showStatus(bool ok, const QString &message)
{
    m_ui->statusLabel->setText(message);
    m_ui->statusLabel->setStyleSheet(ok ? QString() : QStringLiteral("color: #b00020"));
}

void DirectoryManagerDialog::createDirectory()
{
    auto *dialog = new CreateDirectoryDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_wanted = dialog->name();
        showStatus(true, tr("Creating %1…").arg(dialog->name()));
        m_controller->create(dialog->name(), dialog->folder(), dialog->replace());
    });
    dialog->open();
}

void DirectoryManagerDialog::dropSelected()
{
    const QString name = selectedDirectory();
    if (name.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Drop Directory Object"),
                                tr("Drop the directory object %1? The folder and its files are "
                                   "kept.")
                                    .arg(name),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("confirmDropBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    connect(box, &QMessageBox::finished, this, [this, box, name] {
        if (box->result() == QMessageBox::Yes)
            m_controller->drop(name);
    });
    box->open();
}

void DirectoryManagerDialog::grantSelected()
{
    engine::DirectoryPrivileges privileges;
    if (m_ui->readCheck->isChecked())
        privileges |= engine::DirectoryPrivilege::Read;
    if (m_ui->writeCheck->isChecked())
        privileges |= engine::DirectoryPrivilege::Write;
    m_controller->grant(privileges, selectedDirectory(),
                        m_ui->granteeCombo->currentText().trimmed());
}

void DirectoryManagerDialog::revokeSelected()
{
    engine::DirectoryPrivileges privileges;
    if (m_ui->readCheck->isChecked())
        privileges |= engine::DirectoryPrivilege::Read;
    if (m_ui->writeCheck->isChecked())
        privileges |= engine::DirectoryPrivilege::Write;
    m_controller->revoke(privileges, selectedDirectory(),
                         m_ui->granteeCombo->currentText().trimmed());
}

void DirectoryManagerDialog::openSelectedFolder()
{
    const auto entry = entryNamed(m_controller->entries(), selectedDirectory());
    if (entry)
        QDesktopServices::openUrl(QUrl::fromLocalFile(entry->object.path));
}

} // namespace sluice::gui
