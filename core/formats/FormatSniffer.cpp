#include "FormatSniffer.h"

#include "ZipArchive.h"

#include <QByteArrayView>
#include <QFileInfo>
#include <QRegularExpression>

#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

struct FormatInfo
{
    Format format;
    QStringView name;
    std::array<QStringView, 3> extensions;
};

constexpr std::array Formats{
    FormatInfo{Format::PlainText, u"text", {u"txt", u"text"}},
    FormatInfo{Format::Markdown, u"markdown", {u"md", u"markdown"}},
    FormatInfo{Format::Html, u"html", {u"html", u"htm", u"xhtml"}},
    FormatInfo{Format::Docx, u"docx", {u"docx"}},
    FormatInfo{Format::Odt, u"odt", {u"odt"}},
    FormatInfo{Format::Epub, u"epub", {u"epub"}},
    FormatInfo{Format::Pdf, u"pdf", {u"pdf"}},
    FormatInfo{Format::Zip, u"zip", {}},
};

// The mimetype entry every ODF and EPUB container starts with.
struct ZipMime
{
    QByteArrayView mime;
    Format format;
};
constexpr std::array ZipMimes{
    ZipMime{"application/epub+zip", Format::Epub},
    ZipMime{"application/vnd.oasis.opendocument.text", Format::Odt},
};

constexpr QByteArrayView PdfMagic = "%PDF-";
// The specification lets a PDF header start anywhere in the first kilobyte.
constexpr qsizetype PdfHeaderWindow = 1024;
constexpr std::array<QByteArrayView, 2> ZipMagics{"PK\x03\x04", "PK\x05\x06"};
constexpr std::array<QByteArrayView, 2> HtmlStarts{"<!doctype html", "<html"};

const FormatInfo *byExtension(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const FormatInfo &info : Formats) {
        if (!suffix.isEmpty()
            && std::find(info.extensions.begin(), info.extensions.end(), suffix)
                != info.extensions.end())
            return &info;
    }
    return nullptr;
}

Format extensionOr(const QString &fileName, Format fallback)
{
    const FormatInfo *info = byExtension(fileName);
    return info != nullptr ? info->format : fallback;
}

Format sniffZip(const QByteArray &bytes, const QString &fileName)
{
    ZipArchive zip(bytes);
    if (!zip.error().isEmpty()) {
        // The loader the name asks for reports the damage in its own words.
        const Format hinted = extensionOr(fileName, Format::Zip);
        return hinted == Format::Docx || hinted == Format::Odt || hinted == Format::Epub
            ? hinted
            : Format::Zip;
    }
    if (zip.contains(u"mimetype"_s)) {
        QString error;
        const QByteArray mime = zip.read(u"mimetype"_s, error).trimmed();
        for (const ZipMime &known : ZipMimes) {
            if (mime == known.mime)
                return known.format;
        }
    }
    if (zip.contains(u"word/document.xml"_s))
        return Format::Docx;
    const Format hinted = extensionOr(fileName, Format::Zip);
    return hinted == Format::Docx || hinted == Format::Odt || hinted == Format::Epub ? hinted
                                                                                     : Format::Zip;
}

bool looksLikeHtml(const QByteArray &bytes)
{
    QByteArray head = bytes.left(1024).toLower();
    if (head.startsWith("\xef\xbb\xbf"))
        head.remove(0, 3);
    head = head.trimmed();
    // An XHTML file may open with an XML declaration or a comment before the root element.
    if (head.startsWith("<?xml") || head.startsWith("<!--"))
        return head.contains("<html");
    return std::any_of(HtmlStarts.begin(), HtmlStarts.end(),
                       [&head](QByteArrayView start) { return head.startsWith(start); });
}

} // namespace

Format FormatSniffer::sniff(const QByteArray &bytes, const QString &fileName)
{
    if (QByteArrayView(bytes).first(std::min(bytes.size(), PdfHeaderWindow)).indexOf(PdfMagic) >= 0)
        return Format::Pdf;
    if (std::any_of(ZipMagics.begin(), ZipMagics.end(),
                    [&bytes](QByteArrayView magic) { return bytes.startsWith(magic); }))
        return sniffZip(bytes, fileName);
    if (looksLikeHtml(bytes))
        return Format::Html;
    // Markdown and HTML in UTF-16 look like any text: the extension decides.
    const Format hinted = extensionOr(fileName, Format::PlainText);
    return hinted == Format::Markdown || hinted == Format::Html ? hinted : Format::PlainText;
}

bool FormatSniffer::isSupportedName(const QString &fileName)
{
    const FormatInfo *info = byExtension(fileName);
    return info != nullptr && info->format != Format::Zip;
}

QList<Format> FormatSniffer::openableFormats()
{
    QList<Format> formats;
    for (const FormatInfo &info : Formats) {
        if (info.format != Format::Zip)
            formats.append(info.format);
    }
    return formats;
}

QStringList FormatSniffer::extensions(Format format)
{
    QStringList names;
    for (const QStringView extension : Formats[size_t(format)].extensions) {
        if (!extension.isEmpty())
            names.append(extension.toString());
    }
    return names;
}

QString FormatSniffer::name(Format format)
{
    return Formats[size_t(format)].name.toString();
}

bool FormatSniffer::isTextual(Format format)
{
    return format == Format::PlainText || format == Format::Markdown || format == Format::Html;
}

QString FormatSniffer::declaredCharset(const QByteArray &bytes)
{
    constexpr qsizetype PrescanBytes = 1024;
    for (const QByteArrayView bom :
         {QByteArrayView("\xEF\xBB\xBF"), QByteArrayView("\xFF\xFE"), QByteArrayView("\xFE\xFF")}) {
        if (bytes.startsWith(bom))
            return {};
    }
    static const QRegularExpression meta(
        uR"(<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    const QString head = QString::fromLatin1(bytes.first(std::min(bytes.size(), PrescanBytes)));
    const QRegularExpressionMatch match = meta.match(head);
    if (!match.hasMatch())
        return {};
    QString charset = match.captured(1);
    if (charset.startsWith(u"utf-16"_s, Qt::CaseInsensitive)
        || charset.startsWith(u"utf-32"_s, Qt::CaseInsensitive))
        return u"UTF-8"_s;
    return charset;
}

} // namespace whosaid::formats
