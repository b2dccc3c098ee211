// The settings window and the transfer log finished (issue 10 point 13): messages name fields, not
// INI keys; an invalid address says so; a save that changes nothing does not say "Saved"; the
// Database tab's "&File:" is a mnemonic; Esc and Ctrl+W close the transfer log; save dialogs
// start in the documents folder or the one picked last; left-out rows are dimmed in the dark.
#include "UiTestRegistry.h"

#include "common/SaveFolder.h"
#include "grid/GridColours.h"
#include "log/TransferLogWindow.h"
#include "push/PushReviewModel.h"
#include "settings/SettingsDialog.h"
#include "settings/SettingsWording.h"
#include "window/AppContext.h"

#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using il::ui::AppContext;

namespace {

// A first start: an empty settings file, nothing in the keychain, so the engine cannot open.
struct FirstStart {
    QTemporaryDir dir;
    std::unique_ptr<AppContext> ctx;
    FirstStart() {
        ctx = std::make_unique<AppContext>(
            std::make_unique<il::Settings>(dir.filePath(QStringLiteral("invoicelink.ini"))),
            std::make_unique<il::MemorySecretStore>(), false);
        ctx->rebuild();
    }
};

QLineEdit* edit(QWidget& dialog, const char* name) {
    auto* w = dialog.findChild<QLineEdit*>(QLatin1String(name));
    if (!w)
        qFatal("no line edit %s", name);
    return w;
}

} // namespace

class SettingsFinishTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void saveWithoutChangesDoesNotSaySavedAndNamesFields() {
        FirstStart start;
        QVERIFY(!start.ctx->lastError().isEmpty());
        il::ui::SettingsDialog dialog(*start.ctx);
        dialog.accept();
        QTRY_VERIFY(!dialog.isSaving());
        const QString said = dialog.message();
        QVERIFY2(!said.startsWith(QStringLiteral("Saved")), qPrintable(said));
        QVERIFY2(said.startsWith(QStringLiteral("Nothing was changed, so nothing was saved.")),
                 qPrintable(said));
        // Why it cannot start, in the fields' names: the INI keys are the command line's words.
        QVERIFY2(said.contains(QStringLiteral("“Client ID (Exact Online)”")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("exact/")) && !said.contains(QStringLiteral("connectwise/")),
                 qPrintable(said));

        // A real change is saved and says so.
        edit(dialog, "exact/client_id")->setText(QStringLiteral("client-123"));
        dialog.accept();
        QTRY_VERIFY(!dialog.isSaving());
        QVERIFY2(dialog.message().startsWith(QStringLiteral("Saved.")), qPrintable(dialog.message()));
    }

    void keysInCoresMessagesBecomeFieldNames() {
        using il::ui::SettingsWording;
        QCOMPARE(SettingsWording::inFieldNames(
                     QStringLiteral("exact/client_id is not set; connectwise/site is not set")),
                 QStringLiteral("“Client ID (Exact Online)” is not set; “ConnectWise site” is not set"));
        QCOMPARE(SettingsWording::inFieldNames(
                     QStringLiteral("exact/item_pattern is needed with item_key=description")),
                 QStringLiteral("“Item pattern” is needed with “Item from” = description"));
        QCOMPARE(SettingsWording::inFieldNames(QStringLiteral("the source of the item")),
                 QStringLiteral("the source of the item"));
    }

    void invalidAddressesAndPatternsSayWhatIsWrongInFieldNames() {
        FirstStart start;
        il::ui::SettingsDialog dialog(*start.ctx);
        auto* save = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
        auto* site = dialog.findChild<QComboBox*>(QStringLiteral("connectwise/site"));
        QVERIFY(site);
        site->setEditText(QStringLiteral("api eu!!.example"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.message().contains(QStringLiteral("is not a valid address")),
                 qPrintable(dialog.message()));
        QVERIFY(dialog.message().contains(QStringLiteral("api eu!!.example")));
        site->setEditText(QStringLiteral("api-eu.myconnectwise.net"));
        QVERIFY(save->isEnabled());

        auto* itemRule = dialog.findChild<QComboBox*>(QStringLiteral("exact/item_key"));
        QVERIFY(itemRule);
        itemRule->setCurrentIndex(itemRule->findData(QStringLiteral("description")));
        edit(dialog, "exact/item_pattern")->setText(QStringLiteral("^(\\S+"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(dialog.message().startsWith(QStringLiteral("The item pattern “^(\\S+”")),
                 qPrintable(dialog.message()));
        QVERIFY(!dialog.message().contains(QStringLiteral("exact/")));
    }

    void databaseFileLabelIsAMnemonic() {
        FirstStart start;
        il::ui::SettingsDialog dialog(*start.ctx);
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("database/fileLabel"));
        QVERIFY(label);
        QCOMPARE(label->buddy(), dialog.findChild<QLineEdit*>(QStringLiteral("database/file")));
    }
};

class TransferLogKeysTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void escapeAndCtrlWClose_data() {
        QTest::addColumn<QKeySequence>("key");
        QTest::newRow("Esc") << QKeySequence(Qt::Key_Escape);
        QTest::newRow("Ctrl+W") << QKeySequence(Qt::CTRL | Qt::Key_W);
    }

    void escapeAndCtrlWClose() {
        QFETCH(QKeySequence, key);
        FirstStart start;
        il::ui::TransferLogWindow window(*start.ctx);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keySequence(&window, key);
        QTRY_VERIFY(!window.isVisible());
    }
};

class SaveFolderTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void documentsFirstThenThePickedFolder() {
        QSettings(QStringLiteral("InvoiceLink"), QStringLiteral("invoicelink-gui"))
            .remove(QStringLiteral("ui/lastSaveFolder"));
        const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY(QDir().mkpath(documents));
        QCOMPARE(il::ui::SaveFolder::startPath(QStringLiteral("report.xlsx")),
                 QDir(documents).filePath(QStringLiteral("report.xlsx")));
        QTemporaryDir picked;
        il::ui::SaveFolder::remember(picked.filePath(QStringLiteral("log.csv")));
        QCOMPARE(il::ui::SaveFolder::startPath(QStringLiteral("report.xlsx")),
                 QDir(picked.path()).filePath(QStringLiteral("report.xlsx")));
    }
};

class LeftOutColourTest : public QObject {
    Q_OBJECT
private slots:
    void dimmedInTheDarkNotBrightest() {
        // A dark theme that sets text and base but leaves the placeholder colour alone, as many do.
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
        dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        const QPalette before = QGuiApplication::palette();
        QApplication::setPalette(dark);

        il::PushAction skipped;
        skipped.productIdentifier = QStringLiteral("VPS-S");
        skipped.skipReason = QStringLiteral("the agreement is not active");
        il::ui::PushReviewModel model;
        model.setActions({skipped}, il::MonthResult(), il::CwDirectory());
        QCOMPARE(model.skippedCount(), 1);
        const QColor leftOut = model.index(0, il::ui::PushReviewModel::ProductColumn)
                                   .data(Qt::ForegroundRole)
                                   .value<QBrush>()
                                   .color();
        QApplication::setPalette(before);
        QCOMPARE(leftOut.alpha(), 255);
        // Between the base and the text: dimmer than the normal rows, still readable.
        QVERIFY2(leftOut.lightness() < dark.color(QPalette::Text).lightness(), qPrintable(leftOut.name()));
        QVERIFY2(leftOut.lightness() > dark.color(QPalette::Base).lightness() + 60,
                 qPrintable(leftOut.name()));
    }
};

INVOICELINK_UI_TEST(SettingsFinishTest)
INVOICELINK_UI_TEST(TransferLogKeysTest)
INVOICELINK_UI_TEST(SaveFolderTest)
INVOICELINK_UI_TEST(LeftOutColourTest)
#include "test_settings_finish.moc"
