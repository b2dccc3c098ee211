// LineExplanation::build: the sections of one line's explanation (LineExplanation.cpp holds the
// small helpers and the text form).
#include "reconcile/LineExplanation.h"

#include "money/DecimalText.h"

#include "reconcile/MonthActivity.h"

#include <QLocale>
#include <QStringList>

namespace il {
namespace {

QString monthName(QDate month) { return QLocale().toString(month, QStringLiteral("MMMM yyyy")); }

bool compared(LineStatus s) {
    return s == LineStatus::Ok || s == LineStatus::QuantityMismatch || s == LineStatus::PriceMismatch ||
           s == LineStatus::PriceAndQuantityMismatch;
}

} // namespace

LineExplanation LineExplanation::build(const Input& in) {
    LineExplanation out;
    if (!in.result || !in.directory || in.line < 0 || in.line >= in.result->records.size())
        return out;
    const MonthResult& result = *in.result;
    const CwDirectory& dir = *in.directory;
    const LineRecord& record = result.records[in.line];
    const LinkedLine& l = record.linked;
    const InvoiceLine& line = l.line;
    const Finding& f = record.finding;
    const bool unitPrice = result.comparedPriceField == PriceField::UnitPrice;
    const QString priceName = unitPrice ? tr("unit price") : tr("unit cost");
    const QString month = monthName(result.month);
    const Agreement* agreement = l.agreementId ? dir.agreement(l.agreementId) : nullptr;
    const QString agreementName = agreement ? agreement->name : QString::number(l.agreementId);
    auto lineName = [&](qsizetype i) {
        if (i < 0 || i >= result.records.size())
            return QString();
        const InvoiceLine& other = result.records[i].linked.line;
        return tr("invoice %1, line %2").arg(other.invoiceNumber).arg(other.lineNumber);
    };

    // ---- the verdict, in one sentence ---------------------------------------------------------
    out.headline = statusText(f.status);
    QStringList why;
    switch (f.status) {
    case LineStatus::Ok:
        why << tr("The invoice agrees with ConnectWise within the tolerance.");
        break;
    case LineStatus::QuantityMismatch:
    case LineStatus::PriceMismatch:
    case LineStatus::PriceAndQuantityMismatch:
        if (f.status != LineStatus::PriceMismatch)
            why << tr("The invoice has quantity %1, ConnectWise %2.").arg(DecimalText::format(f.invoiceQuantity), DecimalText::format(f.cwQuantity));
        if (f.status != LineStatus::QuantityMismatch)
            why << tr("The invoice's %1 is %2, ConnectWise's %3.")
                       .arg(priceName, DecimalText::format(line.unitPrice), DecimalText::format(f.cwComparedPrice));
        break;
    case LineStatus::NoAddition:
        for (int id : f.inactiveAdditionIds) {
            const Addition* a = dir.addition(id);
            if (!a)
                continue;
            if (a->cancelledDate.isValid() && a->cancelledDate < MonthActivity::firstDay(result.month))
                why << tr("The addition for this product was cancelled on %1.").arg(dateText(a->cancelledDate));
            else if (a->effectiveDate.isValid() && a->effectiveDate > MonthActivity::lastDay(result.month))
                why << tr("The addition for this product starts on %1.").arg(dateText(a->effectiveDate));
        }
        if (why.isEmpty())
            why << tr("Agreement %1 has no addition of %2 in %3.").arg(agreementName, l.productIdentifier, month);
        break;
    case LineStatus::AgreementInactive:
        if (!agreement) {
            why << tr("Agreement %1 no longer exists in ConnectWise.").arg(l.agreementId);
        } else if (agreement->status.compare(QLatin1String("Active"), Qt::CaseInsensitive) != 0) {
            why << tr("Agreement %1 is not active: its status is %2.")
                       .arg(agreementName, agreement->status.isEmpty() ? tr("empty") : agreement->status);
        } else if (agreement->cancelled) {
            why << tr("Agreement %1 is not active: it was cancelled.").arg(agreementName);
        } else if (agreement->endDate.isValid() && agreement->endDate < MonthActivity::firstDay(result.month)) {
            why << tr("Agreement %1 is not active: it ended on %2.").arg(agreementName, dateText(agreement->endDate));
        } else {
            why << tr("Agreement %1 is not active: it starts on %2.").arg(agreementName, dateText(agreement->startDate));
        }
        break;
    case LineStatus::Unlinked:
        why << (l.unlinkedReason.isEmpty() ? tr("The line is not linked to a ConnectWise agreement and product.")
                                           : l.unlinkedReason);
        break;
    }
    out.summary = why.join(u' ');

    Section verdict{SectionKind::Verdict, tr("Why"), {}};
    verdict.rows << Row{tr("Status"), statusText(f.status), {}};
    if (!f.reason.isEmpty())
        verdict.rows << Row{tr("Reason"), f.reason, {}};
    QString rule;
    if (compared(f.status))
        rule = tr("The quantity of the product's lines on the agreement together (credit lines subtract) is "
                  "compared with the quantity of its active additions, and each line's %1 with the "
                  "addition's; a difference within the tolerance is no deviation.")
                   .arg(priceName);
    else if (f.status == LineStatus::NoAddition)
        rule = tr("A line needs an addition of its product on its agreement that is active in %1: started by "
                  "the month's last day and not cancelled before its first day.")
                   .arg(month);
    else if (f.status == LineStatus::AgreementInactive)
        rule = tr("A line's agreement must be active in %1: status Active, and its start and end dates "
                  "overlapping the month.")
                   .arg(month);
    else
        rule = tr("A line is compared once it has a ConnectWise company, agreement and product.");
    verdict.rows << Row{tr("Rule"), rule, {}};
    if (compared(f.status))
        verdict.rows << Row{tr("Tolerance"),
                            tr("quantity ± %1, %2 ± %3")
                                .arg(DecimalText::format(f.quantityTolerance), priceName, DecimalText::format(f.priceTolerance)),
                            {}};
    if (f.groupLead && !f.deviationAmount.isZero())
        verdict.rows << Row{tr("Deviation amount"), DecimalText::format(f.deviationAmount), {}};
    out.sections << verdict;

    // ---- the Exact Online line -----------------------------------------------------------------
    Section invoice{SectionKind::Invoice, tr("Exact Online invoice line"), {}};
    invoice.rows << Row{tr("Customer"),
                        line.customerName.isEmpty() || line.customerName == line.customerKey
                            ? line.customerKey
                            : tr("%1 (%2)").arg(line.customerName, line.customerKey),
                        {}};
    invoice.rows << Row{tr("Item"), line.itemCode, {}};
    invoice.rows << Row{tr("Description"), line.description, {}};
    invoice.rows << Row{tr("Quantity"), DecimalText::format(line.quantity), {}};
    invoice.rows << Row{unitPrice ? tr("Unit price") : tr("Unit cost"), DecimalText::format(line.unitPrice), {}};
    invoice.rows << Row{tr("Amount"), DecimalText::format(line.amount), {}};
    invoice.rows << Row{tr("Invoice"), tr("%1, line %2").arg(line.invoiceNumber).arg(line.lineNumber), {}};
    invoice.rows << Row{tr("Date"), dateText(line.invoiceDate), {}};
    out.sections << invoice;

    // ---- the group -----------------------------------------------------------------------------
    if (f.isGrouped()) {
        Section group{SectionKind::Group, tr("Compared as a group"), {}};
        group.rows << Row{tr("Quantity"), groupSum(f), {}};
        const qsizetype lead = f.groupLines.first();
        group.rows << Row{tr("This line"),
                          f.groupLead ? tr("carries the group's difference and deviation amount")
                                      : tr("belongs to the group; its difference is counted on %1").arg(lineName(lead)),
                          {}};
        for (qsizetype i = 0; i < f.groupLines.size(); ++i)
            group.rows << Row{lineName(f.groupLines[i]), DecimalText::format(f.groupQuantities.value(i)), {}};
        out.sections << group;
    }

    // ---- ConnectWise ---------------------------------------------------------------------------
    Section cw{SectionKind::ConnectWise, tr("ConnectWise"), {}};
    if (const Company* c = l.companyId ? dir.company(l.companyId) : nullptr)
        cw.rows << Row{tr("Company"), tr("%1 (%2)").arg(c->name, c->identifier), {}};
    if (l.agreementId) {
        cw.rows << Row{tr("Agreement"), tr("%1 (id %2)").arg(agreementName).arg(l.agreementId), in.agreementAddress};
        if (agreement) {
            QString state = agreement->status;
            if (agreement->startDate.isValid())
                state += QStringLiteral(", ") + tr("from %1").arg(dateText(agreement->startDate));
            if (agreement->endDate.isValid())
                state += QStringLiteral(", ") + tr("until %1").arg(dateText(agreement->endDate));
            cw.rows << Row{tr("Agreement status"), state, {}};
        }
    }
    if (!l.productIdentifier.isEmpty())
        cw.rows << Row{tr("Product"), l.productIdentifier, {}};
    auto addAddition = [&](int id, bool active) {
        const Addition* a = dir.addition(id);
        if (!a)
            return;
        QStringList parts;
        parts << tr("quantity %1").arg(DecimalText::format(a->quantity)) << tr("unit cost %1").arg(DecimalText::format(a->unitCost))
              << tr("unit price %1").arg(DecimalText::format(a->unitPrice));
        if (a->effectiveDate.isValid())
            parts << tr("effective %1").arg(dateText(a->effectiveDate));
        if (a->cancelledDate.isValid())
            parts << tr("cancelled %1").arg(dateText(a->cancelledDate));
        if (!active)
            parts << tr("not active in %1").arg(month);
        cw.rows << Row{tr("Addition %1").arg(a->id), parts.join(QStringLiteral(", ")), {}};
    };
    for (int id : f.additionIds)
        addAddition(id, true);
    for (int id : f.inactiveAdditionIds)
        addAddition(id, false);
    if (l.isLinked() && f.additionIds.isEmpty() && f.inactiveAdditionIds.isEmpty())
        cw.rows << Row{tr("Addition"), tr("none of %1 on this agreement").arg(l.productIdentifier), {}};
    if (cw.rows.isEmpty())
        cw.rows << Row{QString(), tr("Not linked to ConnectWise yet."), {}};
    out.sections << cw;

    // ---- what a push would change ----------------------------------------------------------------
    Section push{SectionKind::Push, tr("Push"), {}};
    auto fieldName = [](const QString& field) {
        return field == QLatin1String("quantity")    ? tr("Quantity")
               : field == QLatin1String("unitCost")  ? tr("Unit cost")
               : field == QLatin1String("unitPrice") ? tr("Unit price")
                                                     : field;
    };
    if (record.action != LineAction::None && !record.actionDetail.isEmpty())
        push.rows << Row{tr("This run"), record.actionDetail, {}};
    // A person's decision comes first: it is why a deviating line has no push.
    if (record.decision == LineDecision::Dismissed)
        push.rows << Row{tr("Dismissed"), tr("the deviation is known and stays; the line is left out of every push"), {}};
    else if (record.decision == LineDecision::Accepted)
        push.rows << Row{tr("Accepted"), tr("the correction below is approved"), {}};
    if (record.decision != LineDecision::None && !record.note.isEmpty())
        push.rows << Row{tr("Note"), record.note, {}};
    if (record.decision == LineDecision::Dismissed) {
        // (nothing more: the plan leaves a dismissed line out)
    } else if (const PushAction* a = in.push) {
        if (a->needsPrice) {
            push.rows << Row{tr("Needs a price"), a->skipReason, {}};
        } else if (a->skipped()) {
            push.rows << Row{tr("Cannot be pushed"), a->skipReason, {}};
        } else {
            push.rows << Row{QString(),
                             a->isCreate() ? tr("A push creates an addition of %1 on agreement %2:")
                                                 .arg(a->productIdentifier, agreementName)
                                           : tr("A push changes addition %1:").arg(a->additionId),
                             {}};
            for (const PushChange& c : a->changes)
                push.rows << Row{fieldName(c.field),
                                 a->isCreate() ? DecimalText::format(c.newValue)
                                               : tr("%1 → %2").arg(DecimalText::format(c.oldValue), DecimalText::format(c.newValue)),
                                 {}};
            if (a->lineIndexes.size() > 1)
                push.rows << Row{QString(), tr("for the %1 lines of the group together").arg(a->lineIndexes.size()),
                                 {}};
        }
    } else if (f.status == LineStatus::Ok) {
        push.rows << Row{QString(), tr("Nothing to push: the line agrees with ConnectWise."), {}};
    } else if (f.status == LineStatus::Unlinked) {
        push.rows << Row{tr("Cannot be pushed"), tr("link the line to a company, agreement and product first"), {}};
    } else if (f.status == LineStatus::AgreementInactive) {
        push.rows << Row{tr("Cannot be pushed"), tr("nothing is written to an agreement that is not active"), {}};
    } else {
        push.rows << Row{tr("Cannot be pushed"), tr("no push fixes this line; correct it in ConnectWise"), {}};
    }
    out.sections << push;

    // ---- what a person can do when ConnectWise holds it, but not for this month -----------------
    const bool lapsed = f.status == LineStatus::NoAddition && !f.inactiveAdditionIds.isEmpty();
    if (lapsed || f.status == LineStatus::AgreementInactive) {
        Section remedy{SectionKind::Remedy, tr("What you can do"), {}};
        if (!in.agreementAddress.isEmpty())
            remedy.rows << Row{tr("Open in ConnectWise"), tr("agreement %1").arg(agreementName), in.agreementAddress};
        remedy.rows << Row{QString(),
                           lapsed ? tr("Check the addition's dates there, or accept or dismiss the line when the "
                                       "invoice is right as it is.")
                                  : tr("Check the agreement there, link the line to an active agreement, or "
                                       "accept or dismiss the line when the invoice is right as it is."),
                           {}};
        out.sections << remedy;
    }
    return out;
}

} // namespace il
