#pragma once

#include <QString>
#include <QStringView>

namespace whosaid::analysis {

// What LanguageDetector found: a language code and how sure it is of it.
struct DetectedLanguage
{
    QString code;
    double confidence = 0.0; // 0 to 1; 0 when the text could not tell and the fallback was taken
};

// Tells which of the languages that have a lexicon a text is written in, by its script, its
// most common words and the letters only one language writes (resources/lang/<code>/
// stopwords.txt and letters.txt). A script only one language writes decides alone (Cyrillic:
// Russian); otherwise each common word and each such letter votes for the languages that list
// it, a word shared by several weighing less. Text too short or too mixed to tell, or in a
// script no language writes, gets English.
class LanguageDetector final
{
public:
    [[nodiscard]] static DetectedLanguage detect(QStringView text);
    // The language to analyse a text in: the one given (--lang, a record's "lang") if any, else
    // the detected one.
    [[nodiscard]] static QString languageFor(QStringView text, const QString &given);
    [[nodiscard]] static QString fallback();
};

} // namespace whosaid::analysis
