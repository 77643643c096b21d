#pragma once

#include <QByteArray>
#include <QString>

namespace whosaid::document {

// Turns the bytes of a plain-text article into text: BOMs (UTF-8/16/32), valid UTF-8, else the
// legacy encoding ICU's charset detector finds (Windows-1252, ISO-8859-x, KOI8-R, ...).
class TextDecoder final
{
public:
    struct Result
    {
        QString text;
        QString encoding; // canonical name of what was used, e.g. "UTF-8", "windows-1252"
        QString error;    // empty on success; "not a text file", "unsupported encoding: X", ...
        [[nodiscard]] bool ok() const { return error.isEmpty(); }
    };

    // forcedEncoding: an ICU converter name the user chose; empty to detect.
    [[nodiscard]] static Result decode(const QByteArray &bytes, const QString &forcedEncoding = {});
    [[nodiscard]] static bool looksBinary(const QByteArray &bytes);
};

} // namespace whosaid::document
