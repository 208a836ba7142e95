#include "gui/schema/schemabrowser.h"

#include "gui/common/guiresources.h"

#include "gui/common/backgroundtask.h"
#include "gui/connections/connectiontester.h"
#include "gui/schema/catalogloader.h"
#include "gui/schema/objectdetails.h"
#include "gui/schema/schematreebuilder.h"
#include "gui/sqlviewer/codeview.h"
#include "gui/sqlviewer/sqlhighlighter.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace sluice::gui {

SchemaBrowser::SchemaBrowser(const QString &connectionName, const engine::ConnectionParams &params,
                             const QString &password, QWidget *parent)
    : QWidget(parent)
    , m_connectionName(connectionName)
    , m_params(params)
    , m_password(password)
    , m_loader(new BackgroundTask(this))
    , m_model(new QStandardItemModel(this))
    , m_tree(new QTreeView(this))
    , m_details(new QTextBrowser(this))
    , m_ddl(new CodeView(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
{
    ensureGuiResources();
    setObjectName(QStringLiteral("schemaBrowser"));
    m_tree->setObjectName(QStringLiteral("schemaTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Database objects"));
    m_details->setObjectName(QStringLiteral("detailsView"));
    m_details->setAccessibleName(tr("Object properties"));
    m_ddl->setObjectName(QStringLiteral("ddlView"));
    m_ddl->setAccessibleName(tr("Object DDL"));
    new SqlHighlighter(m_ddl->document());
    m_status->setObjectName(QStringLiteral("schemaStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0); // busy indicator: the reader reports no steps
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();

    auto *toolbar = new QToolBar(this);
    toolbar->setIconSize(QSize(16, 16));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *refreshAction = toolbar->addAction(QIcon(QStringLiteral(":/icons/refresh.svg")),
                                                tr("&Refresh"), this, &SchemaBrowser::refresh);
    refreshAction->setObjectName(QStringLiteral("actionRefreshSchema"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    refreshAction->setToolTip(
        tr("Read the catalog again (%1)")
            .arg(refreshAction->shortcut().toString(QKeySequence::NativeText)));
    auto *header = new QHBoxLayout;
    header->addWidget(toolbar);
    header->addWidget(m_status, 1);
    header->addWidget(m_progress);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->addWidget(m_details);
    right->addWidget(m_ddl);
    right->setStretchFactor(0, 2);
    right->setStretchFactor(1, 3);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_tree);
    split->addWidget(right);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(split, 1);

    connect(m_loader, &BackgroundTask::busyChanged, this, &SchemaBrowser::setLoading);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SchemaBrowser::showSelection);
    refresh();
}

SchemaBrowser::~SchemaBrowser() = default;

bool SchemaBrowser::isLoading() const
{
    return m_loader->isBusy();
}

QString SchemaBrowser::errorText() const
{
    return m_catalog ? QString() : m_status->text();
}

QString SchemaBrowser::detailsText() const
{
    return m_details->toPlainText();
}

QString SchemaBrowser::ddlText() const
{
    return m_ddl->toPlainText();
}

QString SchemaBrowser::placeholder()
{
    return QStringLiteral("<p style=\"color: gray\">%1</p>")
        .arg(tr("Select an object to see its properties and its DDL.").toHtmlEscaped());
}

void SchemaBrowser::refresh()
{
    m_status->setText(tr("Reading the catalog of %1…").arg(m_connectionName));
    m_status->setStyleSheet({});
    const engine::ConnectionParams params = m_params;
    const QString password = m_password;
    m_loader->start([params, password] { return CatalogLoader::load(params, password); },
                    [this](const CatalogLoadResult &result) { showResult(result); });
}

void SchemaBrowser::setLoading(bool loading)
{
    m_progress->setVisible(loading);
}

void SchemaBrowser::showResult(const CatalogLoadResult &result)
{
    m_catalog = result.catalog;
    if (!m_catalog) {
        m_model->clear();
        const QString title = result.openError == engine::OpenError::None
                                  ? tr("Cannot read the catalog")
                                  : ConnectionTester::errorTitle(result.openError);
        m_status->setText(tr("%1: %2").arg(title, result.error));
        m_status->setStyleSheet(QStringLiteral("color: #b00020"));
        m_details->setHtml(placeholder());
        m_ddl->clear();
        Q_EMIT loaded(false, result.error);
        return;
    }
    SchemaTreeBuilder::build(m_model, *m_catalog);
    m_details->setHtml(placeholder());
    m_ddl->clear();
    // Schemas and their folders open; tables stay closed until asked for.
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_tree->expand(m_model->index(row, 0));
    if (m_model->rowCount() > 0)
        m_tree->expand(m_model->index(0, 0, m_model->index(0, 0)));
    qsizetype tables = 0;
    for (const auto &schema : m_catalog->schemas)
        tables += schema.tables.size();
    m_status->setText(tr("%1 %2 — tables: %3")
                          .arg(engine::dialectDisplayName(m_catalog->dialect),
                               m_catalog->serverVersion, QString::number(tables)));
    Q_EMIT loaded(true, {});
}

void SchemaBrowser::showSelection()
{
    if (!m_catalog)
        return;
    const SchemaNodeRef ref =
        SchemaTreeBuilder::refOf(m_model->itemFromIndex(m_tree->currentIndex()));
    if (ref.kind == SchemaNodeKind::Folder) {
        m_details->setHtml(placeholder());
        m_ddl->clear();
        return;
    }
    const ObjectDescription description = ObjectDetails::describe(*m_catalog, ref);
    m_details->setHtml(description.toHtml());
    m_ddl->setPlainText(description.ddl);
}

} // namespace sluice::gui
