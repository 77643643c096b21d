#include "AnalyzeCommand.h"
#include "BenchCommand.h"
#include "Command.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace whosaid::cli;

namespace {

void printUsage(QTextStream &stream, const std::vector<std::unique_ptr<Command>> &commands)
{
    stream << QCoreApplication::translate("main", "Usage: whosaid-cli COMMAND [OPTIONS] FILE...")
           << "\n\n"
           << QCoreApplication::translate("main",
                                          "Who said what: finds the quotations in news articles "
                                          "and the people who said them.")
           << "\n\n"
           << QCoreApplication::translate("main", "Commands:") << '\n';
    for (const auto &command : commands)
        stream << "  " << command->name().leftJustified(10) << command->description() << '\n';
    stream << '\n'
           << QCoreApplication::translate(
                  "main", "Run 'whosaid-cli COMMAND --help' for the options of a command.")
           << '\n'
           << QCoreApplication::translate("main",
                                          "Exit codes: 0 ok, 1 some input failed (the others are "
                                          "still processed), 2 usage error.")
           << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"whosaid-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(WHOSAID_VERSION));
    whosaid::i18n::installTranslations();

    std::vector<std::unique_ptr<Command>> commands;
    commands.push_back(std::make_unique<AnalyzeCommand>());
    commands.push_back(std::make_unique<BenchCommand>());
    commands.push_back(std::make_unique<ExportCommand>());
    commands.push_back(std::make_unique<ImportCommand>());

    const QStringList arguments = QCoreApplication::arguments().mid(1);
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (arguments.isEmpty()) {
        printUsage(err, commands);
        return UsageError;
    }
    const QString &first = arguments.first();
    if (first == u"--help"_s || first == u"-h"_s || first == u"help"_s) {
        printUsage(out, commands);
        return Ok;
    }
    if (first == u"--version"_s || first == u"-v"_s) {
        out << "whosaid-cli " << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    for (const auto &command : commands) {
        if (command->name() == first)
            return command->execute(arguments);
    }
    err << "whosaid-cli: " << QCoreApplication::translate("main", "unknown command '%1'").arg(first)
        << "\n\n";
    printUsage(err, commands);
    return UsageError;
}
