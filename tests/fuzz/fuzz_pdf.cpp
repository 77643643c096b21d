// libFuzzer target: PdfLoader on arbitrary bytes must return text or a message (FuzzChecks.h),
// never crash, hang or leak.

#include "FuzzChecks.h"
#include "formats/PdfLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    whosaid::fuzz::checkExtraction(whosaid::formats::PdfLoader::load(bytes));
    return 0;
}
