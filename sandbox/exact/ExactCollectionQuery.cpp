#include "sandbox/exact/ExactCollectionQuery.h"

#include <QHash>

#include "sandbox/exact/ODataFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>

namespace il::sandbox {

ExactCollectionQuery::ExactCollectionQuery(const ExactEntitySet& set, const QUrl& baseUrl, int division)
    : m_set(set)
    , m_baseUrl(baseUrl)
    , m_division(division) {}

QStringList ExactCollectionQuery::parseSelect(const SandboxRequest& r) const {
    const QString raw = r.queryValue(QStringLiteral("$select")).trimmed();
    const bool topOne = r.queryValue(QStringLiteral("$top")).trimmed() == u"1";
    if (raw.isEmpty()) {
        if (m_set.selectAlwaysMandatory || !topOne)
            throw ODataError(
                QStringLiteral("Please add a $select or a $top=1 statement to the query string."));
        return {};
    }
    QStringList out;
    for (const QString& part : raw.split(u',')) {
        const QString name = part.trimmed();
        if (name == u"*")
            return {};
        if (!m_set.typeOf(name))
            throw ODataError(
                QStringLiteral("The property '%1', used in a query expression, is not defined in type '%2'.")
                    .arg(name, m_set.typeName));
        out << m_set.canonical(name);
    }
    return out;
}

QString ExactCollectionQuery::keyLiteral(const QJsonValue& key) const {
    switch (m_set.keyType()) {
    case EdmType::Guid:
        return QStringLiteral("guid'%1'").arg(key.toString());
    case EdmType::Int64:
        return QStringLiteral("%1L").arg(qint64(key.toDouble()));
    case EdmType::Int16:
    case EdmType::Int32:
        return QString::number(qint64(key.toDouble()));
    default:
        return QStringLiteral("'%1'").arg(key.toString());
    }
}

QString ExactCollectionQuery::entityUri(const QJsonObject& row) const {
    return m_baseUrl.toString() + QStringLiteral("/api/v1/%1/%2(%3)")
                                      .arg(m_division)
                                      .arg(m_set.path, keyLiteral(row.value(m_set.key)));
}

QJsonObject ExactCollectionQuery::project(const QJsonObject& row, const QStringList& select) const {
    const QString uri = entityUri(row);
    QJsonObject out{{"__metadata", QJsonObject{{"uri", uri}, {"type", m_set.typeName}}}};
    for (const ExactField& f : m_set.fields) {
        if (!select.isEmpty() && !select.contains(f.name))
            continue;
        if (f.type == EdmType::Navigation)
            out.insert(f.name, QJsonObject{{"__deferred", QJsonObject{{"uri", uri + u'/' + f.name}}}});
        else
            out.insert(f.name, row.value(f.name));
    }
    return out;
}

std::optional<QList<qsizetype>> ExactCollectionQuery::candidates(const ODataFilter& filter,
                                                                 ExactSetRows& rows, qsizetype start) const {
    const auto eq = filter.equalities();
    if (!eq)
        return std::nullopt;
    const QString property = m_set.canonical(eq->property);
    const EdmType type = m_set.typeOf(property).value_or(EdmType::String);
    const auto kind = type == EdmType::Guid     ? ODataValue::Kind::Guid
                      : type == EdmType::String ? ODataValue::Kind::String
                                                : ODataValue::Kind::Null;
    QList<qsizetype> out;
    for (const ODataValue& value : eq->values) {
        if (value.kind != kind)
            return std::nullopt; // not an index this set keeps; test every row
        for (qsizetype position : rows.positionsOf(property, value))
            if (position >= start)
                out.append(position);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

QString ExactCollectionQuery::nextLink(const SandboxRequest& r, const QString& skipToken,
                                       int remainingTop) const {
    QUrlQuery q;
    for (const QString& option : {QStringLiteral("$select"), QStringLiteral("$filter"), QStringLiteral("$inlinecount")})
        if (r.hasQuery(option))
            q.addQueryItem(option, QString::fromUtf8(QUrl::toPercentEncoding(r.queryValue(option), "',()")));
    if (remainingTop >= 0)
        q.addQueryItem(QStringLiteral("$top"), QString::number(remainingTop));
    q.addQueryItem(QStringLiteral("$skiptoken"), QString::fromUtf8(QUrl::toPercentEncoding(skipToken, "'")));
    const QString query = q.toString(QUrl::FullyEncoded);
    const QString apiPath = QStringLiteral("api/v1/%1/%2").arg(m_division).arg(m_set.path);
    switch (m_set.next) {
    case NextLinkStyle::Absolute:
        return m_baseUrl.toString() + u'/' + apiPath + u'?' + query;
    case NextLinkStyle::DotDotApi:
        return QStringLiteral("../") + apiPath + u'?' + query;
    case NextLinkStyle::PathRelative:
        return m_set.path.section(u'/', -1) + u'?' + query;
    }
    return {};
}

SandboxResponse ExactCollectionQuery::answer(const SandboxRequest& r, ExactSetRows& rows, bool denied,
                                             const RawWire* raw) const {
    if (r.hasQuery(QStringLiteral("$skip")))
        throw ODataError(
            QStringLiteral("$skip is not supported for this endpoint. Use the __next link of the "
                           "response ($skiptoken) to get the next page."));
    const QStringList select = parseSelect(r);

    ODataFilter filter;
    const QString filterText = r.queryValue(QStringLiteral("$filter"));
    if (!filterText.trimmed().isEmpty()) {
        filter = ODataFilter::parse(filterText);
        filter.validate({[this](const QString& n) { return m_set.typeOf(n); }, {}}, m_set.typeName);
    }
    if (!m_set.mandatoryFilterFields.isEmpty()) {
        const QStringList used = filter.properties();
        const bool ok = std::any_of(used.cbegin(), used.cend(), [this](const QString& p) {
            return m_set.mandatoryFilterFields.contains(m_set.canonical(p));
        });
        if (!ok)
            throw ODataError(
                QStringLiteral("This endpoint has mandatory filtering applied. A GET request for this "
                               "endpoint must have a $filter parameter with one of the following fields: %1")
                    .arg(m_set.mandatoryFilterFields.join(QStringLiteral(", "))));
    }
    // $inlinecount=allpages adds the number of rows the filter matches, over all pages, as
    // `__count` (a string, as OData v2 JSON writes it) to every page; "none" adds nothing.
    bool inlineCount = false;
    if (r.hasQuery(QStringLiteral("$inlinecount"))) {
        const QString mode = r.queryValue(QStringLiteral("$inlinecount")).trimmed();
        if (mode != u"allpages" && mode != u"none")
            throw ODataError(QStringLiteral("Invalid value for $inlinecount: '%1'. Use 'allpages' or 'none'.").arg(mode));
        inlineCount = mode == u"allpages";
    }
    int top = -1;
    if (r.hasQuery(QStringLiteral("$top"))) {
        bool ok = false;
        top = r.queryValue(QStringLiteral("$top")).trimmed().toInt(&ok);
        if (!ok || top < 0)
            throw ODataError(QStringLiteral("Invalid $top value."));
    }

    const QList<QJsonObject>& all = denied ? QList<QJsonObject>() : rows.rows();
    // A filter names few properties but is evaluated per row and term: resolve each name once
    // (the field lookup is a case-insensitive scan, and 5,000 rows × 80 terms made it the cost).
    QHash<QString, std::pair<QString, EdmType>> resolved;
    auto property = [&](const QString& n) -> const std::pair<QString, EdmType>& {
        auto it = resolved.find(n);
        if (it == resolved.end())
            it = resolved.insert(n, {m_set.canonical(n), m_set.typeOf(n).value_or(EdmType::String)});
        return *it;
    };
    auto matches = [&](const QJsonObject& row) {
        // An `or` of 80 ids reads the same property 80 times: convert it once.
        QHash<QString, ODataValue> values;
        return filter.matches({{}, [&](const QString& n) {
                                   auto it = values.constFind(n);
                                   if (it != values.cend())
                                       return *it;
                                   const auto& [name, type] = property(n);
                                   return *values.insert(n, ODataValue::fromWire(row.value(name), type));
                               }});
    };
    // Exact pages by primary key (the rows are sorted by it); $skiptoken is the last key of the
    // previous page. One row more than the page tells whether a `__next` link is due.
    const qsizetype start = denied ? 0 : rows.firstAfter(r.queryValue(QStringLiteral("$skiptoken")));
    const int want = top >= 0 ? std::min(m_set.pageSize, top) : m_set.pageSize;
    QList<qsizetype> page;
    auto consider = [&](qsizetype position) {
        if (matches(all[position]))
            page.append(position);
        return page.size() > want;
    };
    if (const auto indexed = denied ? std::nullopt : candidates(filter, rows, start)) {
        for (qsizetype position : *indexed)
            if (consider(position))
                break;
    } else {
        for (qsizetype position = start; position < all.size(); ++position)
            if (consider(position))
                break;
    }

    const int take = std::min<int>(want, int(page.size()));
    QJsonArray results;
    for (int i = 0; i < take; ++i) {
        const QJsonObject& source = all[page[i]];
        const QJsonObject row = project(source, select);
        results.append(raw ? raw->apply(m_set.path, source.value(m_set.key).toVariant().toString(), row) : row);
    }
    QJsonObject d{{"results", results}};
    if (inlineCount) {
        qsizetype count = 0;
        if (const auto indexed = denied ? std::optional<QList<qsizetype>>(QList<qsizetype>())
                                        : candidates(filter, rows, 0)) {
            for (qsizetype position : *indexed)
                count += matches(all[position]) ? 1 : 0;
        } else {
            for (const QJsonObject& row : all)
                count += matches(row) ? 1 : 0;
        }
        d.insert(QStringLiteral("__count"), QString::number(count));
    }
    const bool more = take < page.size() && (top < 0 || top > take);
    if (more && take > 0)
        d.insert(QStringLiteral("__next"),
                 nextLink(r, keyLiteral(all[page[take - 1]].value(m_set.key)), top < 0 ? -1 : top - take));
    if (!raw)
        return SandboxResponse::json(200, QJsonDocument(QJsonObject{{"d", d}}));
    d = raw->applyEnvelope(m_set.path, d);
    return SandboxResponse::json(
        200, raw->finish(QJsonDocument(QJsonObject{{"d", d}}).toJson(QJsonDocument::Compact)));
}

} // namespace il::sandbox
