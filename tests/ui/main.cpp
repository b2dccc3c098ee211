// ui_tests: every QTest class registered with INVOICELINK_UI_TEST, one after another, offscreen,
// with the app's own preferences (QSettings) in QStandardPaths' test locations.
#include "UiTestRegistry.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cstring>

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
#ifdef INVOICELINK_UI_ARTIFACTS_DIR
    // Screenshots are kept as test artifacts in the build tree unless told otherwise.
    if (qEnvironmentVariableIsEmpty("INVOICELINK_UI_ARTIFACTS"))
        qputenv("INVOICELINK_UI_ARTIFACTS", INVOICELINK_UI_ARTIFACTS_DIR);
#endif
    QDir().mkpath(qEnvironmentVariable("INVOICELINK_UI_ARTIFACTS", QDir::tempPath()));
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("InvoiceLink"));
    QApplication::setApplicationName(QStringLiteral("invoicelink-gui-tests"));

    // `ui_tests ClassName [options]` runs that class only; anything else goes to QTest.
    QStringList args = QApplication::arguments();
    QString only;
    if (args.size() > 1 && !args.at(1).startsWith(u'-')) {
        const auto& all = uitest::registry();
        const bool isClass = std::any_of(all.begin(), all.end(), [&](const uitest::Entry& e) {
            return args.at(1) == QLatin1String(e.name);
        });
        if (isClass)
            only = args.takeAt(1);
    }
    auto entries = uitest::registry();
    std::sort(entries.begin(), entries.end(),
              [](const uitest::Entry& a, const uitest::Entry& b) { return std::strcmp(a.name, b.name) < 0; });
    int failures = 0;
    for (const uitest::Entry& entry : entries) {
        if (!only.isEmpty() && only != QLatin1String(entry.name))
            continue;
        std::unique_ptr<QObject> test = entry.make();
        failures += QTest::qExec(test.get(), args);
    }
    return failures == 0 ? 0 : 1;
}
