#include "LineReader.h"

#include <QIODevice>

#include <cstring>

namespace whosaid::cli {

bool LineReader::next(QByteArray &line)
{
    qsizetype searched = 0; // bytes after m_position known to hold no line feed
    for (;;) {
        const char *begin = m_buffer.constData() + m_position + searched;
        const auto *feed = static_cast<const char *>(
            std::memchr(begin, '\n', std::size_t(m_buffer.size() - m_position - searched)));
        if (feed) {
            const qsizetype end = feed - m_buffer.constData();
            line = m_buffer.mid(m_position, end - m_position);
            m_position = end + 1;
            return true;
        }
        searched = m_buffer.size() - m_position;
        if (!fill()) {
            if (m_position >= m_buffer.size())
                return false;
            line = m_buffer.mid(m_position); // the last line has no line feed
            m_position = m_buffer.size();
            return true;
        }
    }
}

bool LineReader::fill()
{
    if (m_atEnd)
        return false;
    m_buffer.remove(0, m_position);
    m_position = 0;
    const qsizetype kept = m_buffer.size();
    m_buffer.resize(kept + BlockSize);
    const qint64 read = m_device.read(m_buffer.data() + kept, BlockSize);
    m_buffer.resize(kept + std::max<qint64>(read, 0));
    m_atEnd = read <= 0;
    return read > 0;
}

} // namespace whosaid::cli
