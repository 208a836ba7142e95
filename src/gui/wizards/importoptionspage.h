#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sluice::gui {

class ImportWizardBase;

// TABLE_EXISTS_ACTION (each choice explained in plain words), CONTENT, VERIFY,
// PARALLEL, JOB_NAME, LOGFILE, and "write a SQL file instead" (SQLFILE).
class ImportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ImportOptionsPage(ImportWizardBase *wizard);

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    // Forces SQLFILE (the target page chose "SQL file only").
    void setSqlFileOnly(bool only);
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isComplete() const override;
    void initializePage() override;

    // The plain-language explanation of an action (also the radio buttons' tooltips).
    [[nodiscard]] static QString explanation(engine::TableExistsAction action);

private:
    void updateState();

    ImportWizardBase *m_wizard;
    QButtonGroup *m_actions;
    QLabel *m_actionHelp;
    QComboBox *m_content;
    QComboBox *m_verify;
    QLabel *m_verifyLabel;
    QSpinBox *m_parallel;
    QLineEdit *m_jobName;
    QLineEdit *m_logFile;
    QCheckBox *m_noLog;
    QCheckBox *m_sqlFile;
    QLineEdit *m_sqlFileName;
    bool m_sqlFileOnly = false;
    bool m_actionGiven = false; // TABLE_EXISTS_ACTION written even when it is the default
};

} // namespace sluice::gui
