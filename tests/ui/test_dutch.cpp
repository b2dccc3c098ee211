// Dutch everywhere (issue 10 point 9): numbers with a decimal comma and thousands separators,
// input that accepts "0,05", Qt's own buttons and core's messages in Dutch. English stays English.
#include "UiTestRegistry.h"

#include "money/DecimalText.h"
#include "common/Resources.h"
#include "common/Translation.h"
#include "grid/LineText.h"
#include "settings/SettingsPageTolerances.h"

#include "errors/ApiError.h"
#include "money/Decimal.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using il::Decimal;
using il::DecimalText;
using il::ui::LineText;

namespace {

Decimal d(const char* text) {
    return Decimal::fromString(QString::fromLatin1(text));
}

} // namespace

class DutchTest : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { il::ui::initResources(); }
    void cleanup() { il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("en")); }

    void numbersReadAsTheLanguageWritesThem() {
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
        // Money, totals and quantities in the grid, the tiles and the tooltips.
        QCOMPARE(LineText::amount(d("1234.56")), QStringLiteral("1.234,56"));
        QCOMPARE(LineText::money(d("1234567.5")), QStringLiteral("1.234.567,50"));
        QCOMPARE(LineText::money(d("0.8325")), QStringLiteral("0,8325"));
        QCOMPARE(LineText::signedAmount(d("-1234.564")), QStringLiteral("-1.234,56"));
        QCOMPARE(LineText::signedMoney(d("9.99")), QStringLiteral("+9,99"));
        QCOMPARE(LineText::quantity(d("1250")), QStringLiteral("1.250"));
        QCOMPARE(LineText::quantity(d("9.43")), QStringLiteral("9,43"));
        QCOMPARE(LineText::quantity(d("999")), QStringLiteral("999"));

        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(LineText::amount(d("1234.56")), QStringLiteral("1,234.56"));
        QCOMPARE(LineText::money(d("1234567.5")), QStringLiteral("1,234,567.50"));
        QCOMPARE(LineText::signedAmount(d("-1234.564")), QStringLiteral("-1,234.56"));
    }

    void exactPastWhatADoubleHolds() {
        // 17 significant digits: a double would round the last ones away.
        const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
        QCOMPARE(DecimalText::format(d("12345678901.123456"), -1, dutch),
                 QStringLiteral("12.345.678.901,123456"));
        QCOMPARE(DecimalText::parse(QStringLiteral("12.345.678.901,123456"), dutch), d("12345678901.123456"));
    }

    void inputInTheLanguagesForm() {
        const QLocale dutch(QLocale::Dutch, QLocale::Netherlands);
        QCOMPARE(DecimalText::parse(QStringLiteral("0,05"), dutch), d("0.05"));
        QCOMPARE(DecimalText::parse(QStringLiteral("1.234,5"), dutch), d("1234.5"));
        QCOMPARE(DecimalText::parse(QStringLiteral(" 1234,50 "), dutch), d("1234.5"));
        QCOMPARE(DecimalText::parse(QStringLiteral("-3"), dutch), d("-3"));
        QCOMPARE(DecimalText::parse(QStringLiteral(",5"), dutch), d("0.5"));
        // The plain form other programs and the settings file write, where it cannot be Dutch.
        QCOMPARE(DecimalText::parse(QStringLiteral("0.05"), dutch), d("0.05"));
        for (const char* garbage : {"abc", "", "1,2,3", "1.23.4", "12,", "1e3", "0,05€", "1.2345,6", "--1"})
            QVERIFY2(!DecimalText::parse(QString::fromUtf8(garbage), dutch), garbage);

        const QLocale english(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(DecimalText::parse(QStringLiteral("1,234.5"), english), d("1234.5"));
        QCOMPARE(DecimalText::parse(QStringLiteral("0.05"), english), d("0.05"));
        QVERIFY(!DecimalText::parse(QStringLiteral("0,05"), english));
    }

    void toleranceFieldTakesDutchAndStoresThePlainForm() {
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
        QTemporaryDir dir;
        il::Settings settings(dir.filePath(QStringLiteral("invoicelink.ini")));
        il::ui::SettingsPageTolerances page;
        page.load(settings);
        auto* price = page.findChild<QLineEdit*>(QStringLiteral("tolerance/price"));
        auto* quantity = page.findChild<QLineEdit*>(QStringLiteral("tolerance/quantity"));
        QVERIFY(price && quantity);
        QCOMPARE(price->text(), QStringLiteral("0,01")); // the default, as a Dutch user writes it
        price->setText(QStringLiteral("0,05"));
        quantity->setText(QStringLiteral("1.234,5"));
        QVERIFY2(page.problems().isEmpty(), qPrintable(page.problems().join(u'\n')));
        page.save(settings);
        QCOMPARE(settings.value(il::Setting::TolerancePrice), QStringLiteral("0.05"));
        QCOMPARE(settings.value(il::Setting::ToleranceQuantity), QStringLiteral("1234.5"));

        price->setText(QStringLiteral("vijf cent"));
        QCOMPARE(page.problems().size(), 1);
        QCOMPARE(page.problems().first(),
                 QStringLiteral("De prijstolerantie “vijf cent” is geen getal van 0 of meer, zoals 0,01."));
    }

    void qtsOwnButtonsSpeakDutch() {
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
        QDialogButtonBox box(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Annuleren"));
        QVERIFY2(box.button(QDialogButtonBox::Save)->text().remove(u'&') == QStringLiteral("Opslaan"),
                 qPrintable(box.button(QDialogButtonBox::Save)->text()));
    }

    void coresMessagesSpeakDutch() {
        using il::ApiError;
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
        QCOMPARE(ApiError::format(ApiError::Kind::Network, QStringLiteral("Exact Online"),
                                  QStringLiteral("GET salesinvoice/SalesInvoices"), 0, QString()),
                 QStringLiteral("Exact Online GET salesinvoice/SalesInvoices mislukt: netwerkfout"));
        QCOMPARE(QCoreApplication::translate("il::Validator", "it was cancelled"),
                 QStringLiteral("ze is opgezegd"));
        // The command line installs no translation: English, as its tests and scripts expect.
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(ApiError::format(ApiError::Kind::Network, QStringLiteral("Exact Online"),
                                  QStringLiteral("GET salesinvoice/SalesInvoices"), 0, QString()),
                 QStringLiteral("Exact Online GET salesinvoice/SalesInvoices failed: network error"));
    }

    // English speaks in real plurals too ("1 line", "2 lines"), not "line(s)", and Dutch in its own.
    void countsReadAsSentencesInBothLanguages() {
        const char* context = "il::ui::DecisionActions";
        const char* source = "%n line(s) dismissed.";
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("1 line dismissed."));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3), QStringLiteral("3 lines dismissed."));
        QVERIFY(il::ui::installLanguage(*QCoreApplication::instance(), QStringLiteral("nl")));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 1), QStringLiteral("1 regel genegeerd."));
        QCOMPARE(QCoreApplication::translate(context, source, nullptr, 3), QStringLiteral("3 regels genegeerd."));
    }
};

INVOICELINK_UI_TEST(DutchTest)
#include "test_dutch.moc"
