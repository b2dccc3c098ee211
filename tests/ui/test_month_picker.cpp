// The month picker shows the month the grid holds (issue 10 point 13), however the load came:
// the picker, the command line's month (MainWindow::showMonth) or the controller itself.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "window/MonthPicker.h"
#include "window/RunController.h"

#include "reconcile/MonthRun.h"

#include <QSignalSpy>
#include <QTest>

using namespace il::ui;
using namespace windowdriver;

class MonthPickerTest : public QObject {
    Q_OBJECT
private slots:
    void showsTheLoadedMonth() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QDate october = s.demoMonth();
        const QDate september = october.addMonths(-1);

        // As the command line asks for a month.
        w.showMonth(october, true);
        QTRY_VERIFY_WITH_TIMEOUT(s.run().isLoaded() && !w.controller()->isBusy(), LoadTimeout);
        QCOMPARE(w.monthPicker()->month(), october);

        // A load that does not come from the picker (the picker was left on another month).
        w.monthPicker()->setMonth(september.addMonths(-1));
        QSignalSpy loaded(w.controller(), &RunController::loaded);
        QVERIFY(w.controller()->load(september));
        QVERIFY(loaded.wait(LoadTimeout));
        QCOMPARE(s.run().result().month, september);
        QCOMPARE(w.monthPicker()->month(), september);
        QVERIFY2(w.statusText().startsWith(w.monthPicker()->currentText()), qPrintable(w.statusText()));
    }
};

INVOICELINK_UI_TEST(MonthPickerTest)
#include "test_month_picker.moc"
