#pragma once

#include <QNetworkReply>
#include <QString>

#include <functional>

namespace il {

// A QtNetworkAuth reply handler (QOAuthHttpServerReplyHandler for loopback delivery,
// QOAuthOobReplyHandler for the paste flow) that hands the token endpoint's raw answer to us.
// Qt's own handlers drop error answers with only a log line (the flow would then wait forever)
// and re-parse the body; ExactAuth needs the body as sent to apply the token rules, and the
// redirect URI must be the registered one exactly, not the handler's own idea of it.
template <typename Base> class TokenReplyCapture : public Base {
public:
    template <typename... Args>
    explicit TokenReplyCapture(QString redirectUri, Args&&... args)
        : Base(std::forward<Args>(args)...)
        , m_redirectUri(std::move(redirectUri)) {}

    // status 0 with networkError set when no HTTP answer came.
    std::function<void(int status, QByteArray body, QString networkError)> onTokenReply;

    QString callback() const override { return m_redirectUri; }

    void networkReplyFinished(QNetworkReply* reply) override {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
        if (onTokenReply)
            onTokenReply(status, body, status == 0 ? reply->errorString() : QString());
    }

private:
    QString m_redirectUri;
};

} // namespace il
