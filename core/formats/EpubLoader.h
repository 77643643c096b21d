#pragma once

#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// EPUB books: META-INF/container.xml names the OPF package, whose spine lists the XHTML
// chapters in reading order; each goes through the HTML extractor whole (no main-content
// choice, which would drop chapters). Title, author and date come from the package metadata.
class EpubLoader final
{
public:
    [[nodiscard]] static Extraction load(const QByteArray &bytes);
};

} // namespace whosaid::formats
