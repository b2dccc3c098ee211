// View ▸ Charts against the in-process sandbox: after loading two months, the charts show both
// months' deviation amounts (the engine's series) and the loaded month's top customers; the
// export of the report writes the same charts as a PNG beside it.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "charts/ChartsDialog.h"
#include "charts/DeviationCharts.h"
#include "window/ReportSaver.h"
#include "window/WindowActions.h"

#include "reconcile/MonthDeviation.h"
#include "reconcile/MonthRun.h"

#include <QBarCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace il::ui;
using namespace windowdriver;

namespace {

QStringList categories(QChartView* view) {
    for (QAbstractAxis* axis : view->chart()->axes())
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
            return c->categories();
    return {};
}

} // namespace

class MainWindowChartsTest : public QObject {
    Q_OBJECT
private slots:
    void chartsShowTheMonthsInTheDatabaseAndTheLoadedMonthsCustomers() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QDate october = s.demoMonth();
        QVERIFY(loadMonthByClicking(s, october.addMonths(-1)));
        QVERIFY(loadMonthByClicking(s, october));

        QVERIFY(w.actions()->charts->isEnabled());
        w.actions()->charts->trigger();
        ChartsDialog* dialog = w.charts();
        QVERIFY(dialog && dialog->isVisible());
        const QString september = october.addMonths(-1).toString(QStringLiteral("yyyy-MM"));
        const QString loaded = october.toString(QStringLiteral("yyyy-MM"));
        QCOMPARE(categories(dialog->charts()->monthsView()), (QStringList{september, loaded}));
        const auto top = il::MonthDeviation::topCustomers(s.run().result().records, ChartData::TopCustomers);
        QVERIFY(!top.isEmpty());
        QCOMPARE(categories(dialog->charts()->customersView()).last(), top.first().name);
        QVERIFY(dialog->charts()->customersView()->chart()->title().contains(loaded));
        QDir().mkpath(QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR));
        dialog->grab().save(QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR "/charts_dialog.png"));

        // The export's PNG is made from the same engine data.
        QTemporaryDir dir;
        ReportExtras extras;
        extras.directory = &s.run().directory();
        extras.charts = ChartData::collect(s.context().workspace());
        const QString report = dir.filePath(QStringLiteral("oct.xlsx"));
        const ReportSaver::Result saved = ReportSaver::save(s.run().result(), report, extras);
        QVERIFY2(saved.saved, qPrintable(saved.message));
        QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("oct-chart.png"))));
    }
};

INVOICELINK_UI_TEST(MainWindowChartsTest)
#include "test_main_window_charts.moc"
