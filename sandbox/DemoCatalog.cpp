#include "sandbox/DemoCatalog.h"

namespace il::sandbox {

namespace {

struct Product {
    const char* code;
    const char* description;
    const char* cost;
    const char* price;
    int subcategory;
    bool divisible;
};

// Distributor prices carry 2–4 decimals, as real price lists do.
const Product Invoiced[] = {
    {"M365-BP", "Microsoft 365 Business Premium", "18.7340", "22.00", 1, false},
    {"M365-BS", "Microsoft 365 Business Standard", "10.5480", "12.70", 1, false},
    {"M365-BB", "Microsoft 365 Business Basic", "4.9920", "6.00", 1, false},
    {"M365-E3", "Microsoft 365 E3", "32.4750", "38.90", 1, false},
    {"EXO-P1", "Exchange Online (Plan 1)", "3.7440", "4.50", 1, false},
    {"TEAMS-ESS", "Microsoft Teams Essentials", "3.3696", "4.00", 1, false},
    {"ENTRA-P1", "Microsoft Entra ID P1", "5.0544", "6.10", 2, false},
    {"DEF-EP-P1", "Microsoft Defender for Endpoint P1", "2.8080", "3.40", 2, false},
    {"INTUNE", "Microsoft Intune Plan 1", "7.4880", "9.00", 2, false},
    {"ESET-PROTECT", "ESET PROTECT Entry", "2.1875", "2.95", 2, false},
    {"S1-CORE", "SentinelOne Singularity Core", "3.9990", "5.25", 2, false},
    {"KEEPER-BUS", "Keeper Business", "3.12", "3.95", 2, false},
    {"MAILFILTER", "Mail filtering per mailbox", "0.9875", "1.35", 2, false},
    {"VEEAM-M365", "Veeam Backup for Microsoft 365 per user", "1.85", "2.50", 3, false},
    {"VEEAM-WS", "Veeam Agent for Windows workstation", "3.4125", "4.50", 3, false},
    {"ACRONIS-CP", "Acronis Cyber Protect Cloud per device", "6.245", "7.95", 3, false},
    {"BACKUP-TB", "Off-site backup storage per TB", "19.90", "27.50", 3, true},
    {"VPS-S", "Virtual server S (2 vCPU, 4 GB)", "12.3750", "17.50", 4, false},
    {"VPS-M", "Virtual server M (4 vCPU, 8 GB)", "24.7500", "32.50", 4, false},
    {"VPS-L", "Virtual server L (8 vCPU, 16 GB)", "49.5000", "62.50", 4, false},
    {"WEB-BASIC", "Web hosting basic", "2.9950", "4.95", 4, false},
    {"DNS-PREMIUM", "Managed DNS premium zone", "0.8325", "1.50", 4, false},
    {"SSL-DV", "SSL certificate DV (monthly)", "1.2450", "2.25", 4, false},
    {"AZURE-STOR", "Azure Blob storage per 100 GB", "1.7136", "2.40", 4, true},
    {"ADOBE-ACRO", "Adobe Acrobat Pro", "17.4183", "21.50", 1, false},
    {"DROPBOX-STD", "Dropbox Business Standard", "11.25", "14.00", 3, false},
};

// On the distributor's invoice, but nobody created a catalog item: such lines stay unlinked.
const Product NoCatalog[] = {
    {"WINSVR-SPLA-2C", "Windows Server Standard SPLA (2 cores)", "6.1240", "8.50", 4, false},
    {"RDS-SAL", "Remote Desktop Services SAL", "4.4720", "6.00", 4, false},
};

// The provider's own services on agreements: never on the distributor's invoice.
const Product Services[] = {
    {"MS-SUPPORT", "Managed support per device", "0", "29.50", 5, false},
    {"MONITORING", "Server monitoring", "0", "15.00", 5, false},
    {"HELPDESK", "Helpdesk per user", "0", "12.50", 5, false},
    {"ONSITE-HOUR", "On-site support hour", "0", "85.00", 5, false},
};

DemoItem makeItem(const Product& p) {
    DemoItem item;
    item.code = QString::fromLatin1(p.code);
    item.cwIdentifier = item.code;
    item.description = QString::fromLatin1(p.description);
    item.cost = Decimal::fromString(QString::fromLatin1(p.cost));
    item.price = Decimal::fromString(QString::fromLatin1(p.price));
    item.subcategoryId = p.subcategory;
    item.typeId = p.subcategory == 5 ? 3 : 1;
    item.divisible = p.divisible;
    return item;
}

} // namespace

void DemoCatalog::build(DemoContext& ctx, int minInvoiced) {
    CwData& cw = ctx.data.cw;
    cw.productTypes = {
        {1, QStringLiteral("Licence")}, {2, QStringLiteral("Cloud Service")}, {3, QStringLiteral("Labour")}};
    cw.subcategories = {{1, QStringLiteral("Productivity")},
                        {2, QStringLiteral("Security")},
                        {3, QStringLiteral("Backup")},
                        {4, QStringLiteral("Hosting")},
                        {5, QStringLiteral("Support")}};

    for (const Product& p : Invoiced) {
        ctx.invoicedItems.append(int(ctx.items.size()));
        ctx.items.append(makeItem(p));
    }
    for (int n = int(ctx.invoicedItems.size()) + 1; ctx.invoicedItems.size() < minInvoiced; ++n) {
        DemoItem item;
        item.code = QStringLiteral("CLOUD-%1").arg(n, 4, 10, QLatin1Char('0'));
        item.cwIdentifier = item.code;
        item.description = QStringLiteral("Cloud service bundle %1").arg(n);
        item.cost = Decimal::fromRaw(qint64(ctx.rng.between(5'000, 450'000)) * 100); // 0.5000–45.0000
        item.price = (item.cost * Decimal::fromString(u"1.25")).rounded(2);
        item.subcategoryId = 4;
        item.typeId = 2;
        ctx.invoicedItems.append(int(ctx.items.size()));
        ctx.items.append(item);
    }
    for (const Product& p : NoCatalog) {
        ctx.noCatalogItems.append(int(ctx.items.size()));
        DemoItem item = makeItem(p);
        item.cwIdentifier.clear();
        ctx.items.append(item);
    }
    for (const Product& p : Services) {
        ctx.serviceItems.append(int(ctx.items.size()));
        DemoItem item = makeItem(p);
        item.inExact = false;
        ctx.items.append(item);
    }

    int catalogId = 801;
    for (DemoItem& item : ctx.items) {
        if (item.inExact) {
            item.exactId = ctx.newGuid();
            ctx.data.exact.items.append({item.exactId, item.code, item.description, item.cost});
        }
        if (item.cwIdentifier.isEmpty())
            continue;
        // Catalog identifiers are typed by hand in ConnectWise: a third differ in case.
        if (ctx.rng.percent(33))
            item.cwIdentifier = item.cwIdentifier.toLower();
        item.catalogId = catalogId++;
        CatalogItem c;
        c.id = item.catalogId;
        c.identifier = item.cwIdentifier;
        c.description = item.description;
        c.customerDescription = item.description;
        c.price = item.price;
        c.cost = item.cost;
        c.subcategoryId = item.subcategoryId;
        c.typeId = item.typeId;
        cw.catalog.append(c);
    }
}

} // namespace il::sandbox
