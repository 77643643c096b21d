#include "MentionPass.h"

#include "WordFolder.h"

#include <QHash>

#include <bitset>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

// A role noun found in the text: its last token (a compound has three) and its WordClass bits.
struct RoleHead
{
    qsizetype last = -1;
    quint32 classes = 0;
};

// How the article itself writes a word: capitalised in mid-sentence (a name) or lower case.
struct Capitalisation
{
    int capitalisedInside = 0;
    int lowerCase = 0;
};

class MentionFinder
{
public:
    explicit MentionFinder(Analysis &analysis)
        : m_a(analysis)
        , m_tokens(analysis.tokens)
        , m_lex(*analysis.lexicon)
        , m_folder(analysis.foldedWords)
    {
        // Only words opening a sentence capitalised need to know how the article writes them
        // elsewhere; a bit filter spares the lookup for all other tokens.
        for (const Token &t : m_tokens) {
            if (t.is(Token::SentenceStart) && t.is(Token::Capitalised)) {
                m_caps.insert(t.wordId, {});
                m_maybeStarter.set(t.wordId & 0xFFFF);
            }
        }
        for (const Token &t : m_tokens) {
            if (!t.is(Token::Word) || !m_maybeStarter[t.wordId & 0xFFFF])
                continue;
            const auto it = m_caps.find(t.wordId);
            if (it == m_caps.end())
                continue;
            if (!t.is(Token::Capitalised))
                ++it->lowerCase;
            else if (!t.is(Token::SentenceStart))
                ++it->capitalisedInside;
        }
    }

    void run()
    {
        const qsizetype n = m_tokens.size();
        for (qsizetype i = 0; i < n;) {
            const Token &t = m_tokens.at(i);
            if (!t.is(Token::Word) || t.is(Token::InQuote)) {
                ++i;
                continue;
            }
            if (t.has(SubjectPronoun) && !t.is(Token::AllCaps)) {
                addPronoun(i, pronounInfo(t.classes));
                ++i;
                continue;
            }
            if (const qsizetype end = titledNameAfterArticle(i); end > i) {
                i = end;
                continue;
            }
            if (const qsizetype end = nameRun(i); end > i) {
                addName(i, end);
                i = end;
                // "Obama's former campaign strategist": a possessive name opens a role phrase.
                if (m_tokens.at(end - 1).is(Token::Possessive))
                    i = rolePhrase(end, end - 1);
                continue;
            }
            if (const qsizetype end = rolePhrase(i, -1); end > i) {
                i = end;
                continue;
            }
            ++i;
        }
        if (m_lex.capitalisesNouns())
            markBareNouns();
    }

private:
    // Where every noun is capitalised, a name of one word ("Stoiber", "Koch-Mehrin") is known as
    // a name when the article also writes it at the end of a longer name ("Edmund Stoiber") or
    // after a title; other lone capitalised words ("Leitsätzen") are most likely nouns.
    void markBareNouns()
    {
        const auto lone = [this](const Mention &m) {
            if (m.type != MentionType::Name || !m.title.isEmpty() || m.name.contains(u' '))
                return false;
            for (qsizetype k = m.firstToken; k < m.endToken; ++k) {
                const Token &t = m_tokens.at(k);
                if (t.is(Token::AllCaps)
                    || (t.classes & (GivenName | RoleNoun | OrganisationWord)) != 0)
                    return false;
            }
            return true;
        };
        const auto lastWord = [](QStringView name) {
            return name.sliced(name.lastIndexOf(u' ') + 1).toString().toLower();
        };
        QSet<QString> names;
        for (const Mention &m : std::as_const(m_a.mentions)) {
            if (m.type == MentionType::Name && !lone(m))
                names.insert(lastWord(m.name));
        }
        for (Mention &m : m_a.mentions) {
            if (!lone(m))
                continue;
            const QString word = lastWord(m.name);
            // The genitive of a name: "Koch-Mehrins Rede".
            m.bareNoun = !names.contains(word)
                && !(word.endsWith(u's') && names.contains(word.chopped(1)));
        }
    }

    [[nodiscard]] bool glued(qsizetype i) const
    {
        return i > 0 && m_tokens.at(i - 1).range.end == m_tokens.at(i).range.start;
    }

    // A dot glued to the word before ("Mr." "U.S."), unless it ends the sentence.
    [[nodiscard]] bool isDot(qsizetype i) const
    {
        return i < m_tokens.size() && m_tokens.at(i).isMark(u'.') && glued(i)
            && i + 1 < m_tokens.size() && m_tokens.at(i + 1).sentence == m_tokens.at(i).sentence;
    }

    [[nodiscard]] bool isTitleStart(qsizetype i) const
    {
        return i < m_tokens.size() && m_tokens.at(i).is(Token::Word)
            && m_tokens.at(i).has(TitleStart);
    }

    [[nodiscard]] bool isCapitalisedWord(qsizetype i) const
    {
        if (i >= m_tokens.size())
            return false;
        const Token &t = m_tokens.at(i);
        return t.is(Token::Word) && t.is(Token::Capitalised) && !t.is(Token::InQuote);
    }

    // A capitalised word that can belong to a name here.
    [[nodiscard]] bool nameWord(qsizetype i, bool runStart) const
    {
        if (!isCapitalisedWord(i))
            return false;
        const Token &t = m_tokens.at(i);
        if (!t.is(Token::AllCaps) && (t.has(NonName) || t.has(Pronoun)))
            return false;
        if (runStart && t.is(Token::SentenceStart)) {
            // "Overall," or "Officials said": a capitalised common word opening the sentence.
            const auto caps = m_caps.value(t.wordId);
            const bool known = caps.capitalisedInside > 0
                || (t.classes & (TitleStart | GivenName | Place | Demonym | OrganisationWord)) != 0;
            if (!known && (caps.lowerCase > 0 || t.has(Cue) || t.has(RoleNoun)))
                return false;
            if (!known && i + 1 < m_tokens.size() && !isCapitalisedWord(i + 1))
                return false;
        }
        return true;
    }

    // End (exclusive) of a name-shaped run starting at i, or i when there is none.
    [[nodiscard]] qsizetype nameRun(qsizetype i) const
    {
        qsizetype j = i;
        bool any = false;
        const bool wholeTitles
            = !m_lex.hasArticles() || (i > 0 && m_tokens.at(i - 1).has(TitleArticle));
        while (j < m_tokens.size()) {
            const Token &t = m_tokens.at(j);
            if (t.is(Token::InQuote) || t.is(Token::QuoteMark)
                || t.sentence != m_tokens.at(i).sentence)
                break;
            if (nameWord(j, !any)) {
                any = true;
                ++j;
                if (isDot(j) && m_tokens.at(j - 1).range.length() <= 4)
                    ++j; // "Mr." "J." "U.S."
                if (t.is(Token::Possessive))
                    break; // a possessive ends the name
                continue;
            }
            // Lower-case titles ("US president Donald Trump") and particles ("von der") link
            // the words around them. A title links as a whole where titles in lower case open
            // names ("il sig. Rossi", "ministr zahraničí Jan Lipavský": after an article that
            // opens a titled name, or in a language without articles); elsewhere, where they
            // are rare, word by word, each word a title of its own ("prime minister").
            const bool lower = t.is(Token::Word) && !t.is(Token::Capitalised);
            const qsizetype title
                = lower && t.has(TitleStart) ? titleAt(j, std::min(m_tokens.size(), j + 6)) : 0;
            const qsizetype linked = title > 0        ? (wholeTitles ? title : 1)
                : lower && any && t.has(NameParticle) ? 1
                                                      : 0;
            if (linked > 0 && (isCapitalisedWord(j + linked) || isTitleStart(j + linked))) {
                j += linked;
                continue;
            }
            if (any && t.isMark(u'-') && glued(j) && isCapitalisedWord(j + 1) && glued(j + 1)) {
                ++j;
                continue;
            }
            break;
        }
        return any ? j : i;
    }

    [[nodiscard]] QStringView joined(qsizetype from, qsizetype to)
    {
        if (from >= to)
            return {};
        // Usually the words stand in the text exactly as they are joined: one copy of the span.
        bool asInText = true;
        for (qsizetype k = from + 1; k < to && asInText; ++k) {
            const qsizetype gap = m_tokens.at(k).range.start - m_tokens.at(k - 1).range.end;
            asInText
                = gap == 0 || (gap == 1 && m_a.text().at(m_tokens.at(k - 1).range.end) == u' ');
        }
        if (asInText)
            return m_a.view({m_tokens.at(from).range.start, m_tokens.at(to - 1).range.end});
        QString out;
        for (qsizetype k = from; k < to; ++k) {
            if (k > from && !glued(k))
                out += u' ';
            out += m_a.view(m_tokens.at(k).range);
        }
        return m_folder.keep(out);
    }

    // Length of the title (or place/demonym modifier) at the start of [i, end), 0 if none.
    [[nodiscard]] qsizetype titleAt(qsizetype i, qsizetype end) const
    {
        const QList<QStringList> *titles = nullptr;
        if (m_tokens.at(i).has(TitleStart)) {
            const QStringView first = m_tokens.at(i).lower;
            titles = m_lex.titles().startingWith(first);
            if (!titles && isDot(i + 1))
                titles = m_lex.titles().startingWith(QString(first + u'.'));
        }
        for (const QStringList &title : titles ? *titles : QList<QStringList>()) {
            qsizetype k = i;
            bool match = true;
            for (const QString &word : title) {
                const QStringView form = k < end ? m_tokens.at(k).lower : QStringView();
                if (k < end && form != word && isDot(k + 1) && form + u'.' == word)
                    ++k;
                else if (form != word) {
                    match = false;
                    break;
                }
                ++k;
                if (isDot(k) && k < end && !word.endsWith(u'.'))
                    ++k;
            }
            if (match && k < end)
                return k - i;
        }
        if ((m_tokens.at(i).classes & (Demonym | Place)) != 0) {
            qsizetype k = i + 1;
            if (isDot(k))
                ++k;
            if (k < end && isTitleStart(k))
                return k - i;
        }
        return 0;
    }

    void addName(qsizetype from, qsizetype end)
    {
        // "Ukrainian regions": an adjective, not a speaker; but "Cuban said" names Mark Cuban.
        if (end - from == 1 && m_tokens.at(from).has(Demonym)
            && !(end < m_tokens.size() && m_tokens.at(end).has(Cue)))
            return;
        Mention m;
        m.firstToken = from;
        m.endToken = end;
        qsizetype core = from;
        while (core < end) {
            const qsizetype len = titleAt(core, end);
            if (len == 0)
                break;
            if (m.gender == Gender::Unknown)
                m.gender = m_lex.titleGender(WordFolder::lowerCase(joined(core, core + len)));
            core += len;
        }
        while (core < end && m_tokens.at(core).isMark(u'.'))
            ++core;
        // "starostka Brna Markéta Vaňková", "президент России Владимир Путин": a language
        // without articles puts the place of an office after it, in the genitive, with no
        // preposition to tell it from the name.
        if (!m_lex.hasArticles() && core > from && core + 1 < end && m_tokens.at(core).has(Place))
            ++core;
        m.title = joined(from, core);
        QStringView name = joined(core, end);
        if (name.endsWith(u"'s") || name.endsWith(u"\u2019s"))
            name.chop(2);
        m.name = name;
        m.range = {m_tokens.at(from).range.start, m_tokens.at(end - 1).range.end};

        bool organisation = false;
        for (qsizetype k = from; k < end; ++k)
            organisation = organisation || m_tokens.at(k).has(OrganisationWord);
        organisation = organisation || containsOrganisationPhrase(from, end);
        if (organisation) {
            m.type = MentionType::Organisation;
            m.gender = Gender::Neuter;
            // "the Kremlin": the article belongs to the name.
            if (from > 0 && m_tokens.at(from - 1).lower == u"the"_s) {
                m.firstToken = from - 1;
                m.range.start = m_tokens.at(from - 1).range.start;
            }
        } else if (core == end) {
            m.type = MentionType::Role; // "President" alone
            m.name = m.title;
        } else if (end - core == 1 && m_tokens.at(core).has(Place)) {
            m.type = MentionType::Place;
            m.gender = Gender::Neuter;
        } else {
            m.type = MentionType::Name;
            if (m.gender == Gender::Unknown)
                m.gender = m_tokens.at(core).has(MaleGivenName) ? Gender::Male
                    : m_tokens.at(core).has(FemaleGivenName)    ? Gender::Female
                                                                : Gender::Unknown;
        }
        if (name.isEmpty() && m.type != MentionType::Role)
            return;
        if (m.type == MentionType::Role)
            addWords(m, from, core);
        else
            addWords(m, core, end);
        m_a.mentions.append(m);
    }

    // "le président Emmanuel Macron": an article that opens a titled name (articles.txt)
    // belongs to its mention, so that a cue before the article finds the speaker right after
    // it. Returns the end of the name, or i when no titled name follows.
    qsizetype titledNameAfterArticle(qsizetype i)
    {
        if (!m_tokens.at(i).has(TitleArticle) || !isTitleStart(i + 1))
            return i;
        const qsizetype end = nameRun(i + 1);
        if (end == i + 1)
            return i;
        const qsizetype count = m_a.mentions.size();
        addName(i + 1, end);
        if (m_a.mentions.size() > count) {
            Mention &m = m_a.mentions.last();
            m.firstToken = i;
            m.range.start = m_tokens.at(i).range.start;
        }
        return end;
    }

    // The lower-case words of [from, end), without punctuation and the possessive 's, as m's
    // run of Analysis::mentionWords.
    void addWords(Mention &m, qsizetype from, qsizetype end)
    {
        QList<QStringView> &words = m_a.mentionWords;
        m.firstWord = words.size();
        for (qsizetype k = from; k < end; ++k) {
            if (m_tokens.at(k).is(Token::Word))
                words.append(m_tokens.at(k).lower);
        }
        m.wordCount = words.size() - m.firstWord;
        if (m.wordCount > 0 && words.last().endsWith(u"'s"))
            words.last().chop(2);
    }

    [[nodiscard]] bool containsOrganisationPhrase(qsizetype from, qsizetype end) const
    {
        const PhraseList &phrases = m_lex.organisationPhrases();
        const auto wordAt = [this](qsizetype i) { return m_tokens.at(i).lower; };
        for (qsizetype k = from; k < end; ++k) {
            if (m_tokens.at(k).has(OrganisationPhraseStart) && phrases.matchAt(k, end, wordAt) > 0)
                return true;
        }
        return false;
    }

    void addPronoun(qsizetype i, const PronounInfo &info)
    {
        Mention m;
        m.firstToken = i;
        m.endToken = i + 1;
        m.range = m_tokens.at(i).range;
        m.type = MentionType::Pronoun;
        m.name = m_a.view(m.range);
        m.gender = info.gender;
        m.number = info.number;
        m.person = info.firstPerson ? 1 : info.secondPerson ? 2 : 3;
        m_a.mentions.append(m);
    }

    // "the spokesman", "a Kremlin spokeswoman", "White House officials", "sources": a role
    // noun with its modifiers back to a determiner. Returns the end of the phrase or i.
    // possessor: the last token of a possessive name standing before i, or -1.
    qsizetype rolePhrase(qsizetype i, qsizetype possessor)
    {
        if (i >= m_tokens.size())
            return i;
        const Token &t = m_tokens.at(i);
        const bool determined = possessor >= 0 || t.has(Determiner);
        if (!determined && !t.has(RoleNoun) && roleNounAt(i).last < 0)
            return i;
        qsizetype j = i;
        if (possessor < 0 && t.has(Determiner))
            ++j;
        // Up to three modifiers: adjectives, demonyms, capitalised names, possessives.
        qsizetype headStart = -1;
        RoleHead head;
        for (qsizetype k = j; k < m_tokens.size() && k < j + 4; ++k) {
            const Token &w = m_tokens.at(k);
            if (!w.is(Token::Word) || w.is(Token::InQuote) || (k > j && w.has(NonName)))
                break;
            if (!(k + 1 < m_tokens.size() && m_tokens.at(k + 1).has(RoleNoun))) {
                head = roleNounAt(k);
                headStart = k;
            }
            if (head.last >= 0 || w.has(Cue) || w.has(Determiner))
                break;
        }
        const qsizetype last = head.last;
        if (last < 0)
            return i;
        // "that President Trump": a capitalised role before a name is the name's title.
        if (m_tokens.at(headStart).is(Token::Capitalised) && isCapitalisedWord(last + 1))
            return i;
        const bool bare = !determined;
        const GrammaticalNumber number = (head.classes & PluralRoleNoun) != 0
            ? GrammaticalNumber::Plural
            : GrammaticalNumber::Singular;
        if (bare && headStart != i)
            return i;
        // A bare singular noun is rarely a speaker where the language has articles ("police
        // officer said" has one); without articles it is the usual subject ("řekl ministr").
        if (bare && number != GrammaticalNumber::Plural && !t.is(Token::SentenceStart)
            && m_lex.hasArticles())
            return i;
        const qsizetype first = possessor >= 0 ? possessorStart(possessor) : i;
        Mention m;
        m.firstToken = first;
        m.endToken = last + 1;
        m.range = {m_tokens.at(first).range.start, m_tokens.at(last).range.end};
        // "the Kremlin", "the ministry": an institution, not a person.
        m.type = (head.classes & OrganisationWord) != 0 ? MentionType::Organisation
                                                        : MentionType::Role;
        m.name = m_a.view(m.range);
        m.title
            = last == headStart ? m_tokens.at(last).lower : m_folder.keep(compoundAt(headStart));
        addWords(m, first, last + 1);
        m.number = number;
        m_a.mentions.append(m);
        return last + 1;
    }

    // The role noun starting at token k ("spokesman"), or a compound of two words written with
    // a hyphen ("porte-parole", "пресс-секретарь"); none when last is -1. A word that is a role
    // noun alone stays one ("president" of "president-elect").
    [[nodiscard]] RoleHead roleNounAt(qsizetype k) const
    {
        const Token &w = m_tokens.at(k);
        if (w.has(RoleNoun))
            return {k, w.classes};
        if (k + 2 >= m_tokens.size() || !m_tokens.at(k + 1).isMark(u'-') || !glued(k + 1)
            || !glued(k + 2) || !m_tokens.at(k + 2).is(Token::Word))
            return {};
        const quint32 classes = m_lex.wordClasses().classesOf(compoundAt(k));
        if ((classes & RoleNoun) == 0)
            return {};
        return {k + 2, classes};
    }

    // The lower-case compound of the words at k and k + 2, joined by their hyphen.
    [[nodiscard]] QString compoundAt(qsizetype k) const
    {
        return m_tokens.at(k).lower + u'-' + m_tokens.at(k + 2).lower;
    }

    // The first token of the name mention ending at token last (just added).
    [[nodiscard]] qsizetype possessorStart(qsizetype last) const
    {
        const Mention &name = m_a.mentions.last();
        return name.endToken - 1 == last ? name.firstToken : last;
    }

    Analysis &m_a;
    const QList<Token> &m_tokens;
    const Lexicon &m_lex;
    WordFolder m_folder;                   // keeps the names not spelled as in the text
    QHash<quint32, Capitalisation> m_caps; // by word id, for sentence-opening words
    std::bitset<0x10000> m_maybeStarter;
};

} // namespace

void MentionPass::run(Analysis &analysis) const
{
    MentionFinder(analysis).run();
}

} // namespace whosaid::analysis
