#pragma once

#include "reconcile/CwDirectory.h"
#include "reconcile/Finding.h"
#include "reconcile/LinkedLine.h"
#include "reconcile/PushAction.h"

#include <QDate>
#include <QList>
#include <QSet>

namespace il {

// Turns findings into corrections (DESIGN §3 Pushing): a quantity fix sets the addition to the
// group's summed quantity; a price fix sets the compared price field to the lines' net price; a
// missing addition is created only when the agreement holds no addition of the product at all
// (a cancelled or future one means someone decided; creating beside it would bill twice).
// Several active additions, disagreeing line prices, a non-positive quantity, an existing
// addition or a catalog item without a price make an action skipped, with the reason.
class PushPlanner {
public:
    struct Options {
        QDate month;
        bool compareUnitPrice = false;
        QSet<PushKind> kinds; // which kinds the user asked for
    };

    PushPlanner(const CwDirectory& directory, Options options);

    // lines and findings are parallel lists.
    QList<PushAction> plan(const QList<LinkedLine>& lines, const QList<Finding>& findings) const;
    // For --apply: "quantity,price", "all"; nullopt with an empty set on a bad word.
    static std::optional<QSet<PushKind>> parseKinds(const QString& text);
    // Gives a create that needsPrice the price the user typed (0 allowed: typed on purpose) and
    // makes it pushable. False, and the action unchanged, when it needs none or value < 0.
    static bool supplyPrice(PushAction& action, const Decimal& value);

private:
    PushAction update(const QList<LinkedLine>& lines, const QList<Finding>& findings, const QList<qsizetype>& group) const;
    PushAction create(const QList<LinkedLine>& lines, const QList<Finding>& findings, const QList<qsizetype>& group) const;
    QString existingAdditions(int agreementId, const QString& productIdentifier) const;
    QString priceField() const { return m_options.compareUnitPrice ? QStringLiteral("unitPrice") : QStringLiteral("unitCost"); }

    const CwDirectory& m_directory;
    Options m_options;
};

} // namespace il
