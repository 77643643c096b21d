// libFuzzer target: the whole analysis pipeline on arbitrary text (the bytes read as UTF-8),
// which must never crash, hang or read outside the text.

#include "analysis/Pipeline.h"
#include "document/Document.h"

#include <cstddef>
#include <cstdint>
#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const whosaid::analysis::Pipeline pipeline;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto document = std::make_shared<const whosaid::document::Document>(text);
    const whosaid::analysis::Analysis analysis = pipeline.analyse(document);
    for (const whosaid::analysis::Quote &quote : analysis.quotes) {
        if (quote.content.start < 0 || quote.content.end > document->text().size())
            __builtin_trap();
    }
    return 0;
}
