#include "PdfLayout.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

// Header and footer candidates: this many lines at the top and at the bottom of each page.
constexpr int EdgeLines = 2;

// What stays the same from page to page in a running header: the text without its numbers.
QString runningKey(const QString &text)
{
    static const QRegularExpression digits(u"\\d+"_s);
    return QString(text).replace(digits, u"#"_s).simplified().toLower();
}

bool isPageNumber(const QString &key)
{
    static const QRegularExpression pattern(
        u"^(page\\s*)?[-\u2013(\\[]?\\s*#\\s*[-\u2013)\\]]?(\\s*(of|/)\\s*#)?$"_s);
    return pattern.match(key).hasMatch();
}

bool isEdge(qsizetype index, qsizetype count)
{
    return index < EdgeLines || index >= count - EdgeLines;
}

// The value a share of the others lie below (0.5: the median).
double quantile(QList<double> values, double share)
{
    if (values.isEmpty())
        return 0;
    const auto at = values.begin() + qsizetype(double(values.size() - 1) * share);
    std::nth_element(values.begin(), at, values.end());
    return *at;
}

bool endsSentence(QStringView text)
{
    static constexpr QStringView enders = u".!?:\u201d\"\u2019";
    return !text.isEmpty() && enders.contains(text.back());
}

bool startsLower(QStringView text)
{
    return !text.isEmpty() && text.front().isLower();
}

} // namespace

QString PdfLayout::paragraphs(QList<PdfPage> pages)
{
    dropRunningLines(pages);
    QStringList all;
    bool open = false; // the last paragraph may go on on the next page
    for (const PdfPage &page : std::as_const(pages)) {
        QStringList found = pageParagraphs(page);
        if (found.isEmpty())
            continue;
        if (open && startsLower(found.front())) {
            joinLine(all.last(), found.takeFirst());
        }
        all += found;
        open = !all.isEmpty() && !endsSentence(all.last());
    }
    return all.join(u"\n\n"_s);
}

void PdfLayout::dropRunningLines(QList<PdfPage> &pages)
{
    QHash<QString, int> pagesWith;
    for (const PdfPage &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (isEdge(i, page.size()))
                seen.insert(runningKey(page[i].text));
        }
        for (const QString &key : std::as_const(seen))
            ++pagesWith[key];
    }
    // Text on the edge of most pages is the publication's, not the article's.
    const int repeated = std::max(2, int(pages.size() + 1) / 2);
    const bool enoughPages = pages.size() >= 3;
    for (PdfPage &page : pages) {
        PdfPage kept;
        for (qsizetype i = 0; i < page.size(); ++i) {
            const QString key = runningKey(page[i].text);
            const bool running = enoughPages && pagesWith.value(key) >= repeated;
            if (!isEdge(i, page.size()) || !(running || isPageNumber(key)))
                kept.append(page[i]);
        }
        page = kept;
    }
}

QStringList PdfLayout::pageParagraphs(const PdfPage &page)
{
    QList<double> heights;
    QList<double> gaps;
    double right = 0;
    for (qsizetype i = 0; i < page.size(); ++i) {
        heights.append(page[i].box.height());
        right = std::max(right, page[i].box.right());
        if (i > 0 && page[i].box.top() >= page[i - 1].box.top())
            gaps.append(page[i].box.top() - page[i - 1].box.bottom());
    }
    const double lineHeight = quantile(heights, 0.5);
    // The gap between lines inside a paragraph: the lower quartile, since on a page of short
    // paragraphs the gaps between them may be most of the gaps.
    const double lineGap = quantile(gaps, 0.25);

    QStringList paragraphs;
    for (qsizetype i = 0; i < page.size(); ++i) {
        const PdfLine &line = page[i];
        if (line.text.trimmed().isEmpty())
            continue;
        bool starts = paragraphs.isEmpty();
        if (!starts) {
            const PdfLine &prev = page[i - 1];
            const double gap = line.box.top() - prev.box.bottom();
            const bool spaced = gap > lineGap + lineHeight / 2 || gap < -lineHeight; // or a column
            const bool indented = line.box.left() > prev.box.left() + lineHeight;
            const bool shortEnd
                = prev.box.right() < right - 3 * lineHeight && endsSentence(prev.text.trimmed());
            starts = spaced || indented || shortEnd;
        }
        if (starts)
            paragraphs.append(line.text.simplified());
        else
            joinLine(paragraphs.last(), line.text);
    }
    return paragraphs;
}

void PdfLayout::joinLine(QString &paragraph, const QString &line)
{
    const QString next = line.simplified();
    // "renov-" + "ation" is one word broken at the margin: the hyphen goes. "Anglo-" + "French"
    // is a compound that happened to break there: the hyphen stays, still without a space.
    static constexpr QStringView hyphens = u"-\u2010\u00ad";
    const bool hyphenated = paragraph.size() >= 2 && hyphens.contains(paragraph.back())
        && paragraph.at(paragraph.size() - 2).isLetter();
    if (hyphenated && startsLower(next))
        paragraph.chop(1);
    else if (!hyphenated && !paragraph.isEmpty())
        paragraph.append(u' ');
    paragraph.append(next);
}

} // namespace whosaid::formats
