// libFuzzer target: DocxLoader on arbitrary bytes must return text or a message (FuzzChecks.h),
// never crash, hang or leak. The input is the archive or its main part (FuzzZip.h).

#include "FuzzChecks.h"
#include "FuzzZip.h"
#include "formats/DocxLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = whosaid::fuzz::archiveFrom(data, size, "word/document.xml");
    whosaid::fuzz::checkExtraction(whosaid::formats::DocxLoader::load(bytes));
    return 0;
}
