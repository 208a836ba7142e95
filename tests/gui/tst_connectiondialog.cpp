#include "guitestsupport.h"

#include "gui/connections/connectionactions.h"
#include "gui/connections/credentialprovider.h"
#include "gui/connectiontreemodel.h"
#include "gui/dialogs/connectiondialog.h"
#include "gui/mainwindow.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/core/sampledatabase.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace sluice;
using namespace sluice::gui;

class TestConnectionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void addsAProfileThroughTheDialog();
    void refusesAnInvalidProfile();
    void testConnection_data();
    void testConnection();
    void closingDuringATestIsSafe();
    void saysWhenTheKeychainIsUnavailable();

private:
    QTemporaryDir m_home;
};

void TestConnectionDialog::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
    engine::ConnectionProfileStore store;
    QVERIFY(store.load());
    QVERIFY2(store.ensureSampleProfile(), qPrintable(store.errorString()));
}

void TestConnectionDialog::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

void TestConnectionDialog::addsAProfileThroughTheDialog()
{
    MainWindow window;
    QSignalSpy loaded(window.connectionModel(), &ConnectionTreeModel::loadFinished);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(loaded.count() > 0 || loaded.wait(10000));

    window.connectionActions()->newAction()->trigger();
    auto *dialog = guitest::findTopLevel<ConnectionDialog>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *engineCombo = dialog->findChild<QComboBox *>(QStringLiteral("engineCombo"));
    QVERIFY(engineCombo);
    QCOMPARE(engineCombo->currentText(), QStringLiteral("SQLite"));
    const QString file = m_home.filePath(QStringLiteral("mine.db"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("my_local"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit")), file);
    auto *url = dialog->findChild<QLabel *>(QStringLiteral("urlLabel"));
    QVERIFY2(url->text().startsWith(QStringLiteral("sqlite:")), qPrintable(url->text()));
    QVERIFY(url->text().contains(QStringLiteral("mine.db")));

    loaded.clear();
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(guitest::findTopLevel<ConnectionDialog>() == nullptr);

    // Saved on a worker, then the tree reloads.
    QTRY_VERIFY_WITH_TIMEOUT(
        window.connectionModel()->indexOfProfile(QStringLiteral("my_local")).isValid(), 10000);
    const QModelIndex index = window.connectionModel()->indexOfProfile(QStringLiteral("my_local"));
    QCOMPARE(index.parent().data().toString(), QStringLiteral("SQLite"));

    QFile json(engine::ConnectionProfileStore::defaultFilePath());
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QJsonArray profiles = QJsonDocument::fromJson(json.readAll())[u"profiles"].toArray();
    bool found = false;
    for (const auto &profile : profiles) {
        if (profile[u"name"].toString() == u"my_local") {
            found = true;
            QVERIFY(profile[u"url"].toString().endsWith(QStringLiteral("mine.db")));
        }
    }
    QVERIFY2(found, "my_local is not in connections.json");
    window.close();
}

void TestConnectionDialog::refusesAnInvalidProfile()
{
    CredentialProvider credentials;
    ConnectionDialog dialog(ConnectionDialog::Mode::Add, &credentials);
    dialog.setExistingNames({QStringLiteral("hr_sample")});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("HR_SAMPLE"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit")),
                     QStringLiteral("/tmp/x.db"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // a duplicate name is refused (case-insensitive)
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().contains(u"exists"));
    dialog.reject();
}

void TestConnectionDialog::testConnection_data()
{
    QTest::addColumn<bool>("sample");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hr_sample") << true << true << QStringLiteral("Connected to: SQLite 3");
    QTest::newRow("missing file") << false << false << QStringLiteral("Database file not found");
}

void TestConnectionDialog::testConnection()
{
    QFETCH(bool, sample);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    CredentialProvider credentials;
    ConnectionDialog dialog(ConnectionDialog::Mode::Add, &credentials);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString file = sample ? engine::SampleDatabase::workingCopyPath()
                                : m_home.filePath(QStringLiteral("no/such/file.db"));
    QTest::keyClicks(dialog.findChild<QLineEdit *>(QStringLiteral("fileEdit")), file);

    QSignalSpy finished(&dialog, &ConnectionDialog::testFinished);
    guitest::EventLoopWatch watch;
    watch.start();
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    // The click returns at once: the test runs on a worker thread.
    QVERIFY(dialog.isTesting());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->isEnabled());
    QVERIFY(finished.count() > 0 || finished.wait(15000));
    watch.stop();
    QCOMPARE(finished.first().at(0).toBool(), ok);
    const QString shown = dialog.findChild<QLabel *>(QStringLiteral("testStatusLabel"))->text();
    QVERIFY2(shown.startsWith(expected), qPrintable(shown));
    QVERIFY2(watch.longestGapMs() <= guitest::kMaxStallMs,
             qPrintable(QStringLiteral("the event loop stalled %1 ms").arg(watch.longestGapMs())));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("testButton"))->isEnabled());
    dialog.reject();
}

void TestConnectionDialog::closingDuringATestIsSafe()
{
    CredentialProvider credentials;
    auto *dialog = new ConnectionDialog(ConnectionDialog::Mode::Add, &credentials);
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit")),
                     engine::SampleDatabase::workingCopyPath());
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("testButton")),
                      Qt::LeftButton);
    QVERIFY(dialog->isTesting());
    dialog->reject();
    delete dialog; // the worker finishes on its own; its result goes nowhere
    QTest::qWait(300);
}

void TestConnectionDialog::saysWhenTheKeychainIsUnavailable()
{
    CredentialProvider credentials;
    ConnectionDialog dialog(ConnectionDialog::Mode::Add, &credentials);
    QSignalSpy checked(&dialog, &ConnectionDialog::keychainChecked);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *engineCombo = dialog.findChild<QComboBox *>(QStringLiteral("engineCombo"));
    engineCombo->setCurrentIndex(engineCombo->findText(QStringLiteral("PostgreSQL")));
    QVERIFY(checked.count() > 0 || checked.wait(5000));
    QCOMPARE(checked.first().at(0).toBool(), false); // SLUICE_NO_KEYCHAIN=1
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("keychainLabel"));
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(u"this session only"), qPrintable(label->text()));
    QVERIFY(!dialog.findChild<QCheckBox *>(QStringLiteral("savePasswordCheck"))->isEnabled());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("urlLabel"))->isVisible(), true);
    dialog.reject();
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
