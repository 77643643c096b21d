#include "WordTable.h"

#include "Lexicon.h"

#include <QVarLengthArray>

#include <string>
#include <string_view>
#include <vector>

namespace whosaid::analysis {

namespace {

// FNV-1a over UTF-16 code units: cheap, and good enough for words.
std::uint64_t hashOf(std::u16string_view s)
{
    std::uint64_t h = 14695981039346656037ULL;
    for (const char16_t c : s) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h | 1; // 0 marks an empty slot
}

// The strings of one table generation; they outlive the table while analyses hold them.
struct Strings
{
    std::vector<QString> lower;
};

// Open addressing with the hash and the word in the slot: a lookup touches one slot and, on a
// hit, the characters of one string, where a node-based map chased pointers through cold memory.
class Table
{
public:
    quint64 lexicon = 0;

    const Word *find(std::u16string_view key, std::uint64_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.hash == 0)
                return nullptr;
            if (slot.hash == hash && keyOf(slot.word.lower) == key)
                return &slot.word;
        }
    }

    Word insert(QString lower, std::uint64_t hash, quint32 classes, quint32 id)
    {
        if ((m_size + 1) * 2 > m_slots.size())
            grow();
        m_strings->lower.push_back(std::move(lower));
        // QString's characters stay where they are when the vector moves the QString itself.
        const Word word{QStringView(m_strings->lower.back()), classes, id};
        place({hash, word});
        ++m_size;
        return word;
    }

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] const std::shared_ptr<Strings> &strings() const { return m_strings; }

    void clear()
    {
        m_slots.clear();
        m_strings = std::make_shared<Strings>();
        m_mask = 0;
        m_size = 0;
    }

private:
    static std::u16string_view keyOf(QStringView s)
    {
        return {reinterpret_cast<const char16_t *>(s.data()), std::size_t(s.size())};
    }

    struct Slot
    {
        std::uint64_t hash = 0;
        Word word;
    };

    void place(const Slot &slot)
    {
        std::size_t i = slot.hash & m_mask;
        while (m_slots[i].hash != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }

    void grow()
    {
        std::vector<Slot> old = std::move(m_slots);
        const std::size_t capacity = old.empty() ? 4096 : old.size() * 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (const Slot &slot : old) {
            if (slot.hash != 0)
                place(slot);
        }
    }

    std::vector<Slot> m_slots;
    std::shared_ptr<Strings> m_strings = std::make_shared<Strings>();
    std::size_t m_mask = 0;
    std::size_t m_size = 0;
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
    // "u.s" is a token of "U.S." (the final dot is a token of its own).
    set(lex.isPlace(lower) || lex.isPlace(lower + u'.'), Place);
    set(lex.isDemonym(lower) || lex.isDemonym(lower + u'.'), Demonym);
    set(lex.isNameParticle(lower), NameParticle);
    set(lex.givenNameGender(lower) != Gender::Unknown, GivenName);
    set(lex.cuePhrases().startingWith(lower) != nullptr, CuePhraseStart);
    set(lex.organisationPhrases().startingWith(lower) != nullptr, OrganisationPhraseStart);
    set(lex.mentionCues().startingWith(lower) != nullptr, MentionCueStart);
    return classes;
}

namespace {

// Folds text into out; false when it holds surrogate pairs, which need QString::toLower.
template<typename Out>
bool foldInto(QStringView text, Out &out)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            out.append(u >= u'A' && u <= u'Z' ? char16_t(u | 0x20) : u);
        else if (c.isSurrogate())
            return false;
        else
            out.append(u == 0x2019 ? u'\'' : char16_t(c.toLower().unicode()));
    }
    return true;
}

QString slowFold(QStringView text)
{
    QString lower = text.toString().toLower();
    lower.replace(QChar(0x2019), u'\'');
    return lower;
}

} // namespace

QString WordTable::fold(QStringView text)
{
    QVarLengthArray<char16_t, 64> folded;
    if (!foldInto(text, folded))
        return slowFold(text);
    return QString(reinterpret_cast<const QChar *>(folded.constData()), folded.size());
}

Word WordTable::lookup(const Lexicon &lexicon, QStringView text, WordStorage &storage)
{
    thread_local Table table;
    thread_local quint32 nextId = 1;
    if (table.lexicon != lexicon.serial()) {
        table.clear();
        table.lexicon = lexicon.serial();
    }
    QVarLengthArray<char16_t, 64> folded;
    const bool simple = foldInto(text, folded);
    QString slow;
    std::u16string_view key(folded.constData(), std::size_t(folded.size()));
    if (!simple) {
        slow = slowFold(text);
        key = std::u16string_view(reinterpret_cast<const char16_t *>(slow.constData()),
                                  std::size_t(slow.size()));
    }
    if (storage.isEmpty() || storage.last().get() != table.strings().get())
        storage.append(table.strings());
    const std::uint64_t hash = hashOf(key);
    if (const Word *word = table.find(key, hash))
        return *word;
    if (table.size() >= MaxWords) {
        table.clear();
        storage.append(table.strings());
    }
    QString lower = simple
        ? QString(reinterpret_cast<const QChar *>(folded.constData()), folded.size())
        : slow;
    const quint32 classes = classify(lexicon, lower);
    return table.insert(std::move(lower), hash, classes, nextId++);
}

} // namespace whosaid::analysis
