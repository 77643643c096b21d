#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace whosaid::cli {

// Exit codes of whosaid-cli.
enum ExitCode : int { Ok = 0, InputFailed = 1, UsageError = 2 };

// One subcommand of whosaid-cli ("analyze", "bench").
class Command
{
public:
    Command() = default;
    virtual ~Command() = default;
    Command(const Command &) = delete;
    Command &operator=(const Command &) = delete;
    Command(Command &&) = delete;
    Command &operator=(Command &&) = delete;

    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString description() const = 0;
    // arguments: the command's own arguments, with the command name first.
    virtual int execute(const QStringList &arguments) = 0;

protected:
    static QTextStream &out();
    static QTextStream &err();
    // Bytes (UTF-8) to standard output as they are, after what out() holds.
    static void writeOut(const QByteArray &bytes);
    // Parses the arguments; an exit code when the command is done already (an error, or
    // --help printed), nothing when it should go on.
    [[nodiscard]] std::optional<int> parse(QCommandLineParser &parser,
                                           const QStringList &arguments) const;
    // "whosaid-cli NAME: message" on stderr; returns UsageError.
    int usageError(const QString &message) const;
};

} // namespace whosaid::cli
