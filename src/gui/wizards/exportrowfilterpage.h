#pragma once

#include "engine/params/jobspec.h"

#include <QWizardPage>
#include <memory>

namespace Ui {
class ExportRowFilterPage;
}

class QTableWidget;

namespace sluice::gui {

// QUERY (a WHERE clause per table, or for every table) and SAMPLE (a percentage).
class ExportRowFilterPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ExportRowFilterPage(QWidget *parent = nullptr);
    ~ExportRowFilterPage() override;

    void readSpec(const engine::JobSpec &spec);
    void writeSpec(engine::JobSpec &spec) const;
    [[nodiscard]] QString errorText() const;
    void addQuery(const QString &table, const QString &clause);
    void addSample(const QString &table, double percent);

    [[nodiscard]] bool isComplete() const override;

private:
    // Parses the rows; fills the spec's lists and returns the first error.
    QString collect(QList<engine::QuerySpec> *queries, QList<engine::SampleSpec> *samples) const;
    void edited();

    std::unique_ptr<Ui::ExportRowFilterPage> m_ui;
};

} // namespace sluice::gui
