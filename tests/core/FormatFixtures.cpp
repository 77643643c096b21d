#include "FormatFixtures.h"

#include <QFile>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QtTest>

#include <zip.h>

using namespace Qt::StringLiterals;

namespace whosaid::formattest {

namespace {

QByteArray escaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

} // namespace

QString dataPath(const QString &name)
{
    return QString::fromUtf8(WHOSAID_TEST_DATA) + u"/formats/"_s + name;
}

QByteArray readData(const QString &name)
{
    QFile file(dataPath(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read the fixture %s", qPrintable(file.fileName()));
    return file.readAll();
}

QStringList articleParagraphs()
{
    const QString text = QString::fromUtf8(readData(u"article.txt"_s));
    QStringList paragraphs;
    for (const QString &p : text.split(u"\n\n"_s, Qt::SkipEmptyParts))
        paragraphs.append(p.simplified());
    return paragraphs;
}

QByteArray makeZip(const QList<ZipEntry> &entries)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (archive == nullptr)
        qFatal("libzip: %s", zip_error_strerror(&error));
    zip_source_keep(buffer);
    for (const ZipEntry &entry : entries) {
        // libzip reads the data when the archive is closed: it must outlive zip_close.
        zip_source_t *data = zip_source_buffer(archive, entry.data.constData(),
                                               zip_uint64_t(entry.data.size()), 0);
        const zip_int64_t index
            = zip_file_add(archive, entry.name.toUtf8().constData(), data, ZIP_FL_ENC_UTF_8);
        if (index < 0)
            qFatal("libzip: %s", zip_strerror(archive));
        zip_set_file_compression(archive, zip_uint64_t(index),
                                 entry.stored ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 9);
    }
    if (zip_close(archive) != 0)
        qFatal("libzip: cannot write the archive");
    zip_source_open(buffer);
    zip_source_seek(buffer, 0, SEEK_END);
    const zip_int64_t size = zip_source_tell(buffer);
    zip_source_seek(buffer, 0, SEEK_SET);
    QByteArray bytes(qsizetype(size), Qt::Uninitialized);
    zip_source_read(buffer, bytes.data(), zip_uint64_t(size));
    zip_source_close(buffer);
    zip_source_free(buffer);
    zip_error_fini(&error);
    return bytes;
}

QByteArray docxDocumentXml(const QStringList &paragraphs)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)";
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QByteArray style
            = i == 0 ? R"(<w:pPr><w:pStyle w:val="Heading1"/></w:pPr>)"_ba : QByteArray();
        // Words split over runs, as Word writes them after an edit.
        const QString &p = paragraphs[i];
        const qsizetype cut = p.indexOf(u' ', p.size() / 2);
        const QString first = cut > 0 ? p.left(cut + 1) : p;
        const QString rest = cut > 0 ? p.mid(cut + 1) : QString();
        xml += "<w:p>" + style + R"(<w:r><w:t xml:space="preserve">)" + escaped(first)
            + "</w:t></w:r>";
        if (i == 1) // a footnote reference and a deleted word: neither is body text
            xml += R"(<w:r><w:footnoteReference w:id="1"/></w:r><w:del><w:r><w:delText>badly</w:delText></w:r></w:del>)";
        xml += "<w:r><w:t>" + escaped(rest) + "</w:t></w:r></w:p>";
    }
    xml += "</w:body></w:document>";
    return xml;
}

QByteArray articleDocx()
{
    const QByteArray footnotes = R"(<?xml version="1.0" encoding="UTF-8"?>
<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>“A footnote,” said Nobody Else.</w:t></w:r></w:p></w:footnote></w:footnotes>)";
    const QByteArray core = R"(<?xml version="1.0" encoding="UTF-8"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"><dc:title>Riverside library to close for a year of repairs</dc:title><dc:creator>Dana Whitfield</dc:creator><dcterms:created>2026-02-14T08:30:00Z</dcterms:created></cp:coreProperties>)";
    return makeZip({
        {u"[Content_Types].xml"_s,
         R"(<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
        {u"word/document.xml"_s, docxDocumentXml(articleParagraphs())},
        {u"word/footnotes.xml"_s, footnotes},
        {u"docProps/core.xml"_s, core},
    });
}

QByteArray odtContentXml(const QStringList &paragraphs)
{
    QByteArray xml = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>)";
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        const QByteArray tag = i == 0 ? "text:h" : "text:p";
        QByteArray body = escaped(paragraphs[i]);
        // Styled spans, an encoded double space and a footnote: the note stays out of the text.
        body.replace(" said ",
                     R"( <text:span text:style-name="T1">said</text:span><text:s text:c="2"/>)");
        if (i == 1)
            body
                += R"(<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation><text:note-body><text:p>“A footnote,” said Nobody Else.</text:p></text:note-body></text:note>)";
        xml += "<" + tag + ">" + body + "</" + tag + ">";
    }
    xml += "</office:text></office:body></office:document-content>";
    return xml;
}

QByteArray articleOdt()
{
    const QByteArray meta = R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"><office:meta><dc:title>Riverside library to close for a year of repairs</dc:title><meta:initial-creator>Dana Whitfield</meta:initial-creator><meta:creation-date>2026-02-14T08:30:00</meta:creation-date></office:meta></office:document-meta>)";
    return makeZip({
        {u"mimetype"_s, "application/vnd.oasis.opendocument.text", true},
        {u"content.xml"_s, odtContentXml(articleParagraphs())},
        {u"meta.xml"_s, meta},
    });
}

QByteArray articleEpub()
{
    const QStringList paragraphs = articleParagraphs();
    const auto chapter = [](const QStringList &ps, qsizetype from, qsizetype to) -> QByteArray {
        QByteArray html = R"(<?xml version="1.0" encoding="utf-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>Chapter</title></head><body>)";
        for (qsizetype i = from; i < to; ++i)
            html += QByteArray(i == 0 ? "<h1>" : "<p>") + escaped(ps[i])
                + QByteArray(i == 0 ? "</h1>" : "</p>");
        return html + "</body></html>";
    };
    const qsizetype half = paragraphs.size() / 2;
    // The spine lists part two after part one although the manifest has them the other way.
    const QByteArray opf = R"(<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:identifier id="id">riverside</dc:identifier><dc:title>Riverside library to close for a year of repairs</dc:title><dc:creator>Dana Whitfield</dc:creator><dc:date>2026-02-14</dc:date></metadata>
<manifest><item id="two" href="text/part%202.xhtml" media-type="application/xhtml+xml"/><item id="one" href="text/part1.xhtml" media-type="application/xhtml+xml"/><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/></manifest>
<spine><itemref idref="one"/><itemref idref="two"/><itemref idref="nav" linear="no"/></spine></package>)";
    return makeZip({
        {u"mimetype"_s, "application/epub+zip", true},
        {u"META-INF/container.xml"_s, R"(<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles></container>)"},
        {u"OEBPS/content.opf"_s, opf},
        {u"OEBPS/text/part1.xhtml"_s, chapter(paragraphs, 0, half)},
        {u"OEBPS/text/part 2.xhtml"_s, chapter(paragraphs, half, paragraphs.size())},
        {u"OEBPS/nav.xhtml"_s,
         R"(<html><body><nav><p>“Contents,” says the nav.</p></nav></body></html>)"},
    });
}

QByteArray articlePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A5));
    writer.setTitle(u"Riverside library to close for a year of repairs"_s);
    writer.setCreator(u"whosaid tests"_s);
    QString html;
    for (const QString &p : articleParagraphs())
        html += u"<p>"_s + p.toHtmlEscaped() + u"</p>"_s;
    QTextDocument document;
    document.setHtml(html);
    document.print(&writer);
    buffer.close();
    return bytes;
}

} // namespace whosaid::formattest
