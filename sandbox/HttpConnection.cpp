#include "sandbox/HttpConnection.h"

#include <QTcpSocket>
#include <QTimer>

#include <utility>

namespace il::sandbox {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024; // long OData filters fit comfortably
constexpr qsizetype MaxBodyBytes = 16 * 1024 * 1024;

} // namespace

HttpConnection::HttpConnection(QTcpSocket* socket, QUrl baseUrl, RequestHandler onRequest, QObject* parent)
    : QObject(parent)
    , m_socket(socket)
    , m_baseUrl(std::move(baseUrl))
    , m_onRequest(std::move(onRequest)) {
    m_socket->setParent(this);
    // Nagle's algorithm against the client's delayed ACK costs 40 ms a request on loopback.
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
}

QByteArray HttpConnection::reasonPhrase(int status) {
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 414:
        return "URI Too Long";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

void HttpConnection::onReadyRead() {
    m_buffer.append(m_socket->readAll());
    parseBuffered();
}

void HttpConnection::parseBuffered() {
    while (!m_busy && !m_closing) {
        if (m_bodyLength < 0) {
            const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
            if (headEnd < 0) {
                if (m_buffer.size() > MaxHeadBytes)
                    fail(431, "request head too large");
                return;
            }
            if (!parseHead(headEnd))
                return;
            m_buffer.remove(0, headEnd + 4);
        }
        if (m_buffer.size() < m_bodyLength)
            return;
        m_pending.body = m_buffer.left(m_bodyLength);
        m_buffer.remove(0, m_bodyLength);
        m_bodyLength = -1;
        m_busy = true;
        m_onRequest(this, std::exchange(m_pending, SandboxRequest{}));
    }
}

bool HttpConnection::parseHead(qsizetype headEnd) {
    const QList<QByteArray> lines = m_buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.")) {
        fail(400, "malformed request line");
        return false;
    }
    SandboxRequest request;
    request.method = requestLine[0];
    QByteArray target = requestLine[1];
    if (target.startsWith("http://") || target.startsWith("https://")) { // absolute form
        const QUrl absolute = QUrl::fromEncoded(target);
        target = absolute.path(QUrl::FullyEncoded).toUtf8();
        if (absolute.hasQuery())
            target += '?' + absolute.query(QUrl::FullyEncoded).toUtf8();
    }
    if (!target.startsWith('/')) {
        fail(400, "malformed request target");
        return false;
    }
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        QByteArray& slot = request.headers[name];
        slot = slot.isEmpty() ? value : slot + ", " + value;
    }
    if (!request.header("transfer-encoding").isEmpty()) {
        fail(501, "chunked request bodies are not supported");
        return false;
    }
    bool lengthOk = true;
    const QByteArray lengthText = request.header("content-length");
    const qsizetype length = lengthText.isEmpty() ? 0 : lengthText.toLongLong(&lengthOk);
    if (!lengthOk || length < 0 || length > MaxBodyBytes) {
        fail(lengthOk ? 413 : 400, "bad Content-Length");
        return false;
    }
    const QByteArray connection = request.header("connection").toLower();
    m_keepAlive =
        requestLine[2] == "HTTP/1.0" ? connection.contains("keep-alive") : !connection.contains("close");

    QByteArray base = m_baseUrl.toEncoded();
    if (base.endsWith('/'))
        base.chop(1);
    request.url = QUrl::fromEncoded(base + target);
    request.path = request.url.path(QUrl::FullyDecoded);
    request.query = QUrlQuery(request.url.query(QUrl::FullyEncoded));
    m_pending = std::move(request);
    m_bodyLength = length;
    return true;
}

void HttpConnection::respond(const SandboxResponse& response, Delivery delivery) {
    if (!m_busy || m_closing)
        return;
    m_busy = false;
    QByteArray head =
        "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    for (const auto& [name, value] : response.headers) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0 ||
            name.compare("connection", Qt::CaseInsensitive) == 0)
            continue; // the server owns framing
        head += name + ": " + value + "\r\n";
    }
    const bool keepOpen = m_keepAlive && delivery == Delivery::Full;
    head += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    head += keepOpen ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    if (delivery == Delivery::Truncated)
        m_socket->write(response.body.left(response.body.size() / 2));
    else
        m_socket->write(response.body);
    if (!keepOpen) {
        close();
        return;
    }
    // Parse whatever the client already sent, outside this call stack.
    QTimer::singleShot(0, this, &HttpConnection::parseBuffered);
}

void HttpConnection::drop() {
    m_busy = false;
    m_closing = true;
    m_socket->abort();
    deleteLater();
}

void HttpConnection::fail(int status, const QByteArray& message) {
    m_busy = true;
    m_keepAlive = false;
    respond(SandboxResponse::json(status, "{\"message\":\"" + message + "\"}"));
}

void HttpConnection::close() {
    m_closing = true;
    m_socket->disconnectFromHost(); // after the written bytes are flushed
}

} // namespace il::sandbox
