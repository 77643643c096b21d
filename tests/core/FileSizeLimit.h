#pragma once

// A full disk for the tests that must see a write fail (tst_sidecar, tst_persistence): root
// writes into read-only folders, but not past RLIMIT_FSIZE.

#include <csignal>
#include <sys/resource.h>

namespace whosaid::coretest {

// Makes writes beyond limit bytes fail, as on a full disk, for as long as it lives.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t limit)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit small = m_old;
        small.rlim_cur = limit;
        setrlimit(RLIMIT_FSIZE, &small);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;

private:
    rlimit m_old{};
};

} // namespace whosaid::coretest
