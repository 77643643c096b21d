#include "EpubLoader.h"

#include "DublinCoreReader.h"
#include "HtmlExtractor.h"
#include "Limits.h"
#include "OfficeDocument.h"
#include "ZipArchive.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QUrl>
#include <QXmlStreamReader>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

QString xmlError(const QString &part, const QXmlStreamReader &reader)
{
    return part + u": "_s + formats::xmlError(reader);
}

// The path of the OPF package, from META-INF/container.xml.
QString packagePath(const QByteArray &container, QString &error)
{
    QXmlStreamReader reader(container);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"rootfile")
            return reader.attributes().value(u"full-path"_s).toString();
    }
    error = reader.hasError() ? xmlError(u"META-INF/container.xml"_s, reader)
                              : u"no package named in META-INF/container.xml"_s;
    return {};
}

// The chapter paths in spine order, relative to the archive root.
QStringList spine(const QByteArray &opf, const QString &opfPath, QString &error)
{
    QHash<QString, QString> manifest; // id -> href
    QStringList order;                // idrefs
    QXmlStreamReader reader(opf);
    int depth = 0;
    while (!reader.atEnd()) {
        const QXmlStreamReader::TokenType token = reader.readNext();
        if (token == QXmlStreamReader::EndElement)
            --depth;
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > limits::MaxXmlDepth) {
            error = opfPath + u": XML nested too deeply"_s;
            return {};
        }
        const QXmlStreamAttributes attrs = reader.attributes();
        if (reader.name() == u"item")
            manifest.insert(attrs.value(u"id"_s).toString(), attrs.value(u"href"_s).toString());
        else if (reader.name() == u"itemref" && attrs.value(u"linear"_s) != u"no")
            order.append(attrs.value(u"idref"_s).toString());
    }
    if (reader.hasError()) {
        error = xmlError(opfPath, reader);
        return {};
    }
    const QString base = QFileInfo(opfPath).path();
    QStringList paths;
    for (const QString &id : std::as_const(order)) {
        const QString href = manifest.value(id).section(u'#', 0, 0);
        if (href.isEmpty())
            continue;
        const QString decoded = QUrl::fromPercentEncoding(href.toUtf8());
        paths.append(QDir::cleanPath(base == u"."_s ? decoded : base + u'/' + decoded));
    }
    if (paths.size() > limits::MaxEpubChapters) {
        error = u"EPUB has too many chapters: "_s + QString::number(paths.size());
        return {};
    }
    return paths;
}

} // namespace

Extraction EpubLoader::load(const QByteArray &bytes)
{
    ZipArchive zip(bytes);
    if (!zip.error().isEmpty())
        return Extraction::failure(zip.error());
    QString error;
    if (!zip.contains(u"META-INF/container.xml"_s))
        return Extraction::failure(u"not an EPUB book: no META-INF/container.xml inside"_s);
    const QByteArray container = zip.read(u"META-INF/container.xml"_s, error);
    const QString opfPath = error.isEmpty() ? packagePath(container, error) : QString();
    const QByteArray opf = error.isEmpty() ? zip.read(opfPath, error) : QByteArray();
    const QStringList chapters = error.isEmpty() ? spine(opf, opfPath, error) : QStringList();
    if (!error.isEmpty())
        return Extraction::failure(error);

    Extraction result;
    (void)DublinCoreReader::read(opf, result);
    QString text;
    for (const QString &path : chapters) {
        const QByteArray chapter = zip.read(path, error);
        if (!error.isEmpty())
            return Extraction::failure(error);
        const Extraction part = HtmlExtractor::extract(chapter, HtmlExtractor::Mode::Chapter);
        if (!part.ok())
            return Extraction::failure(path + u": "_s + part.error);
        if (part.text.isEmpty())
            continue;
        if (text.size() + part.text.size() > limits::MaxTextChars)
            return Extraction::failure(u"book text too large"_s);
        text += (text.isEmpty() ? QString() : u"\n\n"_s) + part.text;
    }
    if (text.isEmpty())
        return Extraction::failure(u"no text in the EPUB book"_s);
    result.text = text;
    return result;
}

} // namespace whosaid::formats
