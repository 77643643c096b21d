#include "Command.h"

#include <cstdio>

namespace whosaid::cli {

QTextStream &Command::out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &Command::err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace whosaid::cli
