#pragma once

#include "money/Decimal.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace il {

// What happened to one push attempt; the strings are the export's `outcome` column values.
// Intent is written (and committed) before a request is sent (write-ahead); the row that later
// says what became of it names the intent in Transfer::resolves. NotApplied closes an intent
// whose answer was lost when a re-read shows ConnectWise does not hold the change.
enum class TransferOutcome { Pushed, AlreadyInEffect, RefusedChanged, Failed, Intent, NotApplied };

inline QString toString(TransferOutcome outcome) {
    switch (outcome) {
    case TransferOutcome::Pushed:
        return QStringLiteral("pushed");
    case TransferOutcome::AlreadyInEffect:
        return QStringLiteral("already_in_effect");
    case TransferOutcome::RefusedChanged:
        return QStringLiteral("refused_changed");
    case TransferOutcome::Failed:
        return QStringLiteral("failed");
    case TransferOutcome::Intent:
        return QStringLiteral("intent");
    case TransferOutcome::NotApplied:
        return QStringLiteral("not_applied");
    }
    return {};
}

inline std::optional<TransferOutcome> transferOutcomeFromString(const QString& text) {
    for (auto o : {TransferOutcome::Pushed, TransferOutcome::AlreadyInEffect, TransferOutcome::RefusedChanged,
                   TransferOutcome::Failed, TransferOutcome::Intent, TransferOutcome::NotApplied}) {
        if (toString(o) == text)
            return o;
    }
    return std::nullopt;
}

// The addition field a transfer row changed; one row per changed field (DESIGN §4).
enum class TransferField { Quantity, UnitCost, UnitPrice, Create };

inline QString toString(TransferField field) {
    switch (field) {
    case TransferField::Quantity:
        return QStringLiteral("quantity");
    case TransferField::UnitCost:
        return QStringLiteral("unitCost");
    case TransferField::UnitPrice:
        return QStringLiteral("unitPrice");
    case TransferField::Create:
        return QStringLiteral("create");
    }
    return {};
}

inline std::optional<TransferField> transferFieldFromString(const QString& text) {
    for (auto f : {TransferField::Quantity, TransferField::UnitCost, TransferField::UnitPrice,
                   TransferField::Create}) {
        if (toString(f) == text)
            return f;
    }
    return std::nullopt;
}

// One row of the transfer log: one push attempt of one field of one addition.
struct Transfer {
    qint64 id = 0;       // assigned by TransferLog::append (1, 2, 3, … without gaps)
    qint64 runId = 0;    // 0: not part of a recorded run
    QString month;       // YYYY-MM
    QDateTime createdAt; // UTC; stamped by append when not set
    QString lineId;      // Exact invoice line id
    int agreementId = 0;
    int additionId = 0; // 0 for a create that failed before ConnectWise assigned an id
    TransferField field = TransferField::Quantity;
    std::optional<Decimal> oldValue; // empty for create
    std::optional<Decimal> newValue;
    TransferOutcome outcome = TransferOutcome::Pushed;
    QString message; // ConnectWise's message (or ours when nothing was sent)
    QString requestId;
    QString user;
    QString note;
    qint64 resolves = 0; // on the row that closes an intent: that intent's id
    // What the row needs beyond one field's values, as compact JSON: a create's product and
    // prices ({"product":"M365","unitCost":"3.1","unitPrice":"4.5"}). Empty for most rows.
    QString detail;
    int chainVersion = 0; // the hash format of a stored row (TransferChain); 0 before it is stored
    QString prevHash; // filled by the store
    QString hash;     // filled by the store
};

} // namespace il
