// Issue 7 point 6: settings that are wrong are refused with a message naming the key and the
// value; nothing is quietly read as 0 or as the default.
#include "engine/ConfigCheck.h"
#include "errors/UserError.h"
#include "settings/Settings.h"

#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace il;

namespace {

class SettingsInputsTest : public ::testing::Test {
protected:
    void SetUp() override {
        ASSERT_TRUE(dir.isValid());
        settings = std::make_unique<Settings>(dir.filePath(QStringLiteral("invoicelink.ini")));
    }
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
};

TEST_F(SettingsInputsTest, ToleranceTextOrNegativeIsRefusedNotReadAsZero) {
    const QList<QPair<const char*, QString>> cases = {
        {"tolerance/price", QStringLiteral("abc")},   {"tolerance/price", QStringLiteral("-0.01")},
        {"tolerance/price", QStringLiteral("0,05")},  {"tolerance/quantity", QStringLiteral("one")},
        {"tolerance/quantity", QStringLiteral("-1")}, {"tolerance/quantity", QStringLiteral("NaN")}};
    for (const auto& [key, value] : cases) {
        settings->setValue(QStringLiteral("tolerance/price"), QStringLiteral("0.01"));
        settings->setValue(QStringLiteral("tolerance/quantity"), QStringLiteral("0"));
        settings->setValue(QLatin1String(key), value);
        const QString expected =
            QStringLiteral("%1 '%2' is not a number of 0 or more (write it with a point, e.g. 0.01)")
                .arg(QLatin1String(key), value);
        EXPECT_TRUE(il::ConfigCheck::problems(*settings).contains(expected)) << key << " " << value.toStdString();
        try {
            const Decimal d = QLatin1String(key) == QLatin1String("tolerance/price")
                                  ? settings->priceTolerance()
                                  : settings->quantityTolerance();
            ADD_FAILURE() << key << " '" << value.toStdString() << "' was read as "
                          << d.toString().toStdString();
        } catch (const UserError& e) {
            EXPECT_EQ(e.message(), expected);
        }
    }
}

TEST_F(SettingsInputsTest, ValidTolerancesAndDefaultsAreReadExactly) {
    EXPECT_EQ(settings->priceTolerance(), Decimal::fromString(u"0.01")); // not set: the defaults
    EXPECT_EQ(settings->quantityTolerance(), Decimal());
    settings->setValue(QStringLiteral("tolerance/price"), QStringLiteral(" 0.05 "));
    settings->setValue(QStringLiteral("tolerance/quantity"), QStringLiteral("0.5"));
    EXPECT_EQ(settings->priceTolerance(), Decimal::fromString(u"0.05"));
    EXPECT_EQ(settings->quantityTolerance(), Decimal::fromString(u"0.5"));
    for (const QString& p : il::ConfigCheck::problems(*settings))
        EXPECT_FALSE(p.startsWith(QStringLiteral("tolerance/"))) << p.toStdString();
}

TEST_F(SettingsInputsTest, ADivisionIsAPositiveWholeNumberThatFitsExactsInt32) {
    for (const char* ok : {"1", "123456", "2147483647", " 42 "}) {
        settings->setValue(QStringLiteral("exact/division"), QString::fromLatin1(ok));
        EXPECT_EQ(settings->exactDivision(), QString::fromLatin1(ok).trimmed().toInt()) << ok;
        EXPECT_TRUE(Settings::divisionProblem(QString::fromLatin1(ok)).isEmpty()) << ok;
    }
    settings->setValue(QStringLiteral("exact/division"), QString());
    EXPECT_EQ(settings->exactDivision(), 0); // not set: the user's current division is used
    for (const char* bad : {"abc", "0", "-1", "2147483648", "99999999999", "1.5", "12 34", "1e5"}) {
        settings->setValue(QStringLiteral("exact/division"), QString::fromLatin1(bad));
        EXPECT_THROW(settings->exactDivision(), UserError) << bad;
        EXPECT_TRUE(Settings::divisionProblem(QString::fromLatin1(bad))
                        .startsWith(QStringLiteral("exact/division '%1' is not a division code")
                                        .arg(QString::fromLatin1(bad))))
            << bad;
    }
}

} // namespace
