#pragma once

#include "domain/InvoiceLine.h"
#include "exact/ExactRecordReader.h"
#include "exact/ODataReader.h"
#include "async/CancelToken.h"

#include <QHash>
#include <QStringList>

#include <qcoro/qcorotask.h>

namespace il {

// The vat/VATCodes a month's lines use, read in one filtered call
// (`Code eq '2' or Code eq '5'`, $select=Code,Type,Percentage) and kept for the life of the
// source, so a second month in the same run only asks for codes it has not seen.
class VatCodeBook {
public:
    explicit VatCodeBook(ODataReader& reader)
        : m_reader(reader) {}

    // Reads the codes not known yet (one call; none when all are known or codes is empty).
    QCoro::Task<> load(QStringList codes, CancelToken cancel = {});
    // The line's VAT code; nullptr for a line without one. A code Exact did not return fails,
    // naming the line and the code: guessing "excluding" could push a price with VAT in it.
    const ExactVatCode* of(const InvoiceLine& line) const;

    // `Code eq '2' or Code eq '5'`, quotes doubled as OData wants them.
    static QString filter(const QStringList& codes);

private:
    ODataReader& m_reader;
    QHash<QString, ExactVatCode> m_codes; // by trimmed code
};

} // namespace il
