#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace sluice::gui {

class ParfileSaver;
class ImportWizardBase;

// The last page of the import and schema copy wizards: the equivalent parfile
// (Copy, Save as Parfile, Save as a Named Job), the verdict of JobSpecValidator and
// of the engine (what this build cannot import is named, with the command that
// runs the job in a terminal), then Run.
class ImportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportSummaryPage(ImportWizardBase *wizard);
    ~ImportSummaryPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    void setLaunchState(bool launching, const QString &error);
    void refresh();

    [[nodiscard]] QString parfileText() const;
    [[nodiscard]] QString validationText() const;
    [[nodiscard]] QString commandText() const;

Q_SIGNALS:
    void parfileSaved(bool ok, const QString &message);

private:
    void showMessage(const QString &text, bool error);
    void chooseFile();
    void saveParfile(const QString &path);

    ImportWizardBase *m_wizard;
    ParfileSaver *m_saver;
    QPlainTextEdit *m_parfile;
    QPlainTextEdit *m_command;
    QLabel *m_validation;
    QPushButton *m_showCommand;
    QString m_error;
    bool m_launching = false;
};

} // namespace sluice::gui
