#include "DocxLoader.h"

#include "DublinCoreReader.h"
#include "Limits.h"
#include "ParagraphBuilder.h"
#include "ZipArchive.h"

#include <QXmlStreamReader>

#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

enum class Action { Text, Space, LineBreak, Paragraph, Skip };

struct Element
{
    QStringView name; // in the WordprocessingML namespace
    Action action;
};

constexpr std::array Elements{
    Element{u"t", Action::Text},
    Element{u"tab", Action::Space},
    Element{u"br", Action::LineBreak},
    Element{u"cr", Action::LineBreak},
    Element{u"p", Action::Paragraph},
    Element{u"delText", Action::Skip},   // text a tracked change deleted
    Element{u"instrText", Action::Skip}, // field codes such as PAGE or HYPERLINK
};

constexpr QStringView WordNamespace
    = u"http://schemas.openxmlformats.org/wordprocessingml/2006/main";

QString readBody(const QByteArray &xml, ParagraphBuilder &out)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd() && !out.full()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (reader.name() == u"p" && reader.namespaceUri() == WordNamespace)
                out.breakParagraph();
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > limits::MaxXmlDepth)
            return u"XML nested too deeply"_s;
        if (reader.namespaceUri() != WordNamespace)
            continue;
        const QStringView name = reader.name();
        const auto *it = std::find_if(Elements.begin(), Elements.end(),
                                      [name](const Element &e) { return e.name == name; });
        if (it == Elements.end())
            continue;
        switch (it->action) {
        case Action::Text:
            out.append(reader.readElementText(QXmlStreamReader::SkipChildElements));
            --depth;
            break;
        case Action::Space:
            out.appendSpace();
            break;
        case Action::LineBreak:
            out.breakLine();
            break;
        case Action::Paragraph:
            out.breakParagraph();
            break;
        case Action::Skip:
            reader.skipCurrentElement();
            --depth;
            break;
        }
    }
    if (reader.hasError())
        return u"malformed XML: "_s + reader.errorString() + u" at line "_s
            + QString::number(reader.lineNumber());
    return {};
}

} // namespace

Extraction DocxLoader::load(const QByteArray &bytes)
{
    ZipArchive zip(bytes);
    if (!zip.error().isEmpty())
        return Extraction::failure(zip.error());
    if (!zip.contains(u"word/document.xml"_s))
        return Extraction::failure(u"not a Word document: no word/document.xml inside"_s);
    QString error;
    const QByteArray body = zip.read(u"word/document.xml"_s, error);
    if (!error.isEmpty())
        return Extraction::failure(error);

    Extraction result;
    ParagraphBuilder text;
    error = readBody(body, text);
    if (!error.isEmpty())
        return Extraction::failure(u"word/document.xml: "_s + error);
    if (text.full())
        return Extraction::failure(u"document text too large"_s);
    result.text = text.text();

    // Metadata is optional: a missing or broken core.xml costs the title, not the article.
    if (zip.contains(u"docProps/core.xml"_s)) {
        const QByteArray core = zip.read(u"docProps/core.xml"_s, error);
        if (error.isEmpty())
            (void)DublinCoreReader::read(core, result);
    }
    return result;
}

} // namespace whosaid::formats
