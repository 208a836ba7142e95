#include "guitestsupport.h"

#include "gui/dialogs/createdirectorydialog.h"
#include "gui/dialogs/directorymanagerdialog.h"
#include "gui/directories/directorycontroller.h"

#include "engine/directory/directoryobjectstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>

using namespace sluice;
using namespace sluice::gui;

class TestDirectoryManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void createGrantRevokeAndDrop();
    void protectsDataPumpDir();

private:
    [[nodiscard]] static std::optional<engine::DirectoryObject> stored(const QString &name);
    QTemporaryDir m_home;
};

void TestDirectoryManager::initTestCase()
{
    QVERIFY(guitest::setUpHome(m_home));
}

void TestDirectoryManager::cleanup()
{
    const QString open = guitest::visibleTopLevelWidgets();
    QVERIFY2(open.isEmpty(), qPrintable(QStringLiteral("left open: ") + open));
}

std::optional<engine::DirectoryObject> TestDirectoryManager::stored(const QString &name)
{
    engine::DirectoryObjectStore store;
    if (!store.load())
        return std::nullopt;
    return store.find(name);
}

void TestDirectoryManager::createGrantRevokeAndDrop()
{
    DirectoryManagerDialog manager({QStringLiteral("hr_sample")});
    QSignalSpy finished(manager.controller(), &DirectoryController::finished);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    QVERIFY(finished.count() > 0 || finished.wait(10000)); // the first list
    auto *table = manager.findChild<QTableWidget *>(QStringLiteral("directoriesTable"));
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("DATA_PUMP_DIR"));

    // Create
    QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("createButton")),
                      Qt::LeftButton);
    auto *create = guitest::findTopLevel<CreateDirectoryDialog>();
    QVERIFY(create);
    const QString folder = m_home.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(folder));
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("exp_dir"));
    QTest::keyClicks(create->findChild<QLineEdit *>(QStringLiteral("folderEdit")), folder);
    finished.clear();
    QTest::mouseClick(create->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                      Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(manager.selectedDirectory(), QStringLiteral("EXP_DIR"));
    QVERIFY(stored(QStringLiteral("EXP_DIR")).has_value());
    QVERIFY(manager.findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isEnabled());

    // Grant READ, WRITE to hr_sample
    auto *grantee = manager.findChild<QComboBox *>(QStringLiteral("granteeCombo"));
    grantee->setCurrentText(QStringLiteral("hr_sample"));
    manager.findChild<QCheckBox *>(QStringLiteral("readCheck"))->setChecked(true);
    manager.findChild<QCheckBox *>(QStringLiteral("writeCheck"))->setChecked(true);
    finished.clear();
    QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("grantButton")),
                      Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    auto grants = manager.findChild<QTableWidget *>(QStringLiteral("grantsTable"));
    QCOMPARE(grants->rowCount(), 1);
    QCOMPARE(grants->item(0, 0)->text(), QStringLiteral("hr_sample"));
    QCOMPARE(grants->item(0, 1)->text(), QStringLiteral("READ,WRITE"));
    QCOMPARE(stored(QStringLiteral("EXP_DIR"))->privilegesFor(QStringLiteral("hr_sample")),
             engine::DirectoryPrivileges(engine::DirectoryPrivilege::Read |
                                         engine::DirectoryPrivilege::Write));

    // Revoke WRITE
    manager.findChild<QCheckBox *>(QStringLiteral("readCheck"))->setChecked(false);
    finished.clear();
    QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("revokeButton")),
                      Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QCOMPARE(grants->item(0, 1)->text(), QStringLiteral("READ"));

    // Drop, after confirming
    QTest::mouseClick(manager.findChild<QPushButton *>(QStringLiteral("dropButton")),
                      Qt::LeftButton);
    auto *confirm = guitest::findTopLevel<QMessageBox>(QStringLiteral("confirmDropBox"));
    QVERIFY(confirm);
    finished.clear();
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!stored(QStringLiteral("EXP_DIR")).has_value());
    QVERIFY(QFileInfo(folder).isDir()); // the folder itself stays
    manager.close();
}

void TestDirectoryManager::protectsDataPumpDir()
{
    DirectoryManagerDialog manager({});
    QSignalSpy finished(manager.controller(), &DirectoryController::finished);
    manager.show();
    QVERIFY(QTest::qWaitForWindowExposed(&manager));
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    manager.selectDirectory(QStringLiteral("DATA_PUMP_DIR"));
    QCOMPARE(manager.selectedDirectory(), QStringLiteral("DATA_PUMP_DIR"));
    auto *drop = manager.findChild<QPushButton *>(QStringLiteral("dropButton"));
    QVERIFY(!drop->isEnabled());
    QVERIFY(drop->toolTip().contains(QStringLiteral("cannot be dropped")));
    // Even asked directly, the engine refuses and the manager says why.
    finished.clear();
    manager.controller()->drop(QStringLiteral("DATA_PUMP_DIR"));
    QVERIFY(finished.count() > 0 || finished.wait(10000));
    QCOMPARE(finished.first().at(0).toBool(), false);
    QVERIFY(stored(QStringLiteral("DATA_PUMP_DIR")).has_value());
    manager.close();
}

QTEST_MAIN(TestDirectoryManager)
#include "tst_directorymanager.moc"
