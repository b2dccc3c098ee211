// The standalone invoicelink-sandbox: prints a usable config, serves, stops on SIGTERM, and
// refuses a taken port with exit code 2.
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QUrl>
#include <gtest/gtest.h>

#include <csignal>

namespace {

QString sandboxBinary() {
#ifdef INVOICELINK_SANDBOX_PATH
    return QStringLiteral(INVOICELINK_SANDBOX_PATH);
#else
    // Built next to the CLI (app/).
    return QFileInfo(QStringLiteral(INVOICELINK_CLI_PATH))
        .dir()
        .filePath(QStringLiteral("invoicelink-sandbox"));
#endif
}

} // namespace

TEST(SandboxApp, PrintsAConfigServesAndStopsOnSigterm) {
    if (!QFileInfo::exists(sandboxBinary()))
        GTEST_SKIP() << "build the invoicelink-sandbox target first: " << sandboxBinary().toStdString();
    QTemporaryDir dir;
    const QString config = dir.filePath(QStringLiteral("demo.ini"));
    QProcess process;
    process.start(sandboxBinary(),
                  {"--port", "0", "--seed", "7", "--customers", "15", "--write-config", config});
    ASSERT_TRUE(process.waitForStarted(5000));
    QByteArray out;
    while (!out.contains("Serving until") && process.waitForReadyRead(5000))
        out += process.readAllStandardOutput();
    ASSERT_TRUE(out.contains("Serving until")) << out.toStdString();
    EXPECT_TRUE(out.contains("customer_pattern=^\\\\[(.+?)\\\\]")) << out.toStdString();
    EXPECT_TRUE(
        out.contains("| invoicelink-cli --config '" + config.toUtf8() + "' secret set exact.refresh_token"));
    EXPECT_TRUE(out.contains("secret set connectwise.private_key"));

    QSettings ini(config, QSettings::IniFormat);
    const QUrl site(ini.value("connectwise/site").toString());
    EXPECT_EQ(ini.value("exact/customer_pattern").toString(), R"(^\[(.+?)\])");
    EXPECT_EQ(ini.value("exact/base_url").toString(), site.toString());
    // Like Exact, it takes only an https redirect URI unless told otherwise.
    EXPECT_EQ(ini.value("exact/redirect_uri").toString(), "https://invoicelink.example/exact");
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(site.port()));
    ASSERT_TRUE(socket.waitForConnected(5000));
    socket.write("GET /login/companyinfo/" + ini.value("connectwise/company").toByteArray() +
                 " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    QByteArray reply;
    while (socket.waitForReadyRead(5000))
        reply += socket.readAll();
    EXPECT_TRUE(reply.startsWith("HTTP/1.1 200")) << reply.toStdString();
    EXPECT_TRUE(reply.contains("\"Codebase\""));

    ::kill(pid_t(process.processId()), SIGTERM);
    ASSERT_TRUE(process.waitForFinished(5000));
    EXPECT_EQ(process.exitStatus(), QProcess::NormalExit);
    EXPECT_EQ(process.exitCode(), 0);
}

TEST(SandboxApp, ATakenPortExitsWithCode2AndSaysSo) {
    if (!QFileInfo::exists(sandboxBinary()))
        GTEST_SKIP() << "build the invoicelink-sandbox target first: " << sandboxBinary().toStdString();
    QTcpServer squatter;
    ASSERT_TRUE(squatter.listen(QHostAddress::LocalHost, 0));
    QProcess process;
    process.start(sandboxBinary(), {"--port", QString::number(squatter.serverPort())});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    EXPECT_TRUE(err.contains("cannot listen on 127.0.0.1:" + QByteArray::number(squatter.serverPort())))
        << err.toStdString();
    EXPECT_TRUE(process.readAllStandardOutput().isEmpty());

    process.start(sandboxBinary(), {"--faults", "path=x,status=abc"});
    ASSERT_TRUE(process.waitForFinished(10000));
    EXPECT_EQ(process.exitCode(), 2);
}

// --allow-http-redirect (the demo's way): the config carries a loopback redirect URI and the
// authorization endpoint accepts it; without the option the same request is refused as Exact
// refuses it.
TEST(SandboxApp, AllowHttpRedirectAcceptsTheLoopbackRedirectUri) {
    if (!QFileInfo::exists(sandboxBinary()))
        GTEST_SKIP() << "build the invoicelink-sandbox target first: " << sandboxBinary().toStdString();
    auto authorize = [](bool allow) {
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("demo.ini"));
        QStringList args{"--port", "0", "--customers", "15", "--write-config", config};
        if (allow)
            args << "--allow-http-redirect";
        QProcess process;
        process.start(sandboxBinary(), args);
        EXPECT_TRUE(process.waitForStarted(5000));
        QByteArray out;
        while (!out.contains("Serving until") && process.waitForReadyRead(5000))
            out += process.readAllStandardOutput();
        QSettings ini(config, QSettings::IniFormat);
        const QUrl site(ini.value("exact/base_url").toString());
        const QString loopback = QStringLiteral("http://127.0.0.1:%1/callback").arg(site.port() + 1);
        const QString redirect = allow ? ini.value("exact/redirect_uri").toString() : loopback;
        EXPECT_EQ(redirect.startsWith(QStringLiteral("http://127.0.0.1:")), true) << redirect.toStdString();
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), quint16(site.port()));
        EXPECT_TRUE(socket.waitForConnected(5000));
        socket.write("GET /api/oauth2/auth?client_id=" + ini.value("exact/client_id").toByteArray() +
                     "&redirect_uri=" + QUrl::toPercentEncoding(redirect) +
                     "&response_type=code&state=s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
        QByteArray reply;
        while (socket.waitForReadyRead(5000))
            reply += socket.readAll();
        if (process.processId() > 0) // never kill(0, …): that is the test's own process group
            ::kill(pid_t(process.processId()), SIGTERM);
        process.waitForFinished(5000);
        return reply;
    };
    const QByteArray allowed = authorize(true);
    EXPECT_TRUE(allowed.startsWith("HTTP/1.1 302")) << allowed.toStdString();
    const QByteArray refused = authorize(false);
    EXPECT_TRUE(refused.startsWith("HTTP/1.1 400")) << refused.toStdString();
    EXPECT_TRUE(refused.contains("is not valid.")) << refused.toStdString();
}
