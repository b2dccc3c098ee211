#include "exact/ODataPage.h"

#include "errors/ApiError.h"
#include "net/JsonRecord.h"

#include <QJsonArray>

namespace il {

ODataPage ODataPage::read(const QJsonObject& document, const QString& system, const QString& what) {
    const auto fail = [&](const QString& problem) {
        return ApiError(ApiError::Kind::Parse, system, what, 0, problem);
    };
    const QJsonValue dValue = document.value(u"d");
    if (!dValue.isObject())
        throw fail(QStringLiteral("the answer has no OData \"d\" object (%1)").arg(JsonRecord::shown(dValue)));
    const QJsonObject d = dValue.toObject();
    ODataPage page;
    const QJsonValue next = d.value(u"__next");
    if (next.isString())
        page.next = next.toString();
    else if (!next.isUndefined() && !next.isNull())
        // Reading on as if this were the last page would quietly drop the rest of the list.
        throw fail(QStringLiteral("the page's __next link is not text (%1)").arg(JsonRecord::shown(next)));
    const QJsonValue results = d.value(u"results");
    if (results.isUndefined()) {
        QJsonObject single = d; // {"d":{…}}: one record without the results array
        single.remove(QStringLiteral("__next"));
        if (!single.isEmpty())
            page.records.append(single);
        return page;
    }
    if (!results.isArray())
        throw fail(QStringLiteral("the page's \"results\" is not a list (%1)").arg(JsonRecord::shown(results)));
    const QJsonArray rows = results.toArray();
    page.records.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!rows[i].isObject())
            throw fail(QStringLiteral("element %1 of the page's \"results\" is not a record (%2)")
                           .arg(i + 1)
                           .arg(JsonRecord::shown(rows[i])));
        page.records.append(rows[i].toObject());
    }
    return page;
}

} // namespace il
