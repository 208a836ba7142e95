#include "guitestsupport.h"

#include "gui/connections/connectionactions.h"
#include "gui/connectiontreemodel.h"
#include "gui/mainwindow.h"
#include "gui/schema/schemabrowser.h"
#include "gui/schema/schematreebuilder.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/core/sampledatabase.h"

#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTreeView>

using namespace sluice;
using namespace sluice::gui;

class TestSchemaBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void listsTheHrTables();
    void showsDetailsAndDdl();
    void showsTheOpenError();
    void activatingAConnectionOpensATab();

private:
    [[nodiscard]] QStringList tableNames(SchemaBrowser &browser) const;
    QTemporaryDir m_home;
};

void TestSchemaBrowser::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    engine::SampleDatabase sample;
    QVERIFY2(sample.ensureWorkingCopy(), qPrintable(sample.errorString()));
}

void TestSchemaBrowser::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

QStringList TestSchemaBrowser::tableNames(SchemaBrowser &browser) const
{
    QStringList names;
    auto *model = qobject_cast<QStandardItemModel *>(browser.tree()->model());
    for (int s = 0; model && s < model->rowCount(); ++s) {
        const QStandardItem *schema = model->item(s);
        for (int f = 0; f < schema->rowCount(); ++f) {
            const QStandardItem *folder = schema->child(f);
            for (int t = 0; t < folder->rowCount(); ++t) {
                if (SchemaTreeBuilder::refOf(folder->child(t)).kind == SchemaNodeKind::Table)
                    names.append(folder->child(t)->text());
            }
        }
    }
    return names;
}

void TestSchemaBrowser::listsTheHrTables()
{
    engine::ConnectionParams params;
    params.filePath = engine::SampleDatabase::workingCopyPath();
    SchemaBrowser browser(QStringLiteral("hr_sample"), params, {});
    QSignalSpy loaded(&browser, &SchemaBrowser::loaded);
    guitest::EventLoopWatch watch;
    watch.start();
    browser.show();
    QVERIFY(QTest::qWaitForWindowExposed(&browser));
    // Waiting for the window runs the event loop: a small catalog may be in already.
    QVERIFY(browser.isLoading() || loaded.count() > 0);
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    watch.stop();
    QVERIFY2(loaded.first().at(0).toBool(), qPrintable(browser.errorText()));
    QVERIFY(!browser.isLoading());
    const QStringList tables = tableNames(browser);
    for (const char *table :
         {"regions", "countries", "locations", "departments", "jobs", "employees", "job_history"})
        QVERIFY2(tables.contains(QLatin1String(table)), qPrintable(tables.join(u' ')));
    QVERIFY2(watch.longestGapMs() <= guitest::kMaxStallMs,
             qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(watch.longestGapMs())));

    // Refresh reads it again, with the same result.
    loaded.clear();
    browser.refresh();
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QCOMPARE(tableNames(browser), tables);
}

void TestSchemaBrowser::showsDetailsAndDdl()
{
    engine::ConnectionParams params;
    params.filePath = engine::SampleDatabase::workingCopyPath();
    SchemaBrowser browser(QStringLiteral("hr_sample"), params, {});
    QSignalSpy loaded(&browser, &SchemaBrowser::loaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QVERIFY2(loaded.first().at(0).toBool(), qPrintable(browser.errorText()));
    auto *model = qobject_cast<QStandardItemModel *>(browser.tree()->model());
    const QList<QStandardItem *> found =
        model->findItems(QStringLiteral("employees"), Qt::MatchExactly | Qt::MatchRecursive);
    QVERIFY(!found.isEmpty());
    browser.tree()->setCurrentIndex(found.first()->index());
    QVERIFY2(browser.detailsText().contains(QStringLiteral("Table main.employees")),
             qPrintable(browser.detailsText()));
    QVERIFY2(browser.ddlText().contains(QStringLiteral("CREATE TABLE"), Qt::CaseInsensitive),
             qPrintable(browser.ddlText()));

    const QList<QStandardItem *> columns =
        model->findItems(QStringLiteral("salary"), Qt::MatchStartsWith | Qt::MatchRecursive);
    QVERIFY(!columns.isEmpty());
    browser.tree()->setCurrentIndex(columns.first()->index());
    QVERIFY2(browser.detailsText().contains(QStringLiteral("Column salary")),
             qPrintable(browser.detailsText()));
}

void TestSchemaBrowser::showsTheOpenError()
{
    engine::ConnectionParams params;
    params.filePath = m_home.filePath(QStringLiteral("missing.db"));
    SchemaBrowser browser(QStringLiteral("gone"), params, {});
    QSignalSpy loaded(&browser, &SchemaBrowser::loaded);
    QVERIFY(loaded.count() > 0 || loaded.wait(20000));
    QCOMPARE(loaded.first().at(0).toBool(), false);
    QVERIFY2(browser.errorText().startsWith(QStringLiteral("Database file not found")),
             qPrintable(browser.errorText()));
    QVERIFY(!browser.catalog().has_value());
}

void TestSchemaBrowser::activatingAConnectionOpensATab()
{
    MainWindow window;
    QSignalSpy listed(window.connectionModel(), &ConnectionTreeModel::loadFinished);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(listed.count() > 0 || listed.wait(10000));
    auto *view = window.findChild<QTreeView *>(QStringLiteral("connectionsView"));
    const QModelIndex sample =
        window.connectionModel()->indexOfProfile(QStringLiteral("hr_sample"));
    QVERIFY(sample.isValid());
    view->setCurrentIndex(sample);
    // Return activates the item, as a double click does.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_Return);
    QTRY_VERIFY(window.schemaBrowser(QStringLiteral("hr_sample")) != nullptr);
    SchemaBrowser *browser = window.schemaBrowser(QStringLiteral("hr_sample"));
    QTRY_VERIFY_WITH_TIMEOUT(!browser->isLoading(), 20000);
    QVERIFY2(browser->catalog().has_value(), qPrintable(browser->errorText()));
    QVERIFY(tableNames(*browser).contains(QStringLiteral("employees")));
    window.close();
}

QTEST_MAIN(TestSchemaBrowser)
#include "tst_schemabrowser.moc"
