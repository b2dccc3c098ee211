#pragma once

#include <QString>

class QCoreApplication;
class QSettings;

namespace il::ui {

// The desktop app's own preferences (window state, last month, language) live in QSettings
// under this organization and application, never in the contract INI of the engine.
inline constexpr const char* GuiOrganization = "InvoiceLink";
inline constexpr const char* GuiApplication = "invoicelink-gui";
inline constexpr const char* LanguageKey = "ui/language"; // "nl", "en" or empty: the system's

// Installs the translation for the language set in the app's preferences, else the system's.
// English is the source language, so "en" (or no translation for the locale) installs nothing.
// Returns the language used ("nl" or "en").
QString installTranslation(QCoreApplication& app);
// Installs that language ("nl" or "en") in place of any installed before: the app's
// translation, Qt's own (qtbase_<lang>.qm from QLibraryInfo's TranslationsPath, for Cancel, Save
// and the file dialogs; Debian's qt6-translations-l10n) and the number format of QLocale (decimal
// comma in Dutch). Returns false when the app's translation for it could not be loaded.
bool installLanguage(QCoreApplication& app, const QString& language);
// The language installTranslation would choose, given the preference (empty: the system's).
QString chooseLanguage(const QString& preference);

} // namespace il::ui
