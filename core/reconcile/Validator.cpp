#include "reconcile/Validator.h"

#include "reconcile/MonthActivity.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace il {
namespace {

// The reasons are read in the window, so they go through the translation (the command line
// installs none and stays English). Spelled out at each use: lupdate expands no macros.

QString ids(const QList<const Addition*>& additions) {
    QStringList out;
    for (const Addition* a : additions)
        out << QString::number(a->id);
    return out.join(QStringLiteral(", "));
}

QString monthText(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }

// Why an agreement does not count for the month, in the user's terms.
QString inactivity(const Agreement& a, QDate month) {
    if (a.status.compare(QLatin1String("Active"), Qt::CaseInsensitive) != 0)
        return QCoreApplication::translate("il::Validator", "its status is %1")
            .arg(a.status.isEmpty() ? QCoreApplication::translate("il::Validator", "empty") : a.status);
    if (a.cancelled)
        return QCoreApplication::translate("il::Validator", "it was cancelled");
    if (a.endDate.isValid() && a.endDate < MonthActivity::firstDay(month))
        return QCoreApplication::translate("il::Validator", "it ended on %1")
            .arg(a.endDate.toString(Qt::ISODate));
    return QCoreApplication::translate("il::Validator", "it starts on %1")
        .arg(a.startDate.toString(Qt::ISODate));
}

} // namespace

Validator::Validator(const CwDirectory& directory, ValidationOptions options)
    : m_directory(directory)
    , m_options(std::move(options)) {}

QString Validator::groupKey(const LinkedLine& line) {
    return QString::number(line.agreementId) + u'|' + CwDirectory::foldKey(line.productIdentifier);
}

ValidationResult Validator::validate(const QList<LinkedLine>& lines) const {
    // Sum each group first: the quantity check is per group, the price check per line.
    QHash<QString, Decimal> groupQuantity;
    QHash<QString, int> groupSize;
    for (const LinkedLine& l : lines) {
        if (!l.isLinked())
            continue;
        const QString key = groupKey(l);
        groupQuantity[key] += l.line.quantity;
        ++groupSize[key];
    }
    ValidationResult result;
    result.findings.reserve(lines.size());
    for (const LinkedLine& l : lines) {
        const QString key = l.isLinked() ? groupKey(l) : QString();
        Finding f = judge(l, groupQuantity.value(key), groupSize.value(key, 1));
        if (const QString note = pricingNote(l.line); !note.isEmpty())
            f.reason = f.reason.isEmpty() ? note : f.reason + QStringLiteral("; ") + note;
        result.findings.append(f);
    }
    markGroups(lines, result.findings);
    result.extraAdditions = extras(lines);
    return result;
}

void Validator::markGroups(const QList<LinkedLine>& lines, QList<Finding>& findings) {
    // Invoice order: the group's first line leads, whatever the order of the hash.
    QHash<QString, QList<qsizetype>> members;
    QList<QString> order;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines[i].isLinked())
            continue;
        const QString key = groupKey(lines[i]);
        auto it = members.find(key);
        if (it == members.end()) {
            order.append(key);
            it = members.insert(key, {});
        }
        it->append(i);
    }
    for (const QString& key : std::as_const(order)) {
        const QList<qsizetype>& group = members[key];
        QList<Decimal> quantities;
        Decimal invoiceAmount;
        bool counts = false;
        for (qsizetype i : group) {
            quantities.append(lines[i].line.quantity);
            invoiceAmount += lines[i].line.amount;
            counts |= countsInDeviationAmount(findings[i].status);
        }
        for (qsizetype i : group) {
            Finding& f = findings[i];
            f.groupLines = group;
            f.groupQuantities = quantities;
            f.groupLead = i == group.first();
            f.deviationAmount = Decimal();
        }
        // The quantity is compared per group and the price per line, so a group counts when any
        // of its lines deviates; its amount is the whole group's, carried by the lead alone.
        Finding& lead = findings[group.first()];
        if (counts)
            lead.deviationAmount =
                invoiceAmount - (lead.hasAddition() ? lead.cwQuantity * lead.cwComparedPrice : Decimal());
    }
}

QList<const Addition*> Validator::activeAdditions(int agreementId, const QString& productIdentifier) const {
    QList<const Addition*> out;
    for (const Addition* a : m_directory.additionsOf(agreementId))
        if (CwDirectory::foldKey(a->productIdentifier) == CwDirectory::foldKey(productIdentifier) &&
            MonthActivity::additionActive(*a, m_options.month))
            out.append(a);
    return out;
}

Finding Validator::judge(const LinkedLine& l, const Decimal& groupQuantity, int groupSize) const {
    Finding f;
    f.invoiceQuantity = groupQuantity;
    f.groupSize = groupSize;
    f.quantityTolerance = m_options.quantityTolerance;
    f.priceTolerance = m_options.priceTolerance + l.line.priceUncertainty;
    if (!l.isLinked()) {
        f.status = LineStatus::Unlinked;
        f.reason = l.unlinkedReason.isEmpty()
                       ? QCoreApplication::translate("il::Validator",
                                                     "not linked to a ConnectWise agreement and product")
                       : l.unlinkedReason;
        return f;
    }
    const auto additions = activeAdditions(l.agreementId, l.productIdentifier);
    for (const Addition* a : additions) {
        f.additionIds.append(a->id);
        f.cwQuantity += a->quantity;
    }
    if (!additions.isEmpty()) {
        f.cwUnitCost = additions.first()->unitCost;
        f.cwUnitPrice = additions.first()->unitPrice;
        f.cwComparedPrice = m_options.compareUnitPrice ? f.cwUnitPrice : f.cwUnitCost;
    }
    const Agreement* agreement = m_directory.agreement(l.agreementId);
    if (l.agreementInactive || !agreement || !MonthActivity::agreementActive(*agreement, m_options.month)) {
        f.status = LineStatus::AgreementInactive;
        f.reason =
            agreement
                ? QCoreApplication::translate("il::Validator", "agreement %1 (id %2) is not active in %3: %4")
                      .arg(agreement->name)
                      .arg(agreement->id)
                      .arg(monthText(m_options.month), inactivity(*agreement, m_options.month))
                : QCoreApplication::translate("il::Validator", "agreement %1 no longer exists in ConnectWise")
                      .arg(l.agreementId);
        return f;
    }
    if (additions.isEmpty()) {
        f.status = LineStatus::NoAddition;
        f.reason =
            QCoreApplication::translate("il::Validator", "no addition of %1 is active on agreement %2 in %3")
                .arg(l.productIdentifier, agreement->name, monthText(m_options.month));
        for (const Addition* a : m_directory.additionsOf(l.agreementId)) {
            if (CwDirectory::foldKey(a->productIdentifier) != CwDirectory::foldKey(l.productIdentifier))
                continue;
            f.inactiveAdditionIds.append(a->id);
            if (a->cancelledDate.isValid())
                f.reason += QCoreApplication::translate("il::Validator", "; addition %1 was cancelled on %2")
                                .arg(a->id)
                                .arg(a->cancelledDate.toString(Qt::ISODate));
            else if (a->effectiveDate.isValid())
                f.reason += QCoreApplication::translate("il::Validator", "; addition %1 starts on %2")
                                .arg(a->id)
                                .arg(a->effectiveDate.toString(Qt::ISODate));
        }
        return f;
    }

    f.severalAdditions = additions.size() > 1;
    f.quantityDifference = groupQuantity - f.cwQuantity;
    const bool quantityOff = f.quantityDifference.abs() > m_options.quantityTolerance;
    // With several additions the line's price is right when it meets any one of them.
    bool priceOff = true;
    f.priceDifference = l.line.unitPrice - f.cwComparedPrice;
    const Decimal priceTolerance = m_options.priceTolerance + l.line.priceUncertainty;
    for (const Addition* a : additions) {
        const Decimal cw = m_options.compareUnitPrice ? a->unitPrice : a->unitCost;
        if ((l.line.unitPrice - cw).abs() <= priceTolerance) {
            priceOff = false;
            f.priceDifference = l.line.unitPrice - cw;
            break;
        }
    }
    const QString priceName = m_options.compareUnitPrice
                                  ? QCoreApplication::translate("il::Validator", "unit price")
                                  : QCoreApplication::translate("il::Validator", "unit cost");
    QStringList reasons;
    if (quantityOff)
        reasons << QCoreApplication::translate("il::Validator", "invoice quantity %1%2 vs ConnectWise %3")
                       .arg(groupQuantity.toString(),
                            groupSize > 1
                                ? QCoreApplication::translate("il::Validator", " (%1 lines)").arg(groupSize)
                                : QString(),
                            f.cwQuantity.toString());
    if (priceOff)
        reasons << QCoreApplication::translate("il::Validator", "invoice %1 %2 vs ConnectWise %3%4")
                       .arg(priceName, l.line.unitPrice.toString(), f.cwComparedPrice.toString(),
                            l.line.priceUncertainty.isZero()
                                ? QString()
                                : QCoreApplication::translate("il::Validator", " (booked in cents: ± %1)")
                                      .arg(l.line.priceUncertainty.rounded(4).toString()));
    if (f.severalAdditions)
        reasons << QCoreApplication::translate(
                       "il::Validator",
                       "%1 active additions of %2 (ids %3) are compared summed; nothing is pushed")
                       .arg(additions.size())
                       .arg(l.productIdentifier, ids(additions));
    f.status = quantityOff && priceOff ? LineStatus::PriceAndQuantityMismatch
               : quantityOff           ? LineStatus::QuantityMismatch
               : priceOff              ? LineStatus::PriceMismatch
                                       : LineStatus::Ok;
    f.reason = reasons.join(QStringLiteral("; "));
    return f;
}

QString Validator::pricingNote(const InvoiceLine& l) const {
    QStringList notes;
    if (l.vatIncluded)
        notes << QCoreApplication::translate("il::Validator",
                                             "invoiced including VAT (code %1, %2); compared excluding VAT")
                     .arg(l.vatCode, l.invoicedUnitPrice.toString());
    if (l.foreignCurrency)
        notes << QCoreApplication::translate("il::Validator",
                                             "invoiced in %1; compared in %2 at the invoice's rate")
                     .arg(l.currency.isEmpty()
                              ? QCoreApplication::translate("il::Validator", "another currency")
                              : l.currency,
                          m_options.administrationCurrency.isEmpty()
                              ? QCoreApplication::translate("il::Validator", "the administration's currency")
                              : m_options.administrationCurrency);
    return notes.join(QStringLiteral("; "));
}

QList<ExtraAddition> Validator::extras(const QList<LinkedLine>& lines) const {
    QSet<QString> invoicedProducts; // anywhere on the month's invoice
    QSet<int> linkedAgreements;
    QSet<QString> linkedPairs; // agreement|product that some line covers
    for (const LinkedLine& l : lines) {
        if (!l.line.itemCode.isEmpty())
            invoicedProducts.insert(CwDirectory::foldKey(l.line.itemCode));
        if (!l.productIdentifier.isEmpty())
            invoicedProducts.insert(CwDirectory::foldKey(l.productIdentifier));
        if (l.isLinked()) {
            linkedAgreements.insert(l.agreementId);
            linkedPairs.insert(groupKey(l));
        }
    }
    QList<int> agreementIds(linkedAgreements.begin(), linkedAgreements.end());
    std::sort(agreementIds.begin(), agreementIds.end());
    QList<ExtraAddition> out;
    for (int agreementId : agreementIds) {
        for (const Addition* a : m_directory.additionsOf(agreementId)) {
            const QString product = CwDirectory::foldKey(a->productIdentifier);
            if (!MonthActivity::additionActive(*a, m_options.month) || !invoicedProducts.contains(product))
                continue;
            if (linkedPairs.contains(QString::number(agreementId) + u'|' + product))
                continue;
            out.append({agreementId, a->id, a->productIdentifier, a->quantity});
        }
    }
    return out;
}

} // namespace il
