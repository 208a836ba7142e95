#include "gui/connectiontreemodel.h"
#include "gui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QWizard>

using namespace sluice::gui;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsTheSampleConnection();
    void hasTheMenus();
    void aboutBoxShowsTheVersion();
    void startPageLinksOpenTheWizards_data();
    void startPageLinksOpenTheWizards();

private:
    QTemporaryDir m_home;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    qputenv("SLUICE_HOME", m_home.path().toUtf8());
}

void TestMainWindow::cleanup()
{
    // Every window and dialog a test opened must be gone (tst_qwizard's check).
    const auto widgets = QApplication::topLevelWidgets();
    for (QWidget *w : widgets) {
        if (w->isVisible())
            QFAIL(qPrintable(QStringLiteral("left open: ") + w->objectName()));
    }
}

void TestMainWindow::listsTheSampleConnection()
{
    MainWindow window;
    // Loading starts in the constructor and ends on a worker thread; the result
    // arrives through the event loop, never before the constructor returns.
    QSignalSpy loaded(window.connectionModel(), &ConnectionTreeModel::loadFinished);
    QCOMPARE(window.connectionModel()->profileCount(), 0);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));
    QVERIFY2(loaded.first().at(0).toBool(), qPrintable(loaded.first().at(1).toString()));

    auto *view = window.findChild<QTreeView *>(QStringLiteral("connectionsView"));
    QVERIFY(view);
    const QModelIndex sample =
        window.connectionModel()->indexOfProfile(QStringLiteral("hr_sample"));
    QVERIFY(sample.isValid());
    QCOMPARE(sample.parent().data().toString(), QStringLiteral("SQLite"));
    QVERIFY(sample.data(ConnectionTreeModel::UrlRole).toString().startsWith(u"sqlite:"));
    QVERIFY(view->isExpanded(sample.parent()));
    QVERIFY(window.findChild<QDockWidget *>(QStringLiteral("connectionsDock"))->isVisible());
    window.close();
}

void TestMainWindow::hasTheMenus()
{
    MainWindow window;
    QStringList titles;
    const auto actions = window.menuBar()->actions();
    for (const QAction *action : actions)
        titles << action->text();
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Connection"),
                                  QStringLiteral("&Tools"), QStringLiteral("&View"),
                                  QStringLiteral("&Help")}));
}

void TestMainWindow::aboutBoxShowsTheVersion()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString shownText;
    // The about box is modal: read and close it from the event loop it runs.
    QTimer::singleShot(0, &window, [&shownText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shownText = box->text();
        box->accept();
    });
    auto *about = window.findChild<QAction *>(QStringLiteral("actionAbout"));
    QVERIFY(about);
    about->trigger();
    QVERIFY2(shownText.contains(QStringLiteral("Sluice 0.")), qPrintable(shownText));
    window.close();
}

void TestMainWindow::startPageLinksOpenTheWizards_data()
{
    QTest::addColumn<QString>("link");
    QTest::addColumn<QString>("wizardClass");
    QTest::newRow("export") << QStringLiteral("sluice:export")
                            << QStringLiteral("sluice::gui::ExportWizard");
    QTest::newRow("import") << QStringLiteral("sluice:import")
                            << QStringLiteral("sluice::gui::ImportWizard");
    QTest::newRow("copy") << QStringLiteral("sluice:copy")
                          << QStringLiteral("sluice::gui::SchemaCopyWizard");
}

void TestMainWindow::startPageLinksOpenTheWizards()
{
    QFETCH(QString, link);
    QFETCH(QString, wizardClass);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *welcome = window.findChild<QLabel *>(QStringLiteral("welcomeLabel"));
    QVERIFY(welcome);
    QVERIFY(welcome->text().contains(u"href=\"" + link + u'"'));
    Q_EMIT welcome->linkActivated(link);
    QWizard *opened = nullptr;
    QTRY_VERIFY([&] {
        const auto widgets = QApplication::topLevelWidgets();
        for (QWidget *w : widgets) {
            auto *wizard = qobject_cast<QWizard *>(w);
            if (wizard && wizard->isVisible() &&
                QLatin1String(wizard->metaObject()->className()) == wizardClass)
                opened = wizard;
        }
        return opened != nullptr;
    }());
    opened->close();
    window.close();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
