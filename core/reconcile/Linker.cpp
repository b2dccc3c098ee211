#include "reconcile/Linker.h"

#include "reconcile/MonthActivity.h"
#include "reconcile/NameNormalizer.h"

#include <QStringList>

namespace il {
namespace {

QString describe(const QList<const Company*>& companies) {
    QStringList names;
    for (const Company* c : companies)
        names << QStringLiteral("%1 (%2, id %3)").arg(c->name, c->identifier).arg(c->id);
    return names.join(QStringLiteral(", "));
}

QString describe(const QList<const Agreement*>& agreements) {
    QStringList names;
    for (const Agreement* a : agreements)
        names << QStringLiteral("%1 (id %2)").arg(a->name).arg(a->id);
    return names.join(QStringLiteral(", "));
}

} // namespace

Linker::Linker(const CwDirectory& directory, const RememberedLinks& remembered, QDate month)
    : m_directory(directory)
    , m_remembered(remembered)
    , m_month(month) {}

QList<LinkedLine> Linker::link(const QList<InvoiceLine>& lines) const {
    QList<LinkedLine> out;
    out.reserve(lines.size());
    for (const InvoiceLine& line : lines)
        out.append(link(line));
    return out;
}

int Linker::matchCompany(const QString& customerKey, const QString& customerName, QString* reason) const {
    if (customerKey.trimmed().isEmpty()) {
        *reason = QStringLiteral("the customer rule found no customer on this line");
        return 0;
    }
    const auto byIdentifier = m_directory.companiesWithIdentifier(customerKey);
    if (byIdentifier.size() == 1)
        return byIdentifier.first()->id;
    if (byIdentifier.size() > 1) {
        *reason = QStringLiteral("several companies have the identifier %1: %2").arg(customerKey, describe(byIdentifier));
        return 0;
    }
    const QString name = customerName.isEmpty() ? customerKey : customerName;
    const auto byName = m_directory.companiesWithNormalizedName(NameNormalizer::normalize(name));
    if (byName.size() == 1)
        return byName.first()->id;
    if (byName.size() > 1)
        *reason = QStringLiteral("several companies match the name %1: %2").arg(name, describe(byName));
    else
        *reason = QStringLiteral("no ConnectWise company has the identifier or name %1").arg(name);
    return 0;
}

LinkedLine Linker::link(const InvoiceLine& line) const {
    LinkedLine out;
    out.line = line;

    const auto rememberedLine = m_remembered.lines.constFind(RememberedLinks::lineKey(line.customerKey, line.itemCode));
    const bool hasLine = rememberedLine != m_remembered.lines.cend();

    // Company: a remembered line link, then a remembered customer link, then the automatic rule.
    if (hasLine && rememberedLine->companyId) {
        out.companyId = rememberedLine->companyId;
        out.companyOrigin = rememberedLine->origin;
    } else if (auto c = m_remembered.customers.constFind(line.customerKey); c != m_remembered.customers.cend()) {
        out.companyId = c->companyId;
        out.companyOrigin = c->origin;
    } else {
        out.companyId = matchCompany(line.customerKey, line.customerName, &out.unlinkedReason);
        out.companyOrigin = LinkOrigin::Auto;
    }
    if (!out.companyId)
        return out;

    // Product: remembered, else the catalog item whose identifier equals the item code.
    const QString productKey = hasLine && !rememberedLine->productIdentifier.isEmpty()
                                   ? rememberedLine->productIdentifier
                                   : line.itemCode;
    const CatalogItem* item = m_directory.catalogItem(productKey);
    if (!item) {
        out.unlinkedReason = line.itemCode.isEmpty()
                                 ? QStringLiteral("the line has no item code")
                                 : QStringLiteral("item code %1 has no catalog item in ConnectWise").arg(productKey);
        // An agreement picked by hand for this line stays (a partial link: company and
        // agreement), so the person's choice is shown and kept until the product is picked too.
        if (hasLine && rememberedLine->agreementId && rememberedLine->companyId == out.companyId) {
            out.agreementId = rememberedLine->agreementId;
            out.agreementOrigin = rememberedLine->origin;
            const Agreement* a = m_directory.agreement(out.agreementId);
            out.agreementInactive = !a || !MonthActivity::agreementActive(*a, m_month);
            out.unlinkedReason += a ? QStringLiteral("; agreement %1 (%2) is chosen: pick its product")
                                          .arg(a->name)
                                          .arg(out.agreementId)
                                    : QStringLiteral("; agreement %1 is chosen: pick its product").arg(out.agreementId);
        }
        return out;
    }
    out.productId = item->id;
    out.productIdentifier = item->identifier;

    // Agreement: remembered (for this company), else the rule.
    if (hasLine && rememberedLine->agreementId && rememberedLine->companyId == out.companyId) {
        out.agreementId = rememberedLine->agreementId;
        out.agreementOrigin = rememberedLine->origin;
        const Agreement* a = m_directory.agreement(out.agreementId);
        out.agreementInactive = !a || !MonthActivity::agreementActive(*a, m_month);
    } else {
        out.agreementId = chooseAgreement(out.companyId, item->identifier, &out.agreementInactive, &out.unlinkedReason);
        out.agreementOrigin = LinkOrigin::Auto;
    }
    if (out.agreementId)
        out.unlinkedReason.clear();
    return out;
}

int Linker::chooseAgreement(int companyId, const QString& productIdentifier, bool* inactive, QString* reason) const {
    QList<const Agreement*> active, holding, holdingLapsed, inactiveHolding;
    for (const Agreement* a : m_directory.agreementsOf(companyId)) {
        if (MonthActivity::agreementActive(*a, m_month)) {
            active.append(a);
            if (holdsActiveAddition(a->id, productIdentifier))
                holding.append(a);
            else if (holdsAddition(a->id, productIdentifier))
                holdingLapsed.append(a);
        } else if (holdsAddition(a->id, productIdentifier)) {
            inactiveHolding.append(a);
        }
    }
    if (holding.size() == 1)
        return holding.first()->id;
    if (holding.size() > 1) {
        *reason = QStringLiteral("several active agreements hold %1: %2; pick one").arg(productIdentifier, describe(holding));
        return 0;
    }
    if (active.size() == 1)
        return active.first()->id;
    // Several active agreements, and the product's addition on one of them was cancelled or
    // starts later: that agreement is the product's; the line then says why it has no addition
    // (and where to look) instead of asking the user to pick.
    if (holding.isEmpty() && holdingLapsed.size() == 1)
        return holdingLapsed.first()->id;
    if (active.isEmpty() && inactiveHolding.size() == 1) {
        *inactive = true; // still invoiced while its agreement has ended
        return inactiveHolding.first()->id;
    }
    const Company* company = m_directory.company(companyId);
    const QString who = company ? company->name : QString::number(companyId);
    if (active.isEmpty())
        *reason = QStringLiteral("%1 has no agreement active in %2").arg(who, m_month.toString(QStringLiteral("yyyy-MM")));
    else
        *reason = QStringLiteral("%1 has several active agreements and none holds %2: %3; pick one")
                      .arg(who, productIdentifier, describe(active));
    return 0;
}

bool Linker::holdsActiveAddition(int agreementId, const QString& productIdentifier) const {
    for (const Addition* a : m_directory.additionsOf(agreementId))
        if (CwDirectory::foldKey(a->productIdentifier) == CwDirectory::foldKey(productIdentifier) &&
            MonthActivity::additionActive(*a, m_month))
            return true;
    return false;
}

bool Linker::holdsAddition(int agreementId, const QString& productIdentifier) const {
    for (const Addition* a : m_directory.additionsOf(agreementId))
        if (CwDirectory::foldKey(a->productIdentifier) == CwDirectory::foldKey(productIdentifier))
            return true;
    return false;
}

} // namespace il
