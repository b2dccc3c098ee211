// Cross-checks the demo's planted truth with a small, independent reading of DESIGN §3
// (Linking and Validation) for the demo config: purchase source, customer from the description
// with ^\[(.+?)\], price compared to unitCost (excluding VAT, in the administration's currency),
// tolerance 0.01 / 0. If the generator's
// hand-written expectations and these rules disagree, one of them misreads the design.
#include "sandbox/DemoDataGenerator.h"

#include <QRegularExpression>
#include <QSet>
#include <gtest/gtest.h>

using namespace il::sandbox;
using il::Decimal;

namespace {

QString normalize(QString s) {
    s = s.normalized(QString::NormalizationForm_KD);
    s.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    s = s.toCaseFolded();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral(" "));
    QStringList words = s.simplified().split(u' ', Qt::SkipEmptyParts);
    // Legal forms, also when their dots split them into letters ("b v").
    static const QStringList legal = {"bv", "nv", "ltd", "inc", "gmbh", "llc"};
    QStringList kept;
    for (int i = 0; i < words.size(); ++i) {
        if (legal.contains(words[i]))
            continue;
        if (i + 1 < words.size() && legal.contains(words[i] + words[i + 1]) && words[i].size() == 1) {
            ++i;
            continue;
        }
        kept.append(words[i]);
    }
    return kept.join(u' ');
}

struct Expectation {
    QMap<QString, QString> status;
    QSet<int> extras;
};

Expectation reconcile(const SandboxData& d) {
    const QDate first = d.demoMonth, last = first.addMonths(1).addDays(-1);
    auto additionActive = [&](const il::Addition& a) {
        return (!a.effectiveDate.isValid() || a.effectiveDate <= last) &&
               (!a.cancelledDate.isValid() || a.cancelledDate >= first);
    };
    auto agreementActive = [&](const il::Agreement& a) {
        return a.status == u"Active" && (!a.startDate.isValid() || a.startDate <= last) &&
               (!a.endDate.isValid() || a.endDate >= first);
    };
    QMap<QString, QString> itemCode;
    for (const auto& i : d.exact.items)
        itemCode[i.id] = i.code;
    // The compared price: excluding VAT, in the administration's currency (issue 8).
    auto comparedPrice = [&](const ExactInvoice& inv, const ExactInvoiceLine& l) {
        if (inv.exchangeRate != Decimal::fromInt(1))
            return l.amount * inv.exchangeRate / l.quantity;
        for (const auto& v : d.exact.vatCodes)
            if (v.code == l.vatCode && v.type == u"I")
                return l.netPrice / (Decimal::fromInt(1) + l.vatPercentage);
        return l.netPrice;
    };

    struct Linked {
        QString lineId;
        int agreement = 0;
        int product = 0;
        bool inactive = false;
        Decimal quantity, price;
    };
    Expectation out;
    QList<Linked> linked;
    QSet<int> invoiceProducts;
    const QRegularExpression pattern(QStringLiteral("^\\[(.+?)\\]"));
    for (const auto& inv : d.exact.purchaseInvoices) {
        if (inv.invoiceDate < first || inv.invoiceDate > last)
            continue;
        for (const auto& l : inv.lines) {
            out.status[l.id] = QStringLiteral("unlinked");
            int product = 0;
            for (const auto& c : d.cw.catalog)
                if (c.identifier.compare(itemCode.value(l.itemId), Qt::CaseInsensitive) == 0)
                    product = c.id;
            if (product)
                invoiceProducts.insert(product);
            const QString key = pattern.match(l.description).captured(1);
            QList<int> byId, byName;
            for (const auto& c : d.cw.companies) {
                if (c.deleted)
                    continue;
                if (c.identifier.compare(key, Qt::CaseInsensitive) == 0)
                    byId.append(c.id);
                if (normalize(c.name) == normalize(key))
                    byName.append(c.id);
            }
            const QList<int> companies = byId.isEmpty() ? byName : byId;
            if (!product || companies.size() != 1)
                continue;
            QList<int> holding, active, inactiveHolding;
            for (const auto& a : d.cw.agreements) {
                if (a.companyId != companies.first())
                    continue;
                bool holds = false;
                for (const auto& add : d.cw.additions)
                    holds |= add.agreementId == a.id && add.productId == product && additionActive(add);
                if (agreementActive(a)) {
                    active.append(a.id);
                    if (holds)
                        holding.append(a.id);
                } else if (holds) {
                    inactiveHolding.append(a.id);
                }
            }
            const Decimal price = comparedPrice(inv, l);
            Linked k{l.id, 0, product, false, l.quantity, price};
            if (holding.size() == 1)
                k.agreement = holding.first();
            else if (holding.isEmpty() && active.size() == 1)
                k.agreement = active.first();
            else if (active.isEmpty() && inactiveHolding.size() == 1)
                k = {l.id, inactiveHolding.first(), product, true, l.quantity, price};
            if (k.agreement)
                linked.append(k);
        }
    }
    QMap<QPair<int, int>, Decimal> groupQuantity;
    for (const auto& k : linked)
        groupQuantity[{k.agreement, k.product}] += k.quantity;
    QSet<QPair<int, int>> onLines;
    for (const auto& k : linked) {
        onLines.insert({k.agreement, k.product});
        if (k.inactive) {
            out.status[k.lineId] = QStringLiteral("agreement_inactive");
            continue;
        }
        Decimal quantity;
        QList<Decimal> costs;
        for (const auto& a : d.cw.additions)
            if (a.agreementId == k.agreement && a.productId == k.product && additionActive(a)) {
                quantity += a.quantity;
                costs.append(a.unitCost);
            }
        if (costs.isEmpty()) {
            out.status[k.lineId] = QStringLiteral("no_addition");
            continue;
        }
        const bool qty = quantity != groupQuantity.value({k.agreement, k.product});
        bool price = false;
        for (Decimal c : costs)
            price |= (k.price - c).abs() > Decimal::fromString(u"0.01");
        out.status[k.lineId] = qty && price ? QStringLiteral("price_and_quantity_mismatch")
                               : qty        ? QStringLiteral("quantity_mismatch")
                               : price      ? QStringLiteral("price_mismatch")
                                            : QStringLiteral("ok");
    }
    QSet<int> linkedAgreements;
    for (const auto& k : linked)
        linkedAgreements.insert(k.agreement);
    for (const auto& a : d.cw.additions)
        if (linkedAgreements.contains(a.agreementId) && additionActive(a) &&
            invoiceProducts.contains(a.productId) && !onLines.contains({a.agreementId, a.productId}))
            out.extras.insert(a.id);
    return out;
}

void expectTruthHolds(const DemoOptions& options) {
    const SandboxData d = DemoDataGenerator::generate(options);
    const Expectation e = reconcile(d);
    ASSERT_EQ(e.status.size(), d.planted.statusByLineId.size());
    int wrong = 0;
    for (auto it = e.status.begin(); it != e.status.end(); ++it)
        if (d.planted.statusByLineId.value(it.key()) != it.value() && ++wrong <= 5)
            ADD_FAILURE() << "line " << qPrintable(it.key()) << " planted "
                          << qPrintable(d.planted.statusByLineId.value(it.key())) << " rules say "
                          << qPrintable(it.value());
    EXPECT_EQ(wrong, 0);
    const QList<int> planted = d.planted.extraAdditionIds;
    EXPECT_EQ(QSet<int>(planted.begin(), planted.end()), e.extras);
}

} // namespace

TEST(SandboxTruth, NormalizationMatchesTheLookAlikes) {
    EXPECT_EQ(normalize(QStringLiteral("Café Noir B.V.")), normalize(QStringLiteral("Cafe Noir")));
    EXPECT_EQ(normalize(QStringLiteral("Müller Bau GmbH")), normalize(QStringLiteral("Muller Bau")));
    EXPECT_EQ(normalize(QStringLiteral("De Vries-Janssen N.V.")),
              normalize(QStringLiteral("de Vries Janssen")));
    EXPECT_EQ(normalize(QStringLiteral("SMITH & SONS LTD.")), normalize(QStringLiteral("Smith & Sons")));
    EXPECT_NE(normalize(QStringLiteral("Acme Bouw")), normalize(QStringLiteral("Acme Bouw 2")));
}

TEST(SandboxTruth, PlantedStatusesFollowTheDesignRules) {
    expectTruthHolds({.month = QDate(2026, 9, 1)});
}

TEST(SandboxTruth, HoldsForOtherSeedsAndSizes) {
    for (quint64 seed : {1, 2, 3})
        expectTruthHolds({.seed = seed, .month = QDate(2026, 1, 1)});
    expectTruthHolds(
        {.seed = 9, .customers = 20, .lines = 600, .agreements = 90, .month = QDate(2026, 3, 1)});
}
