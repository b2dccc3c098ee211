#include "sandbox/exact/ExactLookupSets.h"

#include "sandbox/exact/ExactEntities.h"

#include <QHash>

namespace il::sandbox {

namespace {

using T = EdmType;
using W = ExactEntities; // the wire helpers

} // namespace

ExactEntitySet ExactLookupSets::divisions() {
    ExactEntitySet s;
    s.path = QStringLiteral("system/Divisions");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.System.Division");
    s.key = QStringLiteral("Code");
    s.fields = {{"Code", T::Int32},      {"Description", T::String}, {"Hid", T::Int64},
                {"Current", T::Boolean}, {"Country", T::String},     {"Currency", T::String},
                {"Status", T::Int16},    {"VATNumber", T::String},   {"ChamberOfCommerceNumber", T::String}};
    // Every division the user reaches, whichever division the URL names (api/exact-online.md §2.2).
    s.rows = [](const ExactData& d) {
        const int current = d.currentDivision ? d.currentDivision : d.division;
        QMap<int, QString> all = d.otherDivisions;
        all.insert(d.division, d.divisionName);
        QList<QJsonObject> rows;
        for (auto it = all.cbegin(); it != all.cend(); ++it)
            rows.append(QJsonObject{{"Code", it.key()},
                                    {"Description", it.value()},
                                    {"Hid", it.key()},
                                    {"Current", it.key() == current},
                                    {"Country", "NL"},
                                    {"Currency", d.currency},
                                    {"Status", 1},
                                    {"VATNumber", "NL001234567B01"},
                                    {"ChamberOfCommerceNumber", "12345678"}});
        return rows;
    };
    return s;
}

ExactEntitySet ExactLookupSets::items() {
    ExactEntitySet s;
    s.path = QStringLiteral("logistics/Items");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Logistics.Item");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::PathRelative;
    s.mandatoryFilterFields = {QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Modified")};
    s.fields = {{"ID", T::Guid},
                {"Code", T::String},
                {"CostPriceStandard", T::Double},
                {"Description", T::String},
                {"Division", T::Int32},
                {"IsPurchaseItem", T::Boolean},
                {"IsSalesItem", T::Boolean},
                {"Modified", T::DateTime},
                {"Unit", T::String}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactItem& i : d.items)
            out.append(QJsonObject{{"ID", i.id},
                                   {"Code", i.code},
                                   {"CostPriceStandard", W::number(i.costPriceStandard)},
                                   {"Description", W::text(i.description)},
                                   {"Division", d.division},
                                   {"IsPurchaseItem", true},
                                   {"IsSalesItem", true},
                                   {"Modified", W::date(QDate(2024, 1, 1))},
                                   {"Unit", "pc"}});
        return out;
    };
    return s;
}

ExactEntitySet ExactLookupSets::accounts() {
    ExactEntitySet s;
    s.path = QStringLiteral("crm/Accounts");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.CRM.Account");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::DotDotApi;
    s.mandatoryFilterFields = {QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Modified")};
    s.fields = {{"ID", T::Guid},           {"Blocked", T::Boolean}, {"ChamberOfCommerce", T::String},
                {"Code", T::String},       {"Country", T::String},  {"Division", T::Int32},
                {"Email", T::String},      {"IsSales", T::Boolean}, {"IsSupplier", T::Boolean},
                {"Modified", T::DateTime}, {"Name", T::String},     {"SearchCode", T::String},
                {"Status", T::String},     {"VATNumber", T::String}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactAccount& a : d.accounts)
            out.append(QJsonObject{{"ID", a.id},
                                   {"Blocked", false},
                                   {"ChamberOfCommerce", QJsonValue::Null},
                                   {"Code", a.code},
                                   {"Country", "NL"},
                                   {"Division", d.division},
                                   {"Email", QJsonValue::Null},
                                   {"IsSales", true},
                                   {"IsSupplier", true},
                                   {"Modified", W::date(QDate(2024, 1, 1))},
                                   {"Name", a.name},
                                   {"SearchCode", a.code.trimmed()},
                                   {"Status", "C"},
                                   {"VATNumber", QJsonValue::Null}});
        return out;
    };
    return s;
}

// Mandatory filtering like the other lookup sets (api/exact-online.md §2.7): a client that lists
// every project instead of asking for the month's ones is refused.
ExactEntitySet ExactLookupSets::projects() {
    ExactEntitySet s;
    s.path = QStringLiteral("project/Projects");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.Project.Project");
    s.key = QStringLiteral("ID");
    s.next = NextLinkStyle::PathRelative;
    s.mandatoryFilterFields = {QStringLiteral("ID"), QStringLiteral("Code"), QStringLiteral("Modified")};
    s.fields = {{"ID", T::Guid},
                {"Account", T::Guid},
                {"Code", T::String},
                {"Description", T::String},
                {"Division", T::Int32},
                {"Modified", T::DateTime},
                {"StartDate", T::DateTime},
                {"Type", T::Int32}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactProject& p : d.projects)
            out.append(QJsonObject{{"ID", p.id},
                                   {"Account", QJsonValue::Null},
                                   {"Code", p.code},
                                   {"Description", W::text(p.description)},
                                   {"Division", d.division},
                                   {"Modified", W::date(QDate(2024, 1, 1))},
                                   {"StartDate", W::date(QDate(2024, 1, 1))},
                                   {"Type", 2}});
        return out;
    };
    return s;
}

// vat/VATCodes (picqer VatCode.php; reference page ?name=VATVATCodes). No mandatory filter: the
// KB's mandatory filtering concerns endpoints with a sync twin, and VAT codes have none (the
// client filters on Code all the same). Type and Percentage are what the client needs.
ExactEntitySet ExactLookupSets::vatCodes() {
    ExactEntitySet s;
    s.path = QStringLiteral("vat/VATCodes");
    s.typeName = QStringLiteral("Exact.Web.Api.Models.VAT.VATCode");
    s.key = QStringLiteral("ID");
    s.fields = {{"ID", T::Guid},
                {"Charged", T::Boolean},
                {"Code", T::String},
                {"Created", T::DateTime},
                {"Description", T::String},
                {"Division", T::Int32},
                {"IsBlocked", T::Boolean},
                {"Modified", T::DateTime},
                {"Percentage", T::Double},
                {"Type", T::String},
                {"VATTransactionType", T::String}};
    s.rows = [](const ExactData& d) {
        QList<QJsonObject> out;
        for (const ExactVatCode& v : d.vatCodes)
            out.append(QJsonObject{{"ID", v.id},
                                   {"Charged", false},
                                   {"Code", v.code},
                                   {"Created", W::date(QDate(2020, 1, 1))},
                                   {"Description", W::text(v.description)},
                                   {"Division", d.division},
                                   {"IsBlocked", false},
                                   {"Modified", W::date(QDate(2024, 1, 1))},
                                   {"Percentage", W::number(v.percentage)},
                                   {"Type", v.type},
                                   {"VATTransactionType", "B"}});
        return out;
    };
    return s;
}

} // namespace il::sandbox
