#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace sluice::gui {

// Asks for a new directory object: a name and a folder (typed or picked).
class CreateDirectoryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CreateDirectoryDialog(QWidget *parent = nullptr);

    // Pre-fills the name (to point an existing object, e.g. DATA_PUMP_DIR, elsewhere).
    void setName(const QString &name, bool replace);
    [[nodiscard]] QString name() const;
    [[nodiscard]] QString folder() const;
    [[nodiscard]] bool replace() const;

public Q_SLOTS:
    void accept() override;

private:
    void browse();

    QLineEdit *m_name;
    QLineEdit *m_folder;
    QCheckBox *m_replace;
    QLabel *m_error;
};

} // namespace sluice::gui
