#include "reconcile/Pusher.h"

#include "connectwise/ConnectWiseClient.h"
#include "net/ApiError.h"
#include "reconcile/MonthActivity.h"
#include "store/TransferLog.h"

#include <QStringList>

namespace il {
namespace {

TransferField fieldOf(const QString& name) {
    return transferFieldFromString(name).value_or(TransferField::Quantity);
}

// What differs between the addition as loaded and as ConnectWise holds it now.
QString changesSince(const Addition& loaded, const Addition& now) {
    QStringList diffs;
    for (const char* f : {"quantity", "unitCost", "unitPrice"}) {
        const QString field = QString::fromLatin1(f);
        const Decimal a = Pusher::fieldValue(loaded, field), b = Pusher::fieldValue(now, field);
        if (a != b)
            diffs << QStringLiteral("%1 %2 → %3").arg(field, a.toString(), b.toString());
    }
    if (diffs.isEmpty() && loaded.lastUpdated != now.lastUpdated)
        diffs << QStringLiteral("last updated %1").arg(now.lastUpdated);
    return diffs.join(QStringLiteral(", "));
}

QString errorText(const std::exception& e) {
    if (const auto* api = dynamic_cast<const ApiError*>(&e))
        return api->serverMessage().isEmpty() ? api->message() : api->serverMessage();
    return QString::fromUtf8(e.what());
}

} // namespace

Pusher::Pusher(ConnectWiseClient& connectwise, TransferLog& log, Context context)
    : m_connectwise(connectwise)
    , m_log(log)
    , m_context(std::move(context)) {}

Decimal Pusher::fieldValue(const Addition& a, const QString& field) {
    if (field == QLatin1String("quantity"))
        return a.quantity;
    if (field == QLatin1String("unitCost"))
        return a.unitCost;
    return a.unitPrice;
}

void Pusher::log(const PushAction& action, const PushChange& change, TransferOutcome outcome, const QString& message,
                 const QString& requestId, int additionId, Outcome* into) {
    Transfer t;
    t.runId = m_context.runId;
    t.month = m_context.month;
    t.lineId = action.lineId;
    t.agreementId = action.agreementId;
    t.additionId = additionId ? additionId : action.additionId;
    t.field = action.isCreate() ? TransferField::Create : fieldOf(change.field);
    if (!action.isCreate())
        t.oldValue = change.oldValue;
    t.newValue = change.newValue;
    t.outcome = outcome;
    t.message = message;
    t.requestId = requestId;
    t.user = m_context.user;
    m_log.append(t);
    if (into)
        into->outcomes.append(outcome);
}

QCoro::Task<Pusher::Outcome> Pusher::push(PushAction action, CancelToken cancel) {
    if (action.skipped())
        co_return Outcome{LineAction::Skipped, action.skipReason, std::nullopt, {}};
    cancel.throwIfCancelled();
    if (action.isCreate()) // (no co_await inside ?: — GCC 12 miscompiles that in coroutines)
        co_return co_await create(action, cancel);
    co_return co_await update(action, cancel);
}

QCoro::Task<QList<Pusher::Outcome>> Pusher::pushAll(QList<PushAction> actions, CancelToken cancel,
                                                    std::function<void(int, int)> progress) {
    QList<Outcome> out;
    for (const PushAction& a : actions) {
        if (progress)
            progress(int(out.size()), int(actions.size()));
        out.append(co_await push(a, cancel));
    }
    if (progress)
        progress(int(out.size()), int(actions.size()));
    co_return out;
}

QCoro::Task<Pusher::Outcome> Pusher::update(const PushAction& action, CancelToken cancel) {
    Outcome out;
    Addition current;
    try {
        current = co_await m_connectwise.addition(action.agreementId, action.additionId, cancel);
    } catch (const ApiError& e) {
        for (const PushChange& c : action.changes)
            log(action, c, TransferOutcome::Failed, QStringLiteral("re-read failed: ") + errorText(e), e.requestId(), 0, &out);
        out.action = LineAction::Failed;
        out.detail = e.message();
        co_return out;
    }
    bool inEffect = true;
    for (const PushChange& c : action.changes)
        inEffect &= fieldValue(current, c.field) == c.newValue;
    if (inEffect) {
        for (const PushChange& c : action.changes)
            log(action, c, TransferOutcome::AlreadyInEffect, QStringLiteral("already in effect; nothing sent"), {}, 0, &out);
        out.action = LineAction::Updated;
        out.detail = QStringLiteral("already in effect in ConnectWise");
        out.addition = current;
        co_return out;
    }
    const QString changed = changesSince(action.loaded, current);
    if (!changed.isEmpty()) {
        const QString message = QStringLiteral("refused: changed in ConnectWise since the load (%1)").arg(changed);
        for (const PushChange& c : action.changes)
            log(action, c, TransferOutcome::RefusedChanged, message, {}, 0, &out);
        out.action = LineAction::Skipped;
        out.detail = message;
        out.addition = current;
        co_return out;
    }
    QList<JsonPatch> ops;
    for (const PushChange& c : action.changes)
        ops.append(JsonPatch::replace(c.field, c.newValue));
    try {
        const Addition updated = co_await m_connectwise.patchAddition(action.agreementId, action.additionId, ops, cancel);
        QStringList what;
        for (const PushChange& c : action.changes) {
            log(action, c, TransferOutcome::Pushed, QStringLiteral("updated"), {}, 0, &out);
            what << QStringLiteral("%1 %2 → %3").arg(c.field, c.oldValue.toString(), c.newValue.toString());
        }
        out.action = LineAction::Updated;
        out.detail = what.join(QStringLiteral(", "));
        out.addition = updated;
    } catch (const ApiError& e) {
        for (const PushChange& c : action.changes)
            log(action, c, TransferOutcome::Failed, errorText(e), e.requestId(), 0, &out);
        out.action = LineAction::Failed;
        out.detail = e.message();
    }
    co_return out;
}

QCoro::Task<Pusher::Outcome> Pusher::create(const PushAction& action, CancelToken cancel) {
    Outcome out;
    const PushChange quantity = action.changes.value(0);
    try {
        // An earlier POST whose answer was lost may have made it already: look before sending.
        const QList<Addition> existing = co_await m_connectwise.additions(action.agreementId, cancel);
        for (const Addition& a : existing) {
            if (a.productIdentifier.compare(action.productIdentifier, Qt::CaseInsensitive) == 0 &&
                MonthActivity::additionActive(a, action.effectiveDate)) {
                log(action, quantity, TransferOutcome::AlreadyInEffect,
                    QStringLiteral("addition %1 of %2 already exists; nothing sent").arg(a.id).arg(a.productIdentifier),
                    {}, a.id, &out);
                out.action = LineAction::Created;
                out.detail = QStringLiteral("already exists as addition %1").arg(a.id);
                out.addition = a;
                co_return out;
            }
        }
        NewAddition n;
        n.productId = action.productId;
        n.productIdentifier = action.productIdentifier;
        n.quantity = quantity.newValue;
        n.unitCost = action.changes.value(1).newValue;
        n.unitPrice = action.changes.value(2).newValue;
        n.effectiveDate = action.effectiveDate;
        const Addition created = co_await m_connectwise.createAddition(action.agreementId, n, cancel);
        log(action, quantity, TransferOutcome::Pushed, QStringLiteral("created addition %1").arg(created.id), {}, created.id, &out);
        out.action = LineAction::Created;
        out.detail = QStringLiteral("created addition %1: %2 × %3").arg(created.id).arg(quantity.newValue.toString(),
                                                                                   action.productIdentifier);
        out.addition = created;
    } catch (const ApiError& e) {
        log(action, quantity, TransferOutcome::Failed, errorText(e), e.requestId(), 0, &out);
        out.action = LineAction::Failed;
        out.detail = e.message();
    }
    co_return out;
}

} // namespace il
