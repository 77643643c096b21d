#include "JsonTestSupport.h"

#include <QString>
#include <QStringDecoder>

namespace whosaid::coretest {

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    return !decoder.hasError() && !decoded.contains(QChar::ReplacementCharacter);
}

} // namespace whosaid::coretest
