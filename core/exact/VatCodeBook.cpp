#include "exact/VatCodeBook.h"

#include "errors/ApiError.h"

namespace il {

QString VatCodeBook::filter(const QStringList& codes) {
    QStringList terms;
    for (QString c : codes)
        terms << QStringLiteral("Code eq '%1'").arg(c.replace(u'\'', QStringLiteral("''")));
    return terms.join(QStringLiteral(" or "));
}

QCoro::Task<> VatCodeBook::load(QStringList codes, CancelToken cancel) {
    QStringList missing;
    for (const QString& c : codes)
        if (!c.isEmpty() && !m_codes.contains(c) && !missing.contains(c))
            missing << c;
    if (missing.isEmpty())
        co_return;
    missing.sort();
    const QStringList select{QStringLiteral("Code"), QStringLiteral("Type"), QStringLiteral("Percentage")};
    // A month uses a handful of codes: the filter stays far below Exact's URL limit and one page.
    const QList<QJsonObject> rows =
        co_await m_reader.list(QStringLiteral("vat/VATCodes"), select, filter(missing), cancel);
    for (const QJsonObject& row : rows) {
        const ExactVatCode v = ExactRecordReader::vatCode(row);
        m_codes.insert(v.code, v);
    }
}

const ExactVatCode* VatCodeBook::of(const InvoiceLine& line) const {
    if (line.vatCode.isEmpty())
        return nullptr;
    const auto it = m_codes.constFind(line.vatCode);
    if (it == m_codes.cend())
        throw ApiError(ApiError::Kind::Parse, QStringLiteral("Exact Online"), QStringLiteral("GET vat/VATCodes"), 0,
                       QStringLiteral("no VAT code '%1', the VATCode of line %2 of invoice %3 (%4); without its "
                                      "type InvoiceLink cannot tell whether the price includes VAT")
                           .arg(line.vatCode, line.lineId, line.invoiceNumber, line.invoiceId));
    return &*it;
}

} // namespace il
