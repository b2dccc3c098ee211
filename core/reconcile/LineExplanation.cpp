#include "reconcile/LineExplanation.h"

#include "money/DecimalText.h"

#include <QLocale>
#include <QStringList>

namespace il {
namespace {

// In the user's locale (decimal comma and thousands separators in Dutch), exact to the digit.
QString number(const Decimal& d) { return DecimalText::format(d); }

} // namespace

QString LineExplanation::dateText(const QDate& date) {
    if (!date.isValid())
        return {};
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    // Short formats of some locales have a two-digit year; a finance person wants all four.
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return QLocale().toString(date, format);
}

QString LineExplanation::statusText(LineStatus status) {
    switch (status) {
    case LineStatus::Ok:
        return tr("OK");
    case LineStatus::QuantityMismatch:
        return tr("Quantity differs");
    case LineStatus::PriceMismatch:
        return tr("Price differs");
    case LineStatus::PriceAndQuantityMismatch:
        return tr("Quantity and price differ");
    case LineStatus::NoAddition:
        return tr("Missing in ConnectWise");
    case LineStatus::AgreementInactive:
        return tr("Agreement not active");
    case LineStatus::Unlinked:
        return tr("Not linked");
    }
    return {};
}

QString LineExplanation::groupSum(const Finding& f) {
    if (!f.isGrouped())
        return {};
    QString terms;
    for (qsizetype i = 0; i < f.groupQuantities.size(); ++i) {
        const Decimal& q = f.groupQuantities[i];
        if (i == 0)
            terms = number(q);
        else
            terms += (q.isNegative() ? QStringLiteral(" − ") : QStringLiteral(" + ")) + number(q.abs());
    }
    // (A group has two lines or more: no singular form needed.)
    return tr("Σ %1 = %2 (%3 lines)").arg(number(f.invoiceQuantity), terms, QString::number(f.groupQuantities.size()));
}

const LineExplanation::Section* LineExplanation::section(SectionKind kind) const {
    for (const Section& s : sections)
        if (s.kind == kind)
            return &s;
    return nullptr;
}

QString LineExplanation::toText() const {
    QStringList out;
    out << headline;
    if (!summary.isEmpty())
        out << summary;
    for (const Section& s : sections) {
        out << QString() << s.title;
        for (const Row& r : s.rows) {
            QString value = r.value;
            if (!r.link.isEmpty())
                value += QStringLiteral(" <%1>").arg(r.link.toString());
            out << (r.label.isEmpty() ? QStringLiteral("  ") + value
                                      : QStringLiteral("  %1: %2").arg(r.label, value));
        }
    }
    return out.join(u'\n');
}

} // namespace il
