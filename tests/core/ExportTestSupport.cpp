#include "ExportTestSupport.h"

#include "analysis/Pipeline.h"

#include <QTest>

#include <gumbo.h>

namespace whosaid::coretest {

namespace {

// The head of gumbo's GumboError (error.h, not installed): the type, where, and the text there.
struct GumboErrorHead
{
    int type;
    GumboSourcePosition position;
    const char *originalText;
};

} // namespace

using namespace Qt::StringLiterals;
using annotation::AnnotationSet;
using annotation::QuoteRecord;
using annotation::ReviewState;

QString sampleArticle()
{
    return u"Harbour bridge to reopen in May \U0001F309\n\n"
           "The old harbour bridge will reopen in May, the city said on Tuesday. "
           "\u201cWe found more rust than anyone expected, and we fixed all of it,\u201d "
           "chief engineer Marta Lindqvist said.\n\n"
           "\u201cThe traffic will be lighter than before,\u201d Lindqvist told reporters. "
           "Mayor Tomas Berg said the repairs had cost less than planned.\n\n"
           "Berg urged drivers to \u201cbe patient for a few more weeks\u201d. "
           "Shop owner Ana Ruiz was not convinced. \u201cWe have heard that before, "
           "every spring,\u201d Ruiz said. Traffic on the so-called \u201cold lady\u201d will be limited.\n"_s;
}

std::unique_ptr<AnnotationSet> machineSet(const QString &text)
{
    static const analysis::Pipeline pipeline;
    const auto doc = std::make_shared<const document::Document>(text);
    return AnnotationSet::fromAnalysis(pipeline.analyse(doc));
}

std::unique_ptr<AnnotationSet> sampleSet()
{
    std::unique_ptr<AnnotationSet> set = machineSet(sampleArticle());
    const QString &text = set->document().text();
    const auto quoteOf = [&](const QString &words) {
        const qsizetype at = text.indexOf(words);
        const int index = set->quoteAt(at);
        if (at < 0 || index < 0)
            qFatal("sampleSet: no quote at '%s'", qPrintable(words));
        return index;
    };
    // Accepted as found.
    int index = quoteOf(u"We found more rust"_s);
    QuoteRecord quote = set->quote(index);
    quote.review = ReviewState::Accepted;
    set->replaceQuote(index, quote);
    // Given to another speaker by hand.
    index = quoteOf(u"The traffic will be lighter"_s);
    quote = set->quote(index);
    const int berg = set->findSpeaker(u"Tomas Berg");
    if (berg < 0)
        qFatal("sampleSet: no speaker Tomas Berg");
    quote.speaker = set->speaker(berg).id;
    quote.review = ReviewState::Corrected;
    quote.edits |= QuoteRecord::SpeakerEdited;
    set->replaceQuote(index, quote);
    // Rejected.
    index = quoteOf(u"We have heard that before"_s);
    quote = set->quote(index);
    quote.review = ReviewState::Rejected;
    set->replaceQuote(index, quote);
    // Added by hand: the city's words, with a new speaker.
    annotation::SpeakerRecord city{set->newSpeakerId(), u"the city"_s, {},
                                   u"council"_s,        true,          true};
    set->insertSpeaker(set->speakerCount(), city);
    QuoteRecord added;
    added.id = set->newQuoteId();
    const qsizetype start = text.indexOf(u"The old harbour bridge will reopen in May"_s);
    added.range = {start, start + 41};
    added.kind = analysis::QuoteKind::Indirect;
    added.speaker = city.id;
    added.review = ReviewState::Added;
    set->insertQuote(added);
    return set;
}

HtmlPage::HtmlPage(const QByteArray &html)
    : m_output(
        gumbo_parse_with_options(&kGumboDefaultOptions, html.constData(), std::size_t(html.size())))
{
    for (unsigned i = 0; i < m_output->errors.length; ++i) {
        const auto *error = static_cast<const GumboErrorHead *>(m_output->errors.data[i]);
        const auto offset = qsizetype(error->position.offset);
        m_errors.append(u"parse error %1 at line %2: %3"_s.arg(error->type)
                            .arg(error->position.line)
                            .arg(QString::fromUtf8(html.mid(offset, 60))));
    }
    visit(m_output->root, 0);
}

HtmlPage::~HtmlPage()
{
    gumbo_destroy_output(&kGumboDefaultOptions, m_output);
}

QList<HtmlPage::Element> HtmlPage::elements(const QString &tag) const
{
    QList<Element> found;
    for (const Element &element : m_elements) {
        if (element.tag == tag)
            found.append(element);
    }
    return found;
}

namespace {

QString textOf(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE)
        return QString::fromUtf8(node->v.text.text);
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    QString text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        text += textOf(static_cast<const GumboNode *>(children.data[i]));
    return text;
}

} // namespace

void HtmlPage::visit(const GumboNode *node, int depth)
{
    if (node->type == GUMBO_NODE_COMMENT) {
        ++m_comments;
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboElement &element = node->v.element;
    Element found;
    found.tag = QString::fromUtf8(gumbo_normalized_tagname(element.tag));
    if (element.tag == GUMBO_TAG_UNKNOWN) {
        GumboStringPiece name = element.original_tag;
        gumbo_tag_from_original_text(&name);
        found.tag = QString::fromUtf8(name.data, qsizetype(name.length)).toLower();
    }
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        found.attributes.insert(QString::fromUtf8(attribute->name),
                                QString::fromUtf8(attribute->value));
    }
    found.text = textOf(node);
    found.depth = depth;
    if (element.tag == GUMBO_TAG_BODY)
        m_bodyText = found.text;
    m_elements.append(found);
    for (unsigned i = 0; i < element.children.length; ++i)
        visit(static_cast<const GumboNode *>(element.children.data[i]), depth + 1);
}

} // namespace whosaid::coretest
