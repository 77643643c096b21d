#pragma once

#include <QtGlobal>

#include <vector>

namespace whosaid::analysis {

// A multimap from 64-bit keys (hashes of words) to small ints, kept in the order they were
// inserted, in flat arrays: the speaker resolution looks entities up by surname, given name,
// organisation name or role with one probe, where a QHash of QLists allocated a list a key.
class KeyIndex final
{
    struct Link
    {
        int value;
        int next; // the link inserted next under the same key, or -1
    };

public:
    // The values of one key, first inserted first.
    class Values
    {
    public:
        class Iterator
        {
        public:
            Iterator(const Link *links, int at)
                : m_links(links)
                , m_at(at)
            { }
            int operator*() const { return m_links[m_at].value; }
            Iterator &operator++()
            {
                m_at = m_links[m_at].next;
                return *this;
            }
            friend bool operator==(Iterator a, Iterator b) { return a.m_at == b.m_at; }

        private:
            const Link *m_links;
            int m_at;
        };

        Values(const Link *links, int first)
            : m_links(links)
            , m_first(first)
        { }
        [[nodiscard]] Iterator begin() const { return {m_links, m_first}; }
        [[nodiscard]] Iterator end() const { return {m_links, -1}; }

    private:
        const Link *m_links;
        int m_first;
    };

    void insert(quint64 key, int value);
    [[nodiscard]] Values values(quint64 key) const;
    // The value inserted last under key, or -1.
    [[nodiscard]] int last(quint64 key) const;

private:
    struct Slot
    {
        quint64 key = 0;
        int first = -1; // -1: an empty slot
        int last = -1;
    };

    [[nodiscard]] std::size_t find(quint64 key) const; // its slot, or the empty one to take
    void grow();

    std::vector<Slot> m_slots; // open addressing, at most half full
    std::vector<Link> m_links;
    std::size_t m_keys = 0;
};

} // namespace whosaid::analysis
