#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QTimer;

namespace sluice::gui {

class BackgroundTask;
class CodeView;
class FindBar;
class SqlHighlighter;
struct FilePiece;

// A read-only SQL file: line numbers, highlighting, Ctrl+F search and go to line.
// The file is read on a worker thread in pieces and shown as it arrives; the view
// appends one piece per event-loop turn so input and painting go on meanwhile.
class SqlFileViewer : public QWidget
{
    Q_OBJECT

public:
    // Above this size highlighting is off: it would cost more than it helps.
    static constexpr qint64 kHighlightLimit = 16 * 1024 * 1024;

    explicit SqlFileViewer(QWidget *parent = nullptr);
    ~SqlFileViewer() override;

    void openFile(const QString &path);
    [[nodiscard]] QString filePath() const { return m_path; }
    [[nodiscard]] bool isLoading() const;
    [[nodiscard]] bool isHighlighting() const;
    [[nodiscard]] CodeView *view() const { return m_view; }
    [[nodiscard]] FindBar *findBar() const { return m_findBar; }

public Q_SLOTS:
    void showFindBar();
    bool goToLine(int line);
    // Asks for a line number in a small window-modal input box.
    void askGoToLine();

Q_SIGNALS:
    // The whole file is shown (ok), or reading failed (error says why).
    void loaded(bool ok, const QString &error);

private:
    void receive(const QList<FilePiece> &pieces);
    void appendPending();
    void finishLoading();

    CodeView *m_view;
    FindBar *m_findBar;
    SqlHighlighter *m_highlighter = nullptr;
    QLabel *m_status;
    QProgressBar *m_progress;
    BackgroundTask *m_loader;
    QTimer *m_appendTimer;
    QStringList m_pending; // pieces read but not shown yet
    QString m_path;
    QString m_error;
    qint64 m_totalBytes = 0;
    bool m_readerDone = false;
};

} // namespace sluice::gui
