#pragma once

// What the export tests share: annotation sets of invented articles (one with hand edits, one
// hostile), and a parsed HTML page (gumbo, the HTML5 parsing algorithm) to look into.

#include "annotation/AnnotationSet.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

struct GumboInternalNode;
struct GumboInternalOutput;

namespace whosaid::coretest {

// An invented article: an emoji before the first quote (UTF-16 and code point offsets differ),
// three speakers, direct, mixed and indirect speech and a scare quote.
[[nodiscard]] QString sampleArticle();
// Its annotations, with hand edits: one quote accepted, one corrected to another speaker, one
// rejected, one added by hand.
[[nodiscard]] std::unique_ptr<annotation::AnnotationSet> sampleSet();
// The machine's annotations of text, all unreviewed.
[[nodiscard]] std::unique_ptr<annotation::AnnotationSet> machineSet(const QString &text);

// A parsed HTML page.
class HtmlPage final
{
public:
    struct Element
    {
        QString tag;
        QHash<QString, QString> attributes;
        QString text; // all text inside, as the parser decoded it
        int depth = 0;
    };

    explicit HtmlPage(const QByteArray &html);
    ~HtmlPage();
    HtmlPage(const HtmlPage &) = delete;
    HtmlPage &operator=(const HtmlPage &) = delete;
    HtmlPage(HtmlPage &&) = delete;
    HtmlPage &operator=(HtmlPage &&) = delete;

    // The parse errors gumbo reports (empty for a page without any).
    [[nodiscard]] const QStringList &errors() const { return m_errors; }
    // Every element in document order.
    [[nodiscard]] const QList<Element> &elements() const { return m_elements; }
    [[nodiscard]] QList<Element> elements(const QString &tag) const;
    [[nodiscard]] int commentCount() const { return m_comments; }
    [[nodiscard]] QString bodyText() const { return m_bodyText; }

private:
    void visit(const GumboInternalNode *node, int depth);

    GumboInternalOutput *m_output = nullptr;
    QStringList m_errors;
    QList<Element> m_elements;
    QString m_bodyText;
    int m_comments = 0;
};

} // namespace whosaid::coretest
