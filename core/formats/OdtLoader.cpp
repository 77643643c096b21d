#include "OdtLoader.h"

#include "Limits.h"
#include "OfficeDocument.h"
#include "ParagraphBuilder.h"

#include <QXmlStreamReader>

#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

enum class Action { Paragraph, Spaces, Space, LineBreak, Skip };

struct Element
{
    QStringView namespaceUri;
    QStringView name;
    Action action;
};

constexpr QStringView TextNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView OfficeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";

constexpr std::array Elements{
    Element{TextNs, u"p", Action::Paragraph},
    Element{TextNs, u"h", Action::Paragraph},
    Element{TextNs, u"s", Action::Spaces},
    Element{TextNs, u"tab", Action::Space},
    Element{TextNs, u"line-break", Action::LineBreak},
    Element{TextNs, u"note", Action::Skip},            // footnotes and endnotes
    Element{TextNs, u"tracked-changes", Action::Skip}, // deleted text kept for undo
    Element{OfficeNs, u"annotation", Action::Skip},    // comments
};

QString readBody(const QByteArray &xml, ParagraphBuilder &out)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    int inParagraph = 0; // text outside paragraphs is only indentation of the XML
    while (!reader.atEnd() && !out.full()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::Characters && inParagraph > 0) {
            out.append(reader.text());
            continue;
        }
        const bool paragraph
            = reader.namespaceUri() == TextNs && (reader.name() == u"p" || reader.name() == u"h");
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            if (paragraph) {
                --inParagraph;
                out.breakParagraph();
            }
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > limits::MaxXmlDepth)
            return u"XML nested too deeply"_s;
        const QStringView ns = reader.namespaceUri();
        const QStringView name = reader.name();
        const auto *it = std::find_if(Elements.begin(), Elements.end(), [&](const Element &e) {
            return e.name == name && e.namespaceUri == ns;
        });
        if (it == Elements.end())
            continue;
        switch (it->action) {
        case Action::Paragraph:
            ++inParagraph;
            out.breakParagraph();
            break;
        case Action::Spaces:
        case Action::Space:
            // Collapsed like any white space: the analysis has no use for runs of spaces.
            out.appendSpace();
            break;
        case Action::LineBreak:
            out.breakLine();
            break;
        case Action::Skip:
            reader.skipCurrentElement();
            --depth;
            break;
        }
    }
    if (reader.hasError())
        return xmlError(reader);
    return {};
}

} // namespace

Extraction OdtLoader::load(const QByteArray &bytes)
{
    return loadOfficeDocument(
        bytes,
        {u"content.xml"_s, u"not an OpenDocument text: no content.xml inside"_s, u"meta.xml"_s},
        &readBody);
}

} // namespace whosaid::formats
