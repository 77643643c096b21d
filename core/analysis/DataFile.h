#pragma once

#include <QList>
#include <QLoggingCategory>
#include <QString>
#include <QStringList>

Q_DECLARE_LOGGING_CATEGORY(lcLexicon)

namespace whosaid::analysis {

// The language data files of resources/ (embedded under :/whosaid): one record a line, fields
// separated by TABs, '#' comments and blank lines skipped.
class DataFile final
{
public:
    // The folder of a language's files (":/whosaid/lang/de"), and of all languages.
    [[nodiscard]] static QString languageFolder(const QString &code);
    [[nodiscard]] static QString languagesFolder();
    // The shared files beside the language folders (":/whosaid/quotes.txt").
    [[nodiscard]] static QString sharedFile(const QString &name);

    // The records of a file, each its trimmed fields; none when the file is missing.
    [[nodiscard]] static QList<QStringList> records(const QString &path);
};

} // namespace whosaid::analysis
