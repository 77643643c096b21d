#include "DocxLoader.h"

#include "Limits.h"
#include "OfficeDocument.h"
#include "ParagraphBuilder.h"

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
        return xmlError(reader);
    return {};
}

} // namespace

Extraction DocxLoader::load(const QByteArray &bytes)
{
    return loadOfficeDocument(bytes,
                              {u"word/document.xml"_s,
                               u"not a Word document: no word/document.xml inside"_s,
                               u"docProps/core.xml"_s},
                              &readBody);
}

} // namespace whosaid::formats
