#pragma once

#include "LoadResult.h"

#include <QString>

namespace whosaid::document {

// Loads an article from disk with limits, so bad input gives a clear message: plain text in any
// encoding as it is, web pages, Word, OpenDocument, EPUB, PDF and Markdown through the format
// loaders of core/formats, chosen by the file's content with its extension as a hint.
class ArticleLoader final
{
public:
    static constexpr qint64 DefaultMaxBytes = 256LL * 1024 * 1024;

    void setMaxBytes(qint64 bytes) { m_maxBytes = bytes; }
    void setForcedEncoding(const QString &encoding) { m_forcedEncoding = encoding; }

    // Errors name the reason, e.g. "file too large: 812 MB, limit 256 MB", "is a directory".
    [[nodiscard]] LoadResult load(const QString &path) const;
    [[nodiscard]] LoadResult loadBytes(const QByteArray &bytes, const QString &sourceName) const;

private:
    qint64 m_maxBytes = DefaultMaxBytes;
    QString m_forcedEncoding;
};

} // namespace whosaid::document
