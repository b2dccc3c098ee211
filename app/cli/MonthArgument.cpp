#include "MonthArgument.h"

#include "net/ApiError.h"

#include <QRegularExpression>

QDate MonthArgument::parse(const QString& text) {
    static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
    const auto m = re.match(text.trimmed());
    const QDate month = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!month.isValid())
        throw il::UserError(QStringLiteral("--month wants YYYY-MM, e.g. 2026-10, not '%1'").arg(text));
    return month;
}
