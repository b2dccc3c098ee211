#pragma once

#include "async/CancelFlag.h"

#include <memory>

namespace il {

// A cheap copyable handle to a CancelFlag; a default token is never cancelled. Checked between
// awaits; in-flight requests abort through cancelled().
class CancelToken {
public:
    CancelToken() = default;
    static CancelToken create() {
        CancelToken t;
        t.m_flag = std::make_shared<CancelFlag>();
        return t;
    }
    void cancel() const {
        if (m_flag)
            m_flag->cancel();
    }
    bool isCancelled() const { return m_flag && m_flag->isCancelled(); }
    // Null for a default token.
    CancelFlag* flag() const { return m_flag.get(); }
    // Throws Cancelled when cancelled.
    void throwIfCancelled() const;

private:
    std::shared_ptr<CancelFlag> m_flag;
};

} // namespace il
