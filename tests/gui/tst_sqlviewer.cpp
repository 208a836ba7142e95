#include "guitestsupport.h"

#include "gui/dialogs/opensqlfiledialog.h"
#include "gui/mainwindow.h"
#include "gui/sqlviewer/codeview.h"
#include "gui/sqlviewer/findbar.h"
#include "gui/sqlviewer/sqlfileviewer.h"
#include "gui/sqlviewer/sqlhighlighter.h"

#include "engine/core/apppaths.h"

#include <QAction>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBlock>
#include <QTextLayout>
#include <QToolButton>

using namespace sluice;
using namespace sluice::gui;

namespace {

const char kSample[] = "-- HR export\n"
                       "CREATE TABLE employees (\n"
                       "  id INTEGER PRIMARY KEY,\n"
                       "  \"last name\" TEXT DEFAULT 'n/a',\n"
                       "  salary NUMERIC(8,2) DEFAULT 1.5e3\n"
                       ");\n"
                       "/* a comment\n"
                       "   on two lines */\n"
                       "INSERT INTO employees VALUES (1, 'King', 24000);\n"
                       "insert into employees values (2, 'Kochhar', 17000);\n";

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// The format the highlighter gave to the character at column of line (1-based).
QTextCharFormat formatAt(CodeView *view, int line, int column)
{
    const QTextBlock block = view->document()->findBlockByNumber(line - 1);
    const auto formats = block.layout()->formats();
    for (const QTextLayout::FormatRange &range : formats) {
        if (column >= range.start && column < range.start + range.length)
            return range.format;
    }
    return {};
}

} // namespace

class TestSqlViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void highlights_data();
    void highlights();
    void findsText();
    void goesToALine();
    void opensFromADirectoryObject();
    void staysResponsiveOnALargeFile();
    void reportsAMissingFile();

private:
    QTemporaryDir m_home;
    QString m_sample;
};

void TestSqlViewer::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    m_sample = m_home.filePath(QStringLiteral("hr.sql"));
    QVERIFY(writeFile(m_sample, QByteArray(kSample)));
}

void TestSqlViewer::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestSqlViewer::highlights_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("token"); // -1: not highlighted
    using T = SqlHighlighter::Token;
    QTest::newRow("line comment") << 1 << 3 << int(T::Comment);
    QTest::newRow("keyword") << 2 << 0 << int(T::Keyword);
    QTest::newRow("plain name") << 2 << 13 << -1;
    QTest::newRow("quoted identifier") << 4 << 3 << int(T::QuotedIdentifier);
    QTest::newRow("string") << 4 << 28 << int(T::String);
    QTest::newRow("number with exponent") << 5 << 34 << int(T::Number);
    QTest::newRow("block comment, second line") << 8 << 5 << int(T::Comment);
    QTest::newRow("lower-case keyword") << 10 << 0 << int(T::Keyword);
    QTest::newRow("number") << 10 << 30 << int(T::Number);
}

void TestSqlViewer::highlights()
{
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, token);
    SqlFileViewer viewer;
    QSignalSpy loaded(&viewer, &SqlFileViewer::loaded);
    viewer.openFile(m_sample);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QVERIFY(loaded.first().at(0).toBool());
    QCOMPARE(viewer.view()->blockCount(), 11);
    QVERIFY(viewer.view()->isReadOnly());
    QVERIFY(viewer.isHighlighting());
    SqlHighlighter reference(nullptr);
    const QTextCharFormat shown = formatAt(viewer.view(), line, column);
    if (token < 0)
        QVERIFY(!shown.hasProperty(QTextFormat::ForegroundBrush));
    else
        QCOMPARE(shown.foreground().color(),
                 reference.format(SqlHighlighter::Token(token)).foreground().color());
}

void TestSqlViewer::findsText()
{
    SqlFileViewer viewer;
    QSignalSpy loaded(&viewer, &SqlFileViewer::loaded);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.openFile(m_sample);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));

    QTest::keyClick(viewer.view(), Qt::Key_F, Qt::ControlModifier);
    FindBar *bar = viewer.findBar();
    QVERIFY(bar->isVisible());
    auto *edit = bar->findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit->hasFocus());
    QTest::keyClicks(edit, QStringLiteral("employees"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(viewer.view()->textCursor().selectedText(), QStringLiteral("employees"));
    QCOMPARE(viewer.view()->currentLine(), 2);
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("findNextButton")),
                      Qt::LeftButton);
    QCOMPARE(viewer.view()->currentLine(), 9);
    QTest::mouseClick(bar->findChild<QToolButton *>(QStringLiteral("findPreviousButton")),
                      Qt::LeftButton);
    QCOMPARE(viewer.view()->currentLine(), 2);

    // Highlight all, then match case.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("INSERT"));
    bar->findChild<QCheckBox *>(QStringLiteral("highlightAllCheck"))->setChecked(true);
    QCOMPARE(bar->highlightCount(), 2);
    bar->findChild<QCheckBox *>(QStringLiteral("matchCaseCheck"))->setChecked(true);
    QCOMPARE(bar->highlightCount(), 1);
    QVERIFY(bar->findNext());
    QCOMPARE(viewer.view()->currentLine(), 9);
    QVERIFY(bar->findNext()); // wraps around to the same, only match
    QCOMPARE(viewer.view()->currentLine(), 9);

    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("no such text"));
    QVERIFY(!bar->findNext());
    QTest::keyClick(edit, Qt::Key_Escape);
    QVERIFY(!bar->isVisible());
    viewer.close();
}

void TestSqlViewer::goesToALine()
{
    SqlFileViewer viewer;
    QSignalSpy loaded(&viewer, &SqlFileViewer::loaded);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    viewer.openFile(m_sample);
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QVERIFY(viewer.goToLine(5));
    QCOMPARE(viewer.view()->currentLine(), 5);
    QVERIFY(!viewer.goToLine(500));

    // Through Ctrl+G and its input box.
    QTest::keyClick(viewer.view(), Qt::Key_G, Qt::ControlModifier);
    auto *input = viewer.findChild<QInputDialog *>(QStringLiteral("goToLineDialog"));
    QVERIFY(input);
    QTRY_VERIFY(input->isVisible());
    input->setIntValue(9);
    input->accept();
    QCOMPARE(viewer.view()->currentLine(), 9);
    QVERIFY(viewer.view()->textCursor().block().text().startsWith(QStringLiteral("INSERT")));
    viewer.close();
}

void TestSqlViewer::opensFromADirectoryObject()
{
    const QString folder = engine::AppPaths::defaultDumpDir();
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(writeFile(QDir(folder).filePath(QStringLiteral("expdat.sql")), QByteArray(kSample)));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>(QStringLiteral("actionOpenSqlFile"))->trigger();
    auto *dialog = guitest::findTopLevel<OpenSqlFileDialog>();
    QVERIFY(dialog);
    QSignalSpy listed(dialog, &OpenSqlFileDialog::filesListed);
    QVERIFY(listed.count() > 0 || listed.wait(10000));
    QCOMPARE(listed.last().at(0).toInt(), 1);
    QCOMPARE(QDir(dialog->currentFolder()), QDir(folder));
    auto *files = dialog->findChild<QListWidget *>(QStringLiteral("fileList"));
    QCOMPARE(files->currentItem()->text(), QStringLiteral("expdat.sql"));
    QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Open),
                      Qt::LeftButton);
    SqlFileViewer *viewer = nullptr;
    QTRY_VERIFY((viewer = window.findChild<SqlFileViewer *>()) != nullptr);
    QTRY_VERIFY(!viewer->isLoading());
    QVERIFY(viewer->filePath().endsWith(QStringLiteral("expdat.sql")));
    QCOMPARE(viewer->view()->blockCount(), 11);
    window.close();
}

// A file of many pieces is shown while it loads, without stalling the GUI thread.
void TestSqlViewer::staysResponsiveOnALargeFile()
{
    const QString path = m_home.filePath(QStringLiteral("large.sql"));
    QByteArray data;
    const QByteArray line =
        "INSERT INTO employees VALUES (100, 'Steven', 'King', 'SKING', 24000.00); -- row\n";
    while (data.size() < 24 * 1024 * 1024)
        data += line;
    QVERIFY(writeFile(path, data));

    SqlFileViewer viewer;
    QSignalSpy loaded(&viewer, &SqlFileViewer::loaded);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    guitest::EventLoopWatch watch;
    watch.start();
    viewer.openFile(path);
    QVERIFY(viewer.isLoading());
    QVERIFY(loaded.count() > 0 || loaded.wait(120000));
    watch.stop();
    QVERIFY(loaded.first().at(0).toBool());
    QCOMPARE(viewer.view()->blockCount(), int(data.size() / line.size()) + 1);
    QVERIFY(!viewer.isHighlighting()); // above the highlighting limit
    qInfo("longest stall while loading %lld MB: %lld ms", qint64(data.size() >> 20),
          watch.longestGapMs());
    QVERIFY2(watch.longestGapMs() <= 100,
             qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(watch.longestGapMs())));
    viewer.close();
}

void TestSqlViewer::reportsAMissingFile()
{
    SqlFileViewer viewer;
    QSignalSpy loaded(&viewer, &SqlFileViewer::loaded);
    viewer.openFile(m_home.filePath(QStringLiteral("nope.sql")));
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QCOMPARE(loaded.first().at(0).toBool(), false);
    QVERIFY(loaded.first().at(1).toString().contains(QStringLiteral("nope.sql")));
}

QTEST_MAIN(TestSqlViewer)
#include "tst_sqlviewer.moc"
