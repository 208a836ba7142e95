// URL parsing, formatting and validation of ConnectionParams.
#include "engine/connection/connectionparams.h"

#include <QDir>
#include <QTest>

using namespace sluice::engine;
using namespace Qt::StringLiterals;

class TestConnectionParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void roundTrip_data() { parse_data(); }
    void roundTrip();
    void canonicalUrl_data();
    void canonicalUrl();
    void errors_data();
    void errors();
    void looksLikeUrl_data();
    void looksLikeUrl();
    void validation();
};

void TestConnectionParams::parse_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("file");

    const auto row = [](const char *tag, const QString &url, Dialect d, const QString &host,
                        int port, const QString &user, const QString &db, const QString &file) {
        QTest::newRow(tag) << url << int(d) << host << port << user << db << file;
    };
    row("sqlite absolute", u"sqlite:///home/me/hr.db"_s, Dialect::SQLite, {}, 0, {}, {},
        u"/home/me/hr.db"_s);
    row("sqlite localhost", u"sqlite://localhost/tmp/a.db"_s, Dialect::SQLite, {}, 0, {}, {},
        u"/tmp/a.db"_s);
    row("sqlite relative", u"sqlite:hr.db"_s, Dialect::SQLite, {}, 0, {}, {}, u"hr.db"_s);
    row("sqlite relative dir", u"sqlite:data/hr.db"_s, Dialect::SQLite, {}, 0, {}, {},
        u"data/hr.db"_s);
    row("sqlite single slash", u"sqlite:/tmp/x.db"_s, Dialect::SQLite, {}, 0, {}, {},
        u"/tmp/x.db"_s);
    row("sqlite windows drive", u"sqlite:///C:/data/hr.db"_s, Dialect::SQLite, {}, 0, {}, {},
        u"C:/data/hr.db"_s);
    row("sqlite percent", u"sqlite:///tmp/my%20files/h%23r.db"_s, Dialect::SQLite, {}, 0, {}, {},
        u"/tmp/my files/h#r.db"_s);
    row("sqlite memory", u"sqlite::memory:"_s, Dialect::SQLite, {}, 0, {}, {}, u":memory:"_s);
    row("sqlite upper scheme", u"SQLITE:///x.db"_s, Dialect::SQLite, {}, 0, {}, {}, u"/x.db"_s);
    row("postgresql full", u"postgresql://hr@db.example.org:5433/hrdb"_s, Dialect::PostgreSQL,
        u"db.example.org"_s, 5433, u"hr"_s, u"hrdb"_s, {});
    row("postgres alias", u"postgres://scott@localhost/scott"_s, Dialect::PostgreSQL,
        u"localhost"_s, 0, u"scott"_s, u"scott"_s, {});
    row("postgres no user", u"postgresql://127.0.0.1:5432/postgres"_s, Dialect::PostgreSQL,
        u"127.0.0.1"_s, 5432, {}, u"postgres"_s, {});
    row("postgres socket", u"postgresql:///hr"_s, Dialect::PostgreSQL, {}, 0, {}, u"hr"_s, {});
    row("postgres ipv6", u"postgresql://hr@[::1]:5432/hr"_s, Dialect::PostgreSQL, u"::1"_s, 5432,
        u"hr"_s, u"hr"_s, {});
    row("postgres percent user", u"postgresql://d%40v%3Ax@h/my%20db"_s, Dialect::PostgreSQL, u"h"_s,
        0, u"d@v:x"_s, u"my db"_s, {});
    row("mariadb", u"mariadb://root@localhost:3307/hr"_s, Dialect::MariaDB, u"localhost"_s, 3307,
        u"root"_s, u"hr"_s, {});
    row("mysql alias", u"mysql://app@10.0.0.5/shop"_s, Dialect::MariaDB, u"10.0.0.5"_s, 0, u"app"_s,
        u"shop"_s, {});
    row("mariadb no db", u"mariadb://root@localhost"_s, Dialect::MariaDB, u"localhost"_s, 0,
        u"root"_s, {}, {});
}

void TestConnectionParams::parse()
{
    QFETCH(QString, url);
    QFETCH(int, dialect);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);
    QFETCH(QString, database);
    QFETCH(QString, file);

    QString error;
    const auto params = ConnectionParams::fromUrl(url, &error);
    QVERIFY2(params.has_value(), qPrintable(error));
    QCOMPARE(int(params->dialect), dialect);
    QCOMPARE(params->host, host);
    QCOMPARE(params->port, port);
    QCOMPARE(params->user, user);
    QCOMPARE(params->database, database);
    QCOMPARE(params->filePath, file);
    QVERIFY(params->isValid());
}

void TestConnectionParams::roundTrip()
{
    QFETCH(QString, url);
    const auto params = ConnectionParams::fromUrl(url);
    QVERIFY(params.has_value());
    const QString formatted = params->toUrl();
    QString error;
    const auto again = ConnectionParams::fromUrl(formatted, &error);
    QVERIFY2(again.has_value(), qPrintable(formatted + u" -> "_s + error));
    QCOMPARE(*again, *params);
    QCOMPARE(again->toUrl(), formatted);
}

void TestConnectionParams::canonicalUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("postgres alias")
        << u"postgres://hr@h:5432/hr"_s << u"postgresql://hr@h:5432/hr"_s;
    QTest::newRow("mysql alias") << u"mysql://app@h/shop"_s << u"mariadb://app@h/shop"_s;
    QTest::newRow("sqlite absolute") << u"sqlite:///tmp/hr.db"_s << u"sqlite:///tmp/hr.db"_s;
    QTest::newRow("sqlite single slash") << u"sqlite:/tmp/hr.db"_s << u"sqlite:///tmp/hr.db"_s;
    QTest::newRow("sqlite relative") << u"sqlite:hr.db"_s << u"sqlite:hr.db"_s;
    QTest::newRow("sqlite windows") << u"sqlite:///C:/d/hr.db"_s << u"sqlite:///C:/d/hr.db"_s;
    QTest::newRow("sqlite space") << u"sqlite:///tmp/a b.db"_s << u"sqlite:///tmp/a%20b.db"_s;
    QTest::newRow("user with at") << u"postgresql://a%40b@h/d"_s << u"postgresql://a%40b@h/d"_s;
    QTest::newRow("options sorted") << u"postgresql://u@h/d?sslmode=require&connect_timeout=3"_s
                                    << u"postgresql://u@h/d?connect_timeout=3&sslmode=require"_s;
    QTest::newRow("option with ampersand")
        << u"mariadb://u@h/d?SSL_CA=%2Fa%26b"_s << u"mariadb://u@h/d?SSL_CA=%2Fa%26b"_s;
    QTest::newRow("sqlite option") << u"sqlite:///x.db?create"_s << u"sqlite:///x.db?create=yes"_s;
    QTest::newRow("ipv6") << u"postgresql://[::1]/d"_s << u"postgresql://[::1]/d"_s;
}

void TestConnectionParams::canonicalUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, canonical);
    QString error;
    const auto params = ConnectionParams::fromUrl(url, &error);
    QVERIFY2(params.has_value(), qPrintable(error));
    QCOMPARE(params->toUrl(), canonical);
}

void TestConnectionParams::errors_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("expected"); // a fragment of the message

    QTest::newRow("empty") << QString() << u"is not a connection URL"_s;
    QTest::newRow("unknown scheme")
        << u"oracle://scott@orcl/x"_s << u"must start with sqlite:, postgresql://"_s;
    QTest::newRow("plain name") << u"hr"_s << u"is not a connection URL"_s;
    QTest::newRow("password pg") << u"postgresql://hr:secret@h/hr"_s << u"contains a password"_s;
    QTest::newRow("empty password") << u"mariadb://hr:@h/hr"_s << u"contains a password"_s;
    QTest::newRow("password option")
        << u"postgresql://hr@h/hr?password=x"_s << u"contains a password"_s;
    QTest::newRow("password sqlite")
        << u"sqlite://u:p@localhost/x.db"_s << u"contains a password"_s;
    QTest::newRow("sqlite host") << u"sqlite://server/x.db"_s << u"has no host"_s;
    QTest::newRow("sqlite no file") << u"sqlite:"_s << u"names no database file"_s;
    QTest::newRow("sqlite only slashes") << u"sqlite:///"_s << u"names no database file"_s;
    QTest::newRow("pg without slashes") << u"postgresql:hr"_s << u"user@host:port/database"_s;
    QTest::newRow("bad port") << u"postgresql://h:54x2/d"_s << u"is not a number between"_s;
    QTest::newRow("port zero") << u"postgresql://h:0/d"_s << u"is not a number between"_s;
    QTest::newRow("port too big") << u"mariadb://h:70000/d"_s << u"is not a number between"_s;
    QTest::newRow("empty port") << u"mariadb://h:/d"_s << u"is not a number between"_s;
    QTest::newRow("empty user") << u"postgresql://@h/d"_s << u"no user name"_s;
    QTest::newRow("slash in db") << u"postgresql://h/a/b"_s << u"contains a '/'"_s;
    QTest::newRow("fragment") << u"postgresql://h/d#x"_s << u"fragment"_s;
    QTest::newRow("ipv6 unclosed") << u"postgresql://[::1/d"_s << u"unclosed"_s;
    QTest::newRow("sqlite option on pg")
        << u"postgresql://h/d?create=yes"_s << u"apply only to SQLite"_s;
    QTest::newRow("option without name") << u"postgresql://h/d?=x"_s << u"without a name"_s;
}

void TestConnectionParams::errors()
{
    QFETCH(QString, url);
    QFETCH(QString, expected);
    QString error;
    const auto params = ConnectionParams::fromUrl(url, &error);
    QVERIFY(!params.has_value());
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(u"secret"_s), "an error message must not echo a password");
}

void TestConnectionParams::looksLikeUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("url");
    QTest::newRow("sqlite") << u"sqlite:hr.db"_s << true;
    QTest::newRow("pg") << u"postgres://h/d"_s << true;
    QTest::newRow("mysql") << u"MySQL://h/d"_s << true;
    QTest::newRow("profile") << u"hr_sample"_s << false;
    QTest::newRow("user at profile") << u"hr@prod"_s << false;
    QTest::newRow("pg alias is no scheme") << u"pg://h/d"_s << false;
}

void TestConnectionParams::looksLikeUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, url);
    QCOMPARE(ConnectionParams::looksLikeUrl(text), url);
}

void TestConnectionParams::validation()
{
    ConnectionParams sqlite;
    sqlite.dialect = Dialect::SQLite;
    QVERIFY(sqlite.validationError().contains(u"needs a database file"_s));
    sqlite.filePath = u"x.db"_s;
    QVERIFY(sqlite.isValid());
    QCOMPARE(sqlite.absoluteFilePath(), QDir::current().absoluteFilePath(u"x.db"_s));
    sqlite.host = u"h"_s;
    QVERIFY(sqlite.validationError().contains(u"names only a file"_s));

    ConnectionParams pg;
    pg.dialect = Dialect::PostgreSQL;
    QVERIFY(pg.isValid());
    QCOMPARE(pg.effectivePort(), 5432);
    pg.dialect = Dialect::MariaDB;
    QCOMPARE(pg.effectivePort(), 3306);
    pg.port = 70000;
    QVERIFY(pg.validationError().contains(u"70000"_s));
    pg.port = 0;
    pg.host = u"a b"_s;
    QVERIFY(pg.validationError().contains(u"not allowed"_s));
    pg.host.clear();
    pg.filePath = u"x.db"_s;
    QVERIFY(pg.validationError().contains(u"no database file"_s));
}

QTEST_GUILESS_MAIN(TestConnectionParams)
#include "tst_connectionparams.moc"
