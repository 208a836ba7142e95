#include "gui/dialogs/opensqlfiledialog.h"

#include "gui/common/backgroundtask.h"
#include "gui/directories/directorycontroller.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::gui {

namespace {

// Runs on a worker: the .sql files of a folder, by name.
QStringList sqlFilesIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.sql"), QStringLiteral("*.SQL")},
                                  QDir::Files | QDir::Readable, QDir::Name | QDir::IgnoreCase);
}

} // namespace

OpenSqlFileDialog::OpenSqlFileDialog(QWidget *parent)
    : QDialog(parent)
    , m_directories(new DirectoryController(this))
    , m_lister(new BackgroundTask(this))
    , m_directoryCombo(new QComboBox(this))
    , m_folderLabel(new QLabel(this))
    , m_files(new QListWidget(this))
{
    setObjectName(QStringLiteral("OpenSqlFileDialog"));
    setWindowTitle(tr("Open SQL File"));
    resize(520, 400);
    m_directoryCombo->setObjectName(QStringLiteral("directoryCombo"));
    m_files->setObjectName(QStringLiteral("fileList"));
    m_files->setAccessibleName(tr("SQL files"));
    m_folderLabel->setWordWrap(true);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_openButton = buttons->button(QDialogButtonBox::Open);
    m_openButton->setEnabled(false);
    QPushButton *other = buttons->addButton(tr("&Other File…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFileButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &OpenSqlFileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, &OpenSqlFileDialog::browse);

    auto *form = new QFormLayout;
    form->addRow(tr("&Directory object:"), m_directoryCombo);
    form->addRow(tr("Folder:"), m_folderLabel);
    auto *filesLabel = new QLabel(tr("SQL &files:"), this);
    filesLabel->setBuddy(m_files);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(filesLabel);
    layout->addWidget(m_files, 1);
    layout->addWidget(buttons);

    connect(m_directories, &DirectoryController::finished, this,
            &OpenSqlFileDialog::showDirectories);
    connect(m_directoryCombo, &QComboBox::currentIndexChanged, this, &OpenSqlFileDialog::listFiles);
    connect(m_files, &QListWidget::currentRowChanged, this,
            [this](int row) { m_openButton->setEnabled(row >= 0); });
    connect(m_files, &QListWidget::itemActivated, this, &OpenSqlFileDialog::accept);
    m_directories->reload();
}

QString OpenSqlFileDialog::currentFolder() const
{
    return m_directoryCombo->currentData().toString();
}

void OpenSqlFileDialog::selectDirectoryObject(const QString &name)
{
    const int index = m_directoryCombo->findText(name.toUpper());
    if (index >= 0)
        m_directoryCombo->setCurrentIndex(index);
    else
        m_wanted = name.toUpper();
}

void OpenSqlFileDialog::showDirectories()
{
    const QString keep = m_wanted.isEmpty() ? m_directoryCombo->currentText() : m_wanted;
    m_wanted.clear();
    m_directoryCombo->clear();
    const auto entries = m_directories->entries();
    for (const DirectoryEntry &entry : entries)
        m_directoryCombo->addItem(entry.object.name, entry.object.path);
    const int index = m_directoryCombo->findText(keep);
    if (index >= 0)
        m_directoryCombo->setCurrentIndex(index);
}

void OpenSqlFileDialog::listFiles()
{
    const QString folder = currentFolder();
    m_folderLabel->setText(QDir::toNativeSeparators(folder));
    m_files->clear();
    m_openButton->setEnabled(false);
    if (folder.isEmpty())
        return;
    m_lister->start([folder] { return sqlFilesIn(folder); },
                    [this](const QStringList &files) {
                        m_files->addItems(files);
                        if (files.isEmpty()) {
                            auto *none = new QListWidgetItem(tr("(no .sql files here)"), m_files);
                            none->setFlags(Qt::NoItemFlags);
                        } else {
                            m_files->setCurrentRow(0);
                        }
                        Q_EMIT filesListed(int(files.size()));
                    });
}

void OpenSqlFileDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Open SQL File"), currentFolder(),
                                   tr("SQL files (*.sql);;All files (*)"));
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::ExistingFile);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &file) {
        m_selected = file;
        QDialog::accept();
    });
    picker->open();
}

void OpenSqlFileDialog::accept()
{
    const QListWidgetItem *item = m_files->currentItem();
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    m_selected = QDir(currentFolder()).filePath(item->text());
    QDialog::accept();
}

} // namespace sluice::gui
