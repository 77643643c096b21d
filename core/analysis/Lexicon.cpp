#include "Lexicon.h"

#include "DataFile.h"

#include <QDir>
#include <QFile>
#include <QMutex>

#include <algorithm>
#include <atomic>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

Gender parseGender(const QString &field)
{
    if (field == u"m")
        return Gender::Male;
    if (field == u"f")
        return Gender::Female;
    if (field == u"n")
        return Gender::Neuter;
    return Gender::Unknown;
}

quint16 parseFrame(const QString &name)
{
    static const QHash<QString, quint16> frames{
        {u"clause"_s, ClauseFrame},
        {u"that"_s, ThatFrame},
        {u"object-clause"_s, ObjectClauseFrame},
        {u"object-that"_s, ObjectThatFrame},
        {u"object-to"_s, ObjectToFrame},
        {u"to"_s, ToFrame},
        {u"question"_s, QuestionFrame},
        {u"object-question"_s, ObjectQuestionFrame},
        {u"particle"_s, ParticleFrame},
    };
    const quint16 frame = frames.value(name);
    if (frame == 0)
        qCWarning(lcLexicon) << "unknown reporting frame" << name;
    return frame;
}

GrammaticalNumber parseNumber(const QString &field)
{
    if (field == u"s")
        return GrammaticalNumber::Singular;
    if (field == u"p")
        return GrammaticalNumber::Plural;
    return GrammaticalNumber::Unknown;
}

QString field(const QStringList &record, qsizetype index)
{
    return index < record.size() ? record.at(index) : QString();
}

// A data file of the lexicon in dir.
QString dataPath(const QString &dir, QStringView name)
{
    return dir + u'/' + name;
}

QSet<QString> readWordSet(const QString &path)
{
    QSet<QString> words;
    for (const QStringList &record : DataFile::records(path))
        words.insert(record.first().toLower());
    return words;
}

} // namespace

std::shared_ptr<const Lexicon> Lexicon::forLanguage(const QString &code)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const Lexicon>> cache;
    const QString lang = availableLanguages().contains(code) ? code : u"en"_s;
    const QMutexLocker locker(&mutex);
    auto &entry = cache[lang];
    if (!entry)
        entry = fromDirectory(DataFile::languageFolder(lang), lang);
    return entry;
}

QStringList Lexicon::availableLanguages()
{
    static const QStringList languages
        = QDir(DataFile::languagesFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    return languages;
}

std::shared_ptr<const Lexicon> Lexicon::fromDirectory(const QString &dir, const QString &code)
{
    static std::atomic<quint64> serials{0};
    std::shared_ptr<Lexicon> lexicon(new Lexicon);
    lexicon->m_serial = ++serials;
    lexicon->m_language = code;
    lexicon->load(dir);
    return lexicon;
}

const PronounInfo *Lexicon::pronoun(const QString &lowerWord) const
{
    const auto it = m_pronouns.constFind(lowerWord);
    return it == m_pronouns.cend() ? nullptr : &it.value();
}

// The words and phrases of reported speech and the language's conventions of writing it.
void Lexicon::loadReportGrammar(const QString &dir)
{
    const auto path = [&dir](QStringView name) { return dataPath(dir, name); };

    for (const QStringList &record : DataFile::records(path(u"report-words.txt"))) {
        const QString role = field(record, 0);
        const QString word = field(record, 1).toLower();
        if (role == u"that")
            m_reportWords.that.append(word);
        else if (role == u"to")
            m_reportWords.to.append(word);
        else if (role == u"and")
            m_reportWords.conjunctions.append(word);
        else if (role == u"relative")
            m_reportWords.relatives.append(word);
        else if (role == u"subjunctive")
            m_subjunctives.insert(word);
        else if (role == u"as")
            m_reportWords.as.append(word);
        else if (role == u"anaphor")
            m_reportWords.anaphors.append(word);
        else if (role == u"clause-mark")
            m_reportWords.clauseMarks.append(word);
        else if (role == u"dash")
            m_reportWords.dashes.append(word);
        else if (role == u"who")
            m_reportWords.subjectRelatives.append(word);
        else if (role == u"question")
            m_reportWords.questions.append(word);
        else if (role == u"expletive")
            m_reportWords.expletives.append(word);
        else if (role == u"particle")
            m_reportWords.particles.append(word);
        else if (role == u"auxiliary")
            m_reportWords.auxiliaries.append(word);
        else if (role == u"impersonal")
            m_reportWords.impersonal.append(word);
        else if (role == u"hearsay")
            m_reportWords.hearsay.append(word);
        else if (role == u"perfect")
            m_reportWords.perfect.append(word);
        else if (role == u"publish")
            m_reportWords.publishers.append(word);
        else
            qCWarning(lcLexicon) << "unknown role in report-words.txt:" << record;
    }
    for (const QStringList &record : DataFile::records(path(u"conventions.txt"))) {
        if (record.first() == u"fragments-are-speech")
            m_fragmentsAreSpeech = true;
        else if (record.first() == u"verb-second")
            m_verbSecond = true;
        else if (record.first() == u"nouns-capitalised")
            m_capitalisesNouns = true;
        else
            qCWarning(lcLexicon) << "unknown convention in conventions.txt:" << record;
    }
    for (const QStringList &record : DataFile::records(path(u"articles.txt"))) {
        m_hasArticles = true;
        if (field(record, 1) == u"title")
            m_titleArticles.insert(record.first().toLower());
        else if (field(record, 1) == u"oblique")
            m_obliqueArticles.append(record.first().toLower());
    }
    for (const QStringList &record : DataFile::records(path(u"source-phrases.txt"))) {
        const QStringList words = record.first().toLower().split(u' ', Qt::SkipEmptyParts);
        const QString side = field(record, 1);
        if (side == u"before")
            m_sourcesBefore.add(words);
        else if (side == u"none")
            m_sourcesUnnamed.add(words);
        else
            m_sourcesAfter.add(words);
    }
    m_sourcesAfter.sortLongestFirst();
    m_sourcesBefore.sortLongestFirst();
    m_sourcesUnnamed.sortLongestFirst();
}

void Lexicon::load(const QString &dir)
{
    const auto path = [&dir](QStringView name) { return dataPath(dir, name); };

    for (const QStringList &record : DataFile::records(path(u"cues.txt"))) {
        const QStringList forms = record.first().toLower().split(u' ', Qt::SkipEmptyParts);
        for (const QString &form : forms)
            m_cueForms.insert(form, forms.first());
    }
    QHash<QString, quint16> framesOfLemma;
    for (const QStringList &record : DataFile::records(path(u"reporting-frames.txt"))) {
        quint16 frames = 0;
        for (const QString &name : field(record, 1).split(u' ', Qt::SkipEmptyParts))
            frames |= parseFrame(name);
        framesOfLemma.insert(record.first().toLower(), frames);
    }
    for (auto it = m_cueForms.cbegin(); it != m_cueForms.cend(); ++it) {
        if (const quint16 frames = framesOfLemma.value(it.value()); frames != 0)
            m_cueFrames.insert(it.key(), frames);
    }
    for (const QStringList &record : DataFile::records(path(u"transcript-cues.txt")))
        m_transcriptCues.add(record.first().toLower().split(u' ', Qt::SkipEmptyParts));
    m_transcriptCues.sortLongestFirst();
    for (const QStringList &record : DataFile::records(path(u"article-end-markers.txt")))
        m_articleEndMarkers.append(record.first().toLower());
    for (const QStringList &record : DataFile::records(path(u"cue-phrases.txt")))
        m_cuePhrases.add(record.first().toLower().split(u' ', Qt::SkipEmptyParts));

    loadReportGrammar(dir);

    QHash<QString, Gender> titleGenders; // the last line of a title decides
    for (const QStringList &record : DataFile::records(path(u"titles.txt"))) {
        const QString title = record.first().toLower();
        const QStringList words = title.split(u' ', Qt::SkipEmptyParts);
        m_titles.add(words);
        titleGenders.insert(title, parseGender(field(record, 1)));
        m_titleWords.insert(words.first()); // "prime" of "prime minister"
        if (words.size() == 1 && title.endsWith(u'.'))
            m_abbreviations.insert(title);
    }
    for (auto it = titleGenders.cbegin(); it != titleGenders.cend(); ++it) {
        if (it.value() != Gender::Unknown)
            m_titleGenders.insert(it.key(), quint32(it.value()));
    }
    // Longest first, so "prime minister" wins over "minister".
    m_titles.sortLongestFirst();
    m_cuePhrases.sortLongestFirst();

    for (const QStringList &record : DataFile::records(path(u"pronouns.txt"))) {
        PronounInfo info;
        info.gender = parseGender(field(record, 1));
        info.number = parseNumber(field(record, 2));
        info.firstPerson = field(record, 3) == u"1";
        info.secondPerson = field(record, 3) == u"2";
        info.subject = field(record, 4) == u"subj";
        m_pronouns.insert(record.first().toLower(), info);
    }
    for (const QStringList &record : DataFile::records(path(u"roles.txt")))
        m_roleNouns.insert(record.first().toLower(), parseNumber(field(record, 1)));
    for (const QStringList &record : DataFile::records(path(u"given-names.txt")))
        m_givenNames.insert(record.first().toLower(), parseGender(field(record, 1)));

    for (const QString &org : readWordSet(path(u"organisations.txt"))) {
        if (org.contains(u' '))
            m_orgPhrases.add(org.split(u' ', Qt::SkipEmptyParts));
        else
            m_orgWords.insert(org);
    }
    for (const QStringList &record : DataFile::records(path(u"mention-cues.txt")))
        m_mentionCues.add(record.first().toLower().split(u' ', Qt::SkipEmptyParts));
    m_nameParticles = readWordSet(path(u"name-particles.txt"));
    m_abbreviations.unite(readWordSet(path(u"abbreviations.txt")));
    m_prepositions = readWordSet(path(u"prepositions.txt"));
    m_subordinators = readWordSet(path(u"subordinators.txt"));
    m_elisions = readWordSet(path(u"elisions.txt"));
    m_determiners = readWordSet(path(u"determiners.txt"));
    m_speechModifiers = readWordSet(path(u"speech-modifiers.txt"));
    m_places = readWordSet(path(u"places.txt"));
    m_demonyms = readWordSet(path(u"demonyms.txt"));
    m_nonNames = readWordSet(path(u"nonnames.txt"));

    // Quote-mark pairs are shared by all languages: every article may use any style.
    QString quotesPath = dir + u"/quotes.txt"_s;
    if (!QFile::exists(quotesPath))
        quotesPath = DataFile::sharedFile(u"quotes.txt"_s);
    for (const QStringList &record : DataFile::records(quotesPath)) {
        if (record.size() < 2 || record.at(0).size() != 1 || record.at(1).size() != 1) {
            qCWarning(lcLexicon) << "bad quote pair in" << quotesPath << record;
            continue;
        }
        m_quotePairs.append(
            {record.at(0).at(0), record.at(1).at(0), field(record, 2) == u"apostrophe"});
    }
    indexWordClasses();
    qCDebug(lcLexicon) << "loaded" << m_language << m_cueForms.size() << "cue forms,"
                       << m_titles.size() << "titles";
}

// One table from word to all its classes, so classifying a new word costs one lookup instead
// of one per list. Each list adds its class to its own words (the table ORs them together).
void Lexicon::indexWordClasses()
{
    const auto addAll = [this](const auto &container, quint32 classes) {
        for (auto it = container.cbegin(); it != container.cend(); ++it) {
            if constexpr (requires { it.key(); })
                m_wordClasses.insert(it.key(), classes);
            else
                m_wordClasses.insert(*it, classes);
        }
    };
    addAll(m_cueForms, Cue);
    addAll(m_determiners, Determiner);
    addAll(m_nonNames, NonName);
    for (auto it = m_pronouns.cbegin(); it != m_pronouns.cend(); ++it)
        m_wordClasses.insert(it.key(), pronounClasses(it.value()));
    for (auto it = m_roleNouns.cbegin(); it != m_roleNouns.cend(); ++it)
        m_wordClasses.insert(
            it.key(), RoleNoun | (it.value() == GrammaticalNumber::Plural ? PluralRoleNoun : 0U));
    addAll(m_speechModifiers, SpeechModifier);
    addAll(m_titleWords, TitleStart);
    addAll(m_prepositions, Preposition);
    addAll(m_subordinators, Subordinator);
    addAll(m_orgWords, OrganisationWord);
    addAll(m_nameParticles, NameParticle);
    for (auto it = m_givenNames.cbegin(); it != m_givenNames.cend(); ++it) {
        const Gender gender = it.value();
        m_wordClasses.insert(it.key(),
                             GivenName | (gender == Gender::Male ? MaleGivenName : 0U)
                                 | (gender == Gender::Female ? FemaleGivenName : 0U));
    }
    for (const QString &abbreviation : std::as_const(m_abbreviations)) {
        if (abbreviation.endsWith(u'.'))
            m_wordClasses.insert(abbreviation.chopped(1), Abbreviation); // "mr" of "mr."
    }
    // "u.s" is a token of "U.S." (the final dot is a token of its own).
    for (const auto &[set, wordClass] : {std::pair{&m_places, Place}, {&m_demonyms, Demonym}}) {
        for (const QString &word : *set) {
            m_wordClasses.insert(word, wordClass);
            if (word.endsWith(u'.'))
                m_wordClasses.insert(word.chopped(1), wordClass);
        }
    }
    addAll(m_cuePhrases.firstWords(), CuePhraseStart);
    addAll(m_orgPhrases.firstWords(), OrganisationPhraseStart);
    addAll(m_mentionCues.firstWords(), MentionCueStart);
    addAll(m_transcriptCues.firstWords(), TranscriptCueStart);
    addAll(m_sourcesAfter.firstWords(), SourcePhraseStart);
    addAll(m_sourcesBefore.firstWords(), SourcePhraseStart);
    addAll(m_sourcesUnnamed.firstWords(), SourcePhraseStart);
    addAll(m_subjunctives, Subjunctive);
    addAll(m_titleArticles, TitleArticle);
}

quint32 Lexicon::compoundClasses(QStringView lower) const
{
    // Heads of five letters or more after a modifier of three or more: shorter ones ("mann" of
    // "Hartmann") make surnames into nouns.
    constexpr qsizetype MinHead = 5;
    constexpr qsizetype MinModifier = 3;
    constexpr quint32 Inherited = RoleNoun | PluralRoleNoun | OrganisationWord;
    for (qsizetype at = MinModifier; at + MinHead <= lower.size(); ++at) {
        if (const quint32 classes = m_wordClasses.classesOf(lower.sliced(at)) & Inherited)
            return classes;
    }
    return 0;
}

quint32 Lexicon::contractedPronounClasses(QStringView lower) const
{
    const qsizetype apostrophe = lower.indexOf(u'\'');
    if (apostrophe < 1 || apostrophe + 1 >= lower.size())
        return 0;
    const quint32 classes = m_wordClasses.classesOf(lower.first(apostrophe));
    return (classes & Pronoun) != 0 ? classes : 0;
}

quint32 Lexicon::pronounClasses(const PronounInfo &p)
{
    quint32 classes = Pronoun;
    const auto set = [&classes](bool on, WordClass c) {
        if (on)
            classes |= c;
    };
    set(p.subject, SubjectPronoun);
    set(p.firstPerson, FirstPerson);
    set(p.secondPerson, SecondPerson);
    set(p.number == GrammaticalNumber::Plural, PluralPronoun);
    set(p.gender == Gender::Male, MalePronoun);
    set(p.gender == Gender::Female, FemalePronoun);
    set(p.gender == Gender::Neuter, NeuterPronoun);
    return classes;
}

} // namespace whosaid::analysis
