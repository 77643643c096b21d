#include "FormatLoader.h"

#include "DocxLoader.h"
#include "EpubLoader.h"
#include "HtmlExtractor.h"
#include "MarkdownLoader.h"
#include "OdtLoader.h"
#include "PdfLoader.h"

#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

struct Loader
{
    Format format;
    Extraction (*load)(const QByteArray &);
};

Extraction loadHtml(const QByteArray &utf8)
{
    return HtmlExtractor::extract(utf8);
}

const std::array Loaders{
    Loader{Format::Html, &loadHtml},         Loader{Format::Markdown, &MarkdownLoader::load},
    Loader{Format::Docx, &DocxLoader::load}, Loader{Format::Odt, &OdtLoader::load},
    Loader{Format::Epub, &EpubLoader::load}, Loader{Format::Pdf, &PdfLoader::load},
};

} // namespace

Extraction FormatLoader::load(Format format, const QByteArray &bytes)
{
    const auto *it = std::find_if(Loaders.begin(), Loaders.end(),
                                  [format](const Loader &l) { return l.format == format; });
    if (it == Loaders.end()) {
        return Extraction::failure(format == Format::Zip
                                       ? u"zip archive that is not a DOCX, ODT or EPUB file"_s
                                       : u"not a format to extract"_s);
    }
    return it->load(bytes);
}

} // namespace whosaid::formats
