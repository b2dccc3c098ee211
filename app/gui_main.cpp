// invoicelink: the desktop app. With --demo it runs the whole job on the built-in sandbox
// (started here on a free loopback port, with a temporary config and database and the tokens in
// memory), so a newcomer sees it work in seconds and no real configuration or keychain is touched.

#include "window/AppContext.h"
#include "window/MainWindow.h"
#include "common/Resources.h"
#include "common/Translation.h"

#include "engine/Workspace.h"
#include "log/LogCategories.h"
#include "log/LogOutput.h"
#include "async/RunSync.h"
#include "sandbox/Sandbox.h"
#include "settings/MemorySecretStore.h"
#include "settings/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProcess>
#include <QTemporaryDir>

#include <memory>

namespace {

// The demo signs in through the loopback listener, which real Exact refuses (http): the
// sandbox allows it for the demo only.
il::sandbox::SandboxOptions withLoopbackSignIn(il::sandbox::SandboxOptions options) {
    options.allowHttpRedirect = true;
    return options;
}

// The demo's own world: the sandbox and the folder with its config, database and token lock.
struct Demo {
    explicit Demo(il::sandbox::SandboxOptions options)
        : sandbox(withLoopbackSignIn(std::move(options))) {}

    il::sandbox::Sandbox sandbox;
    QTemporaryDir dir;
    QString configPath;
    QString error;

    bool start() {
        if (!sandbox.start()) {
            error = QApplication::translate("main", "The demo sandbox could not start: %1")
                        .arg(sandbox.errorString());
            return false;
        }
        if (!dir.isValid()) {
            error = QApplication::translate("main", "No temporary folder for the demo: %1")
                        .arg(dir.errorString());
            return false;
        }
        configPath = dir.filePath(QStringLiteral("demo.ini"));
        QFile config(configPath);
        if (!config.open(QIODevice::WriteOnly)) {
            error = QApplication::translate("main", "Cannot write %1").arg(configPath);
            return false;
        }
        config.write(
            sandbox.configIni(QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("demo.sqlite")))
                .toUtf8());
        return true;
    }

    std::unique_ptr<il::SecretStore> secrets() const {
        auto store = std::make_unique<il::MemorySecretStore>();
        const auto seeded = sandbox.secrets();
        for (auto it = seeded.cbegin(); it != seeded.cend(); ++it)
            il::runSync(store->write(it.key(), it.value())); // in memory: completes at once
        return store;
    }
};

} // namespace

int main(int argc, char** argv) {
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString::fromLatin1(il::ui::GuiOrganization));
    QApplication::setApplicationName(QString::fromLatin1(il::ui::GuiApplication));
    QApplication::setApplicationDisplayName(QStringLiteral("InvoiceLink"));
    QApplication::setApplicationVersion(QStringLiteral(INVOICELINK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("invoicelink"));
    il::ui::initResources();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/invoicelink.png")));
    il::ui::installTranslation(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Reconcile the monthly Exact Online invoice with ConnectWise agreements."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
                                        QApplication::translate("main", "Run on the built-in demo sandbox."));
    const QCommandLineOption configOption(QStringLiteral("config"),
                                          QApplication::translate("main", "Use this settings file."),
                                          QStringLiteral("FILE"));
    // The demo administration books the supplier's invoices as purchase invoices (default),
    // purchase entries (read with [exact] source=entries) or both.
    const QCommandLineOption bookingOption(
        QStringLiteral("demo-booking"),
        QApplication::translate("main", "With --demo: book the supplier's invoices as invoices (default), "
                                        "entries or both."),
        QStringLiteral("invoices|entries|both"));
    // The same logging switches as invoicelink-cli: lines on standard error, see LogOutput.
    const QCommandLineOption verboseOption(
        QStringLiteral("verbose"),
        QApplication::translate("main",
                                "Log the phases of each run (loads, pushes, locks) to standard error."));
    const QCommandLineOption debugOption(
        QStringLiteral("debug"),
        QApplication::translate("main", "Also log every HTTP request (never a secret) to standard error."));
    parser.addOption(demoOption);
    parser.addOption(configOption);
    parser.addOption(bookingOption);
    parser.addOption(verboseOption);
    parser.addOption(debugOption);
    parser.process(app);
    il::LogOutput::install(parser.isSet(debugOption)     ? il::LogOutput::Level::Debug
                           : parser.isSet(verboseOption) ? il::LogOutput::Level::Verbose
                                                         : il::LogOutput::Level::Quiet);

    std::unique_ptr<Demo> demo;
    std::unique_ptr<il::ui::AppContext> context;
    if (parser.isSet(demoOption)) {
        il::sandbox::SandboxOptions options;
        const QString booking = parser.value(bookingOption);
        if (booking == QLatin1String("entries"))
            options.data.booking = il::sandbox::PurchaseBooking::Entries;
        else if (booking == QLatin1String("both"))
            options.data.booking = il::sandbox::PurchaseBooking::Both;
        else if (!booking.isEmpty() && booking != QLatin1String("invoices")) {
            QMessageBox::critical(nullptr, QStringLiteral("InvoiceLink"),
                                  QApplication::translate("main", "--demo-booking must be invoices, entries or both"));
            return 2;
        }
        demo = std::make_unique<Demo>(options);
        if (!demo->start()) {
            QMessageBox::critical(nullptr, QStringLiteral("InvoiceLink"), demo->error);
            return 1;
        }
        context = std::make_unique<il::ui::AppContext>(std::make_unique<il::Workspace>(
            std::make_unique<il::Settings>(demo->configPath), demo->secrets(),
            il::Workspace::Options{.frontEnd = QStringLiteral("gui"), .demo = true}));
    } else {
        // The same engine the command line opens: the config file and the keychain.
        const QString path =
            parser.isSet(configOption) ? QFileInfo(parser.value(configOption)).absoluteFilePath() : QString();
        context = std::make_unique<il::ui::AppContext>(
            il::Workspace::open(path, il::Workspace::Options{.frontEnd = QStringLiteral("gui")}));
    }
    // Without settings the window shows the welcome panel; with them it starts the engine.
    if (context->isDemo() || context->isConfigured())
        context->rebuild();

    qCInfo(il::lcUi).noquote() << (demo ? QStringLiteral("desktop started on the demo sandbox")
                                   : context->isConfigured()
                                       ? QStringLiteral("desktop started")
                                       : QStringLiteral("desktop started (not configured yet)"));
    il::ui::MainWindow window(*context);
    QObject::connect(&window, &il::ui::MainWindow::demoRequested, [] {
        QProcess::startDetached(QCoreApplication::applicationFilePath(), {QStringLiteral("--demo")});
    });
    window.show();
    if (demo)
        window.showMonth(demo->sandbox.data().demoMonth, true);
    return app.exec();
}
