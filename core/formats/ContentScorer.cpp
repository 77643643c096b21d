#include "ContentScorer.h"

#include "BoilerplateFilter.h"
#include "HtmlDocument.h"
#include "HtmlTextWriter.h"

#include <cstring>
#include <unordered_map>
#include <vector>

namespace whosaid::formats {

namespace {

// Shorter blocks are captions, bylines and buttons rather than paragraphs.
constexpr qint64 MinParagraphChars = 25;
// A sibling scoring this share of the best is part of the same article.
constexpr double SiblingShare = 0.2;

struct BlockText
{
    qint64 text = 0;
    qint64 links = 0;
};

// Text and link text per block element: text counts for its nearest block ancestor.
std::unordered_map<const GumboNode *, BlockText> measureBlocks(const GumboNode *body,
                                                               const BoilerplateFilter &filter)
{
    std::unordered_map<const GumboNode *, BlockText> blocks;
    struct Open
    {
        const GumboNode *block;
        int links;
    };
    std::vector<Open> open{{body, 0}};
    HtmlDocument::walk(
        body,
        [&](const GumboNode *node) {
            if (node == body)
                return true;
            if (filter.drops(node))
                return false;
            if (HtmlDocument::isText(node)) {
                const auto length = qint64(std::strlen(node->v.text.text));
                BlockText &b = blocks[open.back().block];
                b.text += length;
                b.links += open.back().links > 0 ? length : 0;
                return false;
            }
            const GumboTag tag = HtmlDocument::tag(node);
            open.push_back({HtmlTextWriter::isBlock(tag) ? node : open.back().block,
                            open.back().links + (tag == GUMBO_TAG_A ? 1 : 0)});
            return true;
        },
        [&](const GumboNode *node) {
            if (node != body)
                open.pop_back();
        });
    return blocks;
}

} // namespace

const GumboNode *ContentScorer::mainContent(const GumboNode *body, const BoilerplateFilter &filter)
{
    std::unordered_map<const GumboNode *, double> scores;
    for (const auto &[block, text] : measureBlocks(body, filter)) {
        const qint64 own = text.text - text.links;
        if (own < MinParagraphChars || block == body || text.links * 2 > text.text)
            continue;
        const GumboNode *parent = block->parent;
        scores[parent] += double(own);
        if (parent != body && parent->parent != nullptr)
            scores[parent->parent] += double(own) / 2;
    }
    const GumboNode *best = nullptr;
    double bestScore = 0;
    for (const auto &[node, score] : scores) {
        if (score > bestScore) {
            best = node;
            bestScore = score;
        }
    }
    // Blocks right below body give body's parent half their score: <html> must not win, or the
    // <head> would be read as text.
    bool insideBody = false;
    for (const GumboNode *n = best; n != nullptr && !insideBody; n = n->parent)
        insideBody = n->parent == body;
    if (best == nullptr || !insideBody || best->type != GUMBO_NODE_ELEMENT)
        return body;
    const GumboNode *parent = best->parent;
    const GumboVector *siblings = HtmlDocument::children(parent);
    for (unsigned i = 0; siblings != nullptr && i < siblings->length; ++i) {
        const auto *sibling = static_cast<const GumboNode *>(siblings->data[i]);
        const auto it = scores.find(sibling);
        if (sibling != best && it != scores.end() && it->second >= bestScore * SiblingShare)
            return parent;
    }
    return best;
}

} // namespace whosaid::formats
