#include "common/Translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
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
    installLanguage(app, language);
    return language;
}

bool installLanguage(QCoreApplication& app, const QString& language) {
    // Installed ones are replaced, so a test (or a later language switch) never stacks them.
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qt;
    for (QPointer<QTranslator>* t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete t->data();
        }
    }
    // Numbers follow the language the window speaks: "1.234,56" beside Dutch words, "1,234.56"
    // beside English ones, whatever the system's locale says.
    const bool dutch = language == QLatin1String("nl");
    const QLocale system = QLocale::system();
    if (dutch && system.language() != QLocale::Dutch)
        QLocale::setDefault(QLocale(QLocale::Dutch, QLocale::Netherlands));
    else if (!dutch && system.language() != QLocale::English)
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    else
        QLocale::setDefault(system);
    // English is the source language: only its plural forms ("1 line", "2 lines") are loaded.
    if (!dutch) {
        ours = new QTranslator(&app);
        if (ours->load(QStringLiteral(":/i18n/invoicelink_en.qm")))
            QCoreApplication::installTranslator(ours);
        return true;
    }
    // Ours from the resources (compiled from translations/invoicelink_nl.ts), Qt's own for its
    // dialogs' buttons from the system, when installed.
    ours = new QTranslator(&app);
    const bool loaded = ours->load(QStringLiteral(":/i18n/invoicelink_%1.qm").arg(language));
    if (loaded)
        QCoreApplication::installTranslator(ours);
    qt = new QTranslator(&app);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return loaded;
}

} // namespace il::ui
