#include "gui/dialogs/passwordpromptdialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sluice::gui {

PasswordPromptDialog::PasswordPromptDialog(QWidget *parent)
    : QDialog(parent)
    , m_label(new QLabel(this))
    , m_password(new QLineEdit(this))
{
    setObjectName(QStringLiteral("PasswordPromptDialog"));
    setWindowTitle(tr("Password"));
    m_label->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setMinimumWidth(260);
    auto *note = new QLabel(tr("The password is kept in memory until Sluice closes."), this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

void PasswordPromptDialog::setTarget(const QString &connectionName)
{
    m_label->setText(tr("Enter the password for <b>%1</b>.").arg(connectionName.toHtmlEscaped()));
}

QString PasswordPromptDialog::password() const
{
    return m_password->text();
}

} // namespace sluice::gui
