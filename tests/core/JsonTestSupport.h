#pragma once

// What the JSON tests share (tst_jsonwriter, tst_jsonexporter): a check of the bytes they write.

#include <QByteArray>

namespace whosaid::coretest {

// Whether `bytes` is well-formed UTF-8 (no lone surrogates encoded, no truncated sequences).
[[nodiscard]] bool isValidUtf8(const QByteArray &bytes);

} // namespace whosaid::coretest
