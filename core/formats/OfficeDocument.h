#pragma once

#include "Extraction.h"

#include <QByteArray>
#include <QString>

class QXmlStreamReader;

namespace whosaid::formats {

class ParagraphBuilder;

// What DOCX and ODT share: a zip holding one XML part with the body and an optional Dublin Core
// part with the title, author and date.
struct OfficeParts
{
    QString body;        // "word/document.xml", "content.xml"
    QString notThisKind; // the error when the body part is missing
    QString metadata;    // "docProps/core.xml", "meta.xml"
};

// Reads the body XML into out; returns an error message or an empty string.
using OfficeBodyReader = QString (*)(const QByteArray &xml, ParagraphBuilder &out);

[[nodiscard]] Extraction loadOfficeDocument(const QByteArray &bytes, const OfficeParts &parts,
                                            OfficeBodyReader readBody);

// "malformed XML: <reason> at line N" for a reader that stopped with an error.
[[nodiscard]] QString xmlError(const QXmlStreamReader &reader);

} // namespace whosaid::formats
