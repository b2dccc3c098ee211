// The deviation charts: the months' series and the loaded month's top customers in the charts,
// and the PNG written beside an exported report.
#include "UiTestRegistry.h"

#include "charts/ChartsDialog.h"
#include "charts/DeviationCharts.h"
#include "window/ReportSaver.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QAbstractBarSeries>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace il::ui;
using il::Decimal;

namespace {

ChartData sample() {
    ChartData data;
    data.months = {{QStringLiteral("2026-08"), Decimal::fromString(u"1204.5")},
                   {QStringLiteral("2026-09"), Decimal::fromString(u"812.25")},
                   {QStringLiteral("2026-10"), Decimal::fromString(u"96.75")}};
    data.customers = {{QStringLiteral("Van Dijk Kinderopvang"), Decimal::fromString(u"60")},
                      {QStringLiteral("Bos Elektro"), Decimal::fromString(u"36.75")}};
    data.month = QStringLiteral("2026-10");
    return data;
}

QStringList categories(QChartView* view) {
    const auto axes = view->chart()->axes();
    for (QAbstractAxis* axis : axes)
        if (auto* c = qobject_cast<QBarCategoryAxis*>(axis))
            return c->categories();
    return {};
}

QList<qreal> values(QChartView* view) {
    QList<qreal> out;
    auto* series = qobject_cast<QAbstractBarSeries*>(view->chart()->series().value(0));
    if (!series || series->barSets().isEmpty())
        return out;
    QBarSet* set = series->barSets().first();
    for (int i = 0; i < set->count(); ++i)
        out << set->at(i);
    return out;
}

} // namespace

class ChartsTest : public QObject {
    Q_OBJECT
private slots:
    void showsEveryMonthAndTheLoadedMonthsTopCustomers() {
        ChartsDialog dialog(sample());
        DeviationCharts* charts = dialog.charts();
        QCOMPARE(categories(charts->monthsView()),
                 (QStringList{QStringLiteral("2026-08"), QStringLiteral("2026-09"), QStringLiteral("2026-10")}));
        QCOMPARE(values(charts->monthsView()), (QList<qreal>{1204.5, 812.25, 96.75}));
        // Drawn bottom-up: the largest customer ends on top.
        QCOMPARE(categories(charts->customersView()),
                 (QStringList{QStringLiteral("Bos Elektro"), QStringLiteral("Van Dijk Kinderopvang")}));
        QCOMPARE(values(charts->customersView()), (QList<qreal>{36.75, 60}));
        QVERIFY(charts->customersView()->chart()->title().contains(QStringLiteral("2026-10")));
    }

    void anExportedReportGetsItsChartAsAPngBesideIt() {
        QTemporaryDir dir;
        il::MonthResult result;
        result.month = QDate(2026, 10, 1);
        const QString report = dir.filePath(QStringLiteral("report.xlsx"));
        QCOMPARE(DeviationCharts::pngPathFor(report), dir.filePath(QStringLiteral("report-chart.png")));

        ReportExtras extras;
        extras.charts = sample();
        const ReportSaver::Result saved = ReportSaver::save(result, report, extras);
        QVERIFY2(saved.saved, qPrintable(saved.message));
        QVERIFY2(saved.message.contains(QStringLiteral("report-chart.png")), qPrintable(saved.message));
        const QString png = dir.filePath(QStringLiteral("report-chart.png"));
        QVERIFY(QFileInfo::exists(report));
        QImage image(png);
        QVERIFY2(!image.isNull(), "the PNG does not load");
        QDir().mkpath(QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR));
        image.save(QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR "/report-chart.png")); // to look at
        QCOMPARE(image.size(), QSize(1400, 560));
        // Something is drawn: not one colour all over.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
        QCOMPARE(QFileInfo(png).permissions() & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

        // Without charts (the command line's way) no PNG appears.
        const QString plain = dir.filePath(QStringLiteral("plain.xlsx"));
        QVERIFY(ReportSaver::save(result, plain).saved);
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("plain-chart.png"))));
    }
};

INVOICELINK_UI_TEST(ChartsTest)
#include "test_charts.moc"
