#pragma once

#include <QString>

#include <optional>

namespace il {

// Which Exact Online records a month's lines come from (exact/source): purchase invoices, sales
// invoices, or purchase entries. The names are the setting's values and the JSON report's.
enum class InvoiceSourceKind { Purchase, Sales, Entries };

inline QString invoiceSourceName(InvoiceSourceKind kind) {
    switch (kind) {
    case InvoiceSourceKind::Purchase:
        return QStringLiteral("purchase");
    case InvoiceSourceKind::Sales:
        return QStringLiteral("sales");
    case InvoiceSourceKind::Entries:
        return QStringLiteral("entries");
    }
    return {};
}

inline std::optional<InvoiceSourceKind> invoiceSourceFromName(const QString& name) {
    for (InvoiceSourceKind k : {InvoiceSourceKind::Purchase, InvoiceSourceKind::Sales, InvoiceSourceKind::Entries})
        if (name == invoiceSourceName(k))
            return k;
    return std::nullopt;
}

} // namespace il
