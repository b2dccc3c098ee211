#pragma once

// Compares what the ConnectWise fake really received and applied with what the transfer log
// says was pushed: every applied write must have exactly one `pushed` row that resolves an
// intent, every such row an applied write, and no intent may be left without an outcome.

#include "domain/Transfer.h"
#include "sandbox/connectwise/ConnectWiseFake.h"
#include "store/Database.h"

#include <QSqlQuery>

#include <QMap>
#include <QStringList>

#include <vector>

namespace il::test {

struct LedgerCheck {
    int appliedWrites = 0;  // field changes (PATCH) and creates (POST) the server carried out
    int loggedPushes = 0;   // `pushed` rows that resolve an intent
    int doubleWrites = 0;   // a change the server received more than once
    int unrecorded = 0;     // applied on the server, no pushed row
    int phantom = 0;        // a pushed row with no write on the server
    int pendingIntents = 0; // intents without an outcome
    QStringList problems;
    bool ok() const { return problems.isEmpty(); }
};

inline LedgerCheck compareLedger(const QList<il::sandbox::ConnectWiseFake::AppliedWrite>& applied,
                                 const std::vector<il::Transfer>& allRows) {
    LedgerCheck c;
    QMap<QString, int> server, logged;
    for (const auto& w : applied) {
        if (w.method == "POST") {
            ++server[QStringLiteral("create %1 on %2").arg(w.additionId).arg(w.agreementId)];
            continue;
        }
        for (auto it = w.changed.begin(); it != w.changed.end(); ++it)
            ++server[QStringLiteral("%1 %2=%3").arg(w.additionId).arg(it.key(), it.value().toString())];
    }
    QMap<qint64, bool> resolved;
    for (const il::Transfer& t : allRows)
        if (t.resolves)
            resolved[t.resolves] = true;
    for (const il::Transfer& t : allRows) {
        if (t.outcome == il::TransferOutcome::Intent && !resolved.contains(t.id))
            ++c.pendingIntents;
        if (t.outcome != il::TransferOutcome::Pushed || !t.resolves)
            continue;
        if (t.field == il::TransferField::Create)
            ++logged[QStringLiteral("create %1 on %2").arg(t.additionId).arg(t.agreementId)];
        else
            ++logged[QStringLiteral("%1 %2=%3").arg(t.additionId).arg(il::toString(t.field),
                                                                     t.newValue.value_or(il::Decimal()).toString())];
    }
    for (auto it = server.begin(); it != server.end(); ++it) {
        c.appliedWrites += it.value();
        if (it.value() > 1) {
            c.doubleWrites += it.value() - 1;
            c.problems << QStringLiteral("server received %1 %2 times").arg(it.key()).arg(it.value());
        }
        if (logged.value(it.key()) == 0) {
            ++c.unrecorded;
            c.problems << QStringLiteral("applied but not logged as pushed: %1").arg(it.key());
        }
    }
    for (auto it = logged.begin(); it != logged.end(); ++it) {
        c.loggedPushes += it.value();
        if (server.value(it.key()) == 0) {
            ++c.phantom;
            c.problems << QStringLiteral("logged as pushed, never applied: %1").arg(it.key());
        } else if (it.value() > server.value(it.key())) {
            c.problems << QStringLiteral("logged %1 times: %2").arg(it.value()).arg(it.key());
        }
    }
    if (c.pendingIntents)
        c.problems << QStringLiteral("%1 intent(s) without an outcome").arg(c.pendingIntents);
    return c;
}

// Every row of the log, intents included (TransferLog::list() leaves resolved intents out).
inline std::vector<il::Transfer> allTransferRows(il::Database& db) {
    std::vector<il::Transfer> rows;
    QSqlQuery q = db.exec(QStringLiteral("SELECT id, outcome, resolves, field, addition_id, agreement_id, new_value "
                                         "FROM transfers ORDER BY id"));
    while (q.next()) {
        il::Transfer t;
        t.id = q.value(0).toLongLong();
        t.outcome = il::transferOutcomeFromString(q.value(1).toString()).value_or(il::TransferOutcome::Failed);
        t.resolves = q.value(2).toLongLong();
        t.field = il::transferFieldFromString(q.value(3).toString()).value_or(il::TransferField::Quantity);
        t.additionId = q.value(4).toInt();
        t.agreementId = q.value(5).toInt();
        if (!q.value(6).isNull())
            t.newValue = il::Decimal::parse(q.value(6).toString());
        rows.push_back(t);
    }
    return rows;
}

} // namespace il::test
