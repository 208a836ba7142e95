#include "engine/params/remapfunction.h"

#include "engine/params/paramtokenizer.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sluice::engine {

namespace {

using Kind = RemapFunction::ArgumentKind;

const QList<RemapFunction::Definition> kFunctions = {
    {"NULL", 0, 0, {Kind::Any, Kind::Any}, "NULL", "Sets the column to NULL."},
    {"CONSTANT",
     1,
     1,
     {Kind::Any, Kind::Any},
     "CONSTANT(value)",
     "Sets the column to one value, a number or a 'string'."},
    {"HASH",
     0,
     0,
     {Kind::Any, Kind::Any},
     "HASH",
     "Replaces the value with a keyed hash of it (same input, same output)."},
    {"MASK",
     1,
     2,
     {Kind::Integer, Kind::String},
     "MASK(n[,'c'])",
     "Masks every character but the last n with 'c' (default '*')."},
    {"SHIFT_DAYS",
     1,
     1,
     {Kind::Integer, Kind::Any},
     "SHIFT_DAYS(n)",
     "Shifts dates and timestamps by n days (negative: earlier)."},
    {"FAKE_EMAIL",
     0,
     0,
     {Kind::Any, Kind::Any},
     "FAKE_EMAIL",
     "Replaces an e-mail address with a consistent fake one."},
};

std::optional<RemapArgument> parseArgument(const QString &text, QString *error)
{
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+(\\.[0-9]+)?$"));
    if (number.match(text).hasMatch())
        return RemapArgument{false, text};
    if (text.size() >= 2 && text.startsWith(u'\'') && text.endsWith(u'\'')) {
        QString inner = text.mid(1, text.size() - 2);
        if (inner.replace(QStringLiteral("''"), QStringLiteral("\x01")).contains(u'\'')) {
            *error = QCoreApplication::translate(
                         "RemapFunction", "a malformed string %1 (write a quote inside as '')")
                         .arg(text);
            return std::nullopt;
        }
        return RemapArgument{true, inner.replace(u'\x01', u'\'')};
    }
    *error = QCoreApplication::translate("RemapFunction",
                                         "the argument %1 is neither a number nor a 'string'")
                 .arg(text);
    return std::nullopt;
}

bool checkKinds(const RemapFunction::Definition &definition, const QList<RemapArgument> &arguments,
                QString *error)
{
    const QString name = QLatin1String(definition.name);
    if (arguments.size() < definition.minArguments || arguments.size() > definition.maxArguments) {
        *error = QCoreApplication::translate("RemapFunction", "%1 takes %2 argument(s): write %3")
                     .arg(name,
                          definition.minArguments == definition.maxArguments
                              ? QString::number(definition.minArguments)
                              : QCoreApplication::translate("RemapFunction", "%1 to %2")
                                    .arg(definition.minArguments)
                                    .arg(definition.maxArguments),
                          QLatin1String(definition.syntax));
        return false;
    }
    for (int i = 0; i < arguments.size(); ++i) {
        const Kind kind = definition.kinds[i];
        const RemapArgument &argument = arguments.at(i);
        const bool integer = !argument.isString && !argument.value.contains(u'.');
        if ((kind == Kind::Integer && !integer) || (kind == Kind::String && !argument.isString)) {
            *error = QCoreApplication::translate("RemapFunction",
                                                 "argument %1 of %2 must be %3: write %4")
                         .arg(i + 1)
                         .arg(name,
                              kind == Kind::Integer
                                  ? QCoreApplication::translate("RemapFunction", "a whole number")
                                  : QCoreApplication::translate("RemapFunction", "a 'string'"),
                              QLatin1String(definition.syntax));
            return false;
        }
    }
    if (name == u"MASK" && arguments.size() == 2 && arguments.at(1).value.size() != 1) {
        *error = QCoreApplication::translate(
            "RemapFunction", "the mask character of MASK must be one character, e.g. '*'");
        return false;
    }
    return true;
}

} // namespace

QString RemapFunctionCall::toString() const
{
    if (arguments.isEmpty())
        return name;
    QStringList texts;
    for (const RemapArgument &argument : arguments) {
        texts.append(argument.isString
                         ? u'\'' + QString(argument.value).replace(u'\'', QStringLiteral("''")) +
                               u'\''
                         : argument.value);
    }
    return name + u'(' + texts.join(u',') + u')';
}

const QList<RemapFunction::Definition> &RemapFunction::all()
{
    return kFunctions;
}

const RemapFunction::Definition *RemapFunction::find(QStringView name)
{
    for (const Definition &definition : kFunctions) {
        if (name.compare(QLatin1String(definition.name), Qt::CaseInsensitive) == 0)
            return &definition;
    }
    return nullptr;
}

QString RemapFunction::syntaxList()
{
    QStringList names;
    for (const Definition &definition : kFunctions)
        names.append(QLatin1String(definition.syntax));
    return names.join(QStringLiteral(", "));
}

std::optional<RemapFunctionCall> RemapFunction::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype open = trimmed.indexOf(u'(');
    const QString name = (open < 0 ? trimmed : trimmed.left(open)).trimmed();
    const Definition *definition = find(name);
    if (!definition) {
        *error =
            name.contains(u'.')
                ? QCoreApplication::translate(
                      "RemapFunction", "%1 looks like a PL/SQL package function; Sluice has no "
                                       "PL/SQL and offers built-in functions instead: %2")
                      .arg(name, syntaxList())
                : QCoreApplication::translate("RemapFunction",
                                              "unknown function %1; the built-in functions are: %2")
                      .arg(name, syntaxList());
        return std::nullopt;
    }
    RemapFunctionCall call{QLatin1String(definition->name), {}};
    if (open >= 0) {
        if (!trimmed.endsWith(u')')) {
            *error = QCoreApplication::translate("RemapFunction",
                                                 "%1: the argument list must end with )")
                         .arg(trimmed);
            return std::nullopt;
        }
        const QString inside = trimmed.mid(open + 1, trimmed.size() - open - 2).trimmed();
        const QStringList words =
            inside.isEmpty() ? QStringList() : ParamTokenizer::splitList(inside);
        for (const QString &word : words) {
            const auto argument = parseArgument(word, error);
            if (!argument)
                return std::nullopt;
            call.arguments.append(*argument);
        }
    }
    if (!checkKinds(*definition, call.arguments, error))
        return std::nullopt;
    return call;
}

} // namespace sluice::engine
