#include "LanguageDetector.h"

#include "DataFile.h"
#include "Lexicon.h"
#include "WordClassTable.h"

#include <QHash>
#include <QList>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

// The start of an article tells its language (some 400 words); a whole book need not be read
// for it, and reading more costs throughput: 20,000 characters took more than half the time of
// the analysis of news articles.
constexpr qsizetype MaxCharacters = 2500;
// Letters of a script that only one language writes before that is certain.
constexpr double ScriptLetters = 20;
// Common words: fewer than the minimum decide nothing; the full number gives full confidence.
constexpr int MinimumHits = 3;
constexpr double FullHits = 12;
// How far the best language must lead the next, as a share of its score.
constexpr double MinimumMargin = 0.2;

struct Profiles
{
    QStringList codes;            // bit i of a word's languages is codes[i]
    QList<QChar::Script> scripts; // the script each language's common words are written in
    WordClassTable languagesOf;   // by common word: bit i for codes[i]
    QHash<QChar, quint32> languagesOfLetter;     // letters only one language writes ("ř", "ã")
    std::array<quint32, 128> languagesOfAscii{}; // the same for ASCII, looked up without hashing
};

using ScriptCounts = std::array<int, QChar::ScriptCount>;

QChar::Script mostCommon(const ScriptCounts &counts)
{
    const auto *const it = std::max_element(counts.cbegin(), counts.cend());
    return *it == 0 ? QChar::Script_Unknown : QChar::Script(std::distance(counts.cbegin(), it));
}

const Profiles &profiles()
{
    static const Profiles loaded = [] {
        Profiles p;
        for (const QString &code : Lexicon::availableLanguages()) {
            const QList<QStringList> words
                = DataFile::records(DataFile::languageFolder(code) + u"/stopwords.txt"_s);
            if (words.isEmpty())
                continue;
            if (p.codes.size() == 32) {
                qCWarning(lcLexicon) << "language detection ignores" << code << ": 32 at most";
                continue;
            }
            const quint32 bit = 1U << p.codes.size();
            ScriptCounts scripts{};
            for (const QStringList &record : words) {
                const QString word = record.first().toLower();
                p.languagesOf.insert(word, bit);
                for (const QChar c : word)
                    ++scripts[c.script()];
            }
            for (const QStringList &record :
                 DataFile::records(DataFile::languageFolder(code) + u"/letters.txt"_s)) {
                const QChar letter = record.first().toLower().front();
                if (letter.unicode() < p.languagesOfAscii.size())
                    p.languagesOfAscii[letter.unicode()] |= bit;
                else
                    p.languagesOfLetter[letter] |= bit;
            }
            p.codes.append(code);
            p.scripts.append(mostCommon(scripts));
        }
        return p;
    }();
    return loaded;
}

} // namespace

QString LanguageDetector::fallback()
{
    return u"en"_s;
}

QString LanguageDetector::languageFor(QStringView text, const QString &given)
{
    return given.isEmpty() ? detect(text).code : given;
}

DetectedLanguage LanguageDetector::detect(QStringView text)
{
    const Profiles &p = profiles();
    const qsizetype languages = p.codes.size();
    QVarLengthArray<double, 16> scores(languages, 0.0);
    QVarLengthArray<int, 16> hits(languages, 0);
    ScriptCounts letters{};
    int letterCount = 0;
    QString word;
    // A common word or a letter of its own counts for each language that has it, a word shared
    // by several languages weighing less.
    const auto vote = [&](quint32 of) {
        if (of == 0)
            return; // most letters and words belong to no profile
        const double weight = 1.0 / std::max(1, std::popcount(of));
        for (qsizetype i = 0; i < languages; ++i) {
            if ((of & (1U << i)) != 0) {
                scores[i] += weight;
                ++hits[i];
            }
        }
    };
    const auto endWord = [&] {
        if (!word.isEmpty())
            vote(p.languagesOf.classesOf(word));
        word.resize(0);
    };
    for (const QChar c : text.left(MaxCharacters)) {
        if (const char16_t u = c.unicode(); u < 0x80) {
            // ASCII: Latin letters, no lookups of case or script.
            const bool upper = u >= u'A' && u <= u'Z';
            if (upper || (u >= u'a' && u <= u'z')) {
                const char16_t lower = upper ? char16_t(u | 0x20) : u;
                word += QChar(lower);
                vote(p.languagesOfAscii[lower]);
                ++letters[QChar::Script_Latin];
                ++letterCount;
            } else {
                endWord();
            }
        } else if (c.isLetter()) {
            const QChar lower = c.toLower();
            word += lower;
            vote(lower.unicode() < p.languagesOfAscii.size() ? p.languagesOfAscii[lower.unicode()]
                                                             : p.languagesOfLetter.value(lower));
            ++letters[c.script()];
            ++letterCount;
        } else if (!(c.isMark() && !word.isEmpty())) {
            endWord(); // words end at anything but a letter or a combining mark
        }
    }
    endWord();

    // The script most letters are written in, and the languages that write it.
    const QChar::Script script = mostCommon(letters);
    const int inScript = script == QChar::Script_Unknown ? 0 : letters[script];
    const double share = letterCount > 0 ? double(inScript) / letterCount : 0.0;
    QVarLengthArray<qsizetype, 16> candidates;
    for (qsizetype i = 0; i < languages; ++i) {
        if (p.scripts.at(i) == script)
            candidates.append(i);
    }
    if (candidates.isEmpty())
        return {fallback(), 0.0};
    if (candidates.size() == 1) {
        const double enough = std::min(1.0, inScript / ScriptLetters);
        return {p.codes.at(candidates.first()), share * enough};
    }
    std::sort(candidates.begin(), candidates.end(),
              [&scores](qsizetype a, qsizetype b) { return scores[a] > scores[b]; });
    const qsizetype best = candidates.at(0);
    const double margin = (scores[best] - scores[candidates.at(1)]) / std::max(scores[best], 1e-9);
    if (hits[best] < MinimumHits || margin < MinimumMargin)
        return {fallback(), 0.0};
    return {p.codes.at(best), share * margin * std::min(1.0, hits[best] / FullHits)};
}

} // namespace whosaid::analysis
