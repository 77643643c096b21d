#pragma once

#include "Extraction.h"
#include "FormatSniffer.h"

#include <QByteArray>

namespace whosaid::formats {

// The one entry point to the format loaders: bytes of a known format in, article text out.
class FormatLoader final
{
public:
    // For a textual format (FormatSniffer::isTextual) `bytes` is the decoded text as UTF-8.
    // PlainText is not a format to extract: the caller keeps it as it is.
    [[nodiscard]] static Extraction load(Format format, const QByteArray &bytes);
};

} // namespace whosaid::formats
