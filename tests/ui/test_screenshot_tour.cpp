// The pictures issue 10 asks to look at, in English and Dutch, light and dark, at 1440×900: a
// grouped OK line with its explanation, the details pane of a deviation, a dismissed line, the
// charts and the copy menu. Each picture is checked for what it must show (the text in the pane,
// the dismissed marker, the menu's Copy action) and saved under INVOICELINK_UI_ARTIFACTS, where
// a person looks at them before an issue is closed.
#include "DarkPalette.h"
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "charts/ChartsDialog.h"
#include "common/Resources.h"
#include "common/Translation.h"
#include "grid/DecisionActions.h"
#include "grid/GridRoles.h"
#include "grid/LineDetailsPane.h"
#include "grid/StatusFilterProxy.h"
#include "grid/SummaryTile.h"
#include "grid/SummaryTiles.h"

#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QPainter>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

using namespace il::ui;
using namespace windowdriver;
using il::LineDecision;
using il::LineStatus;

namespace {

QString shotPath(const QString& name) {
    const QString dir = qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS", QStringLiteral(INVOICELINK_UI_ARTIFACTS_DIR));
    QDir().mkpath(dir);
    return dir + u'/' + name + QStringLiteral(".png");
}

// The first view row whose line satisfies `test`; -1 when none.
template <typename Test>
int rowWhere(MainWindow& w, Test test) {
    QTableView* view = w.grid()->view();
    for (int r = 0; r < view->model()->rowCount(); ++r) {
        const auto line = qsizetype(view->model()->index(r, 0).data(LineIndexRole).toLongLong());
        if (test(w.controller()->run()->result().records[line]))
            return r;
    }
    return -1;
}

void makeCurrent(MainWindow& w, int row) {
    QTableView* view = w.grid()->view();
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, CustomerColumn));
    view->selectRow(row);
    view->scrollTo(view->model()->index(row, CustomerColumn), QAbstractItemView::PositionAtCenter);
}

} // namespace

class ScreenshotTourTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initResources(); }
    void cleanupTestCase() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

    void tour_data() {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("dark");
        QTest::newRow("en-light") << QStringLiteral("en") << false;
        QTest::newRow("en-dark") << QStringLiteral("en") << true;
        QTest::newRow("nl-light") << QStringLiteral("nl") << false;
        QTest::newRow("nl-dark") << QStringLiteral("nl") << true;
    }

    void tour() {
        QFETCH(QString, language);
        QFETCH(bool, dark);
        QVERIFY(installLanguage(*QCoreApplication::instance(), language));
        const QPalette light = QApplication::palette();
        if (dark)
            QApplication::setPalette(darkPalette());
        const QString suffix = language + (dark ? QStringLiteral("_dark") : QStringLiteral("_light"));
        struct Restore {
            QPalette palette;
            ~Restore() { QApplication::setPalette(palette); }
        } restore{light};

        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.resize(1440, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(loadByClicking(s));

        // A grouped line that is OK, with its group explained beside the grid.
        const int grouped = rowWhere(w, [](const il::LineRecord& r) {
            return r.finding.isGrouped() && r.finding.status == LineStatus::Ok;
        });
        QVERIFY(grouped >= 0);
        makeCurrent(w, grouped);
        QTRY_VERIFY(w.grid()->details()->browser()->toPlainText().contains(QStringLiteral("Σ")));
        QTest::qWait(50); // the layout settles before the picture
        QVERIFY(w.grab().save(shotPath(QStringLiteral("grouped_ok_") + suffix)));

        // The details pane of a deviation: the rule, both sides and what a push would change.
        const int deviating = rowWhere(w, [](const il::LineRecord& r) {
            return r.finding.status == LineStatus::QuantityMismatch && !r.finding.isGrouped();
        });
        QVERIFY(deviating >= 0);
        makeCurrent(w, deviating);
        QTRY_VERIFY(w.grid()->details()->browser()->toPlainText().contains(QStringLiteral("→")));
        QTest::qWait(50);
        QVERIFY(w.grab().save(shotPath(QStringLiteral("details_pane_") + suffix)));

        // The copy menu on that line, drawn where it opens (a popup is a window of its own).
        QImage withMenu = w.grab().toImage();
        bool sawCopy = false;
        QTimer::singleShot(200, [&] {
            if (auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) {
                for (QAction* a : menu->actions())
                    sawCopy |= a->shortcut() == QKeySequence(QKeySequence::Copy);
                QPainter painter(&withMenu);
                painter.drawPixmap(w.mapFromGlobal(menu->pos()), menu->grab());
                menu->close();
            }
        });
        QTableView* view = w.grid()->view();
        const QRect cell = view->visualRect(view->model()->index(deviating, DescriptionColumn));
        emit w.grid()->contextMenuRequested(view->viewport()->mapToGlobal(cell.center()));
        QVERIFY2(sawCopy, "the right-click menu has Copy (Ctrl+C)");
        QVERIFY(withMenu.save(shotPath(QStringLiteral("copy_menu_") + suffix)));

        // A dismissed line, with its note, shown through the Dismissed tile.
        w.decisions()->setNoteAsker([](const QString&, const QString&, const QString&) -> std::optional<QString> {
            return QStringLiteral("2 licences are spare until January");
        });
        makeCurrent(w, deviating);
        w.decisions()->dismiss->trigger();
        QTest::mouseClick(w.grid()->tiles()->tile(StatusFilterProxy::Filter::Dismissed), Qt::LeftButton);
        QTRY_COMPARE(w.grid()->view()->model()->rowCount(), 1);
        QCOMPARE(LineDecision(w.grid()->view()->model()->index(0, StatusColumn).data(DecisionRole).toInt()),
                 LineDecision::Dismissed);
        makeCurrent(w, 0);
        QTest::qWait(50);
        QVERIFY(w.grab().save(shotPath(QStringLiteral("dismissed_") + suffix)));

        // The charts: the months in the database and the month's top customers.
        w.actions()->charts->trigger();
        QTRY_VERIFY(w.charts() && w.charts()->isVisible());
        w.charts()->resize(1100, 700);
        QTest::qWait(100);
        QVERIFY(w.charts()->grab().save(shotPath(QStringLiteral("charts_") + suffix)));
        w.charts()->close();
    }
};

INVOICELINK_UI_TEST(ScreenshotTourTest)
#include "test_screenshot_tour.moc"
