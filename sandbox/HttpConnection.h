#pragma once

#include "sandbox/SandboxHttp.h"

#include <QByteArray>
#include <QObject>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace il::sandbox {

// One client connection: parses HTTP/1.1 requests (request line, headers, Content-Length body)
// one at a time, keeps the connection alive unless asked to close, and writes the answers.
// While a request is being answered, further bytes are buffered, not parsed.
class HttpConnection : public QObject {
    Q_OBJECT
public:
    using RequestHandler = std::function<void(HttpConnection*, SandboxRequest)>;

    HttpConnection(QTcpSocket* socket, QUrl baseUrl, RequestHandler onRequest, QObject* parent = nullptr);

    enum class Delivery { Full, Truncated };
    // Answers the current request. Truncated sends the headers with the full Content-Length but
    // only half of the body, then closes the connection.
    void respond(const SandboxResponse& response, Delivery delivery = Delivery::Full);
    // Closes the connection without answering.
    void drop();

    static QByteArray reasonPhrase(int status);

private:
    void onReadyRead();
    void parseBuffered();
    bool parseHead(qsizetype headEnd);
    void fail(int status, const QByteArray& message);
    void close();

    QTcpSocket* m_socket;
    QUrl m_baseUrl;
    RequestHandler m_onRequest;
    QByteArray m_buffer;
    SandboxRequest m_pending; // head parsed, body still arriving
    qsizetype m_bodyLength = -1;
    bool m_busy = false; // a request is being answered
    bool m_keepAlive = true;
    bool m_closing = false;
};

} // namespace il::sandbox
