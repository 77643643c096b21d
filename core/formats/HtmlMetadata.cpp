#include "HtmlMetadata.h"

#include "HtmlDocument.h"

#include <QStringList>

#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

struct Rule
{
    QString Extraction::*field;
    GumboTag tag;          // GUMBO_TAG_UNKNOWN: any element
    const char *attribute; // the attribute that marks the element
    QStringView value;     // its value (a class word for "class"); empty: present at all
    const char *valueFrom; // the attribute holding the metadata; nullptr: the element's text
};

// Ordered by preference within each field: the first rule that matches wins.
const std::array Rules{
    Rule{&Extraction::title, GUMBO_TAG_META, "property", u"og:title", "content"},
    Rule{&Extraction::title, GUMBO_TAG_H1, nullptr, {}, nullptr},
    Rule{&Extraction::title, GUMBO_TAG_TITLE, nullptr, {}, nullptr},
    Rule{&Extraction::byline, GUMBO_TAG_META, "name", u"author", "content"},
    Rule{&Extraction::byline, GUMBO_TAG_A, "rel", u"author", nullptr},
    Rule{&Extraction::byline, GUMBO_TAG_UNKNOWN, "class", u"byline", nullptr},
    Rule{&Extraction::byline, GUMBO_TAG_UNKNOWN, "class", u"author", nullptr},
    Rule{&Extraction::date, GUMBO_TAG_META, "property", u"article:published_time", "content"},
    Rule{&Extraction::date, GUMBO_TAG_META, "itemprop", u"datePublished", "content"},
    Rule{&Extraction::date, GUMBO_TAG_TIME, "datetime", {}, "datetime"},
    Rule{&Extraction::date, GUMBO_TAG_META, "name", u"date", "content"},
};

bool matches(const Rule &rule, const GumboNode *node)
{
    if (rule.tag != GUMBO_TAG_UNKNOWN && rule.tag != node->v.element.tag)
        return false;
    if (rule.attribute == nullptr)
        return true;
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, rule.attribute);
    if (attr == nullptr)
        return false;
    if (rule.value.isEmpty())
        return true;
    const QString value = QString::fromUtf8(attr->value);
    if (qstrcmp(rule.attribute, "class") == 0)
        return value.split(u' ', Qt::SkipEmptyParts).contains(rule.value.toString());
    return value.compare(rule.value, Qt::CaseInsensitive) == 0;
}

QString cleaned(QString value, QString Extraction::*field)
{
    value = value.simplified();
    // A byline class often holds "By Jane Doe"; a long one is a block of text, not a byline.
    if (field == &Extraction::byline) {
        if (value.startsWith(u"by "_s, Qt::CaseInsensitive))
            value = value.sliced(3);
        if (value.size() > 100)
            return {};
    }
    return value;
}

} // namespace

void HtmlMetadata::read(const HtmlDocument &page, Extraction &into)
{
    // best[field] = index of the rule that filled it; lower is better.
    std::array<qsizetype, 3> best{Rules.size(), Rules.size(), Rules.size()};
    const std::array fields{&Extraction::title, &Extraction::byline, &Extraction::date};
    HtmlDocument::walk(
        page.root(),
        [&](const GumboNode *node) {
            if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT)
                return false;
            if (node->type == GUMBO_NODE_DOCUMENT)
                return true;
            for (qsizetype r = 0; r < qsizetype(Rules.size()); ++r) {
                const Rule &rule = Rules[size_t(r)];
                const auto slot
                    = size_t(std::find(fields.begin(), fields.end(), rule.field) - fields.begin());
                if (r >= best[slot] || !matches(rule, node))
                    continue;
                const QString value = cleaned(rule.valueFrom != nullptr
                                                  ? HtmlDocument::attribute(node, rule.valueFrom)
                                                  : HtmlDocument::innerText(node),
                                              rule.field);
                if (value.isEmpty())
                    continue;
                into.*(rule.field) = value;
                best[slot] = r;
            }
            return node->v.element.tag != GUMBO_TAG_SCRIPT
                && node->v.element.tag != GUMBO_TAG_STYLE;
        },
        [](const GumboNode *) {});
}

} // namespace whosaid::formats
