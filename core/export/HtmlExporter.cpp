#include "HtmlExporter.h"

#include "Exporter.h"
#include "HtmlArticle.h"
#include "HtmlStyle.h"
#include "HtmlText.h"
#include "SpeakerSummary.h"

#include <QFileInfo>
#include <QLocale>

namespace whosaid::exporting {

using namespace Qt::StringLiterals;
using annotation::QuoteRecord;
using annotation::ReviewState;

namespace {

// A quote in the lists after the article is cut to this many characters.
constexpr qsizetype ListedLength = 280;

QString version()
{
    return Exporter::generator();
}

// The title of the page: the file's own, else a short first paragraph (a plain-text article's
// headline), else the file name.
QString titleOf(const document::Document &doc)
{
    if (!doc.title.trimmed().isEmpty())
        return doc.title.trimmed();
    if (!doc.paragraphs().isEmpty()) {
        QString first = doc.view(doc.paragraphs().first()).trimmed().toString();
        if (!first.isEmpty() && first.size() <= 200 && !first.contains(u'\n'))
            return first;
    }
    const QString name = QFileInfo(doc.sourcePath).fileName();
    return name.isEmpty() ? u"Article"_s : name;
}

QString percent(double share)
{
    return QString::number(qRound(share * 100)) + u'%';
}

QString speakerLabel(const annotation::SpeakerRecord *speaker)
{
    if (!speaker)
        return u"Unattributed"_s;
    return speaker->role.isEmpty() ? speaker->name : speaker->name + u" ("_s + speaker->role + u')';
}

QuoteMarkup markupOf(const annotation::AnnotationSet &set, const QuoteRecord &quote, int number)
{
    QuoteMarkup markup;
    markup.shown = quote.review != ReviewState::Rejected;
    if (!markup.shown)
        return markup;
    markup.anchor = u"q"_s + QString::number(number);
    const QString kind = analysis::kindName(quote.kind);
    if (quote.kind == analysis::QuoteKind::Mention) {
        markup.speech = false;
        markup.classes = u"scare"_s;
        markup.attributes = u" data-kind=\"mention\" title=\"Scare quote or title\""_s;
        return markup;
    }
    const int speakerIndex = set.indexOfSpeaker(quote.speaker);
    const annotation::SpeakerRecord *speaker
        = speakerIndex >= 0 ? &set.speaker(speakerIndex) : nullptr;
    const bool reviewed = quote.review != ReviewState::Unreviewed;
    const bool low = !reviewed && quote.confidence < HtmlExporter::LowConfidence;
    markup.speakerClass = HtmlStyle::speakerClass(speaker ? speaker->id : QString());
    markup.block = quote.kind == analysis::QuoteKind::Block;
    markup.classes = u"q "_s + markup.speakerClass + u' ' + kind + (low ? u" low"_s : QString())
        + (reviewed ? u" reviewed"_s : QString());
    const QString confidence = QString::number(quote.confidence, 'f', 2);
    QStringList tip{speakerLabel(speaker), kind + u" speech"_s};
    if (!quote.cue.isEmpty())
        tip.append(u"cue \u201c"_s + set.document().view(quote.cue).toString() + u"\u201d"_s);
    tip.append(u"confidence "_s + confidence);
    tip.append(reviewed ? annotation::reviewStateName(quote.review) + u" by hand"_s
                        : u"not reviewed"_s);
    markup.attributes
        = u" data-speaker=\"%1\" data-speaker-name=\"%2\" data-initials=\"%3\""
          " data-kind=\"%4\" data-confidence=\"%5\" data-reviewed=\"%6\""
          " data-review=\"%7\" title=\"%8\""_s.arg(
              HtmlText::attribute(quote.speaker),
              HtmlText::attribute(speaker ? speaker->name : QString()),
              HtmlText::attribute(speaker ? SpeakerSummary::initials(speaker->name) : u"?"_s), kind,
              confidence, reviewed ? u"true"_s : u"false"_s,
              annotation::reviewStateName(quote.review),
              HtmlText::attribute(tip.join(u" \u00b7 "_s)));
    return markup;
}

class PageWriter
{
public:
    PageWriter(const annotation::AnnotationSet &set, const ExportOptions &options)
        : m_set(set)
        , m_options(options)
        , m_summary(set)
    {
        int number = 0;
        m_markup.reserve(set.quoteCount());
        for (const QuoteRecord &quote : set.quotes()) {
            const bool shown = quote.review != ReviewState::Rejected;
            m_markup.append(markupOf(set, quote, shown ? ++number : 0));
        }
    }

    QString page()
    {
        const document::Document &doc = m_set.document();
        const QString title = HtmlText::text(titleOf(doc));
        m_out.reserve(doc.text().size() * 2 + qsizetype(16) * 1024);
        m_out += u"<!DOCTYPE html>\n<html lang=\""_s + HtmlText::attribute(m_options.language)
            + u"\">\n<head>\n<meta charset=\"utf-8\">\n"
              "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
              "<meta name=\"color-scheme\" content=\"light dark\">\n"
              "<meta name=\"generator\" content=\""_s
            + version() + u"\">\n<title>"_s + title + u" \u2014 who said what</title>\n<style>\n"_s
            + HtmlStyle::sheet(m_set) + u"</style>\n</head>\n<body>\n"_s;
        header(title);
        legend();
        m_out += u"<main>\n<article aria-labelledby=\"article-title\">\n"
                 "<h2 id=\"article-title\">Article</h2>\n"_s;
        HtmlArticle::write(m_out, m_set, m_markup);
        m_out += u"</article>\n"_s;
        quoteLists();
        m_out += u"</main>\n<footer class=\"page\">\n<p>Made with "_s + version()
            + u". A speaker keeps the same colour in every article; the initials, the "
              "underline and the margin bar tell the same without colour. Pale highlights "
              "with a \u201c?\u201d are attributions of low confidence, a \u2713 marks a "
              "quote reviewed by hand.</p>\n</footer>\n</body>\n</html>\n"_s;
        return std::move(m_out);
    }

private:
    void header(const QString &title)
    {
        const document::Document &doc = m_set.document();
        m_out += u"<header class=\"page\">\n<p class=\"kicker\">Who said what</p>\n<h1>"_s + title
            + u"</h1>\n<dl class=\"meta\">\n"_s;
        const auto item = [this](const QString &term, const QString &escapedValue) {
            m_out += u"<dt>"_s + term + u"</dt><dd>"_s + escapedValue + u"</dd>\n"_s;
        };
        if (!doc.byline.isEmpty())
            item(u"By"_s, HtmlText::text(doc.byline));
        if (!doc.date.isEmpty())
            item(u"Published"_s, HtmlText::text(doc.date));
        if (!doc.sourcePath.isEmpty())
            item(u"Source"_s, HtmlText::text(QFileInfo(doc.sourcePath).fileName()));
        const QDateTime at = m_options.exportedAt;
        item(u"Exported"_s,
             u"<time datetime=\""_s + at.toString(Qt::ISODate) + u"\">"_s
                 + QLocale::c().toString(at, u"d MMMM yyyy, HH:mm"_s) + u"</time>"_s);
        item(u"Made with"_s, version());
        m_out += u"</dl>\n</header>\n"_s;
    }

    void legend()
    {
        m_out += u"<nav class=\"legend\" aria-labelledby=\"legend-title\">\n"
                 "<h2 id=\"legend-title\">Speakers</h2>\n"_s;
        if (m_summary.entries().isEmpty()) {
            m_out += u"<p>No quotations were found in this article.</p>\n</nav>\n"_s;
            return;
        }
        m_out += u"<table>\n<thead><tr><th scope=\"col\">Speaker</th><th scope=\"col\">Role</th>"
                 "<th scope=\"col\">Quotes</th><th scope=\"col\">Share of quoted words</th>"
                 "</tr></thead>\n<tbody>\n"_s;
        for (const SpeakerSummary::Entry &entry : m_summary.entries()) {
            const annotation::SpeakerRecord *speaker
                = entry.speaker >= 0 ? &m_set.speaker(entry.speaker) : nullptr;
            const QString cls = HtmlStyle::speakerClass(speaker ? speaker->id : QString());
            m_out += u"<tr class=\""_s + cls + u"\"><th scope=\"row\"><a href=\"#"_s
                + groupId(speaker) + u"\"><span class=\"swatch\"></span><span class=\"badge\">"_s
                + HtmlText::text(speaker ? SpeakerSummary::initials(speaker->name) : u"?"_s)
                + u"</span><span class=\"name\">"_s
                + HtmlText::text(speaker ? speaker->name : u"Unattributed"_s)
                + u"</span></a></th><td>"_s + HtmlText::text(speaker ? speaker->role : QString())
                + u"</td><td class=\"num\">"_s + QString::number(entry.quotes)
                + u"</td><td><span class=\"bar\"><span style=\"width:"_s + percent(entry.share)
                + u"\"></span></span>"_s + percent(entry.share) + u"</td></tr>\n"_s;
        }
        m_out += u"</tbody>\n</table>\n<ul class=\"key\">"
                 "<li><span class=\"sample\">solid underline</span>: direct speech</li>"
                 "<li><span class=\"sample dashed\">dashed</span>: mixed or indirect</li>"
                 "<li><span class=\"sample bar-left\">bar in the margin</span>: block quote</li>"
                 "<li><span class=\"sample dotted\">dotted</span>: scare quote or title</li>"
                 "</ul>\n</nav>\n"_s;
    }

    void quoteLists()
    {
        if (m_summary.entries().isEmpty())
            return;
        m_out += u"<section class=\"quotes\" aria-labelledby=\"quotes-title\">\n"
                 "<h2 id=\"quotes-title\">Quotes by speaker</h2>\n"_s;
        for (const SpeakerSummary::Entry &entry : m_summary.entries()) {
            const annotation::SpeakerRecord *speaker
                = entry.speaker >= 0 ? &m_set.speaker(entry.speaker) : nullptr;
            const QString id = speaker ? speaker->id : QString();
            m_out += u"<section class=\"speaker "_s + HtmlStyle::speakerClass(id) + u"\" id=\""_s
                + groupId(speaker) + u"\">\n<h3><span class=\"badge\">"_s
                + HtmlText::text(speaker ? SpeakerSummary::initials(speaker->name) : u"?"_s)
                + u"</span>"_s + HtmlText::text(speaker ? speaker->name : u"Unattributed"_s)
                + u" <small>"_s
                + HtmlText::text(speaker && !speaker->role.isEmpty() ? speaker->role + u", "_s
                                                                     : QString())
                + QString::number(entry.quotes) + (entry.quotes == 1 ? u" quote"_s : u" quotes"_s)
                + u"</small></h3>\n<ol>\n"_s;
            for (int i = 0; i < m_set.quoteCount(); ++i) {
                const QuoteRecord &quote = m_set.quote(i);
                if (quote.isSpeech() && m_set.indexOfSpeaker(quote.speaker) == entry.speaker)
                    listItem(quote, m_markup.at(i));
            }
            m_out += u"</ol>\n</section>\n"_s;
        }
        m_out += u"</section>\n"_s;
    }

    void listItem(const QuoteRecord &quote, const QuoteMarkup &markup)
    {
        QStringView text = m_set.document().view(quote.range).trimmed();
        const bool cut = text.size() > ListedLength;
        if (cut)
            text = text.left(ListedLength);
        QStringList tags{analysis::kindName(quote.kind)};
        if (quote.review != ReviewState::Unreviewed)
            tags.append(annotation::reviewStateName(quote.review));
        else if (quote.confidence < HtmlExporter::LowConfidence)
            tags.append(u"low confidence"_s);
        m_out += u"<li><a href=\"#"_s + markup.anchor + u"\">"_s + HtmlText::text(text)
            + (cut ? u"\u2026"_s : QString()) + u"</a> <span class=\"tags\">"_s
            + tags.join(u" \u00b7 "_s) + u"</span></li>\n"_s;
    }

    static QString groupId(const annotation::SpeakerRecord *speaker)
    {
        return speaker ? u"speaker-"_s + HtmlText::token(speaker->id) : u"unattributed"_s;
    }

    const annotation::AnnotationSet &m_set;
    const ExportOptions &m_options;
    SpeakerSummary m_summary;
    QList<QuoteMarkup> m_markup;
    QString m_out;
};

} // namespace

QString HtmlExporter::toHtml(const annotation::AnnotationSet &set, const ExportOptions &options)
{
    return PageWriter(set, options).page();
}

ExportResult HtmlExporter::exportSet(const annotation::AnnotationSet &set,
                                     const ExportOptions &options)
{
    return ExportResult::single(u".html"_s, toHtml(set, options).toUtf8());
}

} // namespace whosaid::exporting
