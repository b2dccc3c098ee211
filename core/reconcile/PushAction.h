#pragma once

#include "domain/Addition.h"
#include "money/Decimal.h"

#include <QDate>
#include <QList>
#include <QString>

namespace il {

// What a push may do; the names are the --apply vocabulary.
enum class PushKind { Quantity, Price, Create };

inline QString toString(PushKind kind) {
    switch (kind) {
    case PushKind::Quantity:
        return QStringLiteral("quantity");
    case PushKind::Price:
        return QStringLiteral("price");
    case PushKind::Create:
        return QStringLiteral("create");
    }
    return {};
}

// One field of an addition to set: "quantity", "unitCost" or "unitPrice".
struct PushChange {
    QString field;
    Decimal oldValue;
    Decimal newValue;

    bool operator==(const PushChange&) const = default;
};

// One correction of one addition (or one addition to create), fixing one group of lines.
struct PushAction {
    PushKind kind = PushKind::Quantity; // Create, or the first kind of an update
    int agreementId = 0;
    int additionId = 0; // 0 when creating
    int productId = 0;
    QString productIdentifier;
    QList<PushChange> changes;   // updates; for a create: quantity and both prices
    QList<qsizetype> lineIndexes; // the lines this action fixes
    QString lineId;              // the first of those lines, for the transfer log
    Addition loaded;             // the addition as loaded, to refuse a push when it changed since
    QDate effectiveDate;         // create: the first day of the month
    QString skipReason;          // not pushable: why (the line's action is then "skipped")
    // A create whose catalog item has no value (0 or missing) for the price the invoice does not
    // give (unitPrice for the purchase source, unitCost for sales): never sent with 0. It is
    // skipped (skipReason says so) until PushPlanner::supplyPrice gives it the user's value.
    bool needsPrice = false;
    QString neededField; // with needsPrice: "unitPrice" or "unitCost"

    bool skipped() const { return !skipReason.isEmpty(); }
    bool isCreate() const { return kind == PushKind::Create; }
    bool operator==(const PushAction&) const = default;
};

} // namespace il
