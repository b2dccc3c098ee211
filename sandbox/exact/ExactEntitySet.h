#pragma once

#include "sandbox/SandboxData.h"
#include "sandbox/exact/ODataValue.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace il::sandbox {

// How an entity set writes its `__next` link. Real Exact answers have shown both absolute and
// relative links (api/exact-online.md §2.3); the fake uses all three forms so clients must cope.
enum class NextLinkStyle {
    Absolute,     // http://127.0.0.1:P/api/v1/{div}/purchase/PurchaseInvoices?...&$skiptoken=...
    DotDotApi,    // ../api/v1/{div}/purchase/PurchaseInvoiceLines?...   (KB example form)
    PathRelative, // SalesInvoiceLines?...                                (relative to the request)
};

struct ExactField {
    QString name;
    EdmType type;
};

// One REST resource of the fake: its URL, type, fields, paging and the rows it serves.
struct ExactEntitySet {
    QString path;     // "purchase/PurchaseInvoices" (after /api/v1/{division}/)
    QString typeName; // "Exact.Web.Api.Models.Purchase.PurchaseInvoice"
    QString key;      // primary key property
    QList<ExactField> fields;
    int pageSize = 60;
    bool selectAlwaysMandatory = false; // bulk: $top=1 does not excuse a missing $select
    QStringList mandatoryFilterFields;  // non-empty: a $filter on one of these is required
    NextLinkStyle next = NextLinkStyle::Absolute;
    // All rows as wire JSON (every field); the fake filters, sorts by key, projects and pages.
    std::function<QList<QJsonObject>(const ExactData&)> rows;

    std::optional<EdmType> typeOf(const QString& name) const {
        for (const ExactField& f : fields)
            if (f.name.compare(name, Qt::CaseInsensitive) == 0)
                return f.type;
        return std::nullopt;
    }
    // The property's canonical spelling, for case-insensitive $select/$filter names.
    QString canonical(const QString& name) const {
        for (const ExactField& f : fields)
            if (f.name.compare(name, Qt::CaseInsensitive) == 0)
                return f.name;
        return name;
    }
    EdmType keyType() const { return typeOf(key).value_or(EdmType::Guid); }
};

} // namespace il::sandbox
