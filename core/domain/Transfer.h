#pragma once

#include "money/Decimal.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace il {

// What happened to one push attempt; the strings are the export's `outcome` column values.
// Intent is written (and committed) before a request is sent (write-ahead); the row that later
// says what became of it names the intent in Transfer::resolves. NotApplied closes an intent
// whose answer was lost when a re-read shows ConnectWise does not hold the change. Recorded is
// the outcome of a row that wrote nothing to either system: a person's decision on a line.
enum class TransferOutcome { Pushed, AlreadyInEffect, RefusedChanged, Failed, Intent, NotApplied, Recorded };

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
    case TransferOutcome::Recorded:
        return QStringLiteral("recorded");
    }
    return {};
}

inline std::optional<TransferOutcome> transferOutcomeFromString(const QString& text) {
    for (auto o : {TransferOutcome::Pushed, TransferOutcome::AlreadyInEffect, TransferOutcome::RefusedChanged,
                   TransferOutcome::Failed, TransferOutcome::Intent, TransferOutcome::NotApplied,
                   TransferOutcome::Recorded}) {
        if (toString(o) == text)
            return o;
    }
    return std::nullopt;
}

// The addition field a transfer row changed; one row per changed field (DESIGN §4). Decision
// marks a person's decision on a line (accepted, dismissed, undone; see decisionOfRow), which
// the log keeps beside the writes so who decided what and when is as tamper-evident as a push.
enum class TransferField { Quantity, UnitCost, UnitPrice, Create, Decision };

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
    case TransferField::Decision:
        return QStringLiteral("decision");
    }
    return {};
}

inline std::optional<TransferField> transferFieldFromString(const QString& text) {
    for (auto f : {TransferField::Quantity, TransferField::UnitCost, TransferField::UnitPrice,
                   TransferField::Create, TransferField::Decision}) {
        if (toString(f) == text)
            return f;
    }
    return std::nullopt;
}

// The system a logged write went to; the strings are stored in the log and exported (contract).
enum class TargetSystem { ConnectWise, ExactOnline };

inline QString toString(TargetSystem target) {
    return target == TargetSystem::ExactOnline ? QStringLiteral("exact") : QStringLiteral("connectwise");
}

inline std::optional<TargetSystem> targetSystemFromString(const QString& text) {
    for (auto t : {TargetSystem::ConnectWise, TargetSystem::ExactOnline}) {
        if (toString(t) == text)
            return t;
    }
    return std::nullopt;
}

// The kind of record a logged write changed or created in the target system; the strings are
// stored and exported (contract). Today's pushes all write agreement additions; the others are
// for the writes that follow (DESIGN §6).
enum class TransferObject { AgreementAddition, Agreement, CatalogItem, SalesInvoice };

inline QString toString(TransferObject kind) {
    switch (kind) {
    case TransferObject::AgreementAddition:
        return QStringLiteral("agreementAddition");
    case TransferObject::Agreement:
        return QStringLiteral("agreement");
    case TransferObject::CatalogItem:
        return QStringLiteral("catalogItem");
    case TransferObject::SalesInvoice:
        return QStringLiteral("salesInvoice");
    }
    return {};
}

inline std::optional<TransferObject> transferObjectFromString(const QString& text) {
    for (auto k : {TransferObject::AgreementAddition, TransferObject::Agreement, TransferObject::CatalogItem,
                   TransferObject::SalesInvoice}) {
        if (toString(k) == text)
            return k;
    }
    return std::nullopt;
}

// One row of the transfer log: one write attempt of one field of one record in either system.
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
    // prices ({"product":"M365","unitCost":"3.1","unitPrice":"4.5"}); a decision row's decision
    // ("accepted", "dismissed", null for an undo) and the line's identity and deviation
    // ({"decision":"dismissed","customerKey":…,"itemCode":…,"product":…,"deviation":…}). Empty
    // for most rows.
    QString detail;
    // Which record of which system the write went to. An agreement addition's objectId is its
    // addition id; the log fills it from additionId when left empty.
    TargetSystem target = TargetSystem::ConnectWise;
    TransferObject objectKind = TransferObject::AgreementAddition;
    // That system's id (a number, a GUID); empty for a create that was not made.
    QString objectId;
    int chainVersion = 0; // the hash format of a stored row (TransferChain); 0 before it is stored
    QString prevHash; // filled by the store
    QString hash;     // filled by the store
};

} // namespace il
