#pragma once

#include "sandbox/RawWire.h"
#include "sandbox/SandboxHttp.h"
#include "sandbox/exact/ExactEntitySet.h"
#include "sandbox/exact/ExactSetRows.h"

#include <QJsonObject>
#include <QUrl>

#include <optional>

namespace il::sandbox {

class ODataFilter;

// Answers a GET on one entity set the way Exact's OData v2 service does: mandatory $select
// (unless $top=1; always on bulk), mandatory $filter where the set demands one, no $skip,
// unknown properties refused, paging by primary key with $skiptoken in `__next`, records with
// `__metadata`, `__deferred` navigation links and `/Date(ms)/` dates.
// Refusals throw ODataError (400) with Exact's wording.
class ExactCollectionQuery {
public:
    ExactCollectionQuery(const ExactEntitySet& set, const QUrl& baseUrl, int division);

    // denied: the user has no right on the endpoint; like Exact, the answer is an empty list.
    // raw: bad data a test wants served (RawWire), put in after filtering and paging.
    // rows: the set's rows for the division's data, sorted by key (ExactRowCache keeps them
    // between requests); a page reads the rows it answers, through an index where the filter
    // is an `or` of equalities on one property.
    SandboxResponse answer(const SandboxRequest& request, ExactSetRows& rows, bool denied,
                           const RawWire* raw = nullptr) const;

    // `{"__metadata":…, fields…}` for one row, projected on `select` (empty = every field).
    QJsonObject project(const QJsonObject& row, const QStringList& select) const;

private:
    QStringList parseSelect(const SandboxRequest& request) const;
    QString keyLiteral(const QJsonValue& key) const;
    QString entityUri(const QJsonObject& row) const;
    QString nextLink(const SandboxRequest& request, const QString& skipToken, int remainingTop) const;
    // Positions of the rows to test against the filter, in key order from `start`; all rows
    // from `start` (nullopt) unless the filter's equalities allow an index.
    std::optional<QList<qsizetype>> candidates(const ODataFilter& filter, ExactSetRows& rows,
                                               qsizetype start) const;

    const ExactEntitySet& m_set;
    QUrl m_baseUrl;
    int m_division;
};

} // namespace il::sandbox
