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

#include <optional>

namespace il {

// ConnectWise JSON → domain values, at the boundary (connectwise.md §5). Lenient like the real
// data needs (pain point 3): unknown fields are ignored, missing ones take defaults, nulls are
// zero or empty. Money and quantities become Decimal right here; no double travels further.
class CwParser {
public:
    static Company company(const QJsonObject& o);
    static Contact contact(const QJsonObject& o);
    static Agreement agreement(const QJsonObject& o);
    // agreementId fills in when the record does not carry one.
    static Addition addition(const QJsonObject& o, int agreementId = 0);
    static CatalogItem catalogItem(const QJsonObject& o);
    static Reference reference(const QJsonObject& o);
    static CwSystemInfo systemInfo(const QJsonObject& o);
    // nullopt when ConnectWise answered `null` (an unknown company) or the body is no object.
    static std::optional<CwCompanyInfo> companyInfo(const QByteArray& body);

    // "2026-01-01T00:00:00Z" (or a bare date) → its UTC calendar date; null when absent.
    static QDate date(const QJsonValue& v);
    // A JSON number (or numeric string) → Decimal; null/absent → 0.
    static Decimal decimal(const QJsonValue& v);
    // "True", "true" or true.
    static bool flag(const QJsonValue& v);
};

} // namespace il
