// Issue 10 points 1–3 in the grid: lines compared as a group carry a marker and the group's sum
// in the quantity tooltip; the Difference column counts a group once, on its lead line, so the
// column adds up to the deviation amount tile; the current line's group is highlighted; every
// line with an agreement has the agreement's ConnectWise web address; the details pane lays out
// the line's explanation with that address as a link. The month is made by the real linker and
// validator (core), not by hand.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "../core/ReconcileFixtures.h"

#include "grid/DeviationAmounts.h"
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineDetailsPane.h"
#include "grid/LineTableModel.h"
#include "grid/StatusFilterProxy.h"

#include "reconcile/LineExplanation.h"
#include "reconcile/Linker.h"
#include "reconcile/Validator.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QDir>

using namespace il::ui;
using namespace fixtures;
using il::Decimal;
using il::LineStatus;

namespace {

struct Month {
    il::MonthResult result;
    il::CwDirectory directory;

    explicit Month(const QList<il::InvoiceLine>& lines) {
        directory.companies = {company(1, "ACME", QStringLiteral("Acme"))};
        directory.agreements = {agreement(10, 1)};
        directory.additions = {addition(100, 10, "M365", "133", "18.10"), addition(101, 10, "BACKUP", "5", "4.00"),
                               addition(102, 10, "AV", "3", "2.50"),
                               addition(103, 10, "OLD", "1", "1", "2", QDate(2025, 1, 1), QDate(2026, 8, 31))};
        directory.catalog = {item(1, "M365"), item(2, "BACKUP"), item(3, "AV"), item(4, "OLD")};
        directory.index();
        il::RememberedLinks remembered;
        const auto linked = il::Linker(directory, remembered, kMonth).link(lines);
        const auto v = il::Validator(directory, il::ValidationOptions{kMonth}).validate(linked);
        result.month = kMonth;
        for (qsizetype i = 0; i < linked.size(); ++i)
            result.records.append({linked[i], v.findings[i], il::LineAction::None, {}, {}});
    }
};

il::InvoiceLine acme(const char* item, const char* qty, const char* price, int number) {
    il::InvoiceLine l = line(QStringLiteral("ACME"), item, qty, price);
    l.invoiceNumber = QStringLiteral("INV-%1").arg(number);
    l.lineNumber = number;
    return l;
}

} // namespace

class GridGroupsTest : public QObject {
    Q_OBJECT
private slots:
    void theDifferenceColumnAddsUpToTheDeviationAmount() {
        // M365: 136 − 3 + 2 = 135 against 133 (a group with a credit line, +36.20 at 18.10);
        // BACKUP 7 against 5 (+8.00); AV 1 against 3 (−5.00); OLD has no addition (+1.00).
        const Month m({acme("M365", "136", "18.10", 1), acme("BACKUP", "7", "4.00", 2), acme("M365", "-3", "18.10", 3),
                       acme("AV", "1", "2.50", 4), acme("M365", "2", "18.10", 5), acme("OLD", "1", "1", 6)});
        LineTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMonth(m.result, m.directory, {});
        QCOMPARE(model.amounts().total, Decimal::fromString(u"50.2"));
        QCOMPARE(model.amounts().groups, 4);
        Decimal columnTotal;
        int carriers = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            QString text = model.index(row, DifferenceColumn).data().toString();
            if (text.isEmpty() || text == QStringLiteral("in group"))
                continue;
            ++carriers;
            columnTotal += Decimal::fromString(text.remove(u'+').remove(u',')).abs();
        }
        QCOMPARE(columnTotal, model.amounts().total);
        QCOMPARE(carriers, 4);
        QCOMPARE(model.index(0, DifferenceColumn).data().toString(), QStringLiteral("+36.20"));
        // The group's other lines say where they belong instead of repeating the amount.
        QCOMPARE(model.index(2, DifferenceColumn).data().toString(), QStringLiteral("in group"));
        QCOMPARE(model.index(4, DifferenceColumn).data().toString(), QStringLiteral("in group"));
        QVERIFY(model.index(2, DifferenceColumn).data(Qt::ToolTipRole).toString().contains(
            QStringLiteral("counted once, on invoice INV-1, line 1")));
        QCOMPARE(model.index(3, DifferenceColumn).data().toString(), QStringLiteral("-5.00"));
    }

    void aGroupedLineShowsItsGroupAlsoWhenOk() {
        const Month m({acme("M365", "136", "18.10", 1), acme("BACKUP", "5", "4.00", 2), acme("M365", "-3", "18.10", 3)});
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        QVERIFY(LineStatus(model.index(0, 0).data(StatusRole).toInt()) == LineStatus::Ok);
        QCOMPARE(model.index(2, InvoiceQuantityColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Compared as a group: Σ 133 = 136 − 3 (2 lines)"));
        QVERIFY(!model.index(0, InvoiceQuantityColumn).data(Qt::DecorationRole).isNull()); // the marker
        QVERIFY(!model.index(2, InvoiceQuantityColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(1, InvoiceQuantityColumn).data(Qt::DecorationRole).isNull()); // on its own
        QCOMPARE(model.index(2, 0).data(GroupRole).value<QList<qlonglong>>(), (QList<qlonglong>{0, 2}));
        QVERIFY(model.index(1, 0).data(GroupRole).value<QList<qlonglong>>().isEmpty());
        QCOMPARE(model.index(2, DifferenceColumn).data().toString(), QString()); // nothing to count

        // On the first line, the rest of its group lights up.
        model.setCurrentLine(0);
        QVERIFY(model.index(2, CustomerColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(1, CustomerColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, CustomerColumn).data(Qt::BackgroundRole).isValid());
        model.setCurrentLine(1);
        QVERIFY(!model.index(2, CustomerColumn).data(Qt::BackgroundRole).isValid());
    }

    void everyLineWithAnAgreementLinksToItInConnectWise() {
        il::InvoiceLine stranger = line(QStringLiteral("NOBODY"), "M365", "1", "1");
        const Month m({acme("OLD", "1", "1", 1), stranger});
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        QVERIFY(model.index(0, 0).data(AgreementWebRole).isNull()); // no address source yet
        model.setAgreementAddresses(
            [](int id) { return QUrl(QStringLiteral("https://cw.example.test/agreement?recid=%1").arg(id)); });
        QCOMPARE(model.index(0, AgreementColumn).data(AgreementWebRole).toUrl(),
                 QUrl(QStringLiteral("https://cw.example.test/agreement?recid=10")));
        QVERIFY(model.index(1, AgreementColumn).data(AgreementWebRole).isNull()); // not linked

        // The details pane shows the lapsed addition in words, with the agreement as a link.
        il::LineExplanation::Input in{&m.result, &m.directory, 0, nullptr,
                                      model.index(0, 0).data(AgreementWebRole).toUrl()};
        LineDetailsPane pane;
        pane.showExplanation(il::LineExplanation::build(in));
        const QString html = pane.html();
        QVERIFY2(html.contains(QStringLiteral("https://cw.example.test/agreement?recid=10")), qPrintable(html));
        QVERIFY2(pane.browser()->toPlainText().contains(QStringLiteral("was cancelled on")),
                 qPrintable(pane.browser()->toPlainText()));
        QVERIFY(pane.browser()->openExternalLinks());
        QCOMPARE(pane.browser()->focusPolicy(), Qt::StrongFocus); // Tab reaches it
    }

    void theDeviationAmountTileShowsTheLeadOfAGroupWhoseOtherLineDeviates() {
        // 136 − 3 = 133 as ConnectWise has it, but the credit line's cost is 18.50: only that line
        // deviates, and the group's −1.20 (2461.60 − 55.50 − 2407.30) is on the OK first line.
        const Month m({acme("M365", "136", "18.10", 1), acme("BACKUP", "5", "4.00", 2), acme("M365", "-3", "18.50", 3)});
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        QVERIFY(LineStatus(model.index(0, 0).data(StatusRole).toInt()) == LineStatus::Ok);
        QVERIFY(LineStatus(model.index(2, 0).data(StatusRole).toInt()) == LineStatus::PriceMismatch);
        QCOMPARE(model.amounts().total, Decimal::fromString(u"1.2"));
        StatusFilterProxy money;
        money.setSourceModel(&model);
        money.setFilter(StatusFilterProxy::Filter::MoneyDeviations);
        QCOMPARE(money.rowCount(), 2);
        QCOMPARE(money.index(0, DifferenceColumn).data().toString(), QStringLiteral("-1.20"));
        QCOMPARE(money.index(1, DifferenceColumn).data().toString(), QStringLiteral("in group"));
    }

    void ctrlGSelectsTheGroupAndTabReachesTheDetails() {
        const Month m({acme("M365", "136", "18.10", 1), acme("BACKUP", "5", "4.00", 2), acme("M365", "-3", "18.10", 3)});
        GridPage page;
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setMonth(m.result, m.directory, {});
        QTableView* view = page.view();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(page.rowOfLine(2), CustomerColumn));
        QTest::keyClick(view, Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(page.selectedLines(), (QList<qsizetype>{0, 2}));
        // The current line's group partner is highlighted.
        QVERIFY(page.model()->index(0, CustomerColumn).data(Qt::BackgroundRole).isValid());
        QTest::keyClick(view, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(page.details()->browser()));
    }

    // The demo month in the window: the current line's explanation beside the grid, for a line
    // whose addition was cancelled before the month (a picture for the screenshots).
    void theWindowExplainsTheCurrentLine() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(windowdriver::loadByClicking(s));
        QTableView* view = w.grid()->view();
        int row = -1;
        for (int r = 0; r < view->model()->rowCount() && row < 0; ++r) {
            const auto line = qsizetype(view->model()->index(r, 0).data(LineIndexRole).toLongLong());
            const il::Finding& f = w.controller()->run()->result().records[line].finding;
            if (f.status == LineStatus::NoAddition && !f.inactiveAdditionIds.isEmpty())
                row = r;
        }
        QVERIFY(row >= 0);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, CustomerColumn));
        QTRY_VERIFY(w.grid()->details()->browser()->toPlainText().contains(QStringLiteral("The addition for this product")));
        QVERIFY(w.grid()->details()->html().contains(QStringLiteral("openrecord.rails")));
        QDir().mkpath(QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR));
        QTest::qWait(50); // let the layout settle before the picture
        QVERIFY(w.grab().save(QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR "/details_pane.png")));
    }
};

INVOICELINK_UI_TEST(GridGroupsTest)
#include "test_grid_groups.moc"
