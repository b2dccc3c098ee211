#pragma once

#include "sandbox/SandboxData.h"

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace il::sandbox {

// Fields a record carries that the domain structs do not model (a POSTed contact, taxableFlag,
// _info of created records), kept per record id by the fake and merged into what it sends.
using CwExtras = QHash<int, QJsonObject>;

// Serializes CwData records in ConnectWise's JSON shapes (connectwise.md §5): references as
// {id, identifier, name, _info:{…_href}}, dates as "2026-01-01T00:00:00Z", money as JSON
// numbers, nulls left out, `_info: {lastUpdated, updatedBy}` on every record.
class CwJson {
public:
    // apiBase: "http://127.0.0.1:PORT/v2025_1/apis/3.0/" (for the *_href links).
    CwJson(const CwData& data, QString apiBase);

    QJsonObject company(const Company& c) const;
    QJsonObject companyRef(int companyId) const;
    QJsonObject contact(const Contact& c) const;
    QJsonObject agreement(const Agreement& a, const QJsonObject& extras) const;
    QJsonObject addition(const Addition& a, const QJsonObject& extras) const;
    QJsonObject catalogItem(const CatalogItem& item, const QJsonObject& extras) const;
    // A lookup-table row (agreement types, product types, subcategories, billing cycles).
    QJsonObject reference(const Reference& r) const;
    QJsonObject systemInfo() const;

    static QJsonValue money(Decimal value);
    static QJsonValue date(QDate d); // null for a null date
    static QString timestamp(const QDateTime& utc);
    // The _info of records that were never written through the API.
    static QString seededLastUpdated() { return QStringLiteral("2025-06-02T08:30:00Z"); }

private:
    QJsonObject info(const QString& lastUpdated, const QString& hrefKey = {}, const QString& href = {}) const;
    QString href(const QString& resourcePath, int id) const;
    const Agreement* agreementById(int id) const;

    const CwData& m_data;
    QString m_apiBase;
};

} // namespace il::sandbox
