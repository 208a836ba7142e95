#include "gui/sqlviewer/sqlfileviewer.h"

#include "gui/common/backgroundtask.h"
#include "gui/sqlviewer/codeview.h"
#include "gui/sqlviewer/findbar.h"
#include "gui/sqlviewer/sqlfilereader.h"
#include "gui/sqlviewer/sqlhighlighter.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QTextBlock>
#include <QTimer>
#include <QVBoxLayout>

namespace sluice::gui {

SqlFileViewer::SqlFileViewer(QWidget *parent)
    : QWidget(parent)
    , m_view(new CodeView(this))
    , m_findBar(new FindBar(m_view, this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_loader(new BackgroundTask(this))
    , m_appendTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("sqlFileViewer"));
    m_view->setObjectName(QStringLiteral("sqlView"));
    m_status->setObjectName(QStringLiteral("sqlViewerStatus"));
    m_progress->setMaximumWidth(200);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_findBar->hide();

    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(4, 0, 4, 2);
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_progress);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(statusRow);

    auto *find = new QAction(tr("Find"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &SqlFileViewer::showFindBar);
    auto *next = new QAction(tr("Find Next"), this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, m_findBar, &FindBar::findNext);
    auto *previous = new QAction(tr("Find Previous"), this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, m_findBar, &FindBar::findPrevious);
    auto *goTo = new QAction(tr("Go to Line…"), this);
    goTo->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    goTo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(goTo, &QAction::triggered, this, &SqlFileViewer::askGoToLine);
    addActions({find, next, previous, goTo});

    // One piece per turn of the event loop: never a long stretch without input.
    m_appendTimer->setInterval(0);
    connect(m_appendTimer, &QTimer::timeout, this, &SqlFileViewer::appendPending);
}

SqlFileViewer::~SqlFileViewer() = default;

void SqlFileViewer::openFile(const QString &path)
{
    m_path = path;
    m_error.clear();
    m_pending.clear();
    m_readerDone = false;
    m_totalBytes = QFileInfo(path).size(); // a stat, not a read: cheap
    m_view->clear();
    delete m_highlighter;
    m_highlighter = nullptr;
    if (m_totalBytes <= kHighlightLimit)
        m_highlighter = new SqlHighlighter(m_view->document());
    m_status->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(path)));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progress->show();
    m_loader->startStreaming<FilePiece>(
        [path](QPromise<FilePiece> &promise) { SqlFileReader::read(promise, path); },
        [this](const QList<FilePiece> &pieces) { receive(pieces); },
        [this] {
            m_readerDone = true;
            if (m_pending.isEmpty())
                finishLoading();
        });
}

bool SqlFileViewer::isLoading() const
{
    return !m_readerDone || !m_pending.isEmpty();
}

bool SqlFileViewer::isHighlighting() const
{
    return m_highlighter != nullptr;
}

void SqlFileViewer::receive(const QList<FilePiece> &pieces)
{
    for (const FilePiece &piece : pieces) {
        if (!piece.error.isEmpty())
            m_error = piece.error;
        else
            m_pending.append(piece.text);
        if (m_totalBytes > 0)
            m_progress->setValue(int(piece.bytesRead * 1000 / m_totalBytes));
    }
    if (!m_pending.isEmpty())
        m_appendTimer->start();
}

void SqlFileViewer::appendPending()
{
    if (m_pending.isEmpty()) {
        m_appendTimer->stop();
        if (m_readerDone)
            finishLoading();
        return;
    }
    QTextCursor cursor(m_view->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(m_pending.takeFirst());
    if (m_pending.isEmpty()) {
        m_appendTimer->stop();
        if (m_readerDone)
            finishLoading();
    }
}

void SqlFileViewer::finishLoading()
{
    m_progress->hide();
    const bool ok = m_error.isEmpty();
    if (ok) {
        QString text =
            tr("%1 — lines: %2").arg(QDir::toNativeSeparators(m_path)).arg(m_view->blockCount());
        if (!m_highlighter)
            text += tr(" (large file: highlighting is off)");
        m_status->setText(text);
        m_view->moveCursor(QTextCursor::Start);
    } else {
        m_status->setText(m_error);
    }
    Q_EMIT loaded(ok, m_error);
}

void SqlFileViewer::showFindBar()
{
    m_findBar->activate();
}

bool SqlFileViewer::goToLine(int line)
{
    return m_view->goToLine(line);
}

void SqlFileViewer::askGoToLine()
{
    auto *input = new QInputDialog(this);
    input->setObjectName(QStringLiteral("goToLineDialog"));
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Go to Line"));
    input->setLabelText(tr("&Line (1 – %1):").arg(m_view->blockCount()));
    input->setInputMode(QInputDialog::IntInput);
    input->setIntRange(1, m_view->blockCount());
    input->setIntValue(m_view->currentLine());
    connect(input, &QInputDialog::intValueSelected, this, &SqlFileViewer::goToLine);
    input->open();
}

} // namespace sluice::gui
