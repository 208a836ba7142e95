// sluice-cli directory create|drop|grant|revoke|list: directory objects, the
// named folders that dump, log and SQL files are written to and read from.
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/connectionprofilestore.h"
#include "engine/directory/directoryobjectstore.h"

#include <QDir>

namespace sluice::cli {

namespace {

using namespace engine;

QString usage()
{
    return QStringLiteral(
        "usage: sluice-cli directory create <NAME> <folder> [--replace]\n"
        "       sluice-cli directory drop <NAME>\n"
        "       sluice-cli directory grant <READ|WRITE|READ,WRITE> ON <NAME> TO <profile|PUBLIC>\n"
        "       sluice-cli directory revoke <READ|WRITE|READ,WRITE> ON <NAME> FROM "
        "<profile|PUBLIC>\n"
        "       sluice-cli directory list");
}

bool loadStore(CliContext &context, DirectoryObjectStore &store)
{
    if (store.load())
        return true;
    context.fail(store.errorString());
    return false;
}

int saveAndReport(CliContext &context, DirectoryObjectStore &store, const QString &message)
{
    if (!store.save())
        return context.fail(store.errorString());
    context.out() << message << Qt::endl;
    return ExitSuccess;
}

int create(CliContext &context, QStringList args)
{
    const bool replace = args.removeAll(QStringLiteral("--replace")) > 0;
    if (args.size() != 2)
        return context.fail(usage());
    DirectoryObjectStore store;
    if (!loadStore(context, store) || !store.create(args.at(0), args.at(1), replace))
        return context.fail(store.errorString());
    const auto object = store.find(args.at(0));
    QString message = QStringLiteral("Directory object %1 created: %2")
                          .arg(object->name, QDir::toNativeSeparators(object->path));
    if (!QFileInfo(object->path).isDir())
        message += QStringLiteral("\nNote: the folder does not exist yet; create it before a "
                                  "job uses %1.")
                       .arg(object->name);
    return saveAndReport(context, store, message);
}

int drop(CliContext &context, const QStringList &args)
{
    if (args.size() != 1)
        return context.fail(usage());
    DirectoryObjectStore store;
    if (!loadStore(context, store) || !store.drop(args.at(0)))
        return context.fail(store.errorString());
    return saveAndReport(
        context, store,
        QStringLiteral("Directory object %1 dropped; its folder and files were left in place.")
            .arg(args.at(0).toUpper()));
}

// grant <privs> ON <NAME> TO <grantee> / revoke <privs> ON <NAME> FROM <grantee>.
int grantOrRevoke(CliContext &context, const QStringList &args, bool granting)
{
    const QString preposition = granting ? QStringLiteral("TO") : QStringLiteral("FROM");
    if (args.size() != 5 || args.at(1).compare(u"ON", Qt::CaseInsensitive) != 0 ||
        (args.at(3).compare(preposition, Qt::CaseInsensitive) != 0 &&
         args.at(3).compare(u"TO", Qt::CaseInsensitive) != 0))
        return context.fail(usage());
    const auto privileges = DirectoryObject::parsePrivileges(args.at(0));
    if (!privileges)
        return context.fail(QStringLiteral("\"%1\" is not a directory privilege: use READ, WRITE "
                                           "or READ,WRITE.")
                                .arg(args.at(0)));
    const QString &name = args.at(2);
    QString grantee = args.at(4);
    if (DirectoryObject::normalizedGrantee(grantee) !=
        QString::fromUtf16(DirectoryObject::kPublic)) {
        ConnectionProfileStore profiles;
        if (!profiles.load())
            return context.fail(profiles.errorString());
        const auto profile = profiles.find(grantee);
        if (granting && !profile)
            return context.fail(QStringLiteral("There is no connection profile named \"%1\". "
                                               "Known profiles: %2.")
                                    .arg(grantee, profiles.names().join(QStringLiteral(", "))));
        if (profile)
            grantee = profile->name;
    } else {
        grantee = QString::fromUtf16(DirectoryObject::kPublic);
    }
    DirectoryObjectStore store;
    if (!loadStore(context, store))
        return ExitFailure;
    const bool ok = granting ? store.grant(*privileges, name, grantee)
                             : store.revoke(*privileges, name, grantee);
    if (!ok)
        return context.fail(store.errorString());
    const QString privilegeText = DirectoryObject::formatPrivileges(*privileges);
    return saveAndReport(
        context, store,
        granting
            ? QStringLiteral("Granted %1 on %2 to %3.").arg(privilegeText, name.toUpper(), grantee)
            : QStringLiteral("Revoked %1 on %2 from %3.")
                  .arg(privilegeText, name.toUpper(), grantee));
}

int list(CliContext &context, const QStringList &args)
{
    if (!args.isEmpty())
        return context.fail(usage());
    DirectoryObjectStore store;
    if (!loadStore(context, store))
        return ExitFailure;
    const QList<DirectoryObject> directories = store.directories();
    qsizetype nameWidth = 4;
    qsizetype pathWidth = 6;
    for (const DirectoryObject &object : directories) {
        nameWidth = qMax(nameWidth, object.name.size());
        pathWidth = qMax(pathWidth, QDir::toNativeSeparators(object.path).size());
    }
    QTextStream &out = context.out();
    out << QStringLiteral("NAME").leftJustified(nameWidth) << "  "
        << QStringLiteral("FOLDER").leftJustified(pathWidth) << "  GRANTS\n";
    for (const DirectoryObject &object : directories) {
        QStringList grants;
        for (auto it = object.grants.cbegin(); it != object.grants.cend(); ++it)
            grants << it.key() + u':' + DirectoryObject::formatPrivileges(it.value());
        QString folder = QDir::toNativeSeparators(object.path);
        out << object.name.leftJustified(nameWidth) << "  " << folder.leftJustified(pathWidth)
            << "  " << (grants.isEmpty() ? QStringLiteral("(none)") : grants.join(u' '))
            << (QFileInfo(object.path).isDir() ? "" : "  [folder missing]") << '\n';
    }
    out.flush();
    return ExitSuccess;
}

} // namespace

int runDirectory(CliContext &context)
{
    QStringList args = context.arguments();
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (action == u"create")
        return create(context, args);
    if (action == u"drop")
        return drop(context, args);
    if (action == u"grant")
        return grantOrRevoke(context, args, true);
    if (action == u"revoke")
        return grantOrRevoke(context, args, false);
    if (action == u"list")
        return list(context, args);
    if (action == u"--help" || action == u"help") {
        context.out() << usage() << Qt::endl;
        return ExitSuccess;
    }
    return context.fail(usage());
}

} // namespace sluice::cli
