// Issue 7 point 4: a token refresh whose answer is lost after Exact rotated the refresh token
// (dropped connection, an answer later than the timeout) says what happened and what to do, is
// not repeated, and the advice holds: the next attempt is told to sign in again.
#include "CliErrorText.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "test_exact_fixture.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace exacttest;

namespace {

class ExactLostRefreshTest : public ExactFixture {
protected:
    // The refresh POST, refused with the message a user reads; its text, or what happened instead.
    QString refreshFailure(ExactConnection& connection, ApiError::Kind* kind = nullptr) {
        try {
            runSync(connection.auth().accessToken());
        } catch (const ApiError& e) {
            if (kind)
                *kind = e.kind();
            return CliErrorText::describe(e); // the message with its remedy, as the CLI prints it
        } catch (const std::exception& e) {
            return QStringLiteral("not an ApiError: ") + QString::fromUtf8(e.what());
        }
        return QStringLiteral("refreshed");
    }
    static void expectAdvice(const QString& message) {
        EXPECT_TRUE(message.contains(QStringLiteral("Exact Online did not answer the token refresh")))
            << message.toStdString();
        EXPECT_TRUE(
            message.contains(QStringLiteral("Exact may already have replaced the refresh token, in which "
                                            "case the stored one no longer works")))
            << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("Try again in 10 minutes"))) << message.toStdString();
        EXPECT_TRUE(message.contains(QStringLiteral("run `invoicelink-cli auth login`")))
            << message.toStdString();
    }
    static void spin(int ms) {
        QEventLoop loop;
        QTimer::singleShot(ms, &loop, &QEventLoop::quit);
        loop.exec();
    }
};

TEST_F(ExactLostRefreshTest, ADroppedAnswerSaysTheTokenMayBeGoneAndWhatToDo) {
    const QString seeded = stored(QStringLiteral("exact.refresh_token"));
    // Exact handles the POST (and rotates the refresh token), then the connection drops.
    server->addFault(
        {.pathPattern = QStringLiteral("oauth2/token"), .drop = true, .times = 1, .method = "POST"});
    ApiError::Kind kind{};
    const QString message = refreshFailure(exact(), &kind);
    EXPECT_EQ(kind, ApiError::Kind::Network);
    expectAdvice(message);
    EXPECT_EQ(fake->tokens().refreshCount(), 1);                      // the server did rotate
    EXPECT_EQ(http.calls().count(QStringLiteral("token")), 1);        // and the POST was not repeated
    EXPECT_EQ(stored(QStringLiteral("exact.refresh_token")), seeded); // nothing new to keep

    // The advice holds: ten minutes later the stored token is the old one, and the next run is
    // told to sign in again.
    advance(600);
    HttpClient next(QStringLiteral("Exact Online"), fastPolicy());
    const std::unique_ptr<ExactConnection> later = connect(next);
    try {
        runSync(later->auth().accessToken());
        FAIL() << "the old refresh token was accepted";
    } catch (const UserError& e) {
        EXPECT_TRUE(e.message().contains(QStringLiteral("Old refresh token used"))) << e.what();
        EXPECT_TRUE(CliErrorText::describe(e).contains(QStringLiteral("run `invoicelink-cli auth login`")))
            << e.what();
        EXPECT_EQ(e.remedy().action, Remedy::Action::SignInToExact);
    }
}

TEST_F(ExactLostRefreshTest, AnAnswerLaterThanTheTimeoutSaysTheSame) {
    HttpPolicy policy = fastPolicy();
    policy.timeout = std::chrono::milliseconds(300);
    HttpClient slow(QStringLiteral("Exact Online"), policy);
    const std::unique_ptr<ExactConnection> connection = connect(slow);
    server->addFault(
        {.pathPattern = QStringLiteral("oauth2/token"), .delayMs = 900, .times = 1, .method = "POST"});
    ApiError::Kind kind{};
    const QString message = refreshFailure(*connection, &kind);
    EXPECT_EQ(kind, ApiError::Kind::Timeout);
    expectAdvice(message);
    EXPECT_TRUE(message.contains(QStringLiteral("no response within"))) << message.toStdString();
    EXPECT_EQ(slow.calls().count(QStringLiteral("token")), 1);
    // The late answer is still produced by Exact after the client gave up.
    QElapsedTimer waited;
    waited.start();
    while (fake->tokens().refreshCount() == 0 && waited.elapsed() < 5000)
        spin(50);
    EXPECT_EQ(fake->tokens().refreshCount(), 1);
}

} // namespace
