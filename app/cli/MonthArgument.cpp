#include "MonthArgument.h"

#include "errors/UserError.h"

#include <QRegularExpression>

// Why 1900-01 to 9999-11: Exact Online filters on OData Edm.DateTime literals
// (datetime'YYYY-MM-DDT00:00:00', api/exact-online.md §2.4), a .NET DateTime that ends at
// 9999-12-31, and a month is read as "date ≥ its first day and < the next month's first day",
// so December 9999 would need 10000-01-01. ConnectWise validates years between 1900 and 9999
// in the one date rule its docs quote ("must be between 1900 and 9999", api/connectwise.md).
// A month outside both is a typo, never a month to reconcile.
const QDate MonthArgument::First(1900, 1, 1);
const QDate MonthArgument::Last(9999, 11, 1);

QDate MonthArgument::parse(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto m = re.match(text.trimmed());
    const QDate month = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!month.isValid())
        throw il::UserError(QStringLiteral("--month wants YYYY-MM, e.g. 2026-10, not '%1'").arg(text));
    if (month < First || month > Last)
        throw il::UserError(
            QStringLiteral("--month %1 is outside the months Exact Online and ConnectWise accept "
                           "(%2 to %3)")
                .arg(text.trimmed(), First.toString(QStringLiteral("yyyy-MM")),
                     Last.toString(QStringLiteral("yyyy-MM"))));
    return month;
}
