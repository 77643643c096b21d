#include "PdfLoader.h"

#include "Limits.h"
#include "PdfLayout.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <poppler-qt6.h>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcPdf, "whosaid.formats.pdf")

namespace {

// A damaged or hostile file can make poppler's text extraction slow; past this it stops.
constexpr qint64 ExtractionBudgetMs = 60'000;

bool expired(const QVariant &deadline)
{
    return QDateTime::currentMSecsSinceEpoch() > deadline.toLongLong();
}

// Poppler's complaints about damaged files go to a logging category, not to stderr.
void routePopplerMessages()
{
    static const bool routed = [] {
        Poppler::setDebugErrorFunction(
            [](const QString &message, const QVariant &) { qCDebug(lcPdf) << message; }, {});
        return true;
    }();
    Q_UNUSED(routed);
}

// Fonts draw "ffi" as one ligature glyph, which text extraction returns as U+FB03.
QString withoutLigatures(QString text)
{
    for (qsizetype i = text.size() - 1; i >= 0; --i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xfb00 && c <= 0xfb06)
            text.replace(i, 1, text.at(i).decomposition());
    }
    return text;
}

PdfPage readPage(const Poppler::Page &page, const QVariant &deadline)
{
    const std::vector<std::unique_ptr<Poppler::TextBox>> words
        = page.textList(Poppler::Page::Rotate0, &expired, deadline);
    PdfPage lines;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &word : words) {
        // Poppler links the words of one line; a word nobody links to starts a new line.
        if (previous == nullptr || previous->nextWord() != word.get()) {
            lines.append({withoutLigatures(word->text()), word->boundingBox()});
        } else {
            PdfLine &line = lines.last();
            line.text += (previous->hasSpaceAfter() ? u" "_s : QString())
                + withoutLigatures(word->text());
            line.box = line.box.united(word->boundingBox());
        }
        previous = word.get();
    }
    return lines;
}

} // namespace

Extraction PdfLoader::load(const QByteArray &bytes)
{
    routePopplerMessages();
    const std::unique_ptr<Poppler::Document> pdf = Poppler::Document::loadFromData(bytes);
    if (!pdf)
        return Extraction::failure(u"damaged PDF: poppler cannot open it"_s);
    if (pdf->isLocked())
        return Extraction::failure(u"encrypted PDF: a password is needed"_s);
    const int pageCount = pdf->numPages();
    if (pageCount <= 0)
        return Extraction::failure(u"damaged PDF: no pages"_s);
    if (pageCount > limits::MaxPdfPages) {
        return Extraction::failure(u"PDF too long: "_s + QString::number(pageCount)
                                   + u" pages, limit "_s + QString::number(limits::MaxPdfPages));
    }

    const QVariant deadline = QDateTime::currentMSecsSinceEpoch() + ExtractionBudgetMs;
    QList<PdfPage> pages;
    qsizetype chars = 0;
    for (int i = 0; i < pageCount; ++i) {
        if (expired(deadline))
            return Extraction::failure(u"PDF text extraction took too long"_s);
        const std::unique_ptr<Poppler::Page> page = pdf->page(i);
        if (!page)
            continue;
        pages.append(readPage(*page, deadline));
        for (const PdfLine &line : std::as_const(pages.last()))
            chars += line.text.size();
        if (chars > limits::MaxTextChars)
            return Extraction::failure(u"document text too large"_s);
    }

    Extraction result;
    result.text = PdfLayout::paragraphs(std::move(pages));
    if (result.text.isEmpty())
        return Extraction::failure(u"PDF without text: a scan needs OCR first"_s);
    result.title = pdf->info(u"Title"_s).simplified();
    result.byline = pdf->info(u"Author"_s).simplified();
    const QDateTime created = pdf->creationDate();
    if (created.isValid())
        result.date = created.toString(Qt::ISODate);
    return result;
}

} // namespace whosaid::formats
