#include "connectwise/CwParser.h"

#include <QDateTime>
#include <QJsonDocument>

namespace il {

namespace {
QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
int num(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toInt();
}
QJsonObject obj(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toObject();
}
QString lastUpdated(const QJsonObject& o) {
    return str(obj(o, "_info"), "lastUpdated");
}
} // namespace

QDate CwParser::date(const QJsonValue& v) {
    const QString s = v.toString();
    if (s.isEmpty())
        return {};
    const QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (dt.isValid())
        return dt.toUTC().date();
    return QDate::fromString(s.left(10), Qt::ISODate);
}

Decimal CwParser::decimal(const QJsonValue& v) {
    return Decimal::fromJson(v).value_or(Decimal());
}

bool CwParser::flag(const QJsonValue& v) {
    if (v.isBool())
        return v.toBool();
    return v.toString().compare(u"true", Qt::CaseInsensitive) == 0;
}

Company CwParser::company(const QJsonObject& o) {
    Company c;
    c.id = num(o, "id");
    c.identifier = str(o, "identifier");
    c.name = str(o, "name");
    c.status = str(obj(o, "status"), "name");
    c.deleted = flag(o.value(QLatin1String("deletedFlag")));
    return c;
}

Contact CwParser::contact(const QJsonObject& o) {
    Contact c;
    c.id = num(o, "id");
    c.firstName = str(o, "firstName");
    c.lastName = str(o, "lastName");
    c.companyId = num(obj(o, "company"), "id");
    return c;
}

Agreement CwParser::agreement(const QJsonObject& o) {
    Agreement a;
    a.id = num(o, "id");
    a.name = str(o, "name");
    const QJsonObject company = obj(o, "company");
    a.companyId = num(company, "id");
    a.companyIdentifier = str(company, "identifier");
    a.companyName = str(company, "name");
    const QJsonObject type = obj(o, "type");
    a.typeId = num(type, "id");
    a.typeName = str(type, "name");
    a.status = str(o, "agreementStatus");
    a.startDate = date(o.value(QLatin1String("startDate")));
    a.endDate = date(o.value(QLatin1String("endDate")));
    a.cancelled = flag(o.value(QLatin1String("cancelledFlag")));
    a.lastUpdated = lastUpdated(o);
    return a;
}

Addition CwParser::addition(const QJsonObject& o, int agreementId) {
    Addition a;
    a.id = num(o, "id");
    a.agreementId = num(o, "agreementId");
    if (a.agreementId == 0)
        a.agreementId = agreementId;
    const QJsonObject product = obj(o, "product");
    a.productId = num(product, "id");
    a.productIdentifier = str(product, "identifier");
    a.description = str(o, "description");
    a.quantity = decimal(o.value(QLatin1String("quantity")));
    a.unitCost = decimal(o.value(QLatin1String("unitCost")));
    a.unitPrice = decimal(o.value(QLatin1String("unitPrice")));
    a.billCustomer = str(o, "billCustomer");
    a.effectiveDate = date(o.value(QLatin1String("effectiveDate")));
    a.cancelledDate = date(o.value(QLatin1String("cancelledDate")));
    a.lastUpdated = lastUpdated(o);
    return a;
}

CatalogItem CwParser::catalogItem(const QJsonObject& o) {
    CatalogItem c;
    c.id = num(o, "id");
    c.identifier = str(o, "identifier");
    c.description = str(o, "description");
    c.customerDescription = str(o, "customerDescription");
    c.price = decimal(o.value(QLatin1String("price")));
    c.cost = decimal(o.value(QLatin1String("cost")));
    c.inactive = flag(o.value(QLatin1String("inactiveFlag")));
    c.subcategoryId = num(obj(o, "subcategory"), "id");
    c.typeId = num(obj(o, "type"), "id");
    return c;
}

Reference CwParser::reference(const QJsonObject& o) {
    return {num(o, "id"), str(o, "name")};
}

CwSystemInfo CwParser::systemInfo(const QJsonObject& o) {
    CwSystemInfo s;
    s.version = str(o, "version");
    s.isCloud = flag(o.value(QLatin1String("isCloud")));
    s.serverTimeZone = str(o, "serverTimeZone");
    s.cloudRegion = str(o, "cloudRegion");
    return s;
}

std::optional<CwCompanyInfo> CwParser::companyInfo(const QByteArray& body) {
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    CwCompanyInfo c;
    c.companyName = str(o, "CompanyName");
    c.companyId = str(o, "CompanyID");
    c.codebase = str(o, "Codebase");
    c.versionCode = str(o, "VersionCode");
    c.versionNumber = str(o, "VersionNumber");
    c.siteUrl = str(o, "SiteUrl");
    c.isCloud = flag(o.value(QLatin1String("IsCloud"))); // "True" as text in DG's sample, a bool elsewhere
    return c;
}

} // namespace il
