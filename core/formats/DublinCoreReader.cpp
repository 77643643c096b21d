#include "DublinCoreReader.h"

#include "Limits.h"
#include "OfficeDocument.h"

#include <QXmlStreamReader>

#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

struct Field
{
    QStringView element; // local name, whatever the namespace prefix
    QString Extraction::*field;
};

// The first of these found fills its field; earlier rows are the better names.
constexpr std::array Fields{
    Field{u"title", &Extraction::title},
    Field{u"creator", &Extraction::byline},         // dc:creator
    Field{u"initial-creator", &Extraction::byline}, // ODF meta:initial-creator
    Field{u"created", &Extraction::date},           // dcterms:created (DOCX)
    Field{u"creation-date", &Extraction::date},     // ODF meta:creation-date
    Field{u"date", &Extraction::date},              // dc:date (EPUB, ODT)
};

} // namespace

QString DublinCoreReader::read(const QByteArray &xml, Extraction &into)
{
    QXmlStreamReader reader(xml);
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement) {
            --depth;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > limits::MaxXmlDepth)
            return u"XML nested too deeply"_s;
        const QStringView name = reader.name();
        const auto *it = std::find_if(Fields.begin(), Fields.end(),
                                      [name](const Field &f) { return f.element == name; });
        if (it == Fields.end() || !(into.*(it->field)).isEmpty())
            continue;
        into.*(it->field)
            = reader.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
        --depth; // readElementText consumed the end element
    }
    if (reader.hasError())
        return xmlError(reader);
    return {};
}

} // namespace whosaid::formats
