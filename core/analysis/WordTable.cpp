#include "WordTable.h"

#include "Lexicon.h"

#include <QVarLengthArray>

#include <algorithm>
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
    return h;
}

// The strings of one table generation; they outlive the table while analyses hold them.
struct Strings
{
    std::vector<QString> lower;
};

// Open addressing over compact slots holding a hash tag, the length and the first four
// characters of the word: the frequent short words ("the", "said") are found without touching
// their strings, and the slots of a large vocabulary stay in cache.
class Table
{
public:
    quint64 lexicon = 0;

    const Word *find(std::u16string_view key, std::uint64_t hash) const
    {
        if (m_slots.empty())
            return nullptr;
        const Slot wanted = slotFor(key, hash, 0);
        for (std::size_t i = hash & m_mask;; i = (i + 1) & m_mask) {
            const Slot &slot = m_slots[i];
            if (slot.tag == 0)
                return nullptr;
            if (slot.tag != wanted.tag || slot.prefix != wanted.prefix
                || slot.length != wanted.length)
                continue;
            const Word &word = m_words[slot.index];
            if (key.size() <= PrefixLength
                || std::equal(key.begin(), key.end(),
                              reinterpret_cast<const char16_t *>(word.lower.data())))
                return &word;
        }
    }

    Word insert(QString lower, std::uint64_t hash, quint32 classes, quint32 id)
    {
        if ((m_words.size() + 1) * 2 > m_slots.size())
            grow();
        m_strings->lower.push_back(std::move(lower));
        // QString's characters stay where they are when the vector moves the QString itself.
        const QStringView view(m_strings->lower.back());
        m_words.push_back({view, classes, id});
        const auto index = quint32(m_words.size() - 1);
        m_keys.push_back(
            slotFor({reinterpret_cast<const char16_t *>(view.data()), std::size_t(view.size())},
                    hash, index));
        m_hashes.push_back(hash);
        place(m_keys.back(), hash);
        return m_words.back();
    }

    [[nodiscard]] std::size_t size() const { return m_words.size(); }
    [[nodiscard]] const std::shared_ptr<Strings> &strings() const { return m_strings; }

    void clear()
    {
        m_slots.clear();
        m_words.clear();
        m_keys.clear();
        m_hashes.clear();
        m_strings = std::make_shared<Strings>();
        m_mask = 0;
    }

private:
    static constexpr std::size_t PrefixLength = 4;

    struct Slot
    {
        std::uint64_t prefix = 0; // the first four UTF-16 units
        quint32 tag = 0;          // 0: an empty slot
        quint16 length = 0;       // capped; the full comparison settles longer words
        quint32 index = 0;
    };

    static Slot slotFor(std::u16string_view key, std::uint64_t hash, quint32 index)
    {
        Slot slot;
        for (std::size_t i = 0; i < std::min(key.size(), PrefixLength); ++i)
            slot.prefix |= std::uint64_t(key[i]) << (16 * i);
        slot.tag = quint32(hash >> 32) | 1U;
        slot.length = quint16(std::min<std::size_t>(key.size(), 0xFFFF));
        slot.index = index;
        return slot;
    }

    void place(const Slot &slot, std::uint64_t hash)
    {
        std::size_t i = hash & m_mask;
        while (m_slots[i].tag != 0)
            i = (i + 1) & m_mask;
        m_slots[i] = slot;
    }

    void grow()
    {
        const std::size_t capacity = m_slots.empty() ? 4096 : m_slots.size() * 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        for (std::size_t i = 0; i < m_keys.size(); ++i)
            place(m_keys[i], m_hashes[i]);
    }

    std::vector<Slot> m_slots;
    std::vector<Word> m_words;
    std::vector<Slot> m_keys; // each word's slot, for rehashing
    std::vector<std::uint64_t> m_hashes;
    std::shared_ptr<Strings> m_strings = std::make_shared<Strings>();
    std::size_t m_mask = 0;
};

// Enough for the vocabulary of a large corpus; past it the table starts again.
constexpr std::size_t MaxWords = 1U << 20;

} // namespace

quint32 WordTable::classify(const Lexicon &lexicon, const QString &lower)
{
    return lexicon.wordClasses(lower);
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
    if (storage.isEmpty() || storage.last().get() != table.strings().get())
        storage.append(table.strings());

    QVarLengthArray<char16_t, 64> folded;
    QString slow;
    std::u16string_view key;
    if (foldInto(text, folded)) {
        key = std::u16string_view(folded.constData(), std::size_t(folded.size()));
    } else {
        slow = slowFold(text);
        key = std::u16string_view(reinterpret_cast<const char16_t *>(slow.constData()),
                                  std::size_t(slow.size()));
    }
    const std::uint64_t hash = hashOf(key);
    if (const Word *word = table.find(key, hash))
        return *word;
    if (table.size() >= MaxWords) {
        table.clear();
        storage.append(table.strings());
    }
    QString lower = slow.isNull()
        ? QString(reinterpret_cast<const QChar *>(key.data()), qsizetype(key.size()))
        : slow;
    const quint32 classes = classify(lexicon, lower);
    return table.insert(std::move(lower), hash, classes, nextId++);
}

} // namespace whosaid::analysis
