#include "sandbox/exact/ExactSetRows.h"

#include <algorithm>

namespace il::sandbox {

ExactSetRows::ExactSetRows(const ExactEntitySet& set, QList<QJsonObject> rows)
    : m_set(set)
    , m_rows(std::move(rows)) {
    // Exact pages by primary key; keys are unique, so this is the order every page reads.
    const bool numericKey = m_set.keyType() != EdmType::Guid && m_set.keyType() != EdmType::String;
    const QString& key = m_set.key;
    std::sort(m_rows.begin(), m_rows.end(), [&](const QJsonObject& a, const QJsonObject& b) {
        if (numericKey)
            return a.value(key).toDouble() < b.value(key).toDouble();
        return a.value(key).toString().compare(b.value(key).toString(), Qt::CaseInsensitive) < 0;
    });
}

bool ExactSetRows::afterSkipToken(const QJsonObject& row, const QString& token) const {
    const QJsonValue key = row.value(m_set.key);
    switch (m_set.keyType()) {
    case EdmType::Guid: {
        QString t = token;
        if (t.startsWith(u"guid'", Qt::CaseInsensitive))
            t = t.mid(5).chopped(1);
        return key.toString().toLower() > t.toLower();
    }
    case EdmType::Int16:
    case EdmType::Int32:
    case EdmType::Int64: {
        QString t = token;
        if (t.endsWith(u'L'))
            t.chop(1);
        return qint64(key.toDouble()) > t.toLongLong();
    }
    default:
        return key.toString() > token.mid(1).chopped(1);
    }
}

qsizetype ExactSetRows::firstAfter(const QString& token) const {
    if (token.isEmpty())
        return 0;
    auto after = [&](const QJsonObject& row) { return afterSkipToken(row, token); };
    // GUID and number keys compare after the token in the order the rows are sorted, so the
    // first one after it is found by halving. String keys sort ignoring case but compare
    // with it, as the fake always did: those are scanned.
    if (m_set.keyType() == EdmType::String)
        return std::find_if(m_rows.cbegin(), m_rows.cend(), after) - m_rows.cbegin();
    return std::partition_point(m_rows.cbegin(), m_rows.cend(), [&](const QJsonObject& row) {
               return !after(row);
           }) -
           m_rows.cbegin();
}

QString ExactSetRows::indexKey(const ODataValue& value) {
    // A $filter compares strings ignoring case (SQL Server's collation) and GUIDs in lower case.
    return value.kind == ODataValue::Kind::String ? value.text.toCaseFolded() : value.text;
}

QList<qsizetype> ExactSetRows::positionsOf(const QString& property, const ODataValue& value) {
    auto index = m_indexes.find(property);
    if (index == m_indexes.end()) {
        const EdmType type = m_set.typeOf(property).value_or(EdmType::String);
        QHash<QString, QList<qsizetype>> built;
        for (qsizetype i = 0; i < m_rows.size(); ++i) {
            const ODataValue v = ODataValue::fromWire(m_rows[i].value(property), type);
            if (v.kind == ODataValue::Kind::String || v.kind == ODataValue::Kind::Guid)
                built[indexKey(v)].append(i);
        }
        index = m_indexes.insert(property, built);
    }
    return index->value(indexKey(value));
}

} // namespace il::sandbox
