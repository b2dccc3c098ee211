#include "grid/LineText.h"

#include "money/DecimalText.h"
#include "reconcile/LineExplanation.h"

namespace il::ui {

QString LineText::status(LineStatus status) {
    // One wording for the grid and the details pane (core's explanation).
    return LineExplanation::statusText(status);
}

QString LineText::origin(LinkOrigin origin) {
    switch (origin) {
    case LinkOrigin::Auto:
        return tr("auto");
    case LinkOrigin::Suggested:
        return tr("suggested");
    case LinkOrigin::Confirmed:
        return tr("confirmed");
    }
    return {};
}

QString LineText::originExplained(LinkOrigin origin) {
    switch (origin) {
    case LinkOrigin::Auto:
        return tr("Linked automatically; confirm it to keep it when ConnectWise changes");
    case LinkOrigin::Suggested:
        return tr("Suggested link, not yet confirmed");
    case LinkOrigin::Confirmed:
        return tr("Confirmed link, remembered for next month");
    }
    return {};
}

QString LineText::action(LineAction action, std::optional<TransferOutcome> outcome) {
    switch (action) {
    case LineAction::None:
        return {};
    case LineAction::Updated:
        return outcome == TransferOutcome::AlreadyInEffect ? tr("Already in ConnectWise") : tr("Pushed");
    case LineAction::Created:
        return tr("Created in ConnectWise");
    case LineAction::Failed:
        return tr("Failed");
    case LineAction::Skipped:
        return outcome == TransferOutcome::RefusedChanged ? tr("Refused: changed in ConnectWise")
                                                          : tr("Not pushed");
    }
    return {};
}

QString LineText::priceName(PriceField comparedPriceField) {
    return comparedPriceField == PriceField::UnitPrice ? tr("Unit price") : tr("Unit cost");
}

QString LineText::fieldName(const QString& field) {
    if (field == QLatin1String("quantity"))
        return tr("Quantity");
    if (field == QLatin1String("unitCost"))
        return tr("Unit cost");
    if (field == QLatin1String("unitPrice"))
        return tr("Unit price");
    return field;
}

QString LineText::pushSummary(const QList<Pusher::Outcome>& outcomes, bool* problem) {
    int done = 0, refused = 0, failed = 0;
    QString firstFailure;
    for (const Pusher::Outcome& o : outcomes) {
        if (o.action == LineAction::Updated || o.action == LineAction::Created) {
            ++done;
        } else if (o.outcomes.contains(TransferOutcome::RefusedChanged)) {
            ++refused;
        } else if (o.action == LineAction::Failed) {
            ++failed;
            if (firstFailure.isEmpty())
                firstFailure = o.detail;
        }
    }
    QStringList parts;
    if (done)
        parts << (done == 1 ? tr("1 correction pushed") : tr("%1 corrections pushed").arg(done));
    if (refused)
        parts
            << tr("%1 refused because ConnectWise changed since the load; load the month again").arg(refused);
    if (failed)
        parts << tr("%1 failed: %2").arg(failed).arg(firstFailure);
    if (parts.isEmpty())
        parts << tr("Nothing was pushed");
    if (problem)
        *problem = failed > 0 || refused > 0;
    return parts.join(QStringLiteral("; ")) + u'.';
}

QString LineText::money(const Decimal& value) {
    return DecimalText::format(value, value.rounded(2) == value ? 2 : -1);
}

QString LineText::signedMoney(const Decimal& value) {
    return value.isNegative() || value.isZero() ? money(value) : QStringLiteral("+") + money(value);
}

QString LineText::amount(const Decimal& value) {
    return DecimalText::format(value, 2);
}

QString LineText::signedAmount(const Decimal& value) {
    const Decimal r = value.rounded(2);
    return r.isNegative() || r.isZero() ? amount(r) : QStringLiteral("+") + amount(r);
}

QString LineText::quantity(const Decimal& value) {
    return DecimalText::format(value);
}

QString LineText::signedQuantity(const Decimal& value) {
    return value.isNegative() || value.isZero() ? quantity(value) : QStringLiteral("+") + quantity(value);
}

} // namespace il::ui
