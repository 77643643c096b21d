// libFuzzer target: ArticleLoader::loadBytes, the one entry point of the apps, on arbitrary
// bytes: format sniffing, text decoding and whichever loader the bytes select. The first byte
// picks the file name, so that the extension hints are fuzzed too.

#include "document/ArticleLoader.h"

#include <QStringList>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    static const QStringList names{QStringLiteral("a.txt"), QStringLiteral("a.html"),
                                   QStringLiteral("a.md"),  QStringLiteral("a.docx"),
                                   QStringLiteral("a.odt"), QStringLiteral("a.epub"),
                                   QStringLiteral("a.pdf"), QStringLiteral("a")};
    const QString &name = names.at(data[0] % names.size());
    const auto bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const whosaid::document::LoadResult result
        = whosaid::document::ArticleLoader().loadBytes(bytes, name);
    // A document without text is refused with a message, never handed on.
    if (result.ok() == result.document.text().trimmed().isEmpty())
        __builtin_trap();
    return 0;
}
