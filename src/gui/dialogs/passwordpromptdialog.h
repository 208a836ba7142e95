#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sluice::gui {

// A small prompt for a connection's password, shown with open() (window-modal,
// no nested event loop) when no password is stored anywhere.
class PasswordPromptDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PasswordPromptDialog(QWidget *parent = nullptr);

    void setTarget(const QString &connectionName);
    [[nodiscard]] QString password() const;

private:
    QLabel *m_label = nullptr;
    QLineEdit *m_password = nullptr;
};

} // namespace sluice::gui
