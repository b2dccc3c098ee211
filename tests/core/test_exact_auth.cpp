// Exact Online's token rules through the real client against the fake, with the client's
// ManualClock and the fake's SandboxClock moved together (never by sleeping).
#include "CliErrorText.h"
#include "errors/ApiError.h"
#include "errors/UserError.h"
#include "exact/ODataReader.h"
#include "exact/TokenVault.h"
#include "test_exact_fixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace exacttest;

namespace {

// Records every write, in order, into a shared log.
class RecordingStore : public SecretStore {
public:
    explicit RecordingStore(QStringList& log)
        : m_log(log) {}
    QCoro::Task<std::optional<QString>> read(QString name) override { return m_inner.read(name); }
    QCoro::Task<> write(QString name, QString value) override {
        m_log << QStringLiteral("store %1=%2").arg(name, value);
        return m_inner.write(name, value);
    }
    QCoro::Task<> remove(QString name) override { return m_inner.remove(name); }
    QString kind() const override { return QStringLiteral("memory"); }

private:
    QStringList& m_log;
    MemorySecretStore m_inner;
};

class ExactAuthTest : public ExactFixture {
protected:
    void me(ExactConnection& c) {
        runSync(c.reader().getD(QStringLiteral("current/Me"),
                                {{QStringLiteral("$select"), QStringLiteral("UserID")}},
                                QStringLiteral("current/Me")));
    }
    void me() { me(exact()); }
    int tokenCalls() const { return http.calls().count(QStringLiteral("token")); }
    // What the command line prints for the UserError. Core itself names no command: the window
    // shows the same error with its own wording of the remedy.
    template <typename F> QString userError(F f) {
        try {
            f();
        } catch (const UserError& e) {
            EXPECT_FALSE(e.message().contains(QStringLiteral("invoicelink-cli"))) << e.what();
            EXPECT_FALSE(e.remedy().isNone()) << e.what();
            return CliErrorText::describe(e);
        }
        return QStringLiteral("(no UserError)");
    }
};

TEST_F(ExactAuthTest, SeededRefreshTokenRotatesAndTheOldOneDies) {
    const QString seeded = stored(QStringLiteral("exact.refresh_token"));
    me();
    EXPECT_EQ(tokenCalls(), 1);
    const QString rotated = stored(QStringLiteral("exact.refresh_token"));
    EXPECT_NE(rotated, seeded);
    EXPECT_FALSE(stored(QStringLiteral("exact.access_token")).isEmpty());
    EXPECT_EQ(QDateTime::fromString(stored(QStringLiteral("exact.token_obtained_at")), Qt::ISODateWithMs),
              clock.nowUtc());

    const HttpResponse old = rawTokenPost(refreshBody(seeded));
    EXPECT_EQ(old.status, 401);
    EXPECT_EQ(HttpClient::serverMessage(old.body),
              QStringLiteral("unauthorized_client: Old refresh token used."));
}

TEST_F(ExactAuthTest, RotatedTokenIsSavedBeforeTheNewAccessTokenIsUsed) {
    QStringList log;
    RecordingStore store(log);
    runSync(store.write(QStringLiteral("exact.client_secret"), credentials.exactClientSecret));
    runSync(store.write(QStringLiteral("exact.refresh_token"), fake->issueInitialRefreshToken()));
    spy.observe = [&log](const SandboxRequest& r) {
        if (!r.header("authorization").isEmpty())
            log << QStringLiteral("wire %1 %2").arg(r.path, QString::fromUtf8(r.header("authorization")));
    };
    ExactConnection c(*settings, store, http, clock, dir.filePath(QStringLiteral("lock")));
    me(c);
    const QString access = runSync(store.read(QStringLiteral("exact.access_token"))).value();
    const QString refresh = runSync(store.read(QStringLiteral("exact.refresh_token"))).value();
    const qsizetype savedRefresh = log.indexOf(QStringLiteral("store exact.refresh_token=") + refresh);
    const qsizetype savedAccess = log.indexOf(QStringLiteral("store exact.access_token=") + access);
    qsizetype firstUse = -1;
    for (qsizetype i = 0; i < log.size() && firstUse < 0; ++i)
        if (log[i].startsWith(QStringLiteral("wire")) && log[i].endsWith(QStringLiteral("Bearer ") + access))
            firstUse = i;
    ASSERT_GE(savedRefresh, 0);
    ASSERT_GE(firstUse, 0);
    EXPECT_LT(savedRefresh, savedAccess);
    EXPECT_LT(savedAccess, firstUse);
}

TEST_F(ExactAuthTest, ValidAccessTokenIsReusedByASecondConnection) {
    me();
    HttpClient other(QStringLiteral("Exact Online"), fastPolicy());
    auto second = connect(other);
    advance(300);
    me(*second);
    EXPECT_EQ(other.calls().count(QStringLiteral("token")), 0);
    EXPECT_EQ(other.calls().count(QStringLiteral("current/Me")), 1);
    EXPECT_EQ(fake->tokens().refreshCount(), 1);
}

TEST_F(ExactAuthTest, NoRefreshWithin570SecondsEvenOnA401) {
    me();
    ASSERT_EQ(tokenCalls(), 1);
    advance(300);
    server->addFault({QStringLiteral("current/Me"), 401, 0, false, false, 1});
    try {
        me();
        FAIL() << "accepted";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.kind(), ApiError::Kind::Auth);
        EXPECT_TRUE(e.message().startsWith(QStringLiteral("Exact Online GET current/Me failed: HTTP 401")));
        EXPECT_TRUE(e.message().contains(QStringLiteral("less than 570 s old"))) << e.what();
        // What to do is a remedy each front end words, not a command inside the message.
        EXPECT_FALSE(e.message().contains(QStringLiteral("invoicelink-cli"))) << e.what();
        EXPECT_EQ(e.remedy().action, Remedy::Action::SignInToExact);
        EXPECT_TRUE(CliErrorText::describe(e).endsWith(QStringLiteral("; run `invoicelink-cli auth login`")));
    }
    EXPECT_EQ(tokenCalls(), 1);
    advance(269); // 569 s: still the old token, which Exact refused: not sent again (error budget)
    EXPECT_THROW(me(), ApiError);
    EXPECT_EQ(tokenCalls(), 1);
    EXPECT_EQ(server->count(QStringLiteral("exact current/Me")), 2);
    advance(2); // 571 s: the last 30 seconds, a refresh is due and allowed; a new token is a new request
    me();
    EXPECT_EQ(tokenCalls(), 2);
    EXPECT_EQ(server->count(QStringLiteral("exact current/Me")), 3);
    EXPECT_EQ(fake->tokens().refreshCount(), 2);
    advance(700); // long expired
    me();
    EXPECT_EQ(tokenCalls(), 3);
}

TEST_F(ExactAuthTest, ThirtyDaysUnusedIsToldClearly) {
    me();
    advance(31 * 86400);
    const QString known = userError([&] { me(); });
    EXPECT_EQ(known, QStringLiteral("The Exact Online sign-in expired after 30 days without use; run "
                                    "`invoicelink-cli auth login`"));
    EXPECT_EQ(tokenCalls(), 1) << "known from obtained_at: no call spent on it";

    // A refresh token set by hand has no obtained_at: Exact's own answer says it.
    runSync(secrets.write(QStringLiteral("exact.refresh_token"), fake->issueInitialRefreshToken()));
    runSync(secrets.remove(QStringLiteral("exact.access_token")));
    runSync(secrets.remove(QStringLiteral("exact.token_obtained_at")));
    advance(31 * 86400);
    const QString told = userError([&] { me(); });
    // Exact's own words belong to the problem, so they come before the command now.
    EXPECT_TRUE(told.startsWith(QStringLiteral(
        "The Exact Online sign-in expired after 30 days without use (Exact Online: The refresh token expired at ")))
        << told.toStdString();
    EXPECT_TRUE(told.endsWith(QStringLiteral("; run `invoicelink-cli auth login`"))) << told.toStdString();
}

TEST_F(ExactAuthTest, DaysLeftAreKnownWithoutACall) {
    EXPECT_FALSE(runSync(exact().signInDaysLeft()).has_value()) << "seeded by hand: unknown";
    me();
    EXPECT_EQ(runSync(exact().signInDaysLeft()), 30);
    advance(25 * 86400);
    const auto days = runSync(exact().signInDaysLeft());
    EXPECT_EQ(days, 5);
    EXPECT_TRUE(ExactConnection::expiryWarning(days).contains(QStringLiteral("expires in 5 day(s)")));
    EXPECT_TRUE(ExactConnection::expiryWarning(20).isEmpty());
}

TEST_F(ExactAuthTest, TooEarlyAnswerKeepsTheRefreshTokenItCarries) {
    fake->tokens().setRotateOnTooEarly(true);
    me();
    // As if the refresh token were set again by hand: the client cannot know the last token's age.
    runSync(secrets.remove(QStringLiteral("exact.access_token")));
    runSync(secrets.remove(QStringLiteral("exact.token_obtained_at")));
    const QString before = stored(QStringLiteral("exact.refresh_token"));
    advance(60);
    try {
        me();
        FAIL() << "accepted";
    } catch (const ApiError& e) {
        EXPECT_EQ(e.status(), 400);
        EXPECT_TRUE(e.message().contains(
            QStringLiteral("access_denied: Rate limit exceeded: access_token not expired "
                           "(TooEarlyToRefreshTokens:")))
            << e.what();
    }
    const QString kept = stored(QStringLiteral("exact.refresh_token"));
    EXPECT_NE(kept, before) << "the refresh token of the error answer was kept";
    advance(600);
    me(); // works with the kept token
    EXPECT_EQ(fake->tokens().refreshCount(), 2);
}

TEST_F(ExactAuthTest, KeepAliveRefreshesOnlyWhenAllowed) {
    me();
    ExactAuth::KeepAlive k = runSync(exact().keepAlive());
    EXPECT_FALSE(k.refreshed);
    EXPECT_EQ(tokenCalls(), 1);
    advance(7 * 86400);
    k = runSync(exact().keepAlive());
    EXPECT_TRUE(k.refreshed);
    EXPECT_EQ(tokenCalls(), 2);
    EXPECT_EQ(k.refreshTokenExpiresAt, clock.nowUtc().addDays(30));
}

TEST_F(ExactAuthTest, ConcurrentUsersShareOneRefresh) {
    HttpClient otherHttp(QStringLiteral("Exact Online"), fastPolicy());
    auto other = connect(otherHttp); // same store, same lock file: like a second process
    auto a = exact().reader().getD(QStringLiteral("current/Me"),
                                   {{QStringLiteral("$select"), QStringLiteral("UserID")}},
                                   QStringLiteral("current/Me"));
    auto b = other->reader().getD(QStringLiteral("current/Me"),
                                  {{QStringLiteral("$select"), QStringLiteral("UserID")}},
                                  QStringLiteral("current/Me"));
    runSync(std::move(a));
    runSync(std::move(b));
    EXPECT_EQ(fake->tokens().refreshCount(), 1);
    EXPECT_EQ(tokenCalls() + otherHttp.calls().count(QStringLiteral("token")), 1);
}

TEST_F(ExactAuthTest, NotSignedInSaysHow) {
    runSync(secrets.remove(QStringLiteral("exact.refresh_token")));
    EXPECT_TRUE(userError([&] { me(); }).startsWith(QStringLiteral("Not signed in to Exact Online yet")));
    EXPECT_EQ(tokenCalls(), 0);
}

TEST_F(ExactAuthTest, MissingClientSecretSaysHow) {
    runSync(secrets.remove(QStringLiteral("exact.client_secret")));
    EXPECT_TRUE(userError([&] { me(); }).contains(QStringLiteral("secret set exact.client_secret")));
}

} // namespace
