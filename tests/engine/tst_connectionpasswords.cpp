// The PasswordSource chain: environment, keychain (a fake), prompt, and the
// error of an unattended run. Needs no real keychain.
#include "engine/connection/passwordsource.h"
#include "engine/connection/qtkeychainbackend.h"

#include <QHash>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

namespace {

// Answers asynchronously, like a real keychain, from an in-memory table.
class FakeKeychain final : public KeychainBackend
{
public:
    QHash<QString, QString> entries;
    std::optional<KeychainResult::Status> forcedStatus; // Unavailable, Failed
    bool silent = false;                                // never answers
    QStringList calls;

    void readPassword(const QString &key, QObject *context, Callback done) override
    {
        calls << u"read "_s + key;
        KeychainResult result;
        if (forcedStatus) {
            result.status = *forcedStatus;
            result.errorString = u"no secret service"_s;
        } else if (entries.contains(key)) {
            result.status = KeychainResult::Status::Ok;
            result.password = entries.value(key);
        } else {
            result.status = KeychainResult::Status::NotFound;
        }
        answer(context, std::move(done), result);
    }
    void writePassword(const QString &key, const QString &password, QObject *context,
                       Callback done) override
    {
        calls << u"write "_s + key;
        KeychainResult result{forcedStatus.value_or(KeychainResult::Status::Ok), {}, {}};
        if (result.status == KeychainResult::Status::Ok)
            entries.insert(key, password);
        else
            result.errorString = u"no secret service"_s;
        answer(context, std::move(done), result);
    }
    void deletePassword(const QString &key, QObject *context, Callback done) override
    {
        calls << u"delete "_s + key;
        const bool had = entries.remove(key) > 0;
        answer(context, std::move(done),
               {had ? KeychainResult::Status::Ok : KeychainResult::Status::NotFound, {}, {}});
    }

private:
    void answer(QObject *context, Callback done, const KeychainResult &result)
    {
        if (silent)
            return;
        QTimer::singleShot(0, context, [done = std::move(done), result] { done(result); });
    }
};

ConnectionParams pgParams()
{
    return *ConnectionParams::fromUrl(u"postgresql://hr@db:5432/hr"_s);
}

} // namespace

class TestConnectionPasswords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void variableNames_data();
    void variableNames();
    void chain_data();
    void chain();
    void keychainTimeout();
    void keychainDisabledByVariable();
    void asyncNeverPrompts_data();
    void asyncNeverPrompts();
    void storeAndForget();
    void storeUnavailable();
};

void TestConnectionPasswords::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestConnectionPasswords::init()
{
    qunsetenv("SLUICE_PASSWORD");
    qunsetenv("SLUICE_PASSWORD_PROD");
    qunsetenv("SLUICE_NO_KEYCHAIN");
}

void TestConnectionPasswords::variableNames_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("variable");
    QTest::newRow("simple") << u"prod"_s << u"SLUICE_PASSWORD_PROD"_s;
    QTest::newRow("mixed case") << u"HrSample"_s << u"SLUICE_PASSWORD_HRSAMPLE"_s;
    QTest::newRow("punctuation") << u"prod.db-1_a"_s << u"SLUICE_PASSWORD_PROD_DB_1_A"_s;
}

void TestConnectionPasswords::variableNames()
{
    QFETCH(QString, profile);
    QFETCH(QString, variable);
    QCOMPARE(PasswordSource::environmentVariableFor(profile), variable);
}

void TestConnectionPasswords::chain_data()
{
    QTest::addColumn<bool>("sqlite");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<bool>("useKeychain");
    QTest::addColumn<QString>("envProfile"); // "-" = unset
    QTest::addColumn<QString>("envGeneric");
    QTest::addColumn<QString>("saved");      // in the fake keychain under "prod"; "-" = none
    QTest::addColumn<int>("keychainStatus"); // -1 = answers from entries
    QTest::addColumn<bool>("interactive");
    QTest::addColumn<QString>("typed"); // "-" = end of input
    QTest::addColumn<int>("origin");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("calls"); // keychain calls, joined by ';'
    QTest::addColumn<bool>("prompted");
    QTest::addColumn<QString>("error"); // fragment, or empty when ok

    const QString none = u"-"_s;
    const int fromEntries = -1;
    const int unavailable = int(KeychainResult::Status::Unavailable);
    const int failed = int(KeychainResult::Status::Failed);
    QTest::newRow("sqlite needs none")
        << true << u"prod"_s << true << u"a"_s << u"b"_s << u"c"_s << fromEntries << true << u"d"_s
        << int(PasswordOrigin::NotNeeded) << QString() << QString() << false << QString();
    QTest::newRow("profile variable first")
        << false << u"prod"_s << true << u"p1"_s << u"g1"_s << u"k1"_s << fromEntries << true
        << u"t"_s << int(PasswordOrigin::ProfileEnvironment) << u"p1"_s << QString() << false
        << QString();
    QTest::newRow("generic variable before keychain")
        << false << u"prod"_s << true << none << u"g1"_s << u"k1"_s << fromEntries << true << u"t"_s
        << int(PasswordOrigin::Environment) << u"g1"_s << QString() << false << QString();
    QTest::newRow("empty variable is an empty password")
        << false << u"prod"_s << true << QString() << u"g1"_s << u"k1"_s << fromEntries << false
        << none << int(PasswordOrigin::ProfileEnvironment) << QString() << QString() << false
        << QString();
    QTest::newRow("url uses generic only")
        << false << QString() << false << u"p1"_s << u"g1"_s << none << fromEntries << false << none
        << int(PasswordOrigin::Environment) << u"g1"_s << QString() << false << QString();
    QTest::newRow("keychain") << false << u"Prod"_s << true << none << none << u"k1"_s
                              << fromEntries << true << u"t"_s << int(PasswordOrigin::Keychain)
                              << u"k1"_s << u"read prod"_s << false << QString();
    QTest::newRow("keychain not used without savePassword")
        << false << u"prod"_s << false << none << none << u"k1"_s << fromEntries << true << u"t"_s
        << int(PasswordOrigin::Prompt) << u"t"_s << QString() << true << QString();
    QTest::newRow("keychain empty then prompt")
        << false << u"prod"_s << true << none << none << none << fromEntries << true << u"t"_s
        << int(PasswordOrigin::Prompt) << u"t"_s << u"read prod"_s << true << QString();
    QTest::newRow("keychain unavailable then prompt")
        << false << u"prod"_s << true << none << none << u"k1"_s << unavailable << true << u"t"_s
        << int(PasswordOrigin::Prompt) << u"t"_s << u"read prod"_s << true << QString();
    QTest::newRow("unattended profile")
        << false << u"prod"_s << false << none << none << none << fromEntries << false << none
        << int(PasswordOrigin::None) << QString() << QString() << false
        << u"Set SLUICE_PASSWORD_PROD (or SLUICE_PASSWORD) for unattended runs, or save it in "
           "the keychain with \"sluice-cli connection add prod <url> --save-password\"."_s;
    QTest::newRow("unattended url")
        << false << QString() << false << none << none << none << fromEntries << false << none
        << int(PasswordOrigin::None) << QString() << QString() << false
        << u"No password for postgresql://hr@db:5432/hr: standard input is not a terminal, so "
           "Sluice cannot ask for it. Set SLUICE_PASSWORD for unattended runs."_s;
    QTest::newRow("unattended keychain unavailable")
        << false << u"prod"_s << true << none << none << none << unavailable << false << none
        << int(PasswordOrigin::None) << QString() << u"read prod"_s << false
        << u"The OS keychain is not available (no secret service)."_s;
    QTest::newRow("unattended keychain failed")
        << false << u"prod"_s << true << none << none << none << failed << false << none
        << int(PasswordOrigin::None) << QString() << u"read prod"_s << false
        << u"could not read the password for the profile \"prod\""_s;
    QTest::newRow("unattended keychain empty")
        << false << u"prod"_s << true << none << none << none << fromEntries << false << none
        << int(PasswordOrigin::None) << QString() << u"read prod"_s << false
        << u"No password is saved in the keychain for the profile \"prod\"."_s;
    QTest::newRow("prompt end of input")
        << false << u"prod"_s << false << none << none << none << fromEntries << true << none
        << int(PasswordOrigin::None) << QString() << QString() << true
        << u"No password was entered for hr@prod."_s;
}

void TestConnectionPasswords::chain()
{
    QFETCH(bool, sqlite);
    QFETCH(QString, profile);
    QFETCH(bool, useKeychain);
    QFETCH(QString, envProfile);
    QFETCH(QString, envGeneric);
    QFETCH(QString, saved);
    QFETCH(int, keychainStatus);
    QFETCH(bool, interactive);
    QFETCH(QString, typed);
    QFETCH(int, origin);
    QFETCH(QString, password);
    QFETCH(QString, calls);
    QFETCH(bool, prompted);
    QFETCH(QString, error);

    if (envProfile != u"-")
        qputenv("SLUICE_PASSWORD_PROD", envProfile.toUtf8());
    if (envGeneric != u"-")
        qputenv("SLUICE_PASSWORD", envGeneric.toUtf8());
    auto fake = std::make_unique<FakeKeychain>();
    FakeKeychain *keychain = fake.get();
    if (saved != u"-")
        keychain->entries.insert(u"prod"_s, saved);
    if (keychainStatus >= 0)
        keychain->forcedStatus = KeychainResult::Status(keychainStatus);
    PasswordSource source(std::move(fake));
    source.setInteractive(interactive);
    bool askedUser = false;
    source.setPrompter([&](const QString &prompt) -> std::optional<QString> {
        askedUser = true;
        if (!prompt.startsWith(u"Password for "_s))
            return u"wrong prompt"_s;
        return typed == u"-" ? std::nullopt : std::optional<QString>(typed);
    });

    PasswordRequest request;
    request.params = sqlite ? *ConnectionParams::fromUrl(u"sqlite::memory:"_s) : pgParams();
    request.profileName = profile;
    request.useKeychain = useKeychain;
    if (!profile.isEmpty())
        request.displayName = u"hr@"_s + profile;
    const PasswordResult result = source.obtain(request);

    QCOMPARE(int(result.origin), origin);
    QCOMPARE(result.ok, error.isEmpty());
    QCOMPARE(result.password, password);
    QCOMPARE(keychain->calls.join(u';'), calls);
    QCOMPARE(askedUser, prompted);
    if (!error.isEmpty())
        QVERIFY2(result.errorString.contains(error), qPrintable(result.errorString));
    QVERIFY(!result.needsPrompt);
}

void TestConnectionPasswords::keychainTimeout()
{
    auto fake = std::make_unique<FakeKeychain>();
    fake->silent = true;
    PasswordSource source(std::move(fake));
    source.setInteractive(false);
    source.setKeychainTimeout(100);
    PasswordRequest request{pgParams(), u"prod"_s, true, {}};
    const PasswordResult result = source.obtain(request);
    QVERIFY(!result.ok);
    QVERIFY2(result.keychainProblem.contains(u"not available (no answer within"_s),
             qPrintable(result.keychainProblem));
    QVERIFY(result.errorString.contains(u"SLUICE_PASSWORD_PROD"_s));
}

void TestConnectionPasswords::keychainDisabledByVariable()
{
    qputenv("SLUICE_NO_KEYCHAIN", "1");
    auto fake = std::make_unique<FakeKeychain>();
    fake->entries.insert(u"prod"_s, u"k"_s);
    FakeKeychain *keychain = fake.get();
    PasswordSource source(std::move(fake));
    source.setInteractive(false);
    const PasswordResult result = source.obtain({pgParams(), u"prod"_s, true, {}});
    QVERIFY(!result.ok);
    QVERIFY(keychain->calls.isEmpty());
}

void TestConnectionPasswords::asyncNeverPrompts_data()
{
    QTest::addColumn<QString>("saved");
    QTest::addColumn<QString>("generic");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("needsPrompt");
    QTest::newRow("keychain") << u"k"_s << QString() << true << u"k"_s << false;
    QTest::newRow("environment") << u"k"_s << u"g"_s << true << u"g"_s << false;
    QTest::newRow("nothing") << QString() << QString() << false << QString() << true;
}

void TestConnectionPasswords::asyncNeverPrompts()
{
    QFETCH(QString, saved);
    QFETCH(QString, generic);
    QFETCH(bool, ok);
    QFETCH(QString, password);
    QFETCH(bool, needsPrompt);
    if (!generic.isEmpty())
        qputenv("SLUICE_PASSWORD", generic.toUtf8());
    auto fake = std::make_unique<FakeKeychain>();
    if (!saved.isEmpty())
        fake->entries.insert(u"prod"_s, saved);
    PasswordSource source(std::move(fake));
    source.setInteractive(true);
    bool prompted = false;
    source.setPrompter([&prompted](const QString &) {
        prompted = true;
        return std::optional<QString>(u"typed"_s);
    });
    std::optional<PasswordResult> result;
    QObject context;
    source.obtainAsync({pgParams(), u"prod"_s, true, {}}, &context,
                       [&result](const PasswordResult &r) { result = r; });
    QVERIFY(!result.has_value()); // always delivered later, never inside the call
    QTRY_VERIFY(result.has_value());
    QCOMPARE(result->ok, ok);
    QCOMPARE(result->password, password);
    QCOMPARE(result->needsPrompt, needsPrompt);
    QVERIFY(!prompted);
}

void TestConnectionPasswords::storeAndForget()
{
    auto fake = std::make_unique<FakeKeychain>();
    FakeKeychain *keychain = fake.get();
    PasswordSource source(std::move(fake));
    QString error;
    QVERIFY2(source.storePassword(u"Prod"_s, u"s3cret"_s, &error), qPrintable(error));
    QCOMPARE(keychain->entries.value(QtKeychainBackend::keyFor(u"PROD"_s)), u"s3cret"_s);
    QVERIFY(source.forgetPassword(u"prod"_s, &error));
    QVERIFY(keychain->entries.isEmpty());
    QVERIFY(source.forgetPassword(u"prod"_s, &error)); // nothing saved is fine
}

void TestConnectionPasswords::storeUnavailable()
{
    auto fake = std::make_unique<FakeKeychain>();
    fake->forcedStatus = KeychainResult::Status::Unavailable;
    PasswordSource source(std::move(fake));
    QString error;
    QVERIFY(!source.storePassword(u"prod"_s, u"x"_s, &error));
    QVERIFY2(error.contains(u"Cannot save the password of \"prod\" in the OS keychain"_s),
             qPrintable(error));
    QVERIFY(!error.contains(u"x\""_s));
}

QTEST_GUILESS_MAIN(TestConnectionPasswords)
#include "tst_connectionpasswords.moc"
