// sluice-cli dumpinfo: prints a dump file set's header and member catalog, as
// pg_restore --list does, and with VERIFY=YES checks every member's checksum.
#include "clicontext.h"
#include "commands.h"

#include "engine/connection/terminalprompt.h"
#include "engine/directory/directoryobjectstore.h"
#include "engine/directory/directoryresolver.h"
#include "engine/dump/dumpfilenamer.h"
#include "engine/dump/dumpreader.h"

#include <QDir>
#include <QFileInfo>

namespace sluice::cli {

namespace {

using namespace engine;

QString usage()
{
    return QStringLiteral(
        "usage: sluice-cli dumpinfo [DIRECTORY=dir] DUMPFILE=[dir:]file[,...] [VERIFY=YES]\n"
        "                           [ENCRYPTION_PASSWORD=pw | ENCRYPTION_PWD_PROMPT=YES]\n"
        "       sluice-cli dumpinfo <path>... [VERIFY=YES] [...]\n"
        "DUMPFILE names may hold %U or %L; the other files of a set are found beside the "
        "first.");
}

struct Arguments
{
    QString directory;
    QStringList dumpFiles; // [dir:]file specs
    QStringList paths;     // plain paths
    bool verify = false;
    QByteArray password;
    bool prompt = false;
};

bool yes(const QString &value)
{
    return value.compare(u"YES", Qt::CaseInsensitive) == 0 ||
           value.compare(u"Y", Qt::CaseInsensitive) == 0;
}

std::optional<Arguments> parse(CliContext &context)
{
    Arguments args;
    for (const QString &argument : context.arguments()) {
        const qsizetype eq = argument.indexOf(u'=');
        const QString key = eq > 0 ? argument.left(eq).toUpper() : QString();
        const QString value = eq > 0 ? argument.mid(eq + 1) : argument;
        if (key == u"DIRECTORY")
            args.directory = value;
        else if (key == u"DUMPFILE")
            args.dumpFiles << value.split(u',', Qt::SkipEmptyParts);
        else if (key == u"VERIFY")
            args.verify = yes(value);
        else if (key == u"ENCRYPTION_PASSWORD")
            args.password = value.toUtf8();
        else if (key == u"ENCRYPTION_PWD_PROMPT")
            args.prompt = yes(value);
        else if (key.isEmpty() && !argument.startsWith(u'-'))
            args.paths << argument;
        else {
            context.fail(usage());
            return std::nullopt;
        }
    }
    if (args.dumpFiles.isEmpty() && args.paths.isEmpty()) {
        context.fail(usage());
        return std::nullopt;
    }
    return args;
}

// DUMPFILE specs -> paths, through the directory objects (READ access).
std::optional<QStringList> resolveSpecs(CliContext &context, const Arguments &args)
{
    QStringList paths = args.paths;
    if (args.dumpFiles.isEmpty())
        return paths;
    DirectoryObjectStore store;
    if (!store.load()) {
        context.fail(store.errorString());
        return std::nullopt;
    }
    const DirectoryResolver resolver(store);
    QStringList templates;
    for (const QString &spec : args.dumpFiles) {
        QString error;
        const auto resolved = resolver.resolve(
            FileSpecRequest{spec, args.directory, QString(), FileAccess::Read, false}, &error);
        if (!resolved) {
            context.fail(error);
            return std::nullopt;
        }
        templates << resolved->absolutePath;
    }
    paths << DumpFileNamer::existingFiles(templates);
    if (paths.isEmpty())
        paths << templates; // the reader reports the missing file by name
    return paths;
}

QString scopeText(MemberScope scope, const QString &detail)
{
    return scope == MemberScope::None ? QStringLiteral("NONE")
                                      : DumpFormat::scopeName(scope) + u' ' + detail;
}

void printHeader(QTextStream &out, const DumpReader &reader)
{
    const DumpHeader &header = reader.header();
    out << ";\n; Sluice dump file set\n";
    out << ";     Format:       " << DumpFormat::kFormatName << " version " << header.formatVersion
        << '\n';
    out << ";     Set id:       " << header.setId << '\n';
    out << ";     Created:      " << header.created.toString(Qt::ISODate) << " by "
        << header.producer << '\n';
    out << ";     Source:       " << header.sourceEngine << ' ' << header.serverVersion
        << ", encoding " << header.encoding << '\n';
    out << ";     Job:          " << header.jobName << " (" << header.operation << ")\n";
    out << ";     Compression:  "
        << scopeText(header.compressionScope,
                     QStringLiteral("%1 level %2")
                         .arg(DumpFormat::methodName(header.compressionMethod))
                         .arg(header.compressionLevel))
        << '\n';
    out << ";     Encryption:   "
        << scopeText(header.encryptionScope,
                     QStringLiteral("(XChaCha20-Poly1305, key from Argon2id)"))
        << '\n';
    out << ";     Files:        " << reader.files().size();
    if (header.fileSize > 0)
        out << " (FILESIZE " << header.fileSize << " bytes)";
    out << '\n';
    for (const DumpFileInfo &file : reader.files())
        out << ";       " << QString::number(file.sequence).rightJustified(3) << "  "
            << QDir::toNativeSeparators(file.path) << "  " << file.size << " bytes, "
            << file.memberCount << " members\n";
    out << ";     Members:      " << reader.members().size() << "\n;\n";
}

QString objectText(const DumpMemberInfo &member)
{
    const DumpMemberSpec &spec = member.spec;
    if (spec.kind == DumpMemberKind::Data)
        return QStringLiteral("%1.%2 chunk %3%4 rows %5")
            .arg(spec.schema, spec.table)
            .arg(spec.chunk)
            .arg(spec.part > 0 ? QStringLiteral(" part %1").arg(spec.part + 1) : QString())
            .arg(spec.rows);
    const QString name =
        spec.schema.isEmpty() ? spec.objectName : spec.schema + u'.' + spec.objectName;
    return QString(spec.objectType + u' ' + name).trimmed();
}

// Checks one member; with the password, decodes it fully (authentication and size).
QString checkMember(const DumpReader &reader, const DumpMemberInfo &member, QString *error)
{
    if (!reader.verifyMember(member, error))
        return QStringLiteral("BAD");
    if (member.encrypted && !reader.isUnlocked())
        return QStringLiteral("ok");
    if (!reader.readMemberTo(
            member, [](QByteArrayView) { return true; }, error))
        return QStringLiteral("BAD");
    return QStringLiteral("ok");
}

} // namespace

int runDumpInfo(CliContext &context)
{
    const auto args = parse(context);
    if (!args)
        return ExitFailure;
    const auto paths = resolveSpecs(context, *args);
    if (!paths)
        return ExitFailure;
    DumpReader reader;
    if (!reader.open(*paths))
        return context.fail(reader.errorString());
    QByteArray password = args->password;
    if (args->prompt && reader.header().encrypted()) {
        const auto typed = TerminalPrompt::readPassword(QStringLiteral("Encryption password: "));
        if (!typed)
            return context.fail(QStringLiteral("No encryption password was entered."));
        password = typed->toUtf8();
    }
    if (!password.isEmpty() && !reader.unlock(password))
        return context.fail(reader.errorString());
    QTextStream &out = context.out();
    printHeader(out, reader);
    out << ";  #  FILE  KIND          RAW        STORED     CODEC      CHECK  MEMBER / OBJECT\n";
    int index = 0;
    QStringList problems;
    for (const DumpMemberInfo &member : reader.members()) {
        QString status = QStringLiteral("-");
        QString error;
        if (args->verify) {
            status = checkMember(reader, member, &error);
            if (!error.isEmpty())
                problems << error;
        }
        const QString codec = DumpFormat::methodName(member.compression) +
                              (member.encrypted ? QStringLiteral("+enc") : QString());
        out << QString::number(++index).rightJustified(4) << "  "
            << QString::number(member.fileSequence).rightJustified(4) << "  "
            << DumpFormat::kindName(member.spec.kind).leftJustified(12) << "  "
            << QString::number(member.rawSize).rightJustified(9) << "  "
            << QString::number(member.storedSize).rightJustified(9) << "  "
            << codec.leftJustified(9) << "  " << status.leftJustified(5) << "  " << member.name
            << "  " << objectText(member) << '\n';
    }
    out.flush();
    for (const QString &problem : std::as_const(problems))
        context.err() << "sluice-cli: " << problem << '\n';
    context.err().flush();
    if (args->verify)
        out << (problems.isEmpty() ? "; Verified: every member's checksum is correct.\n"
                                   : "; Verification FAILED.\n");
    out.flush();
    return problems.isEmpty() ? ExitSuccess : ExitFailure;
}

} // namespace sluice::cli
