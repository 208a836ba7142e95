#pragma once

#include "engine/catalog/catalog.h"
#include "engine/catalog/ddlstatement.h"
#include "engine/params/jobspec.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace sluice::gui {

class BackgroundTask;

// For a cross-engine job: every inexact step the catalog's DdlWriter and TypeMapper
// report for the chosen source catalog and target engine (types narrowed, objects
// that cannot exist there), before the job starts. Lossy and unsupported steps are
// highlighted.
class TypeMappingReviewDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TypeMappingReviewDialog(QWidget *parent = nullptr);
    ~TypeMappingReviewDialog() override;

    // Builds the job's DDL on a worker and lists its warnings.
    void review(const engine::Catalog &source, engine::Dialect target, const engine::JobSpec &spec);
    [[nodiscard]] int warningCount() const;
    [[nodiscard]] int lossyCount() const { return m_lossy; }

    // The warnings of the whole script, worst first (blocking; for a worker).
    [[nodiscard]] static QList<engine::DdlWarning>
    collect(const engine::Catalog &source, engine::Dialect target, const engine::JobSpec &spec);
    [[nodiscard]] static QString severityName(engine::DdlWarning::Severity severity);

Q_SIGNALS:
    void reviewed(int warnings);

private:
    void showWarnings(const QList<engine::DdlWarning> &warnings);

    BackgroundTask *m_task;
    QTableWidget *m_table;
    QLabel *m_summary;
    int m_lossy = 0;
};

} // namespace sluice::gui
