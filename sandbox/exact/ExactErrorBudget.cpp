#include "sandbox/exact/ExactErrorBudget.h"

namespace il::sandbox {

QString ExactErrorBudget::key(const QString& user, const QString& division, const QString& endpoint,
                              const QDateTime& now) {
    const qint64 hour = now.toSecsSinceEpoch() / 3600;
    return user + u'|' + division + u'|' + endpoint.toLower() + u'|' + QString::number(hour);
}

bool ExactErrorBudget::blocked(const QString& user, const QString& division, const QString& endpoint,
                               const QDateTime& now) const {
    return errors(user, division, endpoint, now) >= ErrorsPerHour;
}

void ExactErrorBudget::record(const QString& user, const QString& division, const QString& endpoint, int status,
                              const QDateTime& now) {
    if (counts(status))
        ++m_errors[key(user, division, endpoint, now)];
}

int ExactErrorBudget::errors(const QString& user, const QString& division, const QString& endpoint,
                             const QDateTime& now) const {
    return m_errors.value(key(user, division, endpoint, now));
}

QDateTime ExactErrorBudget::liftedAt(const QDateTime& now) {
    return QDateTime::fromSecsSinceEpoch((now.toSecsSinceEpoch() / 3600 + 1) * 3600, Qt::UTC);
}

} // namespace il::sandbox
