#pragma once

#include <QSet>
#include <QString>

#include <gumbo.h>

namespace whosaid::formats {

// Decides which elements of a web page are not the article: navigation, ads, comments, related
// articles, sharing buttons. The tag names and class/id words are data, in
// resources/formats/boilerplate.txt.
class BoilerplateFilter final
{
public:
    enum class Mode {
        Article, // tags and class/id words: a saved web page
        Chapter, // tags only: an EPUB chapter, where every block is the book's
    };

    explicit BoilerplateFilter(Mode mode)
        : m_mode(mode)
    { }

    [[nodiscard]] bool drops(const GumboNode *node) const;

private:
    struct Lists
    {
        QSet<GumboTag> tags;
        QSet<QString> words;
        QSet<QString> keep;
    };
    static const Lists &lists();

    Mode m_mode;
};

} // namespace whosaid::formats
