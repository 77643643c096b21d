#include "OpenActions.h"

#include "ArticleSession.h"
#include "DocumentTab.h"
#include "MainActions.h"
#include "MainWindow.h"
#include "formats/FormatSniffer.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>

namespace whosaid::gui {

using formats::Format;
using formats::FormatSniffer;
using namespace Qt::StringLiterals;

namespace {

QString describe(Format format)
{
    switch (format) {
    case Format::PlainText:
        return OpenActions::tr("Text files");
    case Format::Markdown:
        return OpenActions::tr("Markdown files");
    case Format::Html:
        return OpenActions::tr("Web pages");
    case Format::Docx:
        return OpenActions::tr("Word documents");
    case Format::Odt:
        return OpenActions::tr("OpenDocument texts");
    case Format::Epub:
        return OpenActions::tr("EPUB books");
    case Format::Pdf:
        return OpenActions::tr("PDF documents");
    case Format::Zip:
        break;
    }
    return FormatSniffer::name(format);
}

QString patterns(const QStringList &extensions)
{
    QStringList globs;
    for (const QString &extension : extensions)
        globs.append(u"*."_s + extension);
    return globs.join(u' ');
}

} // namespace

OpenActions::OpenActions(const MainActions &actions, MainWindow *window)
    : QObject(window)
    , m_actions(actions)
    , m_window(window)
{
    connect(actions.newFromClipboard, &QAction::triggered, this, &OpenActions::newFromClipboard);
    for (const QString &encoding : encodings()) {
        QAction *action = actions.reopenWithEncoding->addAction(encoding);
        action->setObjectName(u"reopenAs:"_s + encoding);
        connect(action, &QAction::triggered, this,
                [this, encoding] { reopenWithEncoding(encoding); });
    }
    setTab(nullptr);
}

QString OpenActions::openFilter()
{
    QStringList all;
    QStringList each;
    for (const Format format : FormatSniffer::openableFormats()) {
        const QStringList extensions = FormatSniffer::extensions(format);
        all.append(extensions);
        each.append(describe(format) + u" ("_s + patterns(extensions) + u')');
    }
    each.prepend(tr("All supported articles (%1)").arg(patterns(all)));
    each.append(tr("All files (*)"));
    return each.join(u";;"_s);
}

QStringList OpenActions::articlesIn(const QStringList &paths)
{
    QStringList articles;
    for (const QString &path : paths) {
        if (!QFileInfo(path).isDir()) {
            articles.append(path); // named by the user: the loader judges it
            continue;
        }
        const QDir folder(path);
        for (const QString &name : folder.entryList(QDir::Files, QDir::Name)) {
            if (FormatSniffer::isSupportedName(name))
                articles.append(folder.filePath(name));
        }
    }
    return articles;
}

QStringList OpenActions::encodings()
{
    return {u"UTF-8"_s,       u"UTF-16"_s, u"windows-1252"_s, u"ISO-8859-1"_s, u"ISO-8859-2"_s,
            u"ISO-8859-15"_s, u"KOI8-R"_s, u"windows-1251"_s, u"Shift_JIS"_s,  u"GB18030"_s};
}

void OpenActions::setTab(DocumentTab *tab)
{
    m_tab = tab;
    const ArticleSession *session = tab ? tab->session() : nullptr;
    // Only plain text has an encoding to choose; pasted text was never bytes in a file.
    const bool text = session && !session->isInMemory() && session->document()
        && session->document()->loader == FormatSniffer::name(Format::PlainText);
    m_actions.reopenWithEncoding->menuAction()->setEnabled(text);
}

void OpenActions::newFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    ArticleSource source;
    // Text as the reader sees it; a page's HTML only when there is no text, through the HTML
    // loader (which keeps paragraphs and drops the page's navigation).
    if (mime && mime->hasText() && !mime->text().trimmed().isEmpty()) {
        source.bytes = mime->text().toUtf8();
        source.sourceName = u"clipboard.txt"_s;
    } else if (mime && mime->hasHtml() && !mime->html().trimmed().isEmpty()) {
        source.bytes = mime->html().toUtf8();
        source.sourceName = u"clipboard.html"_s;
    } else {
        Q_EMIT status(tr("The clipboard holds no text to open"));
        return;
    }
    source.title = tr("Pasted text %1").arg(++m_pasted);
    m_window->openArticle(source);
}

void OpenActions::reopenWithEncoding(const QString &encoding)
{
    if (!m_tab || !m_tab->isReady() || !m_actions.reopenWithEncoding->menuAction()->isEnabled())
        return;
    m_tab->session()->reloadWithEncoding(encoding);
    Q_EMIT status(tr("Reading %1 again as %2\u2026").arg(m_tab->session()->title(), encoding));
}

} // namespace whosaid::gui
