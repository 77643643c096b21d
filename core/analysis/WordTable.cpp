#include "WordTable.h"

#include "Lexicon.h"

#include <QVarLengthArray>

#include <string>
#include <string_view>
#include <unordered_map>

namespace whosaid::analysis {

namespace {

// FNV-1a over UTF-16 code units: cheap, and good enough for words.
struct WordHash
{
    using is_transparent = void;
    std::size_t operator()(std::u16string_view s) const noexcept
    {
        std::uint64_t h = 14695981039346656037ULL;
        for (const char16_t c : s) {
            h ^= c;
            h *= 1099511628211ULL;
        }
        return std::size_t(h);
    }
};

struct Cache
{
    quint64 lexicon = 0;
    std::unordered_map<std::u16string, Word, WordHash, std::equal_to<>> words;
};

// Enough for the vocabulary of a large corpus; past it the table starts again.
constexpr std::size_t MaxWords = 1U << 20;

} // namespace

quint32 WordTable::classify(const Lexicon &lex, const QString &lower)
{
    quint32 classes = 0;
    const auto set = [&classes](bool on, WordClass c) {
        if (on)
            classes |= c;
    };
    set(lex.isCue(lower), Cue);
    set(lex.isDeterminer(lower), Determiner);
    set(lex.isNonName(lower), NonName);
    if (const PronounInfo *p = lex.pronoun(lower)) {
        classes |= Pronoun;
        set(p->subject, SubjectPronoun);
    }
    set(lex.isRoleNoun(lower), RoleNoun);
    set(lex.isSpeechModifier(lower), SpeechModifier);
    set(lex.isTitleWord(lower), TitleStart);
    set(lex.isPreposition(lower), Preposition);
    set(lex.isOrganisationWord(lower), OrganisationWord);
    set(lex.isPlace(lower), Place);
    set(lex.isDemonym(lower), Demonym);
    set(lex.isNameParticle(lower), NameParticle);
    set(lex.givenNameGender(lower) != Gender::Unknown, GivenName);
    set(lex.cuePhrases().startingWith(lower) != nullptr, CuePhraseStart);
    set(lex.organisationPhrases().startingWith(lower) != nullptr, OrganisationPhraseStart);
    set(lex.mentionCues().startingWith(lower) != nullptr, MentionCueStart);
    return classes;
}

Word WordTable::lookup(const Lexicon &lexicon, QStringView text)
{
    thread_local Cache cache;
    thread_local quint32 nextId = 1;
    if (cache.lexicon != lexicon.serial()) {
        cache.words.clear();
        cache.lexicon = lexicon.serial();
    }
    QVarLengthArray<char16_t, 64> folded;
    bool simple = true;
    for (const QChar c : text) {
        if (c.isSurrogate()) {
            simple = false;
            break;
        }
        const char16_t lower = c.unicode() == 0x2019 ? u'\'' : char16_t(c.toLower().unicode());
        folded.append(lower);
    }
    QString slow;
    std::u16string_view key(folded.constData(), std::size_t(folded.size()));
    if (!simple) {
        slow = text.toString().toLower();
        slow.replace(QChar(0x2019), u'\'');
        key = std::u16string_view(reinterpret_cast<const char16_t *>(slow.constData()),
                                  std::size_t(slow.size()));
    }
    if (const auto it = cache.words.find(key); it != cache.words.end())
        return it->second;
    if (cache.words.size() >= MaxWords)
        cache.words.clear();
    Word word;
    word.lower = simple
        ? QString(reinterpret_cast<const QChar *>(folded.constData()), folded.size())
        : slow;
    word.classes = classify(lexicon, word.lower);
    word.id = nextId++;
    cache.words.emplace(std::u16string(key), word);
    return word;
}

} // namespace whosaid::analysis
