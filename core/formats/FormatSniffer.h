#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace whosaid::formats {

enum class Format {
    PlainText,
    Markdown,
    Html,
    Docx,
    Odt,
    Epub,
    Pdf,
    Zip, // a zip archive that is none of the above
};

// Tells the format of a file by its content, with the file name's extension as a hint where the
// content cannot tell (Markdown is plain text to the eye; a damaged zip has no readable parts).
class FormatSniffer final
{
public:
    [[nodiscard]] static Format sniff(const QByteArray &bytes, const QString &fileName);
    // The extension alone: what a folder walk uses to pick the files worth opening.
    [[nodiscard]] static bool isSupportedName(const QString &fileName);
    // The formats a file can be opened as (every one but Zip), in a stable order.
    [[nodiscard]] static QList<Format> openableFormats();
    // A format's file extensions, lower case without the dot: {"html", "htm", "xhtml"}.
    [[nodiscard]] static QStringList extensions(Format format);
    // "text", "markdown", "html", "docx", "odt", "epub", "pdf", "zip".
    [[nodiscard]] static QString name(Format format);
    // Decoded as text (any encoding) before the loader sees it, as UTF-8.
    [[nodiscard]] static bool isTextual(Format format);
    // The character encoding a web page declares in its first 1024 bytes (<meta charset> or
    // <meta http-equiv="Content-Type" content="…; charset=…">), as HTML's encoding sniffing reads
    // it: empty when there is none or a byte order mark decides; UTF-16 and UTF-32 declarations
    // (which an ASCII-compatible page cannot honestly make) read as UTF-8.
    [[nodiscard]] static QString declaredCharset(const QByteArray &bytes);
};

} // namespace whosaid::formats
