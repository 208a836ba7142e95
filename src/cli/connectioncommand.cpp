// sluice-cli connection add|list|remove|test: saved connection profiles.
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/connection/connectionresolver.h"
#include "engine/connection/databaseopener.h"
#include "engine/connection/passwordsource.h"

#include <QUuid>

namespace sluice::cli {

namespace {

using namespace engine;

QString usage()
{
    return QStringLiteral("usage: sluice-cli connection add <name> <url> [--save-password]\n"
                          "       sluice-cli connection list\n"
                          "       sluice-cli connection remove <name>\n"
                          "       sluice-cli connection test <name-or-url>");
}

bool loadStore(CliContext &context, ConnectionProfileStore &store)
{
    if (store.load())
        return true;
    context.fail(store.errorString());
    return false;
}

// The sample profile is a convenience; a missing sample must not break other commands.
void ensureSample(CliContext &context, ConnectionProfileStore &store)
{
    if (!store.ensureSampleProfile())
        context.err() << "sluice-cli: note: " << store.errorString() << Qt::endl;
}

int add(CliContext &context, QStringList args)
{
    const bool savePassword = args.removeAll(QStringLiteral("--save-password")) > 0;
    if (args.size() != 2)
        return context.fail(usage());
    ConnectionProfileStore store;
    if (!loadStore(context, store))
        return ExitFailure;
    QString error;
    const auto params = ConnectionParams::fromUrl(args.at(1), &error);
    if (!params)
        return context.fail(error);
    ConnectionProfile profile{args.at(0), *params, savePassword};
    if (!store.add(profile))
        return context.fail(store.errorString());
    if (savePassword && params->dialect != Dialect::SQLite) {
        PasswordSource passwords;
        // Take the password the way a run would (variable or prompt), but not from the
        // keychain, which is where it is going.
        const PasswordResult password =
            passwords.obtain({*params, profile.name, false, params->user + u'@' + profile.name});
        if (!password.ok)
            return context.fail(
                QStringLiteral("No password to save for \"%1\": run this command on a terminal "
                               "to type it, or set %2. The profile was not saved.")
                    .arg(profile.name, PasswordSource::environmentVariableFor(profile.name)));
        if (!passwords.storePassword(profile.name, password.password, &error))
            return context.fail(error + QStringLiteral(". The profile was not saved."));
    }
    if (!store.save())
        return context.fail(store.errorString());
    // As stored: a relative SQLite path has been made absolute.
    context.out() << "Connection profile \"" << profile.name
                  << "\" added: " << store.find(profile.name)->params.toUrl()
                  << (savePassword ? " (password saved in the keychain)" : "") << Qt::endl;
    return ExitSuccess;
}

int list(CliContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return context.fail(usage());
    ConnectionProfileStore store;
    if (!loadStore(context, store))
        return ExitFailure;
    ensureSample(context, store);
    const QList<ConnectionProfile> profiles = store.profiles();
    qsizetype width = 4;
    for (const ConnectionProfile &profile : profiles)
        width = qMax(width, profile.name.size());
    QTextStream &out = context.out();
    out << QStringLiteral("NAME").leftJustified(width) << "  "
        << QStringLiteral("ENGINE").leftJustified(10) << "  "
        << QStringLiteral("PASSWORD").leftJustified(8) << "  URL\n";
    for (const ConnectionProfile &profile : profiles) {
        const QString password = profile.params.dialect == Dialect::SQLite ? QStringLiteral("-")
                                 : profile.savePassword ? QStringLiteral("keychain")
                                                        : QStringLiteral("ask");
        out << profile.name.leftJustified(width) << "  "
            << dialectDisplayName(profile.params.dialect).leftJustified(10) << "  "
            << password.leftJustified(8) << "  " << profile.params.toUrl() << '\n';
    }
    out.flush();
    return ExitSuccess;
}

int remove(CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.fail(usage());
    ConnectionProfileStore store;
    if (!loadStore(context, store))
        return ExitFailure;
    const auto profile = store.find(args.at(0));
    if (!store.remove(args.at(0)) || !store.save())
        return context.fail(store.errorString());
    if (profile->savePassword && !PasswordSource::keychainDisabled()) {
        QString error;
        PasswordSource passwords;
        if (!passwords.forgetPassword(profile->name, &error))
            context.err() << "sluice-cli: warning: " << error << Qt::endl;
    }
    context.out() << "Connection profile \"" << profile->name << "\" removed." << Qt::endl;
    return ExitSuccess;
}

int test(CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.fail(usage());
    ConnectionProfileStore store;
    if (!loadStore(context, store))
        return ExitFailure;
    if (args.at(0).compare(QString::fromUtf16(ConnectionProfileStore::kSampleProfileName),
                           Qt::CaseInsensitive) == 0)
        ensureSample(context, store);
    QString error;
    const auto resolved = ConnectionResolver(store).resolve(args.at(0), &error);
    if (!resolved)
        return context.fail(error);
    PasswordSource passwords;
    const PasswordResult password = passwords.obtain(
        {resolved->params, resolved->profileName, resolved->savePassword, resolved->displayName()});
    if (!password.ok)
        return context.fail(password.errorString);
    if (!password.keychainProblem.isEmpty())
        context.err() << "sluice-cli: note: " << password.keychainProblem << Qt::endl;
    // A throwaway name, so a test never replaces a live connection (STYLE.md rule 17).
    const QString purpose = QStringLiteral("test-") + QUuid::createUuid().toString(QUuid::Id128);
    const OpenResult opened = DatabaseOpener::open(resolved->params, purpose, password.password);
    if (!opened.ok())
        return context.fail(opened.errorString);
    const QString version =
        DatabaseOpener::serverVersion(opened.connectionName, resolved->params.dialect, &error);
    DatabaseOpener::close(opened.connectionName);
    if (version.isEmpty())
        return context.fail(QStringLiteral("Connected, but the server version query failed: ") +
                            error);
    context.out() << "Connected to: " << version << '\n'
                  << "Connection " << resolved->displayName() << " works." << Qt::endl;
    return ExitSuccess;
}

} // namespace

int runConnection(CliContext &context)
{
    QStringList args = context.arguments();
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"add")
        return add(context, args);
    if (action == u"list")
        return list(context, args);
    if (action == u"remove")
        return remove(context, args);
    if (action == u"test")
        return test(context, args);
    if (action == u"--help" || action == u"help") {
        context.out() << usage() << Qt::endl;
        return ExitSuccess;
    }
    return context.fail(usage());
}

} // namespace sluice::cli
