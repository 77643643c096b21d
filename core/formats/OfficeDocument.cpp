#include "OfficeDocument.h"

#include "DublinCoreReader.h"
#include "ParagraphBuilder.h"
#include "ZipArchive.h"

#include <QXmlStreamReader>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

Extraction loadOfficeDocument(const QByteArray &bytes, const OfficeParts &parts,
                              OfficeBodyReader readBody)
{
    ZipArchive zip(bytes);
    if (!zip.error().isEmpty())
        return Extraction::failure(zip.error());
    if (!zip.contains(parts.body))
        return Extraction::failure(parts.notThisKind);
    QString error;
    const QByteArray body = zip.read(parts.body, error);
    if (!error.isEmpty())
        return Extraction::failure(error);

    Extraction result;
    ParagraphBuilder text;
    error = readBody(body, text);
    if (!error.isEmpty())
        return Extraction::failure(parts.body + u": "_s + error);
    if (text.full())
        return Extraction::failure(u"document text too large"_s);
    result.text = text.text();

    // Metadata is optional: a missing or broken part costs the title, not the article.
    if (zip.contains(parts.metadata)) {
        const QByteArray metadata = zip.read(parts.metadata, error);
        if (error.isEmpty())
            (void)DublinCoreReader::read(metadata, result);
    }
    return result;
}

QString xmlError(const QXmlStreamReader &reader)
{
    return u"malformed XML: "_s + reader.errorString() + u" at line "_s
        + QString::number(reader.lineNumber());
}

} // namespace whosaid::formats
