#include "ArticleLoader.h"

#include "TextDecoder.h"
#include "formats/FormatLoader.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <array>

namespace whosaid::document {

using namespace Qt::StringLiterals;

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr qint64 GiB = 1024 * MiB;

// Binary units printed as "KB"/"MB", as file managers do; one decimal below ten.
QString sizeText(qint64 bytes, int extraDecimals)
{
    if (bytes < KiB)
        return QString::number(bytes) + (bytes == 1 ? u" byte"_s : u" bytes"_s);
    struct Unit
    {
        qint64 size;
        QStringView name;
    };
    static constexpr std::array units{Unit{GiB, u"GB"}, Unit{MiB, u"MB"}, Unit{KiB, u"KB"}};
    const Unit unit = *std::find_if(units.begin(), units.end(),
                                    [bytes](const Unit &u) { return bytes >= u.size; });
    const double value = double(bytes) / double(unit.size);
    const int decimals = (value < 10 ? 1 : 0) + extraDecimals;
    return QString::number(value, 'f', decimals) + u' ' + unit.name;
}

// "file too large: 812 MB, limit 256 MB"; more digits when rounding would print two equal sizes.
QString tooLargeMessage(qint64 size, qint64 limit)
{
    for (int extra = 0; extra <= 2; ++extra) {
        const QString sizeStr = sizeText(size, extra);
        const QString limitStr = sizeText(limit, extra);
        if (sizeStr != limitStr)
            return u"file too large: "_s + sizeStr + u", limit "_s + limitStr;
    }
    return u"file too large: "_s + QString::number(size) + u" bytes, limit "_s
        + QString::number(limit) + u" bytes"_s;
}

LoadResult failure(const QString &error)
{
    return {Document(), error};
}

// A document from what a format loader extracted; its paragraphs are separated by blank lines.
LoadResult extracted(formats::Format format, const QByteArray &bytes, const QString &encoding)
{
    formats::Extraction extraction = formats::FormatLoader::load(format, bytes);
    if (!extraction.ok())
        return failure(extraction.error);
    if (extraction.text.trimmed().isEmpty())
        return failure(u"no text in the file"_s);
    LoadResult result{Document(std::move(extraction.text), Document::LineEndings::Keep), {}};
    result.document.encoding = encoding;
    result.document.loader = formats::FormatSniffer::name(format);
    result.document.title = extraction.title;
    result.document.byline = extraction.byline;
    result.document.date = extraction.date;
    return result;
}

} // namespace

LoadResult ArticleLoader::load(const QString &path) const
{
    const QFileInfo info(path);
    if (!info.exists())
        return failure(u"no such file"_s);
    if (info.isDir())
        return failure(u"is a directory, not a file"_s);
    // Devices and pipes can block or never end.
    if (!info.isFile())
        return failure(u"not a regular file"_s);
    if (!info.isReadable())
        return failure(u"permission denied"_s);
    if (info.size() > m_maxBytes)
        return failure(tooLargeMessage(info.size(), m_maxBytes));

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(u"cannot read: "_s + file.errorString());
    // loadBytes() checks the size again, for a file that grew since it was measured.
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return failure(u"cannot read: "_s + file.errorString());
    return loadBytes(bytes, path);
}

LoadResult ArticleLoader::loadBytes(const QByteArray &bytes, const QString &sourceName) const
{
    if (bytes.size() > m_maxBytes)
        return failure(tooLargeMessage(bytes.size(), m_maxBytes));

    // Content first, the name's extension as a hint: a saved page named .txt is still HTML.
    const formats::Format format = formats::FormatSniffer::sniff(bytes, sourceName);
    if (!formats::FormatSniffer::isTextual(format)) {
        LoadResult result = extracted(format, bytes, {});
        result.document.sourcePath = sourceName;
        return result;
    }

    // A web page's own declaration of its encoding comes before guessing; one that cannot be
    // decoded with is ignored.
    QString encoding = m_forcedEncoding;
    if (encoding.isEmpty() && format == formats::Format::Html)
        encoding = formats::FormatSniffer::declaredCharset(bytes);
    TextDecoder::Result decoded = TextDecoder::decode(bytes, encoding);
    if (!decoded.ok() && encoding != m_forcedEncoding)
        decoded = TextDecoder::decode(bytes, m_forcedEncoding);
    if (!decoded.ok())
        return failure(decoded.error);
    if (decoded.text.trimmed().isEmpty())
        return failure(u"empty file"_s);

    // HTML and Markdown in any encoding reach their parsers as UTF-8.
    if (format != formats::Format::PlainText) {
        LoadResult result = extracted(format, decoded.text.toUtf8(), decoded.encoding);
        result.document.sourcePath = sourceName;
        return result;
    }

    LoadResult result{Document(std::move(decoded.text), Document::LineEndings::Normalise), {}};
    result.document.sourcePath = sourceName;
    result.document.encoding = decoded.encoding;
    result.document.loader = formats::FormatSniffer::name(format);
    return result;
}

} // namespace whosaid::document
