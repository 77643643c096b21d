#include "SpeakerResolutionPass.h"

#include "KeyIndex.h"
#include "WordFolder.h"

#include <QVarLengthArray>

#include <algorithm>
#include <span>
#include <vector>

namespace whosaid::analysis {

using namespace Qt::StringLiterals;

namespace {

using Words = std::span<const QStringView>; // into Analysis::mentionWords

// Its strings are views, as a mention's are: only the speakers made of entities copy them.
struct Entity
{
    QStringView name;
    Words words;          // lower-case words of the longest name seen (none for roles)
    QStringView roleHead; // the head noun of a role speaker ("spokesman")
    QStringView role;
    QStringList roleWords; // lower-case words of role
    Gender gender = Gender::Unknown;
    bool organisation = false;
    bool plural = false;
    qsizetype lastSeen = -1; // token of the last non-possessive mention, for pronouns
    QString mergeNote;
};

int editDistance(QStringView a, QStringView b)
{
    QVarLengthArray<int, 32> row(b.size() + 1); // surnames are short: no allocation
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j]
                = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// How far back (in tokens) a gender-matching antecedent still beats a nearer unknown one.
constexpr qsizetype RecentTokens = 120;
// Pronouns and role nouns look back over this many recently seen entities at most.
constexpr qsizetype RecentEntities = 64;

bool genderAgrees(Gender a, Gender b)
{
    return a == Gender::Unknown || b == Gender::Unknown || a == b;
}

class Resolver
{
public:
    explicit Resolver(Analysis &analysis)
        : m_a(analysis)
        , m_lex(*analysis.lexicon)
    { }

    void run()
    {
        for (qsizetype m = 0; m < m_a.mentions.size(); ++m) {
            m_a.mentions[m].speaker = resolve(m_a.mentions[m]);
            m_previous = int(m);
        }
        buildSpeakers();
    }

private:
    [[nodiscard]] bool possessive(const Mention &m) const
    {
        return m_a.tokens.at(m.endToken - 1).is(Token::Possessive);
    }

    int resolve(const Mention &m)
    {
        int e = -1;
        switch (m.type) {
        case MentionType::Name:
            e = resolveName(m);
            break;
        case MentionType::Organisation:
        case MentionType::Place:
            e = resolveOrganisation(m);
            break;
        case MentionType::Role:
            e = resolveRole(m);
            break;
        case MentionType::Pronoun:
            return resolvePronoun(m);
        }
        if (e >= 0 && !possessive(m)) {
            m_entities[e].lastSeen = m.firstToken;
            m_recent.removeOne(e);
            m_recent.prepend(e);
            if (m_recent.size() > RecentEntities)
                m_recent.removeLast();
        }
        return e;
    }

    int newEntity(const Mention &m)
    {
        Entity entity;
        entity.name = m.name;
        if (m.type == MentionType::Role)
            entity.roleHead = m.wordCount == 0 ? QStringView() : m_a.words(m).back();
        else
            entity.words = m_a.words(m);
        entity.gender = m.gender;
        entity.organisation = m.type == MentionType::Organisation || m.type == MentionType::Place;
        // "the Kremlin" is its own head noun, not a role it holds.
        if (!entity.organisation)
            setRole(entity, m.title);
        entity.plural = m.number == GrammaticalNumber::Plural;
        m_entities.append(std::move(entity));
        const int e = int(m_entities.size() - 1);
        index(e);
        return e;
    }

    int resolveName(const Mention &m)
    {
        const Words words = m_a.words(m);
        if (words.empty())
            return -1;
        const QStringView surname = words.back();
        const QStringView given = words.size() > 1 ? words.front() : QStringView();
        int best = -1;
        const auto consider = [&](KeyIndex::Values candidates) {
            for (const int e : candidates) {
                const Entity &entity = m_entities.at(e);
                if (entity.organisation || entity.words.empty())
                    continue;
                const bool sameSurname = entity.words.back() == surname;
                const bool sameGiven
                    = given.isEmpty() || entity.words.size() < 2 || entity.words.front() == given;
                // "Hillary" alone after "Hillary Clinton".
                const bool givenOnly = words.size() == 1 && entity.words.size() > 1
                    && entity.words.front() == surname;
                // "Ms Brandt" is the woman of the two Brandts.
                const bool sameGender = genderAgrees(entity.gender, m.gender);
                if (((sameSurname && sameGiven) || givenOnly) && sameGender
                    && (best < 0 || entity.lastSeen > m_entities.at(best).lastSeen))
                    best = e;
            }
        };
        const quint64 key = keyOf(surname);
        consider(m_bySurname.values(key));
        if (words.size() == 1)
            consider(m_byGivenName.values(key));
        if (best < 0)
            best = spellingVariant(surname, given);
        if (best < 0)
            return newEntity(m);
        Entity &entity = m_entities[best];
        if (words.size() > entity.words.size() && words.size() <= 4) {
            entity.name = m.name;
            entity.words = words;
            index(best);
        }
        if (m.title.size() > entity.role.size())
            setRole(entity, m.title);
        if (entity.gender == Gender::Unknown)
            entity.gender = m.gender;
        return best;
    }

    // Zelensky / Zelenskiy: the same long surname but for a letter or two, and no clash of given
    // names.
    int spellingVariant(QStringView surname, QStringView given)
    {
        if (surname.size() < 6)
            return -1;
        for (const int e : m_byPrefix.values(keyOf(surname.left(4)))) {
            Entity &entity = m_entities[e];
            if (entity.organisation || entity.words.empty())
                continue;
            const QStringView other = entity.words.back();
            if (other.size() < 6 || other.left(4) != surname.left(4)
                || editDistance(other, surname) > 2)
                continue;
            if (!given.isEmpty() && entity.words.size() > 1 && entity.words.front() != given)
                continue; // Maria and Mario Kowalski are two people
            entity.mergeNote = u"spelling variants '%1' and '%2' merged"_s.arg(other, surname);
            return e;
        }
        return -1;
    }

    // FNV-1a: Qt's string hash is needlessly slow for these short keys.
    static quint64 keyOf(QStringView word, quint64 h = 14695981039346656037ULL)
    {
        for (const QChar c : word) {
            h ^= c.unicode();
            h *= 1099511628211ULL;
        }
        return h;
    }

    static quint64 keyOf(Words words)
    {
        quint64 h = 14695981039346656037ULL;
        for (const QStringView w : words)
            h = keyOf(w, h ^ u' ');
        return h;
    }

    // Makes the entity findable by its (new) words; stale entries are harmless, candidates
    // are checked against the words anyway.
    void index(int e)
    {
        const Entity &entity = m_entities.at(e);
        if (entity.organisation) {
            m_organisations.insert(keyOf(entity.words), e);
        } else if (!entity.words.empty()) {
            const QStringView surname = entity.words.back();
            m_bySurname.insert(keyOf(surname), e);
            m_byPrefix.insert(keyOf(surname.left(4)), e);
            if (entity.words.size() > 1)
                m_byGivenName.insert(keyOf(entity.words.front()), e);
        } else if (!entity.roleHead.isEmpty()) {
            m_roles.insert(keyOf(entity.roleHead), e);
        }
    }

    static void setRole(Entity &entity, QStringView role)
    {
        entity.role = role;
        entity.roleWords = role.isEmpty()
            ? QStringList()
            : WordFolder::lowerCase(role).split(u' ', Qt::SkipEmptyParts);
    }

    int resolveOrganisation(const Mention &m)
    {
        const Words words = m_a.words(m);
        for (const int e : m_organisations.values(keyOf(words))) {
            if (std::ranges::equal(m_entities.at(e).words, words))
                return e;
        }
        Mention named = m;
        if (!m.described)
            named.name = m_a.view(m.range); // "the Kremlin"
        if (named.name.endsWith(u"'s") || named.name.endsWith(u"\u2019s"))
            named.name.chop(2);
        return newEntity(named);
    }

    // "Tomas Okafor, the club's owner, agreed": the role is the name's apposition.
    [[nodiscard]] int appositionOf(const Mention &m) const
    {
        if (m.firstToken < 2 || !m_a.tokens.at(m.firstToken - 1).isMark(u',') || m_previous < 0)
            return -1;
        const Mention &before = m_a.mentions.at(m_previous);
        const bool closed
            = m.endToken < m_a.tokens.size() && m_a.tokens.at(m.endToken).isMark(u',');
        if (before.type != MentionType::Name || before.endToken != m.firstToken - 1 || !closed)
            return -1;
        return before.speaker;
    }

    int resolveRole(const Mention &m)
    {
        if (const int e = appositionOf(m); e >= 0) {
            if (m_entities.at(e).role.isEmpty())
                setRole(m_entities[e], m.name);
            return e;
        }
        const Words words = m_a.words(m);
        const QStringView head = words.empty() ? QStringView() : words.back();
        QVarLengthArray<QStringView, 4> demonyms; // "the Russian leader" must be a Russian one
        for (const QStringView w : words) {
            if ((m_lex.wordClasses().classesOf(w) & Demonym) != 0)
                demonyms.append(w);
        }
        // "the president", "the Russian leader": the most recent person whose titles say so.
        int best = -1;
        for (const int e : std::as_const(m_recent)) {
            const Entity &entity = m_entities.at(e);
            if (entity.organisation || entity.words.empty() || entity.role.isEmpty())
                continue;
            const QStringList &roleWords = entity.roleWords;
            bool fits = roleWords.contains(head) || (head == u"leader"_s && !roleWords.isEmpty());
            for (const QStringView w : std::as_const(demonyms))
                fits = fits && roleWords.contains(w);
            if (fits && (best < 0 || entity.lastSeen > m_entities.at(best).lastSeen))
                best = e;
        }
        if (best >= 0 && m.number != GrammaticalNumber::Plural)
            return best;
        if (const int e = m_roles.last(keyOf(head)); e >= 0 && m_entities.at(e).roleHead == head)
            return e; // "a spokesman ... the spokesman"
        Mention role = m;
        role.title = {};
        return newEntity(role);
    }

    int resolvePronoun(const Mention &m)
    {
        if (m.person != 3)
            return -1;
        const bool plural = m.number == GrammaticalNumber::Plural;
        int best = -1;
        int bestKnown = -1; // the nearest whose gender is known to agree
        for (const int e : std::as_const(m_recent)) {
            const Entity &entity = m_entities.at(e);
            if (entity.lastSeen < 0 || entity.lastSeen >= m.firstToken)
                continue;
            const bool fits = plural ? (entity.plural || entity.organisation)
                : m.gender == Gender::Neuter
                ? entity.organisation
                : (!entity.organisation && !entity.plural && genderAgrees(entity.gender, m.gender));
            if (!fits)
                continue;
            if (best < 0 || entity.lastSeen > m_entities.at(best).lastSeen)
                best = e;
            if (entity.gender != Gender::Unknown && entity.gender == m.gender
                && (bestKnown < 0 || entity.lastSeen > m_entities.at(bestKnown).lastSeen))
                bestKnown = e;
        }
        // A known "she" a sentence or two back beats a nearer name of unknown gender.
        if (bestKnown >= 0 && m.firstToken - m_entities.at(bestKnown).lastSeen <= RecentTokens)
            return bestKnown;
        return best;
    }

    // "“…,” he said" right after a quote by a man: he is that speaker, even when another man was
    // named in between ("..., Mr Trump said, after Mr Putin agreed. “…,” he added.").
    void preferPreviousSpeaker()
    {
        int lastEntity = -1;
        qsizetype lastParagraph = -1;
        for (qsizetype q = 0; q < m_a.quotes.size(); ++q) {
            const Quote &quote = m_a.quotes.at(q);
            const Attribution &attribution = m_a.attributions.at(q);
            // The flow of quotations in marks: reported speech in between does not break it.
            if ((quote.kind != QuoteKind::Direct && quote.kind != QuoteKind::Block)
                || quote.depth > 0 || attribution.mention < 0)
                continue;
            Mention &mention = m_a.mentions[attribution.mention];
            if (mention.type == MentionType::Pronoun && lastEntity >= 0
                && quote.paragraph - lastParagraph <= 1) {
                const Entity &entity = m_entities.at(lastEntity);
                if (mention.person == 3 && mention.number != GrammaticalNumber::Plural
                    && mention.gender != Gender::Neuter && !entity.organisation && !entity.plural
                    && genderAgrees(entity.gender, mention.gender))
                    mention.speaker = lastEntity;
            }
            if (mention.speaker >= 0) {
                lastEntity = mention.speaker;
                lastParagraph = quote.paragraph;
            }
        }
    }

    void buildSpeakers()
    {
        preferPreviousSpeaker();
        std::vector<int> speakerOf(std::size_t(m_entities.size()), -1); // entity -> speaker
        for (qsizetype q = 0; q < m_a.quotes.size(); ++q) {
            Attribution &attribution = m_a.attributions[q];
            if (m_a.quotes.at(q).kind == QuoteKind::Mention || attribution.mention < 0)
                continue;
            const Mention &mention = m_a.mentions.at(attribution.mention);
            const int e = mention.speaker;
            if (e < 0) {
                attribution.confidence *= 0.5;
                attribution.reason += u"; '%1' could not be resolved"_s.arg(mention.name);
                continue;
            }
            int &speakerOfEntity = speakerOf[std::size_t(e)];
            if (speakerOfEntity < 0) {
                const Entity &entity = m_entities.at(e);
                Speaker speaker;
                speaker.id = u"s%1"_s.arg(m_a.speakers.size() + 1);
                speaker.name = entity.name.toString();
                speaker.role = entity.role.toString();
                speaker.organisation = entity.organisation;
                speaker.gender = entity.gender;
                m_a.speakers.append(speaker);
                speakerOfEntity = int(m_a.speakers.size() - 1);
            }
            attribution.speaker = speakerOfEntity;
            if (m_a.quotes.at(q).depth == 0) // a fragment inside a mixed quote is part of it
                ++m_a.speakers[speakerOfEntity].quoteCount;
            if (mention.type == MentionType::Pronoun || mention.type == MentionType::Role)
                attribution.reason += u"; '%1' is %2"_s.arg(mention.name, m_entities.at(e).name);
            if (!m_entities.at(e).mergeNote.isEmpty())
                attribution.reason += u"; "_s + m_entities.at(e).mergeNote;
        }
        for (const Mention &mention : std::as_const(m_a.mentions)) {
            const int s = mention.speaker < 0 ? -1 : speakerOf[std::size_t(mention.speaker)];
            if (s < 0 || mention.type == MentionType::Pronoun)
                continue;
            Speaker &speaker = m_a.speakers[s];
            QString alias = m_a.view(mention.range).toString();
            if (alias.endsWith(u"'s"_s) || alias.endsWith(u"\u2019s"_s))
                alias.chop(2);
            if (alias != speaker.name && !speaker.aliases.contains(alias))
                speaker.aliases.append(alias);
        }
    }

    Analysis &m_a;
    const Lexicon &m_lex;
    QList<Entity> m_entities;
    QList<int> m_recent; // the entities seen last, most recent first
    // Keyed by keyOf() of the words; a key collision only adds a candidate that the callers'
    // comparisons of the words themselves then reject.
    KeyIndex m_bySurname;
    KeyIndex m_byGivenName;
    KeyIndex m_byPrefix; // first four letters of the surname
    KeyIndex m_organisations;
    KeyIndex m_roles;    // role head noun -> the speakers described so, the last one counts
    int m_previous = -1; // the mention resolved before the current one
};

} // namespace

void SpeakerResolutionPass::run(Analysis &analysis) const
{
    Resolver(analysis).run();
}

} // namespace whosaid::analysis
