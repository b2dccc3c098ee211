#include "common/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace il::ui {

QString chooseLanguage(const QString& preference) {
    const QString wanted = preference.trimmed().toLower();
    if (wanted == QLatin1String("nl") || wanted == QLatin1String("en"))
        return wanted;
    return QLocale().language() == QLocale::Dutch ? QStringLiteral("nl") : QStringLiteral("en");
}

QString installTranslation(QCoreApplication& app) {
    const QSettings prefs(QString::fromLatin1(GuiOrganization), QString::fromLatin1(GuiApplication));
    const QString language = chooseLanguage(prefs.value(QString::fromLatin1(LanguageKey)).toString());
    if (language == QLatin1String("en"))
        return language;
    // Ours from the resources (compiled from translations/invoicelink_nl.ts), Qt's own for its
    // dialogs' buttons from the system, when installed.
    auto* ours = new QTranslator(&app);
    if (ours->load(QStringLiteral(":/i18n/invoicelink_%1.qm").arg(language)))
        QCoreApplication::installTranslator(ours);
    else
        delete ours;
    auto* qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return language;
}

} // namespace il::ui
