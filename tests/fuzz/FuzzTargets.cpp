#include "FuzzTargets.h"

#include "connectwise/CwParser.h"
#include "exact/ExactRecordReader.h"
#include "exact/ODataPage.h"
#include "errors/ApiError.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace fuzz {

using il::ApiError;
using il::Decimal;

namespace {

// ---- seeds: valid records in the shapes both APIs send -------------------------------------

const QByteArray kPurchaseLine = R"json({"__metadata":{"uri":"https://start.exactonline.nl/api/v1/123/purchase/PurchaseInvoiceLines(guid'00002000-0000-4000-8000-000000000001')","type":"Exact.Web.Api.Models.Purchase.PurchaseInvoiceLine"},
"ID":"00002000-0000-4000-8000-000000000001","InvoiceID":"00001000-0000-4000-8000-000000000001","LineNumber":1,
"Item":"00004000-0000-4000-8000-000000000001","Description":"[Acme] Backup October","Quantity":3,"UnitPrice":10.5,
"NetPrice":9.45,"Amount":28.35,"CostCenter":"ACME","CostUnit":null,"Project":null})json";
const QByteArray kPurchaseCredit = R"json({"ID":"{00002000-0000-4000-8000-00000000000A}","InvoiceID":"00001000-0000-4000-8000-000000000003",
"LineNumber":2,"Item":null,"Description":"credit","Quantity":-1.25,"UnitPrice":18.1234,"NetPrice":null,"Amount":-22.65,
"CostCenter":"BETA","CostUnit":"CU-7","Project":{"__deferred":{"uri":"x"}}})json";
const QByteArray kSalesLine = R"json({"ID":"00002000-0000-4000-8000-000000000002","InvoiceID":"00001000-0000-4000-8000-000000000002",
"LineNumber":1,"Item":"00004000-0000-4000-8000-000000000002","ItemCode":"M365-BP  ","Description":"Microsoft 365",
"Quantity":"12","UnitPrice":20.6,"NetPrice":"18.54","AmountDC":222.48,"CostCenter":null,"CostUnit":null,"Project":"00005000-0000-4000-8000-000000000001"})json";
const QByteArray kPurchaseHeader = R"json({"ID":"00001000-0000-4000-8000-000000000001","InvoiceDate":"/Date(1792022400000)/",
"EntryNumber":26100001,"YourRef":"SUP-101","Supplier":"00003000-0000-4000-8000-000000000001","Type":8033,"Status":50,
"Currency":"USD","ExchangeRate":0.92})json";
const QByteArray kSalesHeader = R"json({"InvoiceID":"00001000-0000-4000-8000-000000000002","InvoiceNumber":26200001,
"InvoiceDate":"/Date(1790812800000+0200)/","InvoiceTo":null,"OrderedBy":"00003000-0000-4000-8000-000000000002","Type":8020,
"Currency":"EUR","AmountDC":121,"AmountFC":121})json";
const QByteArray kItem = R"json({"ID":"00004000-0000-4000-8000-000000000001","Code":"CLOUD-BACKUP"})json";
const QByteArray kAccount = R"json({"ID":"00003000-0000-4000-8000-000000000001","Code":"                A1","Name":"Acme B.V."})json";
const QByteArray kPage = R"json({"d":{"results":[{"ID":"00001000-0000-4000-8000-000000000001","InvoiceDate":"/Date(1792022400000)/"},
{"ID":"00001000-0000-4000-8000-000000000002","InvoiceDate":"/Date(1792108800000)/"}],
"__next":"https://start.exactonline.nl/api/v1/123/purchase/PurchaseInvoices?$skiptoken=guid'00001000-0000-4000-8000-000000000002'"}})json";
const QByteArray kLastPage = R"json({"d":{"results":[{"ID":"00001000-0000-4000-8000-000000000003"}]}})json";
const QByteArray kSinglePage = R"json({"d":{"UserID":"00009000-0000-4000-8000-000000000001","CurrentDivision":123}})json";

const QByteArray kAddition = R"json({"id":5001,"product":{"id":812,"identifier":"M365-BP","_info":{"product_href":"x"}},
"quantity":5,"lessIncluded":0,"unitPrice":20.6,"unitCost":18.1234,"billCustomer":"Billable","agreementId":100,
"effectiveDate":"2026-01-01T00:00:00Z","description":"Microsoft 365","_info":{"lastUpdated":"2026-01-02T09:00:00Z"}})json";
const QByteArray kCancelledAddition = R"json({"id":5003,"product":{"id":813,"identifier":"BACKUP-50"},"quantity":1234567.891234,
"unitPrice":0,"unitCost":7.5,"billCustomer":"DoNotBill","effectiveDate":"2025-06-01","cancelledDate":"2026-10-31T00:00:00Z"})json";
const QByteArray kAgreement = R"json({"id":100,"name":"Agreement 100","type":{"id":7,"name":"Managed Services"},
"company":{"id":250,"identifier":"ACME","name":"ACME B.V."},"agreementStatus":"Active","startDate":"2026-01-01T00:00:00Z",
"noEndingDateFlag":true,"cancelledFlag":false,"_info":{"lastUpdated":"2025-06-02T08:30:00Z"}})json";
const QByteArray kEndedAgreement = R"json({"id":101,"name":"Old","company":{"id":251},"agreementStatus":"Cancelled",
"startDate":"2020-01-01T00:00:00Z","endDate":"2025-12-31T00:00:00Z","cancelledFlag":"True"})json";
const QByteArray kCompany = R"json({"id":250,"identifier":"ACME","name":"ACME B.V.","status":{"id":1,"name":"Active"},"deletedFlag":false})json";
const QByteArray kCatalogItem = R"json({"id":812,"identifier":"M365-BP","description":"Microsoft 365 Business Premium",
"customerDescription":"Microsoft 365","inactiveFlag":false,"subcategory":{"id":3},"type":{"id":2},"price":20.6,"cost":18.1234})json";
const QByteArray kUnpricedItem = R"json({"id":813,"identifier":"BACKUP-50","description":"Backup"})json";

// ---- oracles -------------------------------------------------------------------------------

Verdict exactLine(const QJsonObject& o, bool sales) {
    const QString endpoint = sales ? QStringLiteral("bulk/SalesInvoice/SalesInvoiceLines")
                                   : QStringLiteral("purchase/PurchaseInvoiceLines");
    il::InvoiceLine l;
    try {
        l = sales ? il::ExactRecordReader::salesLine(o) : il::ExactRecordReader::purchaseLine(o);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("Exact Online GET ") + endpoint + QStringLiteral(" failed"));
    }
    OracleCheck c(o);
    c.guid(QStringLiteral("ID"), l.lineId);
    c.guid(QStringLiteral("InvoiceID"), l.invoiceId);
    c.integer(QStringLiteral("LineNumber"), l.lineNumber);
    c.number(QStringLiteral("Quantity"), l.quantity);
    c.number(sales ? QStringLiteral("AmountDC") : QStringLiteral("Amount"), l.amount);
    const QJsonValue net = c.at(QStringLiteral("NetPrice"));
    c.number(net.isUndefined() || net.isNull() ? QStringLiteral("UnitPrice") : QStringLiteral("NetPrice"), l.unitPrice);
    const QJsonValue item = c.at(QStringLiteral("Item"));
    if (!(item.isObject() && item.toObject().contains(QStringLiteral("__deferred"))))
        c.guid(QStringLiteral("Item"), l.itemId, true);
    if (sales)
        c.text(QStringLiteral("ItemCode"), l.itemCode, true);
    c.text(QStringLiteral("Description"), l.description);
    c.text(QStringLiteral("CostCenter"), l.costCenter);
    c.text(QStringLiteral("CostUnit"), l.costUnit);
    const QJsonValue project = c.at(QStringLiteral("Project"));
    if (!(project.isObject() && project.toObject().contains(QStringLiteral("__deferred"))))
        c.guid(QStringLiteral("Project"), l.project, true);
    return c.verdict();
}

Verdict exactHeader(const QJsonObject& o, bool sales) {
    const QString endpoint = sales ? QStringLiteral("salesinvoice/SalesInvoices") : QStringLiteral("purchase/PurchaseInvoices");
    il::ExactInvoiceHeader h;
    try {
        h = sales ? il::ExactRecordReader::salesHeader(o) : il::ExactRecordReader::purchaseHeader(o);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("Exact Online GET ") + endpoint + QStringLiteral(" failed"));
    }
    OracleCheck c(o);
    c.guid(sales ? QStringLiteral("InvoiceID") : QStringLiteral("ID"), h.id);
    c.exactDate(QStringLiteral("InvoiceDate"), h.date);
    if (sales) {
        c.text(QStringLiteral("InvoiceNumber"), h.number, true);
        const QJsonValue to = c.at(QStringLiteral("InvoiceTo"));
        if (to.isUndefined() || to.isNull())
            c.guid(QStringLiteral("OrderedBy"), h.account, true);
        else
            c.guid(QStringLiteral("InvoiceTo"), h.account, true);
    } else {
        c.guid(QStringLiteral("Supplier"), h.account, true);
        c.number(QStringLiteral("ExchangeRate"), h.exchangeRate);
    }
    return c.verdict();
}

Verdict exactLookup(const QJsonObject& o, bool item) {
    il::ExactLookupRow r;
    try {
        r = item ? il::ExactRecordReader::item(o) : il::ExactRecordReader::account(o);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, item ? QStringLiteral("Exact Online GET logistics/Items failed")
                                            : QStringLiteral("Exact Online GET crm/Accounts failed"));
    }
    OracleCheck c(o);
    c.guid(QStringLiteral("ID"), r.id);
    c.text(QStringLiteral("Code"), r.code, true, item);
    if (!item)
        c.text(QStringLiteral("Name"), r.name);
    return c.verdict();
}

Verdict odataPage(const QJsonObject& doc) {
    il::ODataPage page;
    try {
        page = il::ODataPage::read(doc, QStringLiteral("Exact Online"), QStringLiteral("GET x"));
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("Exact Online GET x failed"), false);
    }
    OracleCheck c(doc);
    const QJsonValue d = c.at(QStringLiteral("d"));
    if (!d.isObject())
        c.fail(Verdict::Wrong, QStringLiteral("a page without a \"d\" object was read"));
    const QJsonValue next = c.at(QStringLiteral("d/__next"));
    if (!(next.isString() ? page.next == next.toString() : (next.isUndefined() || next.isNull()) && page.next.isEmpty()))
        c.fail(Verdict::Wrong, QStringLiteral("__next read as '%1'").arg(page.next));
    const QJsonValue results = c.at(QStringLiteral("d/results"));
    if (results.isUndefined()) {
        QJsonObject single = d.toObject();
        single.remove(QStringLiteral("__next"));
        if (page.records.size() != (single.isEmpty() ? 0 : 1))
            c.fail(Verdict::Wrong, QStringLiteral("a single-record page gave %1 records").arg(page.records.size()));
    } else {
        const QJsonArray rows = results.toArray();
        bool same = results.isArray() && rows.size() == page.records.size();
        for (qsizetype i = 0; same && i < rows.size(); ++i)
            same = rows[i].isObject() && rows[i].toObject() == page.records[i];
        if (!same)
            c.fail(Verdict::Wrong, QStringLiteral("results read as %1 records").arg(page.records.size()));
    }
    return c.verdict();
}

Verdict cwAddition(const QJsonObject& o) {
    il::Addition a;
    try {
        a = il::CwParser::addition(o, 100);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("ConnectWise GET finance/agreements/{id}/additions failed"));
    }
    OracleCheck c(o);
    c.integer(QStringLiteral("id"), a.id, true);
    c.integer(QStringLiteral("product/id"), a.productId, true);
    c.text(QStringLiteral("product/identifier"), a.productIdentifier, false, true);
    c.number(QStringLiteral("quantity"), a.quantity);
    c.number(QStringLiteral("unitCost"), a.unitCost);
    c.number(QStringLiteral("unitPrice"), a.unitPrice);
    c.cwDate(QStringLiteral("effectiveDate"), a.effectiveDate);
    c.cwDate(QStringLiteral("cancelledDate"), a.cancelledDate);
    // An absent, null or 0 agreementId falls back to the agreement the list was read from.
    const QJsonValue agreement = c.at(QStringLiteral("agreementId"));
    const bool zero = (agreement.isDouble() && agreement.toDouble() == 0) ||
                      (agreement.isString() && QRegularExpression(QStringLiteral("^-?0+\\z")).match(agreement.toString()).hasMatch());
    if (agreement.isUndefined() || agreement.isNull()) {
        if (a.agreementId != 100)
            c.fail(Verdict::Wrong, QStringLiteral("agreementId fell back to %1").arg(a.agreementId));
    } else {
        c.integer(QStringLiteral("agreementId"), zero && a.agreementId == 100 ? 0 : a.agreementId);
        if (a.agreementId <= 0)
            c.fail(Verdict::Wrong, QStringLiteral("agreementId read as %1").arg(a.agreementId));
    }
    c.text(QStringLiteral("billCustomer"), a.billCustomer);
    c.text(QStringLiteral("_info/lastUpdated"), a.lastUpdated);
    return c.verdict();
}

Verdict cwAgreement(const QJsonObject& o) {
    il::Agreement a;
    try {
        a = il::CwParser::agreement(o);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("ConnectWise GET finance/agreements failed"));
    }
    OracleCheck c(o);
    c.integer(QStringLiteral("id"), a.id, true);
    c.integer(QStringLiteral("company/id"), a.companyId, true);
    c.text(QStringLiteral("agreementStatus"), a.status, false, true);
    c.cwDate(QStringLiteral("startDate"), a.startDate);
    c.cwDate(QStringLiteral("endDate"), a.endDate);
    c.flag(QStringLiteral("cancelledFlag"), a.cancelled);
    c.integer(QStringLiteral("type/id"), a.typeId);
    return c.verdict();
}

Verdict cwCompany(const QJsonObject& o) {
    il::Company co;
    try {
        co = il::CwParser::company(o);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("ConnectWise GET company/companies failed"));
    }
    OracleCheck c(o);
    c.integer(QStringLiteral("id"), co.id, true);
    c.text(QStringLiteral("identifier"), co.identifier);
    c.text(QStringLiteral("name"), co.name);
    c.flag(QStringLiteral("deletedFlag"), co.deleted);
    return c.verdict();
}

Verdict cwCatalogItem(const QJsonObject& o) {
    il::CatalogItem item;
    try {
        item = il::CwParser::catalogItem(o);
    } catch (const ApiError& e) {
        return OracleCheck::refused(e, QStringLiteral("ConnectWise GET procurement/catalog failed"));
    }
    OracleCheck c(o);
    c.integer(QStringLiteral("id"), item.id, true);
    c.text(QStringLiteral("identifier"), item.identifier, false, true);
    c.number(QStringLiteral("price"), item.price, Decimal()); // absent or null: 0, "no price"
    c.number(QStringLiteral("cost"), item.cost, Decimal());
    c.flag(QStringLiteral("inactiveFlag"), item.inactive);
    return c.verdict();
}

} // namespace

QList<FuzzTarget> recordTargets() {
    const QStringList lineFields{QStringLiteral("Quantity"), QStringLiteral("NetPrice"), QStringLiteral("UnitPrice"),
                                 QStringLiteral("Amount"),   QStringLiteral("AmountDC"), QStringLiteral("ID"),
                                 QStringLiteral("InvoiceID")};
    const QStringList cwFields{QStringLiteral("quantity"), QStringLiteral("unitCost"), QStringLiteral("unitPrice"),
                               QStringLiteral("product/id"), QStringLiteral("price"), QStringLiteral("cost"),
                               QStringLiteral("company/id"), QStringLiteral("effectiveDate")};
    return {
        {"exact purchase line", {kPurchaseLine, kPurchaseCredit}, lineFields,
         [](const QJsonObject& o) { return exactLine(o, false); }},
        {"exact sales line", {kSalesLine}, lineFields, [](const QJsonObject& o) { return exactLine(o, true); }},
        {"exact purchase header", {kPurchaseHeader}, {QStringLiteral("InvoiceDate"), QStringLiteral("ExchangeRate")},
         [](const QJsonObject& o) { return exactHeader(o, false); }},
        {"exact sales header", {kSalesHeader}, {QStringLiteral("InvoiceDate"), QStringLiteral("InvoiceTo")},
         [](const QJsonObject& o) { return exactHeader(o, true); }},
        {"exact item", {kItem}, {}, [](const QJsonObject& o) { return exactLookup(o, true); }},
        {"exact account", {kAccount}, {}, [](const QJsonObject& o) { return exactLookup(o, false); }},
        {"exact odata page", {kPage, kLastPage, kSinglePage},
         {QStringLiteral("d/results"), QStringLiteral("d/__next"), QStringLiteral("d")}, odataPage},
        {"cw addition", {kAddition, kCancelledAddition}, cwFields, cwAddition},
        {"cw agreement", {kAgreement, kEndedAgreement}, cwFields, cwAgreement},
        {"cw company", {kCompany}, {QStringLiteral("id")}, cwCompany},
        {"cw catalog item", {kCatalogItem, kUnpricedItem}, cwFields, cwCatalogItem},
    };
}

} // namespace fuzz
