#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ExportOptionsPage;
}

namespace sluice::gui {

// PARALLEL, JOB_NAME, ESTIMATE, ESTIMATE_ONLY, LOGFILE / NOLOGFILE, LOGTIME,
// METRICS and KEEP_MASTER.
class ExportOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportOptionsPage(QWidget *parent = nullptr);
    ~ExportOptionsPage() override;

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;

private:
    std::unique_ptr<Ui::ExportOptionsPage> m_ui;
};

} // namespace sluice::gui
