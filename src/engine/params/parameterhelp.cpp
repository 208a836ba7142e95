#include "engine/params/parameterhelp.h"

#include "engine/params/parametercatalog.h"

#include <QStringList>

namespace sluice::engine {

namespace {

// "Valid keyword values are: [ALL], DATA_ONLY and METADATA_ONLY."
QString keywordValues(const ParameterDefinition &definition, const QString &defaultText)
{
    QStringList values = QString::fromLatin1(definition.values).split(u'|');
    for (QString &value : values) {
        if (defaultText.startsWith(value))
            value = u'[' + value + u']';
    }
    const QString last = values.takeLast();
    const QString list = values.isEmpty()
                             ? last
                             : values.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
    return QStringLiteral("Valid keyword values are: %1.").arg(list);
}

QString entry(const ParameterDefinition &definition, JobOperation operation)
{
    const QString defaultText = definition.defaultText(operation);
    QString text = definition.keyword() + u'\n' + QLatin1String(definition.description);
    if (definition.kind == ValueKind::YesNo) {
        text +=
            QStringLiteral(" [%1]").arg(defaultText.isEmpty() ? QStringLiteral("NO") : defaultText);
    } else if (definition.kind == ValueKind::Keyword &&
               QByteArray(definition.values).contains('|')) {
        text += u'\n' + keywordValues(definition, defaultText);
    } else if (!defaultText.isEmpty()) {
        text += QStringLiteral(" [%1]").arg(defaultText);
    }
    return text + u'\n';
}

} // namespace

QString ParameterHelp::text(JobOperation operation)
{
    const bool isExport = operation == JobOperation::Export;
    const QString command = isExport ? QStringLiteral("export") : QStringLiteral("import");
    QString text;
    text += QStringLiteral("%1: Sluice, with Oracle Data Pump's %2 parameters\n\n")
                .arg(isExport ? QStringLiteral("Export") : QStringLiteral("Import"),
                     isExport ? QStringLiteral("expdp") : QStringLiteral("impdp"));
    text += QStringLiteral("   Format:  sluice-cli %1 <connection> KEYWORD=value or "
                           "KEYWORD=(value1,value2,...,valueN)\n")
                .arg(command);
    text += isExport ? QStringLiteral("   Example: sluice-cli export hr_profile SCHEMAS=hr "
                                      "DIRECTORY=dpump_dir1 DUMPFILE=hr%U.dmp\n")
                     : QStringLiteral("   Example: sluice-cli import hr_profile "
                                      "DIRECTORY=dpump_dir1 DUMPFILE=hr%U.dmp "
                                      "REMAP_SCHEMA=hr:hr_test\n");
    text += QStringLiteral("\nThe connection (a saved profile, or a URL such as "
                           "postgresql://user@host/db) must be the first argument, or USERID=.\n"
                           "Add --show-parfile to check the parameters and print them as a "
                           "normalized parameter file.\n\n");
    text += QString(78, u'-') + QStringLiteral("\n\nThe available keywords and their "
                                               "descriptions follow. Default values are listed "
                                               "within square brackets.\n\n");
    QStringList rejected;
    for (const ParameterDefinition &definition : ParameterCatalog::all()) {
        const ParameterSupport support = definition.support(operation);
        if (support == ParameterSupport::Applies)
            text += entry(definition, operation) + u'\n';
        else if (support == ParameterSupport::Rejected)
            rejected.append(definition.keyword());
    }
    text += QString(78, u'-') + u'\n';
    text += QStringLiteral("Data Pump parameters that do not apply to SQLite, PostgreSQL and "
                           "MariaDB, rejected with the reason when given:\n%1.\n")
                .arg(rejected.join(QStringLiteral(", ")));
    text += QStringLiteral("Original exp/imp parameters (LOG, FILE, OWNER, ...) are refused with "
                           "their Data Pump equivalent.\n");
    return text;
}

} // namespace sluice::engine
