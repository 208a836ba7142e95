#include "engine/connection/connectionparams.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionParams", text);
}

constexpr int kPostgresDefaultPort = 5432;
constexpr int kMariaDbDefaultPort = 3306;
const QLatin1String kMemory(":memory:");

// Schemes accepted in URLs. "pg" and "sqlite3" are deliberately not URL schemes:
// a profile could be called that.
std::optional<Dialect> dialectFromScheme(const QString &scheme)
{
    const QString s = scheme.toLower();
    if (s == u"sqlite")
        return Dialect::SQLite;
    if (s == u"postgresql" || s == u"postgres")
        return Dialect::PostgreSQL;
    if (s == u"mariadb" || s == u"mysql")
        return Dialect::MariaDB;
    return std::nullopt;
}

QString decode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

// Encodes what would change the meaning of a URL component; keeps the rest readable.
QString encode(const QString &text, const QByteArray &alsoKeep = {})
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text, "-._~!$&'()*+,;=" + alsoKeep));
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QString passwordRefusal()
{
    return tr("The connection URL contains a password. Sluice never takes passwords in URLs, "
              "parameter files or logs: save it in the keychain (sluice-cli connection add "
              "--save-password), set SLUICE_PASSWORD, or type it at the prompt.");
}

bool parseQuery(const QString &query, ConnectionParams &params, QString *error)
{
    if (query.isEmpty())
        return true;
    const QStringList pairs = query.split(u'&', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = decode(eq < 0 ? pair : pair.left(eq)).trimmed();
        const QString value = eq < 0 ? QStringLiteral("yes") : decode(pair.mid(eq + 1));
        if (key.isEmpty())
            return fail(error,
                        tr("The connection URL has an option without a name: \"%1\".").arg(pair));
        if (key.compare(u"password", Qt::CaseInsensitive) == 0 ||
            key.compare(u"passwd", Qt::CaseInsensitive) == 0)
            return fail(error, passwordRefusal());
        params.options.insert(key, value);
    }
    return true;
}

bool parseSqlite(const QString &rest, ConnectionParams &params, QString *error)
{
    QString path;
    if (rest.startsWith(u"//")) {
        // sqlite://<authority>/<path>: only an empty authority (or localhost) makes sense.
        const QString afterSlashes = rest.mid(2);
        const qsizetype slash = afterSlashes.indexOf(u'/');
        const QString authority = slash < 0 ? afterSlashes : afterSlashes.left(slash);
        if (authority.contains(u'@') && authority.left(authority.lastIndexOf(u'@')).contains(u':'))
            return fail(error, passwordRefusal());
        if (!authority.isEmpty() && authority.compare(u"localhost", Qt::CaseInsensitive) != 0)
            return fail(error, tr("A SQLite URL names a local file and has no host: write "
                                  "sqlite:///absolute/path.db or sqlite:relative/path.db."));
        path = slash < 0 ? QString() : afterSlashes.mid(slash);
        // sqlite:///C:/data/hr.db: drop the slash in front of a Windows drive letter.
        static const QRegularExpression drive(QStringLiteral("^/[A-Za-z]:[/\\\\]"));
        if (drive.match(path).hasMatch())
            path.remove(0, 1);
    } else {
        path = rest;
    }
    path = decode(path);
    if (path.isEmpty() || path == u"/")
        return fail(error,
                    tr("The SQLite URL names no database file, e.g. sqlite:///home/me/hr.db."));
    params.filePath = path;
    return true;
}

bool parseHostPort(const QString &hostPort, ConnectionParams &params, QString *error)
{
    QString host = hostPort;
    QString portText;
    if (host.startsWith(u'[')) { // IPv6 literal
        const qsizetype close = host.indexOf(u']');
        if (close < 0)
            return fail(error, tr("The host \"%1\" has an unclosed '['.").arg(hostPort));
        portText = host.mid(close + 1);
        host = host.mid(1, close - 1);
        if (!portText.isEmpty() && !portText.startsWith(u':'))
            return fail(error,
                        tr("Unexpected text after the IPv6 address in \"%1\".").arg(hostPort));
        portText = portText.mid(1);
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        portText = host.mid(colon + 1);
        host = host.left(colon);
    }
    params.host = decode(host);
    if (hostPort.endsWith(u':') || !portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return fail(error,
                        tr("The port \"%1\" is not a number between 1 and 65535.").arg(portText));
        params.port = port;
    }
    return true;
}

bool parseServer(const QString &rest, ConnectionParams &params, QString *error)
{
    if (!rest.startsWith(u"//"))
        return fail(error,
                    tr("A %1 URL looks like %2://user@host:port/database.")
                        .arg(dialectDisplayName(params.dialect), dialectName(params.dialect)));
    const QString afterSlashes = rest.mid(2);
    const qsizetype slash = afterSlashes.indexOf(u'/');
    const QString authority = slash < 0 ? afterSlashes : afterSlashes.left(slash);
    const QString path = slash < 0 ? QString() : afterSlashes.mid(slash + 1);

    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        if (userInfo.contains(u':'))
            return fail(error, passwordRefusal());
        params.user = decode(userInfo);
        if (params.user.isEmpty())
            return fail(error, tr("The connection URL has an '@' but no user name before it."));
        hostPort = authority.mid(at + 1);
    }
    if (!parseHostPort(hostPort, params, error))
        return false;
    if (path.contains(u'/'))
        return fail(
            error,
            tr("The database name \"%1\" contains a '/'; write it as %2F.").arg(decode(path)));
    params.database = decode(path);
    return true;
}

} // namespace

bool ConnectionParams::looksLikeUrl(const QString &text)
{
    const qsizetype colon = text.indexOf(u':');
    return colon > 0 && dialectFromScheme(text.left(colon)).has_value();
}

std::optional<ConnectionParams> ConnectionParams::fromUrl(const QString &url, QString *error)
{
    const QString text = url.trimmed();
    const qsizetype colon = text.indexOf(u':');
    const std::optional<Dialect> dialect =
        colon > 0 ? dialectFromScheme(text.left(colon)) : std::nullopt;
    if (!dialect) {
        fail(error, tr("\"%1\" is not a connection URL: it must start with sqlite:, "
                       "postgresql://, postgres://, mariadb:// or mysql://.")
                        .arg(text));
        return std::nullopt;
    }
    ConnectionParams params;
    params.dialect = *dialect;
    QString rest = text.mid(colon + 1);
    if (rest.contains(u'#')) {
        fail(error, tr("The connection URL must not contain a '#' fragment; write '#' as %23."));
        return std::nullopt;
    }
    // SQLite's in-memory database is not a path: keep its colons out of the query split.
    if (params.dialect == Dialect::SQLite && rest == kMemory) {
        params.filePath = kMemory;
        return params;
    }
    QString query;
    if (const qsizetype question = rest.indexOf(u'?'); question >= 0) {
        query = rest.mid(question + 1);
        rest.truncate(question);
    }
    const bool ok = parseQuery(query, params, error) &&
                    (params.dialect == Dialect::SQLite ? parseSqlite(rest, params, error)
                                                       : parseServer(rest, params, error));
    if (!ok)
        return std::nullopt;
    if (const QString problem = params.validationError(); !problem.isEmpty()) {
        fail(error, problem);
        return std::nullopt;
    }
    return params;
}

QString ConnectionParams::toUrl() const
{
    QString url = dialectName(dialect) + u':';
    if (dialect == Dialect::SQLite) {
        if (filePath == kMemory)
            return url + kMemory;
        const QString path = QDir::fromNativeSeparators(filePath);
        const QString encoded = encode(path, "/:");
        if (path.startsWith(u'/'))
            url += u"//" + encoded;
        else if (QDir::isAbsolutePath(path) ||
                 QRegularExpression(QStringLiteral("^[A-Za-z]:/")).match(path).hasMatch())
            url += u"///" + encoded;
        else
            url += encoded;
    } else {
        url += u"//";
        if (!user.isEmpty())
            url += encode(user) + u'@';
        url += host.contains(u':') ? u'[' + host + u']' : encode(host);
        if (port != 0)
            url += u':' + QString::number(port);
        url += u'/' + encode(database);
    }
    if (!options.isEmpty()) {
        QStringList pairs;
        for (auto it = options.cbegin(); it != options.cend(); ++it)
            pairs << QString::fromUtf8(QUrl::toPercentEncoding(it.key())) + u'=' +
                         QString::fromUtf8(QUrl::toPercentEncoding(it.value()));
        url += u'?' + pairs.join(u'&');
    }
    return url;
}

QString ConnectionParams::validationError() const
{
    if (dialect == Dialect::SQLite) {
        if (filePath.trimmed().isEmpty())
            return tr("A SQLite connection needs a database file.");
        if (!host.isEmpty() || !user.isEmpty() || port != 0 || !database.isEmpty())
            return tr("A SQLite connection names only a file; host, port, user and database "
                      "do not apply.");
        return {};
    }
    if (!filePath.isEmpty())
        return tr("A %1 connection has no database file.").arg(dialectDisplayName(dialect));
    if (port < 0 || port > 65535)
        return tr("The port %1 is not between 1 and 65535.").arg(port);
    static const QRegularExpression badHost(QStringLiteral("[\\s/@?#]"));
    if (badHost.match(host).hasMatch())
        return tr("The host name \"%1\" contains a character that is not allowed.").arg(host);
    if (options.contains(QStringLiteral("create")) || options.contains(QStringLiteral("mode")))
        return tr("The options create and mode apply only to SQLite.");
    return {};
}

int ConnectionParams::effectivePort() const
{
    if (port != 0)
        return port;
    switch (dialect) {
    case Dialect::PostgreSQL:
        return kPostgresDefaultPort;
    case Dialect::MariaDB:
        return kMariaDbDefaultPort;
    case Dialect::SQLite:
        break;
    }
    return 0;
}

QString ConnectionParams::absoluteFilePath() const
{
    if (dialect != Dialect::SQLite || isInMemory() || filePath.isEmpty())
        return filePath;
    return QDir::cleanPath(QFileInfo(filePath).absoluteFilePath());
}

bool ConnectionParams::isInMemory() const
{
    return dialect == Dialect::SQLite && filePath == kMemory;
}

bool ConnectionParams::optionEnabled(const QString &key) const
{
    const QString value = options.value(key).trimmed().toLower();
    return value == u"yes" || value == u"true" || value == u"1" || value == u"on";
}

} // namespace sluice::engine
