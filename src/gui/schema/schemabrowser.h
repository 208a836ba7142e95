#pragma once

#include "engine/catalog/catalog.h"
#include "engine/connection/connectionparams.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QStandardItemModel;
class QTextBrowser;
class QTreeView;

namespace sluice::gui {

class BackgroundTask;
struct CatalogLoadResult;

// One open connection's catalog: a tree of schemas and their objects on the left,
// the selected object's properties and DDL on the right. The catalog is read on a
// worker thread with that thread's own connection; Refresh reads it again.
class SchemaBrowser : public QWidget
{
    Q_OBJECT

public:
    SchemaBrowser(const QString &connectionName, const engine::ConnectionParams &params,
                  const QString &password, QWidget *parent = nullptr);
    ~SchemaBrowser() override;

    [[nodiscard]] QString connectionName() const { return m_connectionName; }
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] const std::optional<engine::Catalog> &catalog() const { return m_catalog; }
    [[nodiscard]] QTreeView *tree() const { return m_tree; }
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] QString detailsText() const;
    [[nodiscard]] QString ddlText() const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void loaded(bool ok, const QString &error);

private:
    void showResult(const CatalogLoadResult &result);
    void showSelection();
    void setLoading(bool loading);
    [[nodiscard]] static QString placeholder();

    QString m_connectionName;
    engine::ConnectionParams m_params;
    QString m_password; // this session only; never written anywhere
    BackgroundTask *m_loader;
    std::optional<engine::Catalog> m_catalog;
    QStandardItemModel *m_model;
    QTreeView *m_tree;
    QTextBrowser *m_details;
    QPlainTextEdit *m_ddl;
    QLabel *m_status;
    QProgressBar *m_progress;
};

} // namespace sluice::gui
