// Hand-over from the grid: Ctrl+C and the right-click menu copy the selection as tab-separated
// text Excel and LibreOffice paste as a table (numbers in the user's locale without grouping,
// text with tabs, line breaks or quotes quoted), and Open in ConnectWise opens the agreement.
#include "../core/ReconcileFixtures.h"
#include "UiTestRegistry.h"

#include "grid/GridClipboard.h"
#include "grid/GridContextMenu.h"
#include "grid/GridPage.h"
#include "grid/GridRoles.h"
#include "grid/LineTableModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QItemSelectionModel>
#include <QMenu>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QUrl>

using namespace il::ui;
using il::Decimal;
using il::LineStatus;

namespace {

il::LineRecord record(const QString& customer, const QString& item, const QString& description, const char16_t* qty,
                      const char16_t* price, LineStatus status, const char16_t* cwQty) {
    il::LineRecord r;
    r.linked.line.lineId = item;
    r.linked.line.customerKey = customer.left(3);
    r.linked.line.customerName = customer;
    r.linked.line.itemCode = item;
    r.linked.line.description = description;
    r.linked.line.quantity = Decimal::fromString(qty);
    r.linked.line.unitPrice = Decimal::fromString(price);
    r.linked.line.amount = r.linked.line.quantity * r.linked.line.unitPrice;
    r.linked.companyId = 7;
    r.linked.agreementId = 501;
    r.linked.productIdentifier = item;
    r.finding.status = status;
    r.finding.additionIds = {901};
    r.finding.cwQuantity = Decimal::fromString(cwQty);
    r.finding.cwUnitCost = r.linked.line.unitPrice;
    r.finding.cwComparedPrice = r.linked.line.unitPrice;
    return r;
}

struct Month {
    il::MonthResult result;
    il::CwDirectory directory;
    Month() {
        result.month = QDate(2025, 3, 1);
        directory.companies.append({7, QStringLiteral("ACME"), QStringLiteral("Acme B.V."), {}, false});
        il::Agreement a;
        a.id = 501;
        a.name = QStringLiteral("Cloud Services");
        a.companyId = 7;
        directory.agreements.append(a);
        directory.index();
        result.records = {
            record(QStringLiteral("Acme B.V."), QStringLiteral("M365"), QStringLiteral("Microsoft 365"), u"1234.5",
                   u"2.5", LineStatus::QuantityMismatch, u"1200"),
            record(QStringLiteral("Bos \"Elektro\""), QStringLiteral("VPS"), QStringLiteral("VPS\tsmall\nmonthly"),
                   u"3", u"12.375", LineStatus::Ok, u"3"),
            record(QStringLiteral("Café Noir"), QStringLiteral("DNS"), QStringLiteral("DNS premium"), u"-2", u"0.8",
                   LineStatus::Ok, u"-2"),
        };
        fixtures::markGroups(result);
    }
};

QModelIndexList wholeRows(const QAbstractItemModel& model, const QList<int>& rows) {
    QModelIndexList out;
    for (int r : rows)
        for (int c = 0; c < model.columnCount(); ++c)
            out << model.index(r, c);
    return out;
}

} // namespace

class OpenedUrls : public QObject {
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl& url) { urls << url; }
};

class GridClipboardTest : public QObject {
    Q_OBJECT
private slots:
    void init() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void cleanup() { QLocale::setDefault(QLocale::system()); }

    void selectedRowsBecomeATableWithItsHeader() {
        Month m;
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        const QString text = GridClipboard::tsv(model, wholeRows(model, {0, 1}), true, QLocale(QLocale::English));
        QCOMPARE(text, QStringLiteral(
                           "Customer\tItem\tDescription\tQuantity\tUnit cost\tCompany\tAgreement\tProduct\t"
                           "CW quantity\tCW unit cost\tDifference\tStatus\tAction\n"
                           "Acme B.V.\tM365\tMicrosoft 365\t1234.5\t2.50\tAcme B.V.\tCloud Services\tM365\t"
                           "1200\t2.50\t86.25\tQuantity differs\t\n"
                           "\"Bos \"\"Elektro\"\"\"\tVPS\t\"VPS\tsmall\nmonthly\"\t3\t12.375\tAcme B.V.\t"
                           "Cloud Services\tVPS\t3\t12.375\t\tOK\t\n"));
    }

    void numbersFollowTheLocaleWithoutGroupingOrPlusSign() {
        Month m;
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        const QModelIndexList cells = {model.index(0, InvoiceQuantityColumn), model.index(0, DifferenceColumn),
                                       model.index(2, InvoiceQuantityColumn)};
        // Dutch Excel reads 1234,5 as a number; 1.234,5 or +86,25 would be text or a surprise.
        QCOMPARE(GridClipboard::tsv(model, cells, false, QLocale(QLocale::Dutch)),
                 QStringLiteral("1234,5\t86,25\n-2\t\n"));
    }

    void selectedCellsBecomeTheirRectangleWithTheOthersEmpty() {
        Month m;
        LineTableModel model;
        model.setMonth(m.result, m.directory, {});
        const QModelIndexList cells = {model.index(0, CustomerColumn), model.index(2, InvoicePriceColumn)};
        QCOMPARE(GridClipboard::tsv(model, cells, true, QLocale(QLocale::English)),
                 QStringLiteral("Customer\tUnit cost\nAcme B.V.\t\n\t0.80\n"));
        QCOMPARE(GridClipboard::tsv(model, {}, true), QString());
    }

    void ctrlCInTheGridCopiesTheSelectedRowsWithHeaders() {
        Month m;
        GridPage page;
        page.setMonth(m.result, m.directory, {});
        page.resize(1200, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTableView* view = page.view();
        view->setFocus();
        QApplication::clipboard()->clear();
        view->selectionModel()->select(view->model()->index(2, 0),
                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTest::keySequence(view, QKeySequence::Copy);
        const QString copied = QApplication::clipboard()->text();
        QVERIFY2(copied.startsWith(QStringLiteral("Customer\tItem\t")), qPrintable(copied));
        QVERIFY2(copied.endsWith(QStringLiteral("\nCafé Noir\tDNS\tDNS premium\t-2\t0.80\tAcme B.V.\tCloud "
                                                "Services\tDNS\t-2\t0.80\t\tOK\t\n")),
                 qPrintable(copied));
        QCOMPARE(copied.count(u'\n'), 2);
        // Ctrl+Shift+C: the values alone, to paste under an existing heading.
        QTest::keySequence(view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
        QCOMPARE(QApplication::clipboard()->text(), copied.section(u'\n', 1));
    }

    void theMenuOffersCopyAndOpensTheAgreementInConnectWise() {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Customer"), QStringLiteral("Agreement")});
        model.setItem(0, 0, new QStandardItem(QStringLiteral("Acme")));
        model.setItem(0, 1, new QStandardItem(QStringLiteral("Cloud")));
        model.setItem(1, 0, new QStandardItem(QStringLiteral("Bos")));
        const QUrl agreement(QStringLiteral("https://eu.myconnectwise.net/v4_6_release/services/system_io/router/"
                                            "openrecord.rails?recordType=AgreementFv&recid=501"));
        model.item(0, 0)->setData(agreement, AgreementWebRole);
        model.item(0, 0)->setData(qlonglong(0), LineIndexRole);
        model.item(1, 0)->setData(qlonglong(1), LineIndexRole);
        QTableView view;
        view.setModel(&model);
        view.setSelectionBehavior(QAbstractItemView::SelectRows);
        GridContextMenu menu(&view);
        QList<qsizetype> hookLines;
        connect(&menu, &GridContextMenu::aboutToShowFor, this, [&](const QList<qsizetype>& lines, QMenu* m) {
            hookLines = lines;
            m->addAction(QStringLiteral("Accept"));
        });

        view.setCurrentIndex(model.index(0, 1));
        view.selectionModel()->select(model.index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        std::unique_ptr<QMenu> shown(menu.createMenu(nullptr));
        QStringList texts;
        for (QAction* a : shown->actions())
            texts << (a->isSeparator() ? QStringLiteral("-") : a->text());
        QCOMPARE(texts, (QStringList{QStringLiteral("Accept"), QStringLiteral("-"), QStringLiteral("&Copy"),
                                     QStringLiteral("Copy with &headers"), QStringLiteral("-"),
                                     QStringLiteral("&Open in ConnectWise")}));
        QCOMPARE(hookLines, (QList<qsizetype>{0}));
        QCOMPARE(menu.copyWithHeadersAction()->shortcut(), QKeySequence(QKeySequence::Copy));
        QVERIFY(menu.openInConnectWiseAction()->isEnabled());

        OpenedUrls opened;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &opened, "open");
        menu.openInConnectWiseAction()->trigger();
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
        QCOMPARE(opened.urls, (QList<QUrl>{agreement}));

        menu.copyAction()->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("Acme\tCloud\n"));

        // A line without an agreement address: nothing to open.
        view.setCurrentIndex(model.index(1, 0));
        std::unique_ptr<QMenu> again(menu.createMenu(nullptr));
        QVERIFY(!menu.openInConnectWiseAction()->isEnabled());
    }
};

INVOICELINK_UI_TEST(GridClipboardTest)
#include "test_grid_clipboard.moc"
