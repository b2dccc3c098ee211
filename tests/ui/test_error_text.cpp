// Errors in the window are worded by the window (ui/ErrorText): a month loaded before signing in
// to Exact Online tells the user where in Settings to sign in, never a command to run.

#include "UiTestRegistry.h"
#include "WindowDriver.h"

#include "common/ErrorText.h"

#include "errors/Cancelled.h"
#include "errors/UserError.h"

#include <QSignalSpy>
#include <QTest>

using namespace il::ui;
using namespace windowdriver;

class ErrorTextTest : public QObject {
    Q_OBJECT
private slots:
    void aLoadBeforeSigningInPointsToTheSignInOfSettings() {
        WindowSandbox s;
        QVERIFY2(s.ok(), s.error().constData());
        // Configured, but never signed in: no refresh token in the keychain.
        il::runSync(s.context().secrets().remove(QStringLiteral("exact.refresh_token")));
        MainWindow& w = s.window();
        w.show();
        w.monthPicker()->setMonth(s.demoMonth());
        QSignalSpy failed(w.controller(), &RunController::failed);
        QWidget* button = toolButton(w, w.actions()->load);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(failed.count() > 0 || failed.wait(LoadTimeout));
        QVERIFY(QTest::qWaitFor([&] { return !w.controller()->isBusy(); }, LoadTimeout));

        const QString shown = w.statusText();
        QVERIFY2(shown.startsWith(QStringLiteral("Not signed in to Exact Online yet. ")), qPrintable(shown));
        QVERIFY2(shown.contains(QStringLiteral("Settings → Exact Online → Sign in")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("invoicelink-cli")), qPrintable(shown));
        QVERIFY2(!shown.contains(QStringLiteral("secret set")), qPrintable(shown));
    }

    void aMissingSecretNamesItsPageOfSettings() {
        const il::UserError missing(QStringLiteral("The ConnectWise private key is not set"),
                                    il::Remedy::setSecret(QStringLiteral("connectwise.private_key")));
        QCOMPARE(ErrorText::describe(missing),
                 QStringLiteral("The ConnectWise private key is not set. Enter the ConnectWise private key on "
                                "the ConnectWise page of Settings."));
        // Without a remedy the message is shown as core wrote it; a cancel is said in words.
        QCOMPARE(ErrorText::describe(il::UserError(QStringLiteral("exact/division is not a number"))),
                 QStringLiteral("exact/division is not a number"));
        QCOMPARE(ErrorText::describe(il::Cancelled()), QStringLiteral("The operation was cancelled."));
    }
};

INVOICELINK_UI_TEST(ErrorTextTest)
#include "test_error_text.moc"
