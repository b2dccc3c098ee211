#include "sandbox/connectwise/CwJson.h"

#include <QJsonArray>

namespace il::sandbox {

namespace {
void mergeInto(QJsonObject& target, const QJsonObject& extras) {
    for (auto it = extras.begin(); it != extras.end(); ++it)
        if (!it.value().isNull())
            target.insert(it.key(), it.value());
}

int companyStatusId(const QString& status) {
    if (status.compare(u"Active", Qt::CaseInsensitive) == 0)
        return 1;
    if (status.compare(u"Inactive", Qt::CaseInsensitive) == 0)
        return 2;
    return 3;
}
} // namespace

CwJson::CwJson(const CwData& data, QString apiBase)
    : m_data(data)
    , m_apiBase(std::move(apiBase)) {}

QJsonValue CwJson::money(Decimal value) {
    // The wire carries doubles (SPEC "format":"double"); Qt writes the shortest round-trip text,
    // so 18.1234 goes out as 18.1234.
    return QJsonValue(value.toString().toDouble());
}

QJsonValue CwJson::date(QDate d) {
    if (!d.isValid())
        return QJsonValue(QJsonValue::Null);
    return d.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral("T00:00:00Z");
}

QString CwJson::timestamp(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

QString CwJson::href(const QString& resourcePath, int id) const {
    return m_apiBase + resourcePath + u'/' + QString::number(id);
}

QJsonObject CwJson::info(const QString& lastUpdated, const QString& hrefKey, const QString& hrefValue) const {
    QJsonObject o{{QStringLiteral("lastUpdated"), lastUpdated.isEmpty() ? seededLastUpdated() : lastUpdated},
                  {QStringLiteral("updatedBy"), QStringLiteral("APIMember")}};
    if (!hrefKey.isEmpty())
        o.insert(hrefKey, hrefValue);
    return o;
}

const Agreement* CwJson::agreementById(int id) const {
    for (const Agreement& a : m_data.agreements)
        if (a.id == id)
            return &a;
    return nullptr;
}

QJsonObject CwJson::companyRef(int companyId) const {
    for (const Company& c : m_data.companies)
        if (c.id == companyId)
            return {
                {QStringLiteral("id"), c.id},
                {QStringLiteral("identifier"), c.identifier},
                {QStringLiteral("name"), c.name},
                {QStringLiteral("_info"), QJsonObject{{QStringLiteral("company_href"),
                                                       href(QStringLiteral("company/companies"), c.id)}}}};
    return {{QStringLiteral("id"), companyId}};
}

QJsonObject CwJson::company(const Company& c) const {
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("identifier"), c.identifier},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), QJsonObject{{QStringLiteral("id"), companyStatusId(c.status)},
                                                   {QStringLiteral("name"), c.status}}},
            {QStringLiteral("deletedFlag"), c.deleted},
            {QStringLiteral("isVendorFlag"), false},
            {QStringLiteral("types"), QJsonArray{}},
            {QStringLiteral("_info"), info({})}};
}

QJsonObject CwJson::contact(const Contact& c) const {
    QJsonObject o{{QStringLiteral("id"), c.id},
                  {QStringLiteral("firstName"), c.firstName},
                  {QStringLiteral("company"), companyRef(c.companyId)},
                  {QStringLiteral("inactiveFlag"), false},
                  {QStringLiteral("_info"), info({})}};
    // A contact without a last name really comes without the field (pyconnectwise issue 26).
    if (!c.lastName.isEmpty())
        o.insert(QStringLiteral("lastName"), c.lastName);
    return o;
}

QJsonObject CwJson::agreement(const Agreement& a, const QJsonObject& extras) const {
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("type"),
                   QJsonObject{{QStringLiteral("id"), a.typeId},
                               {QStringLiteral("name"), a.typeName},
                               {QStringLiteral("_info"),
                                QJsonObject{{QStringLiteral("type_href"),
                                             href(QStringLiteral("finance/agreements/types"), a.typeId)}}}}},
                  {QStringLiteral("company"), companyRef(a.companyId)},
                  {QStringLiteral("agreementStatus"), a.status},
                  {QStringLiteral("noEndingDateFlag"), !a.endDate.isValid()},
                  {QStringLiteral("cancelledFlag"), a.cancelled},
                  {QStringLiteral("invoicingCycle"), QStringLiteral("CalendarYear")},
                  {QStringLiteral("periodType"), QStringLiteral("Current")},
                  {QStringLiteral("_info"), info(a.lastUpdated)}};
    if (a.startDate.isValid())
        o.insert(QStringLiteral("startDate"), date(a.startDate));
    if (a.endDate.isValid())
        o.insert(QStringLiteral("endDate"), date(a.endDate));
    // Seeded agreements name the company's first contact (an agreement always has one).
    for (const Contact& c : m_data.contacts)
        if (c.companyId == a.companyId) {
            o.insert(QStringLiteral("contact"),
                     QJsonObject{{QStringLiteral("id"), c.id}, {QStringLiteral("name"), c.displayName()}});
            break;
        }
    mergeInto(o, extras);
    return o;
}

QJsonObject CwJson::addition(const Addition& a, const QJsonObject& extras) const {
    const Agreement* parent = agreementById(a.agreementId);
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("product"),
                   QJsonObject{{QStringLiteral("id"), a.productId},
                               {QStringLiteral("identifier"), a.productIdentifier},
                               {QStringLiteral("_info"),
                                QJsonObject{{QStringLiteral("product_href"),
                                             href(QStringLiteral("procurement/catalog"), a.productId)}}}}},
                  {QStringLiteral("quantity"), money(a.quantity)},
                  {QStringLiteral("lessIncluded"), 0},
                  {QStringLiteral("unitPrice"), money(a.unitPrice)},
                  {QStringLiteral("unitCost"), money(a.unitCost)},
                  {QStringLiteral("billCustomer"), a.billCustomer},
                  {QStringLiteral("taxableFlag"), false},
                  {QStringLiteral("purchaseItemFlag"), false},
                  {QStringLiteral("specialOrderFlag"), false},
                  {QStringLiteral("agreementId"), a.agreementId},
                  {QStringLiteral("billedQuantity"), money(a.quantity)},
                  {QStringLiteral("extPrice"), money((a.quantity * a.unitPrice).rounded(2))},
                  {QStringLiteral("extCost"), money((a.quantity * a.unitCost).rounded(2))},
                  {QStringLiteral("margin"), money((a.quantity * (a.unitPrice - a.unitCost)).rounded(2))},
                  {QStringLiteral("_info"), info(a.lastUpdated)}};
    if (!a.description.isEmpty())
        o.insert(QStringLiteral("description"), a.description);
    if (a.effectiveDate.isValid())
        o.insert(QStringLiteral("effectiveDate"), date(a.effectiveDate));
    if (a.cancelledDate.isValid())
        o.insert(QStringLiteral("cancelledDate"), date(a.cancelledDate));
    if (parent)
        o.insert(QStringLiteral("agreementStatus"), parent->status);
    mergeInto(o, extras);
    return o;
}

QJsonObject CwJson::catalogItem(const CatalogItem& item, const QJsonObject& extras) const {
    auto refOf = [](const QList<Reference>& table, int id) {
        for (const Reference& r : table)
            if (r.id == id)
                return QJsonObject{{QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}};
        return QJsonObject{{QStringLiteral("id"), id}};
    };
    QJsonObject o{{QStringLiteral("id"), item.id},
                  {QStringLiteral("identifier"), item.identifier},
                  {QStringLiteral("description"), item.description},
                  {QStringLiteral("inactiveFlag"), item.inactive},
                  {QStringLiteral("subcategory"), refOf(m_data.subcategories, item.subcategoryId)},
                  {QStringLiteral("type"), refOf(m_data.productTypes, item.typeId)},
                  {QStringLiteral("productClass"), QStringLiteral("NonInventory")},
                  {QStringLiteral("price"), money(item.price)},
                  {QStringLiteral("cost"), money(item.cost)},
                  {QStringLiteral("taxableFlag"), false},
                  {QStringLiteral("_info"), info({})}};
    if (!item.customerDescription.isEmpty())
        o.insert(QStringLiteral("customerDescription"), item.customerDescription);
    mergeInto(o, extras);
    return o;
}

QJsonObject CwJson::reference(const Reference& r) const {
    return {
        {QStringLiteral("id"), r.id}, {QStringLiteral("name"), r.name}, {QStringLiteral("_info"), info({})}};
}

QJsonObject CwJson::systemInfo() const {
    return {{QStringLiteral("version"), QStringLiteral("v2025.1.98765")},
            {QStringLiteral("isCloud"), true},
            {QStringLiteral("serverTimeZone"), QStringLiteral("W. Europe Standard Time")},
            {QStringLiteral("licenseBits"), QJsonArray{}},
            {QStringLiteral("cloudRegion"), QStringLiteral("EU")},
            {QStringLiteral("maxWorkFlowRecordsAllowed"), 10000}};
}

} // namespace il::sandbox
