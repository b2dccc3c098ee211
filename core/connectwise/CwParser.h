#pragma once

#include "connectwise/CwStatus.h"
#include "domain/Addition.h"
#include "domain/Agreement.h"
#include "domain/CatalogItem.h"
#include "domain/Company.h"
#include "domain/Contact.h"
#include "domain/Reference.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace il {

class JsonRecord;

// ConnectWise JSON → domain values, at the boundary (connectwise.md §5), strictly (issue 7):
// unknown fields are ignored, but every field a comparison, a link or a write depends on is read
// or the record fails with an ApiError(Parse) naming ConnectWise, the request (`what`, e.g.
// "GET finance/agreements/{id}/additions"), the record's id and the field. Ids must be whole
// numbers above 0; an addition's quantity, unitCost and unitPrice and its product must be there;
// dates may be null but not garbage; a catalog item's missing or null price or cost is 0 ("no
// price", as the planner reads it) but a non-number fails. Money and quantities become Decimal
// right here; no double travels further. Pure functions of one JSON object: the fuzzer drives
// them directly.
class CwParser {
public:
    static Company company(const QJsonObject& o, const QString& what = QStringLiteral("GET company/companies"));
    static Contact contact(const QJsonObject& o, const QString& what = QStringLiteral("GET company/contacts"));
    static Agreement agreement(const QJsonObject& o,
                               const QString& what = QStringLiteral("GET finance/agreements"));
    // agreementId fills in when the record does not carry one.
    static Addition addition(const QJsonObject& o, int agreementId = 0,
                             const QString& what = QStringLiteral("GET finance/agreements/{id}/additions"));
    static CatalogItem catalogItem(const QJsonObject& o,
                                   const QString& what = QStringLiteral("GET procurement/catalog"));
    static Reference reference(const QJsonObject& o, const QString& what);
    static CwSystemInfo systemInfo(const QJsonObject& o);
    // nullopt when ConnectWise answered `null` (an unknown company) or the body is no object.
    static std::optional<CwCompanyInfo> companyInfo(const QByteArray& body);

    // "2026-01-01T00:00:00Z" (or a bare "2026-01-01") → its UTC calendar date; a null QDate for
    // null or absent; nullopt for anything else.
    static std::optional<QDate> date(const QJsonValue& v);

private:
    static QDate date(const JsonRecord& r, const QString& path);
};

} // namespace il
