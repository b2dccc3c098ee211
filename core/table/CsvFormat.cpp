#include "table/CsvFormat.h"

#include "errors/UserError.h"
#include "settings/Settings.h"
#include "settings/SettingsRegistry.h"

#include <QLocale>

namespace il {

std::optional<CsvFormat> CsvFormat::fromName(const QString& name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("comma"))
        return comma();
    if (n == QLatin1String("semicolon"))
        return semicolon();
    return std::nullopt;
}

QString CsvFormat::name() const {
    return separator == u';' ? QStringLiteral("semicolon") : QStringLiteral("comma");
}

CsvFormat CsvFormat::forLanguage(const QString& language) {
    // A spreadsheet whose decimal separator is the comma cannot use it between fields too: that
    // is why those locales' Excel reads semicolons.
    const QLocale locale(language);
    return locale.decimalPoint() == QStringLiteral(",") ? semicolon() : comma();
}

CsvFormat CsvFormat::fromSettings(const Settings& settings, CsvFormat fallback) {
    const QString value = settings.value(Setting::ExportCsvFormat).trimmed();
    if (value.isEmpty())
        return fallback;
    if (const std::optional<CsvFormat> format = fromName(value))
        return *format;
    throw UserError(QStringLiteral("the setting %1 is \"%2\": write comma, semicolon or nothing")
                        .arg(SettingsRegistry::name(Setting::ExportCsvFormat), value));
}

} // namespace il
