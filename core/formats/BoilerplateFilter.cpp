#include "BoilerplateFilter.h"

#include "HtmlDocument.h"

#include <QFile>
#include <QLoggingCategory>
#include <QRegularExpression>

namespace whosaid::formats {

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBoilerplate, "whosaid.formats.boilerplate")

const BoilerplateFilter::Lists &BoilerplateFilter::lists()
{
    static const Lists lists = [] {
        Lists l;
        QFile file(u":/whosaid/formats/boilerplate.txt"_s);
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcBoilerplate) << "cannot read" << file.fileName();
            return l;
        }
        const QString data = QString::fromUtf8(file.readAll());
        for (const QStringView line : QStringView(data).split(u'\n')) {
            if (line.isEmpty() || line.startsWith(u'#'))
                continue;
            const qsizetype tab = line.indexOf(u'\t');
            const QStringView kind = line.left(tab);
            const QString name = line.sliced(tab + 1).trimmed().toString();
            if (kind == u"tag")
                l.tags.insert(gumbo_tag_enum(name.toUtf8().constData()));
            else if (kind == u"word")
                l.words.insert(name);
            else if (kind == u"keep")
                l.keep.insert(name);
            else
                qCWarning(lcBoilerplate) << "unknown kind in boilerplate.txt:" << line;
        }
        return l;
    }();
    return lists;
}

bool BoilerplateFilter::drops(const GumboNode *node) const
{
    if (node->type == GUMBO_NODE_COMMENT)
        return true;
    if (node->type != GUMBO_NODE_ELEMENT)
        return false;
    const Lists &l = lists();
    const GumboTag tag = node->v.element.tag;
    if (l.tags.contains(tag))
        return true;
    if (m_mode == Mode::Chapter || tag == GUMBO_TAG_HTML || tag == GUMBO_TAG_BODY
        || tag == GUMBO_TAG_MAIN || tag == GUMBO_TAG_ARTICLE)
        return false;
    // Hidden elements are not part of what the reader saw.
    if (gumbo_get_attribute(&node->v.element.attributes, "hidden") != nullptr)
        return true;
    const QString names
        = (HtmlDocument::attribute(node, "class") + u' ' + HtmlDocument::attribute(node, "id"))
              .toLower();
    if (names.isEmpty())
        return false;
    static const QRegularExpression separators(u"[-_\\s]+"_s);
    bool boilerplate = false;
    for (const QString &word : names.split(separators, Qt::SkipEmptyParts)) {
        if (l.keep.contains(word))
            return false;
        boilerplate = boilerplate || l.words.contains(word);
    }
    return boilerplate;
}

} // namespace whosaid::formats
