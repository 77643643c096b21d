#include "HtmlDocument.h"

#include "Limits.h"
#include "ParagraphBuilder.h"

#include <QByteArrayView>

#include <algorithm>
#include <array>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

namespace {

// Elements that never hold others, or that the next sibling closes: they add no depth.
constexpr std::array<QByteArrayView, 26> FlatTags{
    "area", "base",  "br",     "col",    "embed",    "hr", "img", "input", "link",
    "meta", "param", "source", "track",  "wbr",      "p",  "li",  "dt",    "dd",
    "tr",   "td",    "th",     "option", "optgroup", "rb", "rt",  "rp",
};
// Elements whose content is raw text, where '<' starts no tag.
constexpr std::array<QByteArrayView, 5> RawTextTags{"script", "style", "textarea", "title", "xmp"};

bool isTagChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == ':';
}

// An estimate of the deepest element nesting, from the tags alone: not a parser, a bound that
// keeps gumbo's work short. A closing tag pops up to its opening tag when that is near the top
// of the stack, as the HTML5 tree builder does.
int estimateDepth(const QByteArray &lowerHtml)
{
    std::vector<QByteArrayView> open;
    const QByteArrayView html(lowerHtml);
    qsizetype pos = 0;
    while ((pos = html.indexOf('<', pos)) >= 0 && pos + 1 < html.size()) {
        if (html.sliced(pos).startsWith("<!--")) {
            const qsizetype end = html.indexOf("-->", pos + 4);
            pos = end < 0 ? html.size() : end + 3;
            continue;
        }
        const bool closing = html.at(pos + 1) == '/';
        qsizetype end = pos + (closing ? 2 : 1);
        const qsizetype nameStart = end;
        while (end < html.size() && isTagChar(html.at(end)))
            ++end;
        const QByteArrayView name = html.sliced(nameStart, end - nameStart);
        const qsizetype gt = html.indexOf('>', end);
        pos = gt < 0 ? html.size() : gt + 1;
        if (name.isEmpty() || !(name.front() >= 'a' && name.front() <= 'z'))
            continue;
        if (closing) {
            const auto from = open.size() > 64 ? open.end() - 64 : open.begin();
            const auto match = std::find(std::make_reverse_iterator(open.end()),
                                         std::make_reverse_iterator(from), name);
            if (match != std::make_reverse_iterator(from))
                open.erase(std::prev(match.base()), open.end());
            continue;
        }
        if (std::find(RawTextTags.begin(), RawTextTags.end(), name) != RawTextTags.end()) {
            const QByteArray closer = "</" + name.toByteArray();
            const qsizetype close = html.indexOf(closer, pos);
            pos = close < 0 ? html.size() : close;
            continue;
        }
        const bool selfClosing = gt > 0 && html.at(gt - 1) == '/';
        if (selfClosing || std::find(FlatTags.begin(), FlatTags.end(), name) != FlatTags.end())
            continue;
        open.push_back(name);
        if (open.size() > size_t(limits::MaxHtmlDepth))
            return int(open.size());
    }
    return int(open.size());
}

} // namespace

// gumbo allocates many small blocks; they all go when the document does.
class HtmlDocument::Arena final
{
public:
    static void *allocate(void *userData, size_t size)
    {
        return static_cast<Arena *>(userData)->take(size);
    }
    static void deallocate(void * /*userData*/, void * /*pointer*/) { }

private:
    void *take(size_t size)
    {
        constexpr size_t Align = alignof(std::max_align_t);
        size = (size + Align - 1) / Align * Align;
        // Small chunks: a short page (an EPUB chapter, a fuzz input) should not pay for a big one.
        constexpr size_t ChunkSize = size_t(64) << 10;
        if (size > ChunkSize / 4) {
            m_chunks.emplace_back(size / Align);
            return m_chunks.back().data();
        }
        if (m_currentBase == nullptr || m_used + size > ChunkSize) {
            m_chunks.emplace_back(ChunkSize / Align);
            m_currentBase = reinterpret_cast<char *>(m_chunks.back().data());
            m_used = 0;
        }
        void *block = m_currentBase + m_used;
        m_used += size;
        return block;
    }

    // Moving a chunk's vector keeps its data where it is.
    std::vector<std::vector<std::max_align_t>> m_chunks;
    char *m_currentBase = nullptr;
    size_t m_used = 0;
};

HtmlDocument::HtmlDocument(const QByteArray &utf8)
    : m_arena(std::make_unique<Arena>())
{
    const int depth = estimateDepth(utf8.toLower());
    if (depth > limits::MaxHtmlDepth) {
        m_error = u"HTML nested too deeply: over "_s + QString::number(limits::MaxHtmlDepth)
            + u" levels"_s;
        return;
    }
    GumboOptions options = kGumboDefaultOptions;
    options.allocator = &Arena::allocate;
    options.deallocator = &Arena::deallocate;
    options.userdata = m_arena.get();
    options.max_errors = 0; // each recorded error copies the stack of open elements
    m_output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
}

HtmlDocument::~HtmlDocument() = default; // the arena frees the tree

const GumboNode *HtmlDocument::root() const
{
    return m_output != nullptr ? m_output->document : nullptr;
}

const GumboNode *HtmlDocument::body() const
{
    const GumboNode *found = nullptr;
    walk(
        root(),
        [&found](const GumboNode *node) {
            if (found == nullptr && tag(node) == GUMBO_TAG_BODY)
                found = node;
            return found == nullptr && node->type != GUMBO_NODE_TEXT;
        },
        [](const GumboNode *) {});
    return found != nullptr ? found : root();
}

const GumboVector *HtmlDocument::children(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

bool HtmlDocument::isText(const GumboNode *node)
{
    return node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE
        || node->type == GUMBO_NODE_CDATA;
}

QString HtmlDocument::text(const GumboNode *node)
{
    return isText(node) ? QString::fromUtf8(node->v.text.text) : QString();
}

QString HtmlDocument::attribute(const GumboNode *node, const char *name)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return {};
    const GumboAttribute *attr = gumbo_get_attribute(&node->v.element.attributes, name);
    return attr != nullptr ? QString::fromUtf8(attr->value) : QString();
}

GumboTag HtmlDocument::tag(const GumboNode *node)
{
    return node->type == GUMBO_NODE_ELEMENT || node->type == GUMBO_NODE_TEMPLATE
        ? node->v.element.tag
        : GUMBO_TAG_UNKNOWN;
}

QString HtmlDocument::innerText(const GumboNode *node)
{
    ParagraphBuilder text;
    walk(
        node,
        [&text](const GumboNode *n) {
            if (isText(n))
                text.append(QString::fromUtf8(n->v.text.text));
            else
                text.appendSpace();
            const GumboTag t = tag(n);
            return t != GUMBO_TAG_SCRIPT && t != GUMBO_TAG_STYLE && !text.full();
        },
        [](const GumboNode *) {});
    return text.text();
}

} // namespace whosaid::formats
