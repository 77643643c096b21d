#include "Command.h"

#include <cstdio>

namespace whosaid::cli {

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

void Command::writeOut(const QByteArray &bytes)
{
    out().flush();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
}

std::optional<int> Command::parse(QCommandLineParser &parser, const QStringList &arguments) const
{
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return Ok;
    }
    return std::nullopt;
}

int Command::usageError(const QString &message) const
{
    err() << "whosaid-cli " << name() << ": " << message << '\n';
    return UsageError;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace whosaid::cli
