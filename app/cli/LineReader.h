#pragma once

#include <QByteArray>

class QIODevice;

namespace whosaid::cli {

// Reads a device line by line in large blocks. QIODevice::readLine copies through its ring
// buffer a few bytes at a time, which cost as much as a fifth of the analysis.
class LineReader final
{
public:
    explicit LineReader(QIODevice &device)
        : m_device(device)
    { }

    // The next line without its line feed; false at the end of the input.
    [[nodiscard]] bool next(QByteArray &line);

private:
    static constexpr qsizetype BlockSize = qsizetype(1) << 20;

    bool fill();

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_position = 0;
    bool m_atEnd = false;
};

} // namespace whosaid::cli
