#include "MarkdownLoader.h"

#include "ParagraphBuilder.h"

#include <cmark.h>
#include <memory>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

struct NodeFree
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct IterFree
{
    void operator()(cmark_iter *iter) const { cmark_iter_free(iter); }
};

bool isBlock(cmark_node_type type)
{
    return type >= CMARK_NODE_FIRST_BLOCK && type <= CMARK_NODE_LAST_BLOCK
        && type != CMARK_NODE_DOCUMENT && type != CMARK_NODE_LIST;
}

QStringView literal(cmark_node *node, QString &buffer)
{
    const char *text = cmark_node_get_literal(node);
    buffer = text != nullptr ? QString::fromUtf8(text) : QString();
    return buffer;
}

} // namespace

Extraction MarkdownLoader::load(const QByteArray &utf8)
{
    const std::unique_ptr<cmark_node, NodeFree> root(
        cmark_parse_document(utf8.constData(), size_t(utf8.size()), CMARK_OPT_DEFAULT));
    if (!root)
        return Extraction::failure(u"cannot parse the Markdown"_s);
    const std::unique_ptr<cmark_iter, IterFree> iter(cmark_iter_new(root.get()));

    Extraction result;
    ParagraphBuilder text;
    QString buffer;
    cmark_node *titleHeading = nullptr;
    cmark_event_type event = CMARK_EVENT_NONE;
    while ((event = cmark_iter_next(iter.get())) != CMARK_EVENT_DONE && !text.full()) {
        cmark_node *node = cmark_iter_get_node(iter.get());
        const cmark_node_type type = cmark_node_get_type(node);
        if (isBlock(type)) {
            text.breakParagraph();
            if (type == CMARK_NODE_HEADING && event == CMARK_EVENT_ENTER && titleHeading == nullptr
                && cmark_node_get_heading_level(node) == 1)
                titleHeading = node;
        }
        if (event != CMARK_EVENT_ENTER)
            continue;
        switch (type) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
        case CMARK_NODE_CODE_BLOCK:
            text.append(literal(node, buffer));
            break;
        case CMARK_NODE_SOFTBREAK:
            text.appendSpace();
            break;
        case CMARK_NODE_LINEBREAK:
            text.breakLine();
            break;
        case CMARK_NODE_IMAGE:
            // The alternative text describes a picture; it is not part of the article.
            cmark_iter_reset(iter.get(), node, CMARK_EVENT_EXIT);
            break;
        default:
            break;
        }
    }
    if (text.full())
        return Extraction::failure(u"document text too large"_s);
    if (text.isEmpty())
        return Extraction::failure(u"no text in the Markdown file"_s);
    result.text = text.text();
    if (titleHeading != nullptr) {
        QString title;
        for (cmark_node *child = cmark_node_first_child(titleHeading); child != nullptr;
             child = cmark_node_next(child))
            title += literal(child, buffer);
        result.title = title.simplified();
    }
    return result;
}

} // namespace whosaid::formats
