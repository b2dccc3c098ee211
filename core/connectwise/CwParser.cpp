#include "connectwise/CwParser.h"

#include "net/JsonRecord.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>

namespace il {

namespace {
const QString kSystem = QStringLiteral("ConnectWise");

JsonRecord record(const QJsonObject& o, const QString& what, const char* kind) {
    return JsonRecord(o, kSystem, what, QString::fromLatin1(kind));
}

// The record's id, which from then on names it in every message.
int identify(JsonRecord& r, const QString& detail = {}) {
    const int id = r.id(QStringLiteral("id"));
    r.identify(QString::number(id), detail);
    return id;
}

// Lenient on purpose: system/info and companyinfo only feed `auth status` and discovery, where
// the codebase is checked separately.
QString str(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}
bool lenientFlag(const QJsonValue& v) {
    if (v.isBool())
        return v.toBool();
    return v.toString().compare(u"true", Qt::CaseInsensitive) == 0;
}
} // namespace

std::optional<QDate> CwParser::date(const QJsonValue& v) {
    if (v.isUndefined() || v.isNull())
        return QDate();
    if (!v.isString())
        return std::nullopt;
    const QString s = v.toString();
    // Only the whole text counts: "2026-01-01junk" is no date, whatever its first ten characters.
    static const QRegularExpression bare(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}\\z"));
    if (bare.match(s).hasMatch()) {
        const QDate d = QDate::fromString(s, Qt::ISODate);
        return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
    }
    static const QRegularExpression stamp(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9:.]+(Z|[+-][0-9:]+)?\\z"));
    if (!stamp.match(s).hasMatch())
        return std::nullopt;
    QDateTime dt = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime) // no zone written: UTC, as ConnectWise means it
        dt.setTimeSpec(Qt::UTC);
    return dt.toUTC().date();
}

QDate CwParser::date(const JsonRecord& r, const QString& path) {
    if (const auto d = date(r.value(path)))
        return *d;
    r.fail(path);
}

Company CwParser::company(const QJsonObject& o, const QString& what) {
    JsonRecord r = record(o, what, "company");
    Company c;
    c.id = identify(r);
    c.identifier = r.text(QStringLiteral("identifier"));
    c.name = r.text(QStringLiteral("name"));
    c.status = r.text(QStringLiteral("status/name"));
    c.deleted = r.flag(QStringLiteral("deletedFlag"));
    return c;
}

Contact CwParser::contact(const QJsonObject& o, const QString& what) {
    JsonRecord r = record(o, what, "contact");
    Contact c;
    c.id = identify(r);
    c.firstName = r.text(QStringLiteral("firstName"));
    c.lastName = r.text(QStringLiteral("lastName"));
    c.companyId = r.integer(QStringLiteral("company/id"));
    return c;
}

Agreement CwParser::agreement(const QJsonObject& o, const QString& what) {
    JsonRecord r = record(o, what, "agreement");
    Agreement a;
    a.id = identify(r);
    a.name = r.text(QStringLiteral("name"));
    a.companyId = r.id(QStringLiteral("company/id"));
    a.companyIdentifier = r.text(QStringLiteral("company/identifier"));
    a.companyName = r.text(QStringLiteral("company/name"));
    a.typeId = r.integer(QStringLiteral("type/id"));
    a.typeName = r.text(QStringLiteral("type/name"));
    // Whether the agreement is active in the month hangs on it: no status is no agreement.
    a.status = r.requiredText(QStringLiteral("agreementStatus"));
    a.startDate = date(r, QStringLiteral("startDate"));
    a.endDate = date(r, QStringLiteral("endDate"));
    a.cancelled = r.flag(QStringLiteral("cancelledFlag"));
    a.lastUpdated = r.text(QStringLiteral("_info/lastUpdated"));
    return a;
}

Addition CwParser::addition(const QJsonObject& o, int agreementId, const QString& what) {
    JsonRecord r = record(o, what, "addition");
    Addition a;
    a.id = identify(r);
    a.agreementId = r.integer(QStringLiteral("agreementId"));
    if (a.agreementId < 0)
        r.fail(QStringLiteral("agreementId"));
    if (a.agreementId == 0)
        a.agreementId = agreementId;
    if (a.agreementId != 0)
        r.identify(QString::number(a.id), QStringLiteral(" of agreement %1").arg(a.agreementId));
    // Without its product an addition cannot be matched: a line would look unmatched and the
    // planner would create the addition again.
    a.productId = r.id(QStringLiteral("product/id"));
    a.productIdentifier = r.requiredText(QStringLiteral("product/identifier"));
    a.description = r.text(QStringLiteral("description"));
    a.quantity = r.decimal(QStringLiteral("quantity"));
    a.unitCost = r.decimal(QStringLiteral("unitCost"));
    a.unitPrice = r.decimal(QStringLiteral("unitPrice"));
    a.billCustomer = r.text(QStringLiteral("billCustomer"));
    a.effectiveDate = date(r, QStringLiteral("effectiveDate"));
    a.cancelledDate = date(r, QStringLiteral("cancelledDate"));
    a.lastUpdated = r.text(QStringLiteral("_info/lastUpdated"));
    return a;
}

CatalogItem CwParser::catalogItem(const QJsonObject& o, const QString& what) {
    JsonRecord r = record(o, what, "catalog item");
    CatalogItem c;
    c.id = identify(r);
    c.identifier = r.requiredText(QStringLiteral("identifier"));
    c.description = r.text(QStringLiteral("description"));
    c.customerDescription = r.text(QStringLiteral("customerDescription"));
    c.price = r.optionalDecimal(QStringLiteral("price")).value_or(Decimal());
    c.cost = r.optionalDecimal(QStringLiteral("cost")).value_or(Decimal());
    c.inactive = r.flag(QStringLiteral("inactiveFlag"));
    c.subcategoryId = r.integer(QStringLiteral("subcategory/id"));
    c.typeId = r.integer(QStringLiteral("type/id"));
    return c;
}

Reference CwParser::reference(const QJsonObject& o, const QString& what) {
    JsonRecord r = record(o, what, "record");
    Reference ref;
    ref.id = identify(r);
    ref.name = r.text(QStringLiteral("name"));
    return ref;
}

CwSystemInfo CwParser::systemInfo(const QJsonObject& o) {
    CwSystemInfo s;
    s.version = str(o, "version");
    s.isCloud = lenientFlag(o.value(QLatin1String("isCloud")));
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
    c.isCloud = lenientFlag(o.value(QLatin1String("IsCloud"))); // "True" as text in DG's sample, a bool elsewhere
    return c;
}

} // namespace il
