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

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace whosaid::cli
