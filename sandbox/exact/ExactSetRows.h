#pragma once

#include "sandbox/exact/ExactEntitySet.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace il::sandbox {

// One entity set's rows for one state of the data, built once: wire JSON sorted by primary key
// (the order Exact pages in), with an equality index per filtered property built on first use.
// A page then costs the rows it answers, not a rebuild, filter and sort of the whole set (a
// 20,000-line month used to cost the fake 342 s of CPU, so benchmarks measured the fake).
class ExactSetRows {
public:
    ExactSetRows(const ExactEntitySet& set, QList<QJsonObject> rows);

    const QList<QJsonObject>& rows() const { return m_rows; }

    // The position of the first row whose key comes after a $skiptoken, as Exact pages.
    qsizetype firstAfter(const QString& skipToken) const;
    // True when the key of `row` comes after the $skiptoken (guid'…', 12L, 12 or '…').
    bool afterSkipToken(const QJsonObject& row, const QString& token) const;

    // Positions (ascending) of the rows whose `property` equals `value` as a $filter compares
    // (GUIDs exactly in lower case, strings ignoring case); property is the canonical spelling.
    QList<qsizetype> positionsOf(const QString& property, const ODataValue& value);

private:
    static QString indexKey(const ODataValue& value);

    const ExactEntitySet& m_set;
    QList<QJsonObject> m_rows;
    QHash<QString, QHash<QString, QList<qsizetype>>> m_indexes; // property → key → positions
};

} // namespace il::sandbox
