// The window in Dutch (issue 10 point 9): the tiles and the grid write numbers the Dutch way and
// the push review's field column shows its longest Dutch text in full.
#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "common/Resources.h"
#include "common/Translation.h"
#include "grid/StatusFilterProxy.h"
#include "grid/SummaryTile.h"
#include "grid/SummaryTiles.h"
#include "push/PushReviewDialog.h"
#include "push/PushReviewModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTest>

using namespace il::ui;
using namespace windowdriver;

class DutchWindowTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        initResources();
        QVERIFY(installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
    }
    void cleanupTestCase() { installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

    void numbersAndTheReviewsFieldColumnInDutch() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error());
        MainWindow& w = s.window();
        w.resize(1440, 900);
        w.show();
        QVERIFY(loadByClicking(s));

        // The grid's money: a decimal comma, never a decimal point.
        GridPage* grid = w.grid();
        QAbstractItemModel* model = grid->view()->model();
        int money = 0;
        for (int r = 0; r < model->rowCount(); ++r) {
            const QString price = model->index(r, InvoicePriceColumn).data().toString();
            QVERIFY2(!price.contains(u'.') || price.contains(u','), qPrintable(price));
            money += price.contains(u',');
        }
        QVERIFY(money > 0);
        // No header cut off in Dutch at 1440×900: its words, its margins and the sort mark fit.
        QHeaderView* header = grid->view()->horizontalHeader();
        const QFontMetrics headerFont(header->font());
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        const int mark = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
        for (int c = 0; c < model->columnCount(); ++c) {
            const QString title = model->headerData(c, Qt::Horizontal).toString();
            QVERIFY2(
                header->sectionSize(c) >= headerFont.horizontalAdvance(title) + 2 * margin + mark,
                qPrintable(
                    QStringLiteral("header cut off: %1 in %2 px").arg(title).arg(header->sectionSize(c))));
        }

        QTest::mouseClick(grid->tiles()->tile(StatusFilterProxy::Filter::Deviations), Qt::LeftButton);
        grid->view()->setFocus();
        grid->view()->selectAll();
        w.actions()->pushSelected->trigger();
        auto* dialog = w.findChild<PushReviewDialog*>();
        QVERIFY(dialog && dialog->isVisible());
        auto* view = dialog->findChild<QTableView*>();
        QVERIFY(view);
        const QFontMetrics metrics(view->font());
        bool creates = false;
        for (int r = 0; r < dialog->model()->rowCount(); ++r) {
            const QString field = dialog->model()->index(r, PushReviewModel::FieldColumn).data().toString();
            creates |= field.startsWith(QStringLiteral("Nieuwe toevoeging"));
            QVERIFY2(metrics.horizontalAdvance(field) <= view->columnWidth(PushReviewModel::FieldColumn),
                     qPrintable(QStringLiteral("cut off: %1 (%2 px in %3 px)")
                                    .arg(field)
                                    .arg(metrics.horizontalAdvance(field))
                                    .arg(view->columnWidth(PushReviewModel::FieldColumn))));
        }
        QVERIFY2(creates, "the demo month has a new addition, the longest field text");
        // The agreement keeps room for a name: the capped change column does not squeeze it away.
        const int em = metrics.averageCharWidth();
        QVERIFY2(view->columnWidth(PushReviewModel::AgreementColumn) >= 12 * em,
                 qPrintable(QString::number(view->columnWidth(PushReviewModel::AgreementColumn))));
        dialog->grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                            QStringLiteral("/push_review_nl.png"));
        w.grab().save(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS") +
                      QStringLiteral("/main_window_nl.png"));
        dialog->reject();
    }
};

INVOICELINK_UI_TEST(DutchWindowTest)
#include "test_dutch_window.moc"
