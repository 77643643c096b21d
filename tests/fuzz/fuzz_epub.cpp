// libFuzzer target: EpubLoader on arbitrary bytes must return text or a message (FuzzChecks.h),
// never crash, hang or leak. The input is the archive or its main part (FuzzZip.h).

#include "FuzzChecks.h"
#include "FuzzZip.h"
#include "formats/EpubLoader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = whosaid::fuzz::archiveFrom(
        data, size, "book.opf",
        {{"mimetype", "application/epub+zip"},
         {"META-INF/container.xml",
          R"(<container><rootfiles><rootfile full-path="book.opf"/></rootfiles></container>)"},
         {"c 1.xhtml", "<html><body><p>Chapter text.</p></body></html>"}});
    whosaid::fuzz::checkExtraction(whosaid::formats::EpubLoader::load(bytes));
    return 0;
}
