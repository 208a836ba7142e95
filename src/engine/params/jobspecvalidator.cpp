#include "engine/params/jobspecvalidator.h"

#include "engine/params/parfilewriter.h"

#include <QCoreApplication>
#include <QStringList>

namespace sluice::engine {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JobSpecValidator", text);
}

struct Rule
{
    bool violated;
    QString first;  // "QUERY"
    QString second; // "CONTENT=METADATA_ONLY"
    QString reason; // why, and what to do
};

QString keywordOf(const QString &text)
{
    return text.section(u'=', 0, 0);
}

ParameterError conflict(const Rule &rule, const QHash<QString, SourcePosition> &given)
{
    const SourcePosition a = given.value(keywordOf(rule.first));
    const SourcePosition b = given.value(keywordOf(rule.second));
    // Point at whichever came later, the one that made the combination.
    const bool bLater =
        b.isValid() && (!a.isValid() || (a.parfile == b.parfile && b.number > a.number));
    return ParameterError{
        keywordOf(rule.first), rule.first + u' ' + rule.second, bLater ? b : a,
        tr("%1 cannot be combined with %2: %3").arg(rule.first, rule.second, rule.reason)};
}

std::optional<ParameterError> checkAttach(const QHash<QString, SourcePosition> &given)
{
    static const QStringList allowed = {
        QStringLiteral("ATTACH"), QStringLiteral("USERID"), QStringLiteral("PARFILE"),
        QStringLiteral("ENCRYPTION_PASSWORD"), QStringLiteral("ENCRYPTION_PWD_PROMPT")};
    QStringList others;
    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        if (!allowed.contains(it.key()))
            others.append(it.key());
    }
    if (others.isEmpty())
        return std::nullopt;
    others.sort();
    const Rule rule{true, QStringLiteral("ATTACH"), others.first(),
                    tr("a job that is attached to keeps its own parameters, so only "
                       "ENCRYPTION_PASSWORD may accompany ATTACH; remove %1 (change "
                       "PARALLEL and the like at the interactive prompt instead)")
                        .arg(others.join(QStringLiteral(", ")))};
    return conflict(rule, given);
}

QList<Rule> rules(const JobSpec &spec)
{
    const bool isImport = spec.operation == JobOperation::Import;
    const bool metadataOnly = spec.content == JobContent::MetadataOnly;
    const bool dataOnly = spec.content == JobContent::DataOnly;
    const bool password = !spec.encryptionPassword.isEmpty();
    const QString content =
        spec.content ? QStringLiteral("CONTENT=") + enumKeyword(*spec.content) : QString();
    const QString tea = spec.tableExistsAction ? QStringLiteral("TABLE_EXISTS_ACTION=") +
                                                     enumKeyword(*spec.tableExistsAction)
                                               : QString();
    const bool network = !spec.networkLink.isEmpty();
    return {
        {spec.flashbackScn && spec.flashbackTime, QStringLiteral("FLASHBACK_SCN"),
         QStringLiteral("FLASHBACK_TIME"), tr("they name the same point in two ways; keep one")},
        {!spec.queries.isEmpty() && metadataOnly, QStringLiteral("QUERY"), content,
         tr("QUERY filters rows and METADATA_ONLY moves none; remove QUERY or CONTENT")},
        {!spec.samples.isEmpty() && metadataOnly, QStringLiteral("SAMPLE"), content,
         tr("SAMPLE selects rows and METADATA_ONLY moves none; remove SAMPLE or CONTENT")},
        {!spec.remapData.isEmpty() && metadataOnly, QStringLiteral("REMAP_DATA"), content,
         tr("REMAP_DATA changes rows and METADATA_ONLY loads none; remove one of them")},
        {!spec.queries.isEmpty() && spec.estimateOnly, QStringLiteral("QUERY"),
         QStringLiteral("ESTIMATE_ONLY=YES"),
         tr("estimates are made for whole tables; remove QUERY")},
        {spec.estimateOnly && !spec.dumpFiles.isEmpty(), QStringLiteral("ESTIMATE_ONLY=YES"),
         QStringLiteral("DUMPFILE"), tr("an estimate writes no dump file; remove DUMPFILE")},
        {spec.noLogFile && spec.logFile.has_value(), QStringLiteral("NOLOGFILE=YES"),
         QStringLiteral("LOGFILE"), tr("remove one of them")},
        {dataOnly && (spec.tableExistsAction == TableExistsAction::Skip ||
                      spec.tableExistsAction == TableExistsAction::Replace),
         tea, content,
         tr("a data-only import loads into existing tables; use TABLE_EXISTS_ACTION=APPEND "
            "or TRUNCATE (APPEND is the default)")},
        {isImport && !network && spec.flashbackScn.has_value(), QStringLiteral("FLASHBACK_SCN"),
         tr("a dump file import (no NETWORK_LINK)"),
         tr("a dump file set is already one consistent snapshot; FLASHBACK_SCN applies "
            "to imports with NETWORK_LINK only")},
        {isImport && !network && spec.flashbackTime.has_value(), QStringLiteral("FLASHBACK_TIME"),
         tr("a dump file import (no NETWORK_LINK)"),
         tr("a dump file set is already one consistent snapshot; FLASHBACK_TIME applies "
            "to imports with NETWORK_LINK only")},
        {isImport && !network && spec.estimate.has_value(), QStringLiteral("ESTIMATE"),
         tr("a dump file import (no NETWORK_LINK)"),
         tr("the dump file set already records its sizes; ESTIMATE applies to imports "
            "with NETWORK_LINK only")},
        {spec.sqlFile && spec.content && !metadataOnly, QStringLiteral("SQLFILE"), content,
         tr("SQLFILE writes DDL only; leave CONTENT out or use CONTENT=METADATA_ONLY")},
        {spec.sqlFile && !spec.queries.isEmpty(), QStringLiteral("SQLFILE"),
         QStringLiteral("QUERY"), tr("SQLFILE loads no rows for QUERY to filter; remove QUERY")},
        {spec.sqlFile && !spec.remapData.isEmpty(), QStringLiteral("SQLFILE"),
         QStringLiteral("REMAP_DATA"), tr("SQLFILE loads no rows to remap; remove REMAP_DATA")},
        {spec.sqlFile && spec.verify.has_value(), QStringLiteral("SQLFILE"),
         QStringLiteral("VERIFY"), tr("SQLFILE loads nothing to verify; remove VERIFY")},
        {spec.targetDialect && !spec.sqlFile, QStringLiteral("TARGET_DIALECT"),
         tr("a job without SQLFILE"),
         tr("TARGET_DIALECT chooses the dialect of SQLFILE's DDL; add SQLFILE=file.sql "
            "or remove TARGET_DIALECT (a real import uses the target connection's dialect)")},
        {network && !spec.dumpFiles.isEmpty(), QStringLiteral("NETWORK_LINK"),
         QStringLiteral("DUMPFILE"),
         tr("a network import copies straight from the source with no dump file; remove "
            "DUMPFILE (or NETWORK_LINK to import the dump)")},
        {network && spec.hasEncryptionPassword(), QStringLiteral("NETWORK_LINK"),
         password ? QStringLiteral("ENCRYPTION_PASSWORD") : QStringLiteral("ENCRYPTION_PWD_PROMPT"),
         tr("there is no dump file to decrypt in a network import; remove it")},
        {password && spec.encryptionPasswordPrompt, QStringLiteral("ENCRYPTION_PASSWORD"),
         QStringLiteral("ENCRYPTION_PWD_PROMPT=YES"),
         tr("give the password one way; prefer the prompt")},
        {spec.encryption == EncryptionScope::None && spec.hasEncryptionPassword(),
         QStringLiteral("ENCRYPTION=NONE"),
         password ? QStringLiteral("ENCRYPTION_PASSWORD") : QStringLiteral("ENCRYPTION_PWD_PROMPT"),
         tr("a password is only used to encrypt; remove one of them")},
        {spec.encryption && spec.encryption != EncryptionScope::None &&
             !spec.hasEncryptionPassword(),
         QStringLiteral("ENCRYPTION=") +
             enumKeyword(spec.encryption.value_or(EncryptionScope::None)),
         tr("no ENCRYPTION_PASSWORD"),
         tr("Sluice has no wallet, so encryption needs a password: add "
            "ENCRYPTION_PWD_PROMPT=YES")},
        {spec.compression == CompressionScope::None && spec.compressionAlgorithm.has_value(),
         QStringLiteral("COMPRESSION=NONE"), QStringLiteral("COMPRESSION_ALGORITHM"),
         tr("nothing is compressed; remove COMPRESSION_ALGORITHM or choose COMPRESSION=ALL")},
    };
}

} // namespace

std::optional<ParameterError>
JobSpecValidator::validate(const JobSpec &spec, const QHash<QString, SourcePosition> &given)
{
    if (spec.help)
        return std::nullopt;
    QHash<QString, SourcePosition> written = given;
    if (written.isEmpty()) {
        for (const auto &entry : ParfileWriter::entries(spec))
            written.insert(entry.first, SourcePosition{});
    }
    if (spec.attach)
        return checkAttach(written);
    if (spec.connection.isEmpty() &&
        !(spec.operation == JobOperation::Import && spec.sqlFile && spec.targetDialect)) {
        const bool sqlOnly = spec.operation == JobOperation::Import && spec.sqlFile;
        return ParameterError{
            QStringLiteral("USERID"), QString(), SourcePosition{},
            sqlOnly ? tr("no connection given: name the target database as the first "
                         "argument, or give TARGET_DIALECT=postgresql|mariadb|sqlite "
                         "so SQLFILE can be written without one")
                    : tr("no connection given: name a saved connection profile or a "
                         "URL as the first argument, e.g. sluice-cli %1 hr_profile "
                         "SCHEMAS=hr")
                          .arg(spec.operation == JobOperation::Export ? QStringLiteral("export")
                                                                      : QStringLiteral("import"))};
    }
    for (const Rule &rule : rules(spec)) {
        if (rule.violated)
            return conflict(rule, written);
    }
    return std::nullopt;
}

} // namespace sluice::engine
