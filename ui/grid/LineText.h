#pragma once

#include "domain/PriceField.h"
#include "domain/Link.h"
#include "domain/Transfer.h"
#include "money/Decimal.h"
#include "reconcile/LineAction.h"
#include "reconcile/LineStatus.h"
#include "reconcile/Pusher.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace il::ui {

// The words the window uses for core's vocabulary (statuses, link origins, push outcomes), in
// one place so the grid, the tiles and the dialogs say the same thing, translated.
class LineText {
    Q_DECLARE_TR_FUNCTIONS(LineText)
public:
    static QString status(LineStatus status);
    static QString origin(LinkOrigin origin);
    static QString originExplained(LinkOrigin origin);
    // What a line's push did; outcome (the transfer log's) tells a refusal from a skip.
    static QString action(LineAction action, std::optional<TransferOutcome> outcome = {});
    // "unit cost" or "unit price", by MonthResult::comparedPriceField.
    static QString priceName(PriceField comparedPriceField);
    static QString fieldName(const QString& field); // quantity, unitCost, unitPrice
    // One sentence on what a push did: how many went through, were refused or failed (with the
    // first failure's message). problem: set when anything did not go through.
    static QString pushSummary(const QList<Pusher::Outcome>& outcomes, bool* problem = nullptr);

    // Money and quantities as a finance person reads them, in the locale's form (DecimalText:
    // "1.234,56" in Dutch): at least two decimals for money, more only when the value has them;
    // quantities without trailing zeros.
    static QString money(const Decimal& value);
    static QString signedMoney(const Decimal& value);
    // Totals and differences: always two decimals (rounded half-even).
    static QString amount(const Decimal& value);
    static QString signedAmount(const Decimal& value);
    static QString quantity(const Decimal& value);
    static QString signedQuantity(const Decimal& value);
};

} // namespace il::ui
