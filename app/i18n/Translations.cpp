#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

namespace whosaid::i18n {

using namespace Qt::StringLiterals;

namespace {

Q_LOGGING_CATEGORY(lcI18n, "whosaid.i18n", QtInfoMsg)

// Loads `name`_<language>.qm from `folder` and installs it; the application owns the translator.
bool install(const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(locale, name, u"_"_s, folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    qCDebug(lcI18n) << "loaded" << translator->filePath();
    return true;
}

} // namespace

QString dataDirectory()
{
    // Relative paths from CMake (app/i18n/CMakeLists.txt): install layout first, then build tree.
    const QDir bin(QCoreApplication::applicationDirPath());
    for (const QString &relative :
         {QStringLiteral(WHOSAID_DATA_FROM_BIN), QStringLiteral(WHOSAID_BUILD_DATA_FROM_BIN)}) {
        QString candidate = QDir::cleanPath(bin.filePath(relative));
        if (QDir(candidate).exists())
            return candidate;
    }
    return {};
}

bool installTranslations(const QLocale &locale)
{
    install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    const QString data = dataDirectory();
    if (data.isEmpty()) {
        qCDebug(lcI18n) << "no data folder near" << QCoreApplication::applicationDirPath();
        return false;
    }
    return install(locale, u"whosaid"_s, data + u"/translations"_s);
}

QString kindLabel(analysis::QuoteKind kind)
{
    switch (kind) {
    case analysis::QuoteKind::Direct:
        return QCoreApplication::translate("whosaid::i18n", "direct");
    case analysis::QuoteKind::Mixed:
        return QCoreApplication::translate("whosaid::i18n", "mixed");
    case analysis::QuoteKind::Indirect:
        return QCoreApplication::translate("whosaid::i18n", "indirect");
    case analysis::QuoteKind::Block:
        return QCoreApplication::translate("whosaid::i18n", "block");
    case analysis::QuoteKind::Mention:
        return QCoreApplication::translate("whosaid::i18n", "mention");
    }
    return analysis::kindName(kind);
}

} // namespace whosaid::i18n
