#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace il::sandbox {

// One HTTP request as the sandbox server parsed it.
struct SandboxRequest {
    QByteArray method;
    QUrl url;       // path and query as sent, resolved against the server's base URL
    QString path;   // decoded path, e.g. "/api/v1/123456/purchase/PurchaseInvoices"
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;

    QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // A query item, fully decoded ("$filter" → "InvoiceDate ge datetime'2026-10-01T00:00:00'").
    QString queryValue(const QString& name) const {
        return query.queryItemValue(name, QUrl::FullyDecoded);
    }
    bool hasQuery(const QString& name) const { return query.hasQueryItem(name); }
};

struct SandboxResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static SandboxResponse json(int status, const QByteArray& body) {
        SandboxResponse r;
        r.status = status;
        r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json; charset=utf-8")));
        r.body = body;
        return r;
    }
    static SandboxResponse json(int status, const QJsonDocument& doc) {
        return json(status, doc.toJson(QJsonDocument::Compact));
    }
    void setHeader(const QByteArray& name, const QByteArray& value) {
        for (auto& h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
                h.second = value;
                return;
            }
        headers.append({name, value});
    }
};

// One faked system. The server asks each fake in turn whether it handles a request.
class FakeService {
public:
    virtual ~FakeService() = default;
    virtual bool handles(const SandboxRequest& request) const = 0;
    virtual SandboxResponse handle(const SandboxRequest& request) = 0;
    // The endpoint a request is counted under, e.g. "exact purchase/PurchaseInvoices" or
    // "connectwise finance/agreements/{id}/additions".
    virtual QString endpointOf(const SandboxRequest& request) const = 0;
};

} // namespace il::sandbox
