#include "reconcile/IntentResolver.h"

#include "connectwise/ConnectWiseClient.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "reconcile/Pusher.h"
#include "store/TransferLog.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace il {

IntentResolver::IntentResolver(ConnectWiseClient& connectwise, TransferLog& log, Context context)
    : m_connectwise(connectwise)
    , m_log(log)
    , m_context(std::move(context)) {}

QCoro::Task<int> IntentResolver::resolve(CancelToken cancel) {
    const std::vector<Transfer> pending = m_log.pendingIntents(m_context.month);
    if (pending.empty())
        co_return 0;
    // One read per addition (updates) and per agreement (creates), however many fields.
    QHash<qint64, std::optional<Addition>> additions; // key: addition id; nullopt: gone
    QHash<int, QList<Addition>> agreementAdditions;
    std::vector<Transfer> rows;
    for (const Transfer& intent : pending) {
        Transfer t;
        t.runId = m_context.runId;
        t.month = intent.month;
        t.lineId = intent.lineId;
        t.agreementId = intent.agreementId;
        t.additionId = intent.additionId;
        // The same record as the intent; its id comes from additionId (a create's, once found).
        t.target = intent.target;
        t.objectKind = intent.objectKind;
        t.field = intent.field;
        t.oldValue = intent.oldValue;
        t.newValue = intent.newValue;
        t.user = m_context.user;
        t.detail = intent.detail;
        t.resolves = intent.id;
        const QString what = QStringLiteral("write %1 (an interrupted push of %2)").arg(intent.id).arg(intent.createdAt.toString(Qt::ISODate));
        try {
            if (intent.field == TransferField::Create) {
                const QString product =
                    QJsonDocument::fromJson(intent.detail.toUtf8()).object().value(u"product").toString();
                if (!agreementAdditions.contains(intent.agreementId)) {
                    const QList<Addition> list = co_await m_connectwise.additions(intent.agreementId, cancel);
                    agreementAdditions.insert(intent.agreementId, list);
                }
                const Addition* found = nullptr;
                for (const Addition& a : agreementAdditions[intent.agreementId])
                    if (!product.isEmpty() && a.productIdentifier.compare(product, Qt::CaseInsensitive) == 0)
                        found = &a;
                if (found) {
                    t.additionId = found->id;
                    t.outcome = TransferOutcome::Pushed;
                    t.message = QStringLiteral("checked after %1: addition %2 of %3 exists").arg(what).arg(found->id).arg(product);
                } else {
                    t.outcome = TransferOutcome::NotApplied;
                    t.message = QStringLiteral("checked after %1: no addition of %2 exists").arg(what, product);
                }
            } else {
                if (!additions.contains(intent.additionId)) {
                    std::optional<Addition> now;
                    try {
                        now = co_await m_connectwise.addition(intent.agreementId, intent.additionId, cancel);
                    } catch (const ApiError& e) {
                        if (e.status() != 404)
                            throw;
                    }
                    additions.insert(intent.additionId, now);
                }
                const std::optional<Addition>& now = additions[intent.additionId];
                const QString field = toString(intent.field);
                if (now && intent.newValue && Pusher::fieldValue(*now, field) == *intent.newValue) {
                    t.outcome = TransferOutcome::Pushed;
                    t.message = QStringLiteral("checked after %1: ConnectWise holds the new %2 %3")
                                    .arg(what, field, intent.newValue->toString());
                } else {
                    t.outcome = TransferOutcome::NotApplied;
                    t.message = now ? QStringLiteral("checked after %1: ConnectWise holds %2 %3, not %4")
                                          .arg(what, field, Pusher::fieldValue(*now, field).toString(),
                                               intent.newValue.value_or(Decimal()).toString())
                                    : QStringLiteral("checked after %1: addition %2 no longer exists").arg(what).arg(intent.additionId);
                }
            }
        } catch (const ApiError& e) {
            throw UserError(QStringLiteral("cannot check %1 with ConnectWise (%2), so nothing is pushed for %3 until "
                                           "it can be checked")
                                .arg(what, e.message(), m_context.month));
        }
        rows.push_back(std::move(t));
    }
    m_log.appendAll(std::move(rows));
    co_return int(pending.size());
}

} // namespace il
