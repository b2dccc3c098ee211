#include "reconcile/PushPlanner.h"

#include "reconcile/MonthActivity.h"
#include "reconcile/Validator.h"

#include <QHash>
#include <QStringList>

namespace il {
namespace {

bool isUpdateStatus(LineStatus s) {
    return s == LineStatus::QuantityMismatch || s == LineStatus::PriceMismatch ||
           s == LineStatus::PriceAndQuantityMismatch;
}

bool quantityOff(LineStatus s) {
    return s == LineStatus::QuantityMismatch || s == LineStatus::PriceAndQuantityMismatch;
}

bool priceOff(LineStatus s) {
    return s == LineStatus::PriceMismatch || s == LineStatus::PriceAndQuantityMismatch;
}

// The one net price all lines of a group share; empty and a reason when they disagree.
std::optional<Decimal> groupPrice(const QList<LinkedLine>& lines, const QList<qsizetype>& group, QString* reason) {
    QStringList seen;
    std::optional<Decimal> price;
    bool differ = false;
    for (qsizetype i : group) {
        const Decimal p = lines[i].line.unitPrice;
        if (!seen.contains(p.toString()))
            seen << p.toString();
        if (price && *price != p)
            differ = true;
        price = p;
    }
    if (differ) {
        *reason = QStringLiteral("the lines of this product have different prices (%1); fix them by hand")
                      .arg(seen.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    return price;
}

} // namespace

PushPlanner::PushPlanner(const CwDirectory& directory, Options options)
    : m_directory(directory)
    , m_options(std::move(options)) {}

std::optional<QSet<PushKind>> PushPlanner::parseKinds(const QString& text) {
    QSet<PushKind> kinds;
    for (const QString& raw : text.split(u',', Qt::SkipEmptyParts)) {
        const QString word = raw.trimmed().toLower();
        if (word == QLatin1String("all"))
            kinds << PushKind::Quantity << PushKind::Price << PushKind::Create;
        else if (word == QLatin1String("quantity"))
            kinds << PushKind::Quantity;
        else if (word == QLatin1String("price"))
            kinds << PushKind::Price;
        else if (word == QLatin1String("create"))
            kinds << PushKind::Create;
        else
            return std::nullopt;
    }
    if (kinds.isEmpty())
        return std::nullopt;
    return kinds;
}

QList<PushAction> PushPlanner::plan(const QList<LinkedLine>& lines, const QList<Finding>& findings) const {
    // Groups in the order of their first line, so plans are stable run to run.
    QList<QString> order;
    QHash<QString, QList<qsizetype>> groups;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const LineStatus s = findings[i].status;
        if (!lines[i].isLinked() || (!isUpdateStatus(s) && s != LineStatus::NoAddition))
            continue;
        const QString key = Validator::groupKey(lines[i]);
        if (!groups.contains(key))
            order << key;
        groups[key].append(i);
    }
    QList<PushAction> actions;
    for (const QString& key : order) {
        const QList<qsizetype>& group = groups[key];
        const bool missing = findings[group.first()].status == LineStatus::NoAddition;
        PushAction action = missing ? create(lines, findings, group) : update(lines, findings, group);
        if (action.changes.isEmpty() && !action.skipped())
            continue; // nothing the user asked for
        action.lineIndexes = group;
        action.lineId = lines[group.first()].line.lineId;
        actions.append(action);
    }
    return actions;
}

PushAction PushPlanner::update(const QList<LinkedLine>& lines, const QList<Finding>& findings,
                               const QList<qsizetype>& group) const {
    const LinkedLine& first = lines[group.first()];
    const Finding& f = findings[group.first()];
    PushAction a;
    a.agreementId = first.agreementId;
    a.productId = first.productId;
    a.productIdentifier = first.productIdentifier;
    if (!f.additionIds.isEmpty()) {
        a.additionId = f.additionIds.first();
        if (const Addition* loaded = m_directory.addition(a.additionId))
            a.loaded = *loaded;
    }
    bool wantQuantity = false, wantPrice = false;
    for (qsizetype i : group) {
        wantQuantity |= quantityOff(findings[i].status);
        wantPrice |= priceOff(findings[i].status);
    }
    wantQuantity &= m_options.kinds.contains(PushKind::Quantity);
    wantPrice &= m_options.kinds.contains(PushKind::Price);
    if (!wantQuantity && !wantPrice)
        return a;
    a.kind = wantQuantity ? PushKind::Quantity : PushKind::Price;
    if (f.severalAdditions) {
        a.skipReason = QStringLiteral("%1 active additions of %2 on this agreement; nothing is pushed")
                           .arg(f.additionIds.size())
                           .arg(a.productIdentifier);
        return a;
    }
    if (wantQuantity) {
        if (f.invoiceQuantity.isNegative()) {
            a.skipReason = QStringLiteral("the invoice nets to a negative quantity (%1)").arg(f.invoiceQuantity.toString());
            return a;
        }
        a.changes.append({QStringLiteral("quantity"), a.loaded.quantity, f.invoiceQuantity});
    }
    if (wantPrice) {
        const auto price = groupPrice(lines, group, &a.skipReason);
        if (!price) {
            a.changes.clear();
            return a;
        }
        const Decimal old = m_options.compareUnitPrice ? a.loaded.unitPrice : a.loaded.unitCost;
        a.changes.append({priceField(), old, *price});
    }
    return a;
}

PushAction PushPlanner::create(const QList<LinkedLine>& lines, const QList<Finding>& findings,
                               const QList<qsizetype>& group) const {
    const LinkedLine& first = lines[group.first()];
    PushAction a;
    a.kind = PushKind::Create;
    a.agreementId = first.agreementId;
    a.productId = first.productId;
    a.productIdentifier = first.productIdentifier;
    a.effectiveDate = MonthActivity::firstDay(m_options.month);
    if (!m_options.kinds.contains(PushKind::Create))
        return a;
    a.skipReason = existingAdditions(a.agreementId, a.productIdentifier);
    if (a.skipped())
        return a;
    const Decimal quantity = findings[group.first()].invoiceQuantity;
    if (quantity <= Decimal()) {
        a.skipReason = QStringLiteral("the invoice nets to %1; no addition to create").arg(quantity.toString());
        return a;
    }
    const auto price = groupPrice(lines, group, &a.skipReason);
    if (!price)
        return a;
    // The compared price comes from the invoice (0 there is a real 0), the other one from the
    // catalog item, where 0 means nobody set it.
    const CatalogItem* item = m_directory.catalogItem(first.productIdentifier);
    const Decimal fromCatalog = !item ? Decimal() : m_options.compareUnitPrice ? item->cost : item->price;
    const Decimal unitCost = m_options.compareUnitPrice ? fromCatalog : *price;
    const Decimal unitPrice = m_options.compareUnitPrice ? *price : fromCatalog;
    a.changes = {{QStringLiteral("quantity"), Decimal(), quantity},
                 {QStringLiteral("unitCost"), Decimal(), unitCost},
                 {QStringLiteral("unitPrice"), Decimal(), unitPrice}};
    if (fromCatalog.isZero()) {
        a.needsPrice = true;
        a.neededField = m_options.compareUnitPrice ? QStringLiteral("unitCost") : QStringLiteral("unitPrice");
        a.skipReason = QStringLiteral("catalog item %1 has no %2; set one in ConnectWise or create it from the window")
                           .arg(a.productIdentifier,
                                m_options.compareUnitPrice ? QStringLiteral("cost") : QStringLiteral("price"));
    }
    return a;
}

// Every addition of the product on the agreement, whatever its dates, in words; empty when there
// is none. The validator only counts those active in the month, so a cancelled or future one
// reaches the planner as no_addition.
QString PushPlanner::existingAdditions(int agreementId, const QString& productIdentifier) const {
    const QDate firstDay = MonthActivity::firstDay(m_options.month);
    const QDate lastDay = MonthActivity::lastDay(m_options.month);
    QStringList found;
    for (const Addition* a : m_directory.additionsOf(agreementId)) {
        if (CwDirectory::foldKey(a->productIdentifier) != CwDirectory::foldKey(productIdentifier))
            continue;
        QString when;
        if (a->cancelledDate.isValid() && a->cancelledDate < firstDay)
            when = QStringLiteral("was cancelled on %1").arg(a->cancelledDate.toString(Qt::ISODate));
        else if (a->effectiveDate.isValid() && a->effectiveDate > lastDay)
            when = QStringLiteral("starts on %1, after %2")
                       .arg(a->effectiveDate.toString(Qt::ISODate), m_options.month.toString(QStringLiteral("yyyy-MM")));
        else
            when = QStringLiteral("exists");
        found << QStringLiteral("addition %1 of %2 on agreement %3 %4")
                     .arg(QString::number(a->id), a->productIdentifier, QString::number(agreementId), when);
    }
    if (found.isEmpty())
        return {};
    return found.join(QStringLiteral("; ")) + QStringLiteral("; nothing created");
}

bool PushPlanner::supplyPrice(PushAction& action, const Decimal& value) {
    if (!action.needsPrice || value.isNegative())
        return false;
    for (PushChange& c : action.changes)
        if (c.field == action.neededField)
            c.newValue = value;
    action.needsPrice = false;
    action.skipReason.clear();
    return true;
}

} // namespace il
