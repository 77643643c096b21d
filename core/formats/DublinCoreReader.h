#pragma once

#include "Extraction.h"

#include <QByteArray>

namespace whosaid::formats {

// Title, author and date from the Dublin Core metadata that DOCX (docProps/core.xml), ODT
// (meta.xml) and EPUB (the OPF package) all carry, under slightly different element names.
class DublinCoreReader final
{
public:
    // Fills the empty metadata fields of `into`; returns an XML error message, or empty.
    static QString read(const QByteArray &xml, Extraction &into);
};

} // namespace whosaid::formats
