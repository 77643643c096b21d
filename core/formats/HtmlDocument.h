#pragma once

#include <QByteArray>
#include <QString>

#include <gumbo.h>
#include <memory>
#include <vector>

namespace whosaid::formats {

// An HTML5 page parsed by gumbo, made safe for hostile input: nesting too deep for gumbo's
// quadratic tree builder is refused before parsing, the tree lives in an arena freed in one go
// (gumbo's own destructor recurses once per level), and walk() visits it without recursion.
class HtmlDocument final
{
public:
    explicit HtmlDocument(const QByteArray &utf8);
    ~HtmlDocument();
    Q_DISABLE_COPY_MOVE(HtmlDocument)

    // Empty when parsed; "HTML nested too deeply: …" otherwise.
    [[nodiscard]] const QString &error() const { return m_error; }
    [[nodiscard]] const GumboNode *root() const;
    // The <body>, or the root when there is none.
    [[nodiscard]] const GumboNode *body() const;

    [[nodiscard]] static const GumboVector *children(const GumboNode *node);
    [[nodiscard]] static bool isText(const GumboNode *node);
    [[nodiscard]] static QString text(const GumboNode *node);
    [[nodiscard]] static QString attribute(const GumboNode *node, const char *name);
    [[nodiscard]] static GumboTag tag(const GumboNode *node);
    // All the text below node, white space collapsed.
    [[nodiscard]] static QString innerText(const GumboNode *node);

    // Pre-order walk: enter(node) returns whether to visit the children; leave(node) runs after
    // them, for the nodes entered with true.
    template<typename Enter, typename Leave>
    static void walk(const GumboNode *root, Enter &&enter, Leave &&leave);

private:
    class Arena;

    QString m_error;
    std::unique_ptr<Arena> m_arena;
    GumboOutput *m_output = nullptr;
};

template<typename Enter, typename Leave>
void HtmlDocument::walk(const GumboNode *root, Enter &&enter, Leave &&leave)
{
    struct Frame
    {
        const GumboNode *node;
        unsigned next;
    };
    if (root == nullptr || !enter(root))
        return;
    std::vector<Frame> stack{{root, 0}};
    while (!stack.empty()) {
        const GumboNode *node = stack.back().node;
        const GumboVector *kids = children(node);
        if (kids != nullptr && stack.back().next < kids->length) {
            const auto *child = static_cast<const GumboNode *>(kids->data[stack.back().next++]);
            if (enter(child))
                stack.push_back({child, 0});
            continue;
        }
        leave(node);
        stack.pop_back();
    }
}

} // namespace whosaid::formats
