#include "engine/connection/connectionresolver.h"

#include "engine/connection/connectionprofilestore.h"

#include <QCoreApplication>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConnectionResolver", text);
}

std::optional<ResolvedConnection> fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

} // namespace

QString ResolvedConnection::displayName() const
{
    if (profileName.isEmpty())
        return params.toUrl();
    return params.user.isEmpty() ? profileName : params.user + u'@' + profileName;
}

ConnectionResolver::ConnectionResolver(const ConnectionProfileStore &store)
    : m_store(store)
{}

std::optional<ResolvedConnection> ConnectionResolver::resolve(const QString &reference,
                                                              QString *error) const
{
    const QString text = reference.trimmed();
    if (text.isEmpty())
        return fail(error, tr("No connection was given: name a connection profile or a URL "
                              "such as postgresql://user@host/db."));
    if (ConnectionParams::looksLikeUrl(text)) {
        const auto params = ConnectionParams::fromUrl(text, error);
        if (!params)
            return std::nullopt;
        return ResolvedConnection{*params, {}, false};
    }

    QString name = text;
    QString user;
    if (const qsizetype at = text.lastIndexOf(u'@'); at >= 0) {
        user = text.left(at);
        name = text.mid(at + 1);
        if (user.contains(u'/'))
            return fail(
                error,
                tr("The connection \"%1\" contains a password (user/password@...). "
                   "Sluice never takes passwords on the command line or in "
                   "parameter files: give user@profile and let Sluice ask, or "
                   "use the keychain or SLUICE_PASSWORD.")
                    .arg(QStringLiteral("%1/********@%2").arg(user.section(u'/', 0, 0), name)));
        if (user.isEmpty() || name.isEmpty())
            return fail(error, tr("\"%1\" is neither a profile name nor user@profile.").arg(text));
    } else if (text.contains(u'/')) {
        return fail(error, tr("\"%1\" is not a profile name or a URL. Passwords are never given "
                              "on the command line; a SQLite file is given as sqlite:///path.")
                               .arg(text.section(u'/', 0, 0) + QStringLiteral("/...")));
    }

    const auto profile = m_store.find(name);
    if (!profile) {
        const QStringList known = m_store.names();
        return fail(
            error,
            tr("No connection profile named \"%1\". Known profiles: %2. Add one with "
               "\"sluice-cli connection add %1 <url>\", or give a URL such as "
               "postgresql://user@host:5432/db.")
                .arg(name, known.isEmpty() ? tr("(none)") : known.join(QStringLiteral(", "))));
    }
    ResolvedConnection resolved{profile->params, profile->name, profile->savePassword};
    if (!user.isEmpty()) {
        if (resolved.params.dialect == Dialect::SQLite)
            return fail(error, tr("The profile \"%1\" is a SQLite file; it takes no user name.")
                                   .arg(profile->name));
        resolved.params.user = user;
    }
    return resolved;
}

} // namespace sluice::engine
