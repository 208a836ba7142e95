#pragma once

#include <QWizardPage>
#include <memory>

namespace Ui {
class ExportSummaryPage;
}

namespace sluice::gui {

class ParfileSaver;
class ExportWizard;

// The job as a parfile (ParfileWriter), with Copy and Save as Parfile, and the
// verdict of JobSpecValidator: Run (Finish) stays disabled while the job is invalid.
class ExportSummaryPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportSummaryPage(ExportWizard *wizard);
    ~ExportSummaryPage() override;

    [[nodiscard]] QString parfileText() const;
    [[nodiscard]] QString validationText() const;
    // Saves the parfile on a worker; savedParfile(ok, message) reports.
    void saveParfile(const QString &path);
    void setLaunchState(bool launching, const QString &error);
    // Shows "Save to Saved Job" for the saved job the wizard was opened from.
    void setSavedJobName(const QString &name);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

Q_SIGNALS:
    void parfileSaved(bool ok, const QString &message);

private:
    void refresh();
    void copyParfile();
    void chooseFile();

    std::unique_ptr<Ui::ExportSummaryPage> m_ui;
    ExportWizard *m_wizard;
    ParfileSaver *m_saver;
    QString m_error; // why Run is disabled; empty when the job is valid
    bool m_launching = false;
};

} // namespace sluice::gui
