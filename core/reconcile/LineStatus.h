#pragma once

#include <QString>
#include <QStringList>

namespace il {

// A line's verdict; the names are the JSON vocabulary of the reconcile report (issue 3).
enum class LineStatus { Ok, QuantityMismatch, PriceMismatch, PriceAndQuantityMismatch, NoAddition, AgreementInactive, Unlinked };

inline QString toString(LineStatus status) {
    switch (status) {
    case LineStatus::Ok:
        return QStringLiteral("ok");
    case LineStatus::QuantityMismatch:
        return QStringLiteral("quantity_mismatch");
    case LineStatus::PriceMismatch:
        return QStringLiteral("price_mismatch");
    case LineStatus::PriceAndQuantityMismatch:
        return QStringLiteral("price_and_quantity_mismatch");
    case LineStatus::NoAddition:
        return QStringLiteral("no_addition");
    case LineStatus::AgreementInactive:
        return QStringLiteral("agreement_inactive");
    case LineStatus::Unlinked:
        return QStringLiteral("unlinked");
    }
    return QString();
}

inline const QList<LineStatus>& allLineStatuses() {
    static const QList<LineStatus> all = {LineStatus::Ok,          LineStatus::QuantityMismatch,
                                          LineStatus::PriceMismatch, LineStatus::PriceAndQuantityMismatch,
                                          LineStatus::NoAddition,  LineStatus::AgreementInactive,
                                          LineStatus::Unlinked};
    return all;
}

} // namespace il
