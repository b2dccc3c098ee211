#pragma once

#include <QObject>

namespace il {

// Emits cancelled() once; shared by every step of one run.
class CancelFlag : public QObject {
    Q_OBJECT
public:
    bool isCancelled() const { return m_cancelled; }
    void cancel() {
        if (m_cancelled)
            return;
        m_cancelled = true;
        emit cancelled();
    }
signals:
    void cancelled();

private:
    bool m_cancelled = false;
};

} // namespace il
