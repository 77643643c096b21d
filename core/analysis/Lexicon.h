#pragma once

#include "Grammar.h"
#include "PhraseList.h"
#include "WordClass.h"
#include "WordClassTable.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace whosaid::analysis {

// A quotation-mark pair: the opening and closing characters and whether the marks double as
// apostrophes (so they need context to be told apart).
struct QuotePair
{
    QChar open;
    QChar close;
    bool apostropheLike = false;
};

// The words the grammar of reported speech tests, by role (report-words.txt).
struct ReportWords
{
    QStringList that;         // opens a reported clause
    QStringList to;           // marks an infinitive
    QStringList conjunctions; // joins a second verb to the same subject
    QStringList relatives;    // a relative pronoun before the speaker
    QStringList as;           // opens a clause of report before the main one: "Wie X mitteilte, S"
    QStringList anaphors; // stands for the sentence before as a cue's content: "Dies bestätigte X"
    // Punctuation that, after a verb of speech and its subject or object, opens the reported
    // clause as "that" does: German marks every reported clause off by a comma.
    QStringList clauseMarks;
    QStringList dashes; // a dash between a quotation and its cue («…», — сказал он)
    QStringList subjectRelatives; // "X, who said S": the relative pronoun stands for X
    QStringList questions;        // opens a reported question: "asked whether S"
    QStringList expletives;  // a dummy subject opening a reported clause: "said there had been"
    QStringList particles;   // the particle of a separable verb: "ein" of "räumte ... ein, S"
    QStringList auxiliaries; // a finite verb before a participle: "hat" of "hat ... gesagt, S"
    QStringList hearsay;     // a modal of hearsay: "soll" of "soll geholfen haben"
    QStringList impersonal;  // makes a cue phrase name no source: "es" of "heißt es"
    QStringList perfect;     // the auxiliary of a perfect infinitive: "haben" of the same
    QStringList publishers;  // a verb whose object speaks for its subject: "released a statement"
};

// All language data of one language, read from resources/lang/<code>/ (embedded as
// :/whosaid/lang/<code>/). Words are looked up case-insensitively (lower-cased keys).
class Lexicon final
{
public:
    // Loads (once, thread-safe) and caches the lexicon of a language; unknown codes give English.
    [[nodiscard]] static std::shared_ptr<const Lexicon> forLanguage(const QString &code);
    [[nodiscard]] static QStringList availableLanguages();
    // Loads from a folder (tests, user overrides); missing files give empty lists.
    [[nodiscard]] static std::shared_ptr<const Lexicon> fromDirectory(const QString &dir,
                                                                      const QString &code);

    [[nodiscard]] const QString &language() const { return m_language; }
    // Unique for each lexicon ever loaded, so caches keyed by it never mix two lexicons.
    [[nodiscard]] quint64 serial() const { return m_serial; }

    // Speech cues: any inflected form -> its lemma (the first form on the line).
    [[nodiscard]] QString cueLemma(const QString &lowerWord) const
    {
        return m_cueForms.value(lowerWord);
    }
    [[nodiscard]] bool isCue(const QString &lowerWord) const
    {
        return m_cueForms.contains(lowerWord);
    }
    // The ReportingFrame bits of a cue verb, by any of its forms; 0 when it reports no content.
    [[nodiscard]] quint16 reportingFrames(QStringView lowerWord) const
    {
        return quint16(m_cueFrames.classesOf(lowerWord));
    }
    // Phrases announcing an unmarked transcript ("full transcript", "statement in full").
    [[nodiscard]] const PhraseList &transcriptCues() const { return m_transcriptCues; }
    // Lower-case words marking a paragraph as the end of an article's body (bylines, credits).
    [[nodiscard]] const QStringList &articleEndMarkers() const { return m_articleEndMarkers; }
    // Multi-word cues ("according to", "went on to say"): each a list of lower-case words.
    [[nodiscard]] const PhraseList &cuePhrases() const { return m_cuePhrases; }
    [[nodiscard]] const ReportWords &reportWords() const { return m_reportWords; }
    // Does the news of this language quote a speaker's own words in fragments ("bezeichnete die
    // Lage als „dramatisch“", "die Lage sei „ernst“"), so that a short quotation in a sentence of
    // report is speech rather than a scare quote? (conventions.txt: fragments-are-speech)
    [[nodiscard]] bool quotedFragmentsAreSpeech() const { return m_fragmentsAreSpeech; }
    // Does the finite verb stand second in a clause, so that the subject may follow a cue
    // ("Am Montag sagte der Minister")? (conventions.txt: verb-second)
    [[nodiscard]] bool verbSecond() const { return m_verbSecond; }
    // Does the language capitalise every noun, so that a capitalised word alone is no sign of
    // a name? (conventions.txt: nouns-capitalised)
    [[nodiscard]] bool capitalisesNouns() const { return m_capitalisesNouns; }
    // Does the language mark reported speech by the mood of its verbs (German "sei")?
    [[nodiscard]] bool hasSubjunctive() const { return !m_subjunctives.isEmpty(); }
    // Does the language have articles (articles.txt)? Without, a role noun speaks alone
    // ("řekl ministr"); with them, a singular one needs its article ("the minister said").
    [[nodiscard]] bool hasArticles() const { return m_hasArticles; }
    // An article of a case no subject takes (German "dem", "den"; articles.txt, "oblique").
    [[nodiscard]] bool isObliqueArticle(QStringView lower) const
    {
        return m_obliqueArticles.contains(lower);
    }
    // Phrases naming the source of reported content, by the side the source stands on:
    // "according to officials" (after the phrase), "der Polizei zufolge" (before it).
    [[nodiscard]] const PhraseList &sourcesAfter() const { return m_sourcesAfter; }
    [[nodiscard]] const PhraseList &sourcesBefore() const { return m_sourcesBefore; }
    // Phrases that report without naming a source ("nach eigenen Angaben", "demnach").
    [[nodiscard]] const PhraseList &sourcesUnnamed() const { return m_sourcesUnnamed; }

    // Titles and honorifics ("mr", "president", "prime minister"), as lower-case word lists,
    // longest first, with the gender a title implies.
    [[nodiscard]] const PhraseList &titles() const { return m_titles; }
    [[nodiscard]] Gender titleGender(QStringView lowerTitle) const
    {
        return Gender(m_titleGenders.classesOf(lowerTitle));
    }
    // Whether a word can open a title ("prime" of "prime minister").
    [[nodiscard]] bool isTitleWord(const QString &lowerWord) const
    {
        return m_titleWords.contains(lowerWord);
    }

    [[nodiscard]] const PronounInfo *pronoun(const QString &lowerWord) const;
    // Nouns naming a role that can speak ("spokesman", "official", "source") -> number.
    [[nodiscard]] bool isRoleNoun(const QString &lowerWord) const
    {
        return m_roleNouns.contains(lowerWord);
    }
    [[nodiscard]] GrammaticalNumber roleNumber(const QString &lowerWord) const
    {
        return m_roleNouns.value(lowerWord);
    }
    // Words that make a capitalised sequence an organisation ("Ministry", "Kremlin", "Party").
    [[nodiscard]] bool isOrganisationWord(const QString &lowerWord) const
    {
        return m_orgWords.contains(lowerWord);
    }
    // Countries and demonyms ("Russia", "Russian"): speakers themselves or modifiers of titles.
    [[nodiscard]] bool isPlace(const QString &lowerWord) const
    {
        return m_places.contains(lowerWord);
    }
    [[nodiscard]] bool isDemonym(const QString &lowerWord) const
    {
        return m_demonyms.contains(lowerWord);
    }
    // Capitalised words that never start or make a name (function words, days, months).
    [[nodiscard]] bool isNonName(const QString &lowerWord) const
    {
        return m_nonNames.contains(lowerWord);
    }
    // Given names with their usual gender, for pronoun agreement.
    [[nodiscard]] Gender givenNameGender(const QString &lowerWord) const
    {
        return m_givenNames.value(lowerWord);
    }

    // Lower-case particles inside names ("von", "de").
    // Abbreviations ending in a period that does not end a sentence ("st.", "mr.").
    [[nodiscard]] bool isAbbreviation(const QString &lowerWithPeriod) const
    {
        return m_abbreviations.contains(lowerWithPeriod);
    }
    // Words written with a leading apostrophe ("em" of 'em).
    [[nodiscard]] bool isElision(const QString &lowerWord) const
    {
        return m_elisions.contains(lowerWord);
    }
    [[nodiscard]] bool isSubordinator(const QString &lowerWord) const
    {
        return m_subordinators.contains(lowerWord);
    }
    [[nodiscard]] bool isPreposition(const QString &lowerWord) const
    {
        return m_prepositions.contains(lowerWord);
    }
    [[nodiscard]] bool isNameParticle(const QString &lowerWord) const
    {
        return m_nameParticles.contains(lowerWord);
    }
    [[nodiscard]] bool isDeterminer(const QString &lowerWord) const
    {
        return m_determiners.contains(lowerWord);
    }
    // Auxiliaries and adverbs that may stand between a speaker and its cue ("had", "also").
    [[nodiscard]] bool isSpeechModifier(const QString &lowerWord) const
    {
        return m_speechModifiers.contains(lowerWord);
    }
    // Phrases that, right before a quotation, mark it as a name or label ("so-called").
    [[nodiscard]] const PhraseList &mentionCues() const { return m_mentionCues; }
    // Multi-word organisation names ("white house"), as word lists.
    [[nodiscard]] const PhraseList &organisationPhrases() const { return m_orgPhrases; }

    [[nodiscard]] const QList<QuotePair> &quotePairs() const { return m_quotePairs; }

    // Every list a word belongs to, as WordClass bits, in one lookup (0 for other words).
    [[nodiscard]] const WordClassTable &wordClasses() const { return m_wordClasses; }
    // The classes a compound takes from its head, where nouns are compounded and capitalised:
    // "Werftsprecher" is a role noun as "Sprecher" is, "Klinikverwaltung" an organisation. Only
    // role and organisation classes pass on; 0 when no head is known.
    [[nodiscard]] quint32 compoundClasses(QStringView lower) const;
    // The classes of a pronoun with a clitic after an apostrophe ("he'll", "they're", "it's"):
    // those of the pronoun; 0 for any other word ("Trump's").
    [[nodiscard]] quint32 contractedPronounClasses(QStringView lower) const;

private:
    Lexicon() = default;
    void load(const QString &dir);
    void loadReportGrammar(const QString &dir);
    void indexWordClasses();
    [[nodiscard]] static quint32 pronounClasses(const PronounInfo &pronoun);

    QString m_language;
    quint64 m_serial = 0;
    QHash<QString, QString> m_cueForms;
    PhraseList m_cuePhrases;
    ReportWords m_reportWords;
    QSet<QString> m_subjunctives;
    bool m_fragmentsAreSpeech = false;
    bool m_verbSecond = false;
    bool m_capitalisesNouns = false;
    bool m_hasArticles = false;
    QSet<QString> m_titleArticles;
    QStringList m_obliqueArticles; // a handful of words
    PhraseList m_sourcesAfter;
    PhraseList m_sourcesBefore;
    PhraseList m_sourcesUnnamed;
    PhraseList m_transcriptCues;
    QStringList m_articleEndMarkers;
    PhraseList m_titles;
    QSet<QString> m_titleWords;
    QHash<QString, PronounInfo> m_pronouns;
    QHash<QString, GrammaticalNumber> m_roleNouns;
    QSet<QString> m_orgWords;
    QSet<QString> m_places;
    QSet<QString> m_demonyms;
    QSet<QString> m_nonNames;
    QHash<QString, Gender> m_givenNames;
    QSet<QString> m_abbreviations;
    QSet<QString> m_prepositions;
    QSet<QString> m_subordinators;
    QSet<QString> m_elisions;
    QSet<QString> m_nameParticles;
    QSet<QString> m_determiners;
    QSet<QString> m_speechModifiers;
    PhraseList m_mentionCues;
    PhraseList m_orgPhrases;
    QList<QuotePair> m_quotePairs;
    WordClassTable m_wordClasses;
    // Asked of many tokens too, so in tables like m_wordClasses rather than QHashes: the
    // ReportingFrame bits of each cue form, the Gender of each title.
    WordClassTable m_cueFrames;
    WordClassTable m_titleGenders;
};

} // namespace whosaid::analysis
