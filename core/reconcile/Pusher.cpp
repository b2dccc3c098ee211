#include "reconcile/Pusher.h"

#include "connectwise/ConnectWiseClient.h"
#include "domain/AdditionField.h"
#include "errors/ApiError.h"
#include "errors/Cancelled.h"
#include "errors/UserError.h"
#include "log/LogCategories.h"
#include "log/LogRedact.h"
#include "reconcile/MonthActivity.h"
#include "reconcile/PushBatch.h"
#include "store/TransferLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <exception>
#include <iterator>

namespace il {
namespace {

TransferField fieldOf(const QString& name) {
    return transferFieldFromString(name).value_or(TransferField::Quantity);
}

// What differs between the addition as loaded and as ConnectWise holds it now.
QString changesSince(const Addition& loaded, const Addition& now) {
    QStringList diffs;
    for (const AdditionField f : {AdditionField::Quantity, AdditionField::UnitCost, AdditionField::UnitPrice}) {
        const QString field = additionFieldName(f);
        const Decimal a = additionValue(loaded, f), b = additionValue(now, f);
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

// ConnectWise answered and refused: a 4xx says the request was not carried out. Anything else
// (a lost or cut-off answer, a timeout, a 5xx from a gateway, an unreadable body) leaves open
// whether the write took effect.
bool refusedForSure(const ApiError& e) {
    return e.status() >= 400 && e.status() < 500;
}

QString createDetail(const PushAction& action) {
    const QJsonObject o{{QStringLiteral("product"), action.productIdentifier},
                        {QStringLiteral("productId"), action.productId},
                        {QStringLiteral("unitCost"), action.changes.value(1).newValue.toString()},
                        {QStringLiteral("unitPrice"), action.changes.value(2).newValue.toString()}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

const Addition* additionOfProduct(const QList<Addition>& additions, const QString& product) {
    for (const Addition& a : additions)
        if (a.productIdentifier.compare(product, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

qsizetype indexOf(const QList<Addition>& additions, int id) {
    for (qsizetype i = 0; i < additions.size(); ++i)
        if (additions[i].id == id)
            return i;
    return -1;
}

const QString kAdditionsEndpoint = QStringLiteral("finance/agreements/{id}/additions");
const QString kNotSent = QStringLiteral("nothing was sent");
const QString kCheckedLater = QStringLiteral(
    "the write stays in the log as an intent and is checked with ConnectWise before anything else is pushed "
    "for this month");

} // namespace

Pusher::Pusher(ConnectWiseClient& connectwise, TransferLog& log, Context context)
    : m_connectwise(connectwise)
    , m_log(log)
    , m_context(std::move(context)) {}

Decimal Pusher::fieldValue(const Addition& a, const QString& field) {
    if (const std::optional<AdditionField> f = additionFieldFromName(field))
        return additionValue(a, *f);
    return a.unitPrice; // as before for any other name (a create's intent row)
}

Transfer Pusher::row(const PushAction& action, const PushChange& change, TransferOutcome outcome,
                     const QString& message, const QString& requestId, int additionId) const {
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
    if (action.isCreate())
        t.detail = createDetail(action);
    return t;
}

std::vector<Transfer> Pusher::record(std::vector<Transfer> rows, const QString& consequence, Outcome* into) {
    if (into)
        for (const Transfer& t : rows)
            into->outcomes.append(t.outcome);
    // Group commit: a row that resolves a logged intent may wait for the next commit (the next
    // intent, or flush() at the end). Were the process to die before that, the intent is still
    // on disk and is settled with ConnectWise before the month's next push, as for a lost
    // answer; so every write stays recorded, and a write costs one disk sync instead of two.
    const bool settlesIntents =
        std::all_of(rows.begin(), rows.end(), [](const Transfer& t) { return t.resolves != 0; });
    if (!rows.empty() && settlesIntents) {
        m_settled.insert(m_settled.end(), rows.begin(), rows.end());
        return rows;
    }
    try {
        return commit(std::move(rows));
    } catch (const UserError& e) {
        throw Stop(QStringLiteral("the transfer log cannot be written (%1); %2").arg(e.message(), consequence));
    }
}

std::vector<Transfer> Pusher::commit(std::vector<Transfer> rows) {
    std::vector<Transfer> batch = m_settled;
    const size_t carried = batch.size();
    batch.insert(batch.end(), std::make_move_iterator(rows.begin()), std::make_move_iterator(rows.end()));
    batch = m_log.appendAll(std::move(batch)); // throws UserError; m_settled then waits on
    m_settled.clear();
    for (const Transfer& t : batch)
        qCDebug(lcReconcile).noquote()
            << "transfer log row" << t.id << toString(t.outcome) << "agreement" << t.agreementId << "addition"
            << t.additionId << toString(t.field) << "line" << t.lineId;
    return std::vector<Transfer>(std::make_move_iterator(batch.begin() + qsizetype(carried)),
                                 std::make_move_iterator(batch.end()));
}

void Pusher::flush() {
    if (m_settled.empty())
        return;
    const size_t waiting = m_settled.size();
    try {
        commit({});
    } catch (const UserError& e) {
        stop(QStringLiteral("%1 outcome rows of writes ConnectWise applied could not be written to the transfer log (%2); "
                            "those writes stay in the log as intents and are checked with ConnectWise before anything "
                            "else is pushed for this month")
                 .arg(waiting)
                 .arg(e.message()));
    }
}

QCoro::Task<Pusher::Outcome> Pusher::push(PushAction action, CancelToken cancel) {
    if (action.skipped())
        co_return Outcome{LineAction::Skipped, action.skipReason, std::nullopt, {}};
    cancel.throwIfCancelled();
    const QList<PushAction> one{action}; // (a local: no brace list as a co_await argument)
    QList<Addition> current;
    std::optional<ApiError> failure;
    try {
        current = co_await readCurrent(action.agreementId, one, cancel);
    } catch (const ApiError& e) {
        failure = e;
    }
    if (failure) {
        Outcome failed = readFailed(action, *failure);
        co_return failed;
    }
    Outcome out = co_await pushChecked(action, current);
    flush();
    co_return out;
}

QCoro::Task<QList<Pusher::Outcome>> Pusher::pushAll(QList<PushAction> actions, CancelToken cancel,
                                                    std::function<void(int, int)> progress) {
    PushBatch batch(*this, std::move(actions), std::move(cancel), std::move(progress),
                    ConnectWiseClient::MaxInFlight);
    QList<Outcome> outcomes;
    std::exception_ptr error;
    try {
        outcomes = co_await batch.run();
    } catch (...) {
        error = std::current_exception();
    }
    flush(); // the outcome rows still waiting for a commit, also after a cancel
    if (error)
        std::rethrow_exception(error);
    co_return outcomes;
}

QCoro::Task<QList<Addition>> Pusher::readCurrent(int agreementId, QList<PushAction> actions, CancelToken cancel) {
    QList<int> ids;
    bool creates = false;
    for (const PushAction& a : actions) {
        creates |= a.isCreate();
        if (!a.isCreate() && !ids.contains(a.additionId))
            ids.append(a.additionId);
    }
    // A create looks for any addition of its product, so it needs the agreement's whole list;
    // updates only need their own additions.
    if (creates)
        co_return co_await m_connectwise.additions(agreementId, cancel);
    co_return co_await m_connectwise.additionsById(agreementId, ids, cancel);
}

Pusher::Outcome Pusher::readFailed(const PushAction& action, const ApiError& e) {
    Outcome out;
    std::vector<Transfer> rows;
    if (action.isCreate()) {
        rows.push_back(row(action, action.changes.value(0), TransferOutcome::Failed,
                           QStringLiteral("look-up failed: ") + errorText(e), e.requestId()));
    } else {
        for (const PushChange& c : action.changes)
            rows.push_back(row(action, c, TransferOutcome::Failed, QStringLiteral("re-read failed: ") + errorText(e),
                               e.requestId()));
    }
    record(std::move(rows), kNotSent, &out);
    out.action = LineAction::Failed;
    out.detail = e.message();
    return out;
}

QCoro::Task<Pusher::Outcome> Pusher::pushChecked(const PushAction& action, QList<Addition>& current) {
    if (action.skipped())
        co_return Outcome{LineAction::Skipped, action.skipReason, std::nullopt, {}};
    qCDebug(lcReconcile).noquote() << "push" << toString(action.kind) << "agreement" << action.agreementId
                                   << "addition" << action.additionId << action.productIdentifier << "line"
                                   << action.lineId;
    Outcome out;
    if (action.isCreate()) // (no co_await inside ?: — GCC 12 miscompiles that in coroutines)
        out = co_await create(action, current);
    else
        out = co_await update(action, current);
    // What was written to ConnectWise is what an operator checks after an unattended run.
    qCInfo(lcReconcile).noquote() << QStringLiteral("push %1 agreement %2 addition %3 %4 -> %5%6")
                                         .arg(toString(action.kind))
                                         .arg(action.agreementId)
                                         .arg(out.addition ? out.addition->id : action.additionId)
                                         .arg(action.productIdentifier, toString(out.action),
                                              out.detail.isEmpty()
                                                  ? QString()
                                                  : QStringLiteral(" - ") + LogRedact::text(out.detail));
    co_return out;
}

QCoro::Task<Pusher::Outcome> Pusher::update(const PushAction& action, QList<Addition>& now) {
    Outcome out;
    const qsizetype at = indexOf(now, action.additionId);
    if (at < 0) {
        // Not in the answer to `id in (…)`: deleted (or moved) since the load.
        const QString message =
            QStringLiteral("ConnectWise GET %1: agreement %2 holds no addition %3 any more; nothing was sent")
                .arg(kAdditionsEndpoint)
                .arg(action.agreementId)
                .arg(action.additionId);
        std::vector<Transfer> rows;
        for (const PushChange& c : action.changes)
            rows.push_back(row(action, c, TransferOutcome::Failed, QStringLiteral("re-read failed: ") + message));
        record(std::move(rows), kNotSent, &out);
        out.action = LineAction::Failed;
        out.detail = message;
        co_return out;
    }
    const Addition current = now[at];
    bool inEffect = true;
    for (const PushChange& c : action.changes)
        inEffect &= fieldValue(current, c.field) == c.newValue;
    if (inEffect) {
        std::vector<Transfer> rows;
        for (const PushChange& c : action.changes)
            rows.push_back(row(action, c, TransferOutcome::AlreadyInEffect, QStringLiteral("already in effect; nothing sent")));
        record(std::move(rows), kNotSent, &out);
        out.action = LineAction::Updated;
        out.detail = QStringLiteral("already in effect in ConnectWise");
        out.addition = current;
        co_return out;
    }
    const QString changed = changesSince(action.loaded, current);
    if (!changed.isEmpty()) {
        const QString message = QStringLiteral("refused: changed in ConnectWise since the load (%1)").arg(changed);
        std::vector<Transfer> rows;
        for (const PushChange& c : action.changes)
            rows.push_back(row(action, c, TransferOutcome::RefusedChanged, message));
        record(std::move(rows), kNotSent, &out);
        out.action = LineAction::Skipped;
        out.detail = message;
        out.addition = current;
        co_return out;
    }

    // Write-ahead: the intent is on disk before the request leaves.
    std::vector<Transfer> intents;
    for (const PushChange& c : action.changes)
        intents.push_back(row(action, c, TransferOutcome::Intent, QStringLiteral("sending")));
    intents = record(std::move(intents), kNotSent);
    qCDebug(lcReconcile) << "intent logged; sending PATCH of addition" << action.additionId;

    QList<JsonPatch> ops;
    for (const PushChange& c : action.changes)
        ops.append(JsonPatch::replace(c.field, c.newValue));
    std::optional<ApiError> failure;
    Addition updated;
    try {
        // Once the intent is logged the write is carried through: a cancel now would leave its
        // outcome unknown, so it is honoured before the next action instead.
        updated = co_await m_connectwise.patchAddition(action.agreementId, action.additionId, ops, CancelToken());
    } catch (const ApiError& e) {
        failure = e;
    }
    if (failure) {
        Outcome settled = co_await settleUpdate(action, std::move(intents), *failure);
        if (settled.addition)
            now[at] = *settled.addition;
        co_return settled;
    }

    std::vector<Transfer> rows;
    QStringList what;
    for (qsizetype i = 0; i < action.changes.size(); ++i) {
        const PushChange& c = action.changes[i];
        Transfer t = row(action, c, TransferOutcome::Pushed, QStringLiteral("updated"));
        t.resolves = intents[size_t(i)].id;
        rows.push_back(std::move(t));
        what << QStringLiteral("%1 %2 → %3").arg(c.field, c.oldValue.toString(), c.newValue.toString());
    }
    now[at] = updated; // a later action on this addition sees the change (and is refused)
    record(std::move(rows), QStringLiteral("ConnectWise applied it; ") + kCheckedLater, &out);
    out.action = LineAction::Updated;
    out.detail = what.join(QStringLiteral(", "));
    out.addition = updated;
    co_return out;
}

// The PATCH got no clean answer: learn from ConnectWise what became of it, and log that.
QCoro::Task<Pusher::Outcome> Pusher::settleUpdate(const PushAction& action, std::vector<Transfer> intents,
                                                  const ApiError& error) {
    Outcome out;
    out.action = LineAction::Failed;
    out.detail = error.message();
    std::optional<Addition> now;
    if (!refusedForSure(error)) {
        try {
            now = co_await m_connectwise.addition(action.agreementId, action.additionId, CancelToken());
        } catch (const ApiError& reread) {
            throw Stop(QStringLiteral("the change of addition %1 got no clear answer (%2) and reading it back failed "
                                      "(%3); %4")
                           .arg(action.additionId)
                           .arg(error.message(), reread.message(), kCheckedLater));
        }
    }
    if (now && error.kind() == ApiError::Kind::Timeout) {
        bool applied = true;
        for (const PushChange& c : action.changes)
            applied &= fieldValue(*now, c.field) == c.newValue;
        if (!applied) // it may still arrive: only a later look can tell
            throw Stop(QStringLiteral("ConnectWise did not answer the change of addition %1 in time (%2) and does not "
                                      "hold it yet; %3")
                           .arg(action.additionId)
                           .arg(error.message(), kCheckedLater));
    }
    std::vector<Transfer> rows;
    bool allApplied = bool(now);
    for (qsizetype i = 0; i < action.changes.size(); ++i) {
        const PushChange& c = action.changes[i];
        Transfer t;
        if (!now) {
            t = row(action, c, TransferOutcome::Failed, errorText(error), error.requestId());
        } else if (fieldValue(*now, c.field) == c.newValue) {
            t = row(action, c, TransferOutcome::Pushed,
                    QStringLiteral("updated; the answer was lost (%1), a re-read shows the new value").arg(error.message()));
        } else {
            allApplied = false;
            const bool answered = error.status() != 0 && error.kind() != ApiError::Kind::Parse;
            t = row(action, c, answered ? TransferOutcome::Failed : TransferOutcome::NotApplied,
                    answered ? errorText(error)
                             : QStringLiteral("not applied: the answer was lost (%1) and ConnectWise holds %2")
                                   .arg(error.message(), fieldValue(*now, c.field).toString()),
                    error.requestId());
        }
        t.resolves = intents[size_t(i)].id;
        rows.push_back(std::move(t));
    }
    record(std::move(rows), kCheckedLater, &out);
    if (allApplied) {
        out.action = LineAction::Updated;
        out.detail = QStringLiteral("updated (the answer was lost; a re-read confirms it)");
    }
    out.addition = now;
    co_return out;
}

QCoro::Task<Pusher::Outcome> Pusher::create(const PushAction& action, QList<Addition>& existing) {
    Outcome out;
    const PushChange quantity = action.changes.value(0);
    // An earlier POST whose answer was lost may have made it already: `existing` is the
    // agreement's whole list as read before its first write, with this batch's writes in it.
    if (const Addition* a = additionOfProduct(existing, action.productIdentifier)) {
        // Any addition of the product, also a cancelled or later one: creating a second one is a
        // decision for a person, never for a push.
        const bool active = MonthActivity::additionActive(*a, action.effectiveDate);
        const QString message = active ? QStringLiteral("addition %1 of %2 already exists; nothing sent")
                                             .arg(a->id)
                                             .arg(a->productIdentifier)
                                       : QStringLiteral("addition %1 of %2 exists but is not active in %3; nothing sent")
                                             .arg(a->id)
                                             .arg(a->productIdentifier, m_context.month);
        record({row(action, quantity, active ? TransferOutcome::AlreadyInEffect : TransferOutcome::RefusedChanged,
                    message, {}, a->id)},
               kNotSent, &out);
        out.action = active ? LineAction::Created : LineAction::Skipped;
        out.detail = active ? QStringLiteral("already exists as addition %1").arg(a->id) : message;
        out.addition = *a;
        co_return out;
    }

    const Transfer intent = record({row(action, quantity, TransferOutcome::Intent, QStringLiteral("sending"))}, kNotSent)
                                .front();
    qCDebug(lcReconcile) << "intent" << intent.id << "logged; sending POST of an addition to agreement"
                         << action.agreementId;
    NewAddition n;
    n.productId = action.productId;
    n.productIdentifier = action.productIdentifier;
    n.quantity = quantity.newValue;
    n.unitCost = action.changes.value(1).newValue;
    n.unitPrice = action.changes.value(2).newValue;
    n.effectiveDate = action.effectiveDate;
    std::optional<ApiError> failure;
    Addition created;
    try {
        created = co_await m_connectwise.createAddition(action.agreementId, n, CancelToken());
    } catch (const ApiError& e) {
        failure = e;
    }
    if (failure) {
        Outcome settled = co_await settleCreate(action, intent, *failure);
        if (settled.addition)
            existing.append(*settled.addition);
        co_return settled;
    }

    Transfer done = row(action, quantity, TransferOutcome::Pushed, QStringLiteral("created addition %1").arg(created.id),
                        {}, created.id);
    done.resolves = intent.id;
    existing.append(created); // a second create of the product on this agreement finds it
    record({std::move(done)}, QStringLiteral("ConnectWise created it; ") + kCheckedLater, &out);
    out.action = LineAction::Created;
    out.detail = QStringLiteral("created addition %1: %2 × %3").arg(created.id).arg(quantity.newValue.toString(),
                                                                               action.productIdentifier);
    out.addition = created;
    co_return out;
}

// The POST got no clean answer: it is never sent again; a look tells whether it was created.
QCoro::Task<Pusher::Outcome> Pusher::settleCreate(const PushAction& action, const Transfer& intent,
                                                  const ApiError& error) {
    Outcome out;
    out.action = LineAction::Failed;
    out.detail = error.message();
    const PushChange quantity = action.changes.value(0);
    std::optional<Addition> made;
    if (!refusedForSure(error)) {
        QList<Addition> now;
        try {
            now = co_await m_connectwise.additions(action.agreementId, CancelToken());
        } catch (const ApiError& look) {
            throw Stop(QStringLiteral("creating %1 on agreement %2 got no clear answer (%3) and looking for it failed "
                                      "(%4); %5")
                           .arg(action.productIdentifier)
                           .arg(action.agreementId)
                           .arg(error.message(), look.message(), kCheckedLater));
        }
        if (const Addition* a = additionOfProduct(now, action.productIdentifier))
            made = *a;
        else if (error.kind() == ApiError::Kind::Timeout)
            throw Stop(QStringLiteral("ConnectWise did not answer the creation of %1 on agreement %2 in time (%3) and "
                                      "does not show it yet; %4")
                           .arg(action.productIdentifier)
                           .arg(action.agreementId)
                           .arg(error.message(), kCheckedLater));
    }
    Transfer t;
    if (made) {
        t = row(action, quantity, TransferOutcome::Pushed,
                QStringLiteral("created addition %1; the answer was lost (%2), a look found it").arg(made->id).arg(error.message()),
                error.requestId(), made->id);
        out.action = LineAction::Created;
        out.detail = QStringLiteral("created addition %1 (the answer was lost; a look found it)").arg(made->id);
        out.addition = made;
    } else {
        const bool answered = error.status() != 0 && error.kind() != ApiError::Kind::Parse;
        t = row(action, quantity, answered ? TransferOutcome::Failed : TransferOutcome::NotApplied,
                answered ? errorText(error)
                         : QStringLiteral("not created: the answer was lost (%1) and ConnectWise shows no addition of %2")
                               .arg(error.message(), action.productIdentifier),
                error.requestId());
    }
    t.resolves = intent.id;
    record({std::move(t)}, kCheckedLater, &out);
    co_return out;
}

} // namespace il
