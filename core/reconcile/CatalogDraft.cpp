#include "reconcile/CatalogDraft.h"

#include <QRegularExpression>

namespace il {
namespace {

// Removes every whole-word occurrence of text (case-insensitive): a key such as "MS" must not
// eat the "MS" of "MS Office", nor a name its neighbours' letters.
QString without(QString description, const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return description;
    const QRegularExpression word(QStringLiteral("(?<!\\w)") + QRegularExpression::escape(trimmed) +
                                      QStringLiteral("(?!\\w)"),
                                  QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return description.remove(word);
}

} // namespace

QString CatalogDraft::sharedDescription(const InvoiceLine& line) {
    QString text = line.description;
    // The longer one first: a name that contains the key leaves no half of itself behind.
    const bool nameFirst = line.customerName.size() >= line.customerKey.size();
    text = without(text, nameFirst ? line.customerName : line.customerKey);
    text = without(text, nameFirst ? line.customerKey : line.customerName);
    static const QRegularExpression emptyBrackets(QStringLiteral("[\\[(<{]\\s*[\\])>}]"));
    static const QRegularExpression edges(QStringLiteral("^[\\s\\-–—:|,;/]+|[\\s\\-–—:|,;/]+$"));
    text.remove(emptyBrackets);
    text = text.simplified();
    text.remove(edges);
    return text.isEmpty() ? line.itemCode.trimmed() : text;
}

NewCatalogItem CatalogDraft::fromLine(const InvoiceLine& line, bool salesSource) {
    NewCatalogItem item;
    item.identifier = line.itemCode.trimmed();
    item.description = sharedDescription(line);
    item.customerDescription = item.description;
    if (salesSource)
        item.price = line.unitPrice;
    else
        item.cost = line.unitPrice;
    return item;
}

} // namespace il
