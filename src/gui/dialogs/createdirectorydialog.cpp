#include "gui/dialogs/createdirectorydialog.h"

#include "engine/directory/directoryobject.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sluice::gui {

CreateDirectoryDialog::CreateDirectoryDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_folder(new QLineEdit(this))
    , m_replace(new QCheckBox(tr("&Replace an existing directory object of this name"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("CreateDirectoryDialog"));
    setWindowTitle(tr("Create Directory Object"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. EXPORT_DIR"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setMinimumWidth(320);
    m_replace->setObjectName(QStringLiteral("replaceCheck"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &CreateDirectoryDialog::browse);

    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Folder:"), folderRow);
    form->addRow(QString(), m_replace);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &CreateDirectoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void CreateDirectoryDialog::setName(const QString &name, bool replace)
{
    m_name->setText(name);
    m_replace->setChecked(replace);
}

QString CreateDirectoryDialog::name() const
{
    return engine::DirectoryObject::normalizedName(m_name->text().trimmed());
}

QString CreateDirectoryDialog::folder() const
{
    return m_folder->text().trimmed();
}

bool CreateDirectoryDialog::replace() const
{
    return m_replace->isChecked();
}

void CreateDirectoryDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("Folder of the Directory Object"), folder());
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    connect(picker, &QFileDialog::fileSelected, this,
            [this](const QString &chosen) { m_folder->setText(chosen); });
    picker->open();
}

void CreateDirectoryDialog::accept()
{
    QString error = engine::DirectoryObject::nameError(name());
    if (error.isEmpty() && folder().isEmpty())
        error = tr("Choose the folder the directory object stands for.");
    m_error->setText(error);
    if (error.isEmpty())
        QDialog::accept();
}

} // namespace sluice::gui
