#include "sandbox/RawWire.h"

#include <QStringList>

namespace il::sandbox {

namespace {
// Entries are numbered across both lists: fields first, envelope members after.
constexpr qsizetype kEnvelopeBase = 1'000'000;
} // namespace

void RawWire::setField(const QString& collection, const QString& key, const QString& field,
                       const QByteArray& json) {
    m_fields.append({collection, key.toLower(), field, json});
}

void RawWire::setEnvelope(const QString& collection, const QString& member, const QByteArray& json) {
    m_envelope.append({collection, {}, member, json});
}

void RawWire::setHeader(const QString& collection, const QByteArray& name, const QByteArray& value) {
    m_headers.append({collection, {name, value}});
}

void RawWire::clear() {
    m_fields.clear();
    m_envelope.clear();
    m_headers.clear();
    m_pending.clear();
}

QString RawWire::placeholder(qsizetype index) {
    return QStringLiteral("@@rawwire-%1@@").arg(index);
}

QJsonObject RawWire::put(QJsonObject object, const QStringList& path, qsizetype index) const {
    const Entry& e = index >= kEnvelopeBase ? m_envelope[index - kEnvelopeBase] : m_fields[index];
    if (path.size() > 1) {
        object.insert(path.first(), put(object.value(path.first()).toObject(), path.mid(1), index));
        return object;
    }
    if (e.json.isEmpty()) {
        object.remove(path.first());
        return object;
    }
    object.insert(path.first(), placeholder(index));
    m_pending.insert(placeholder(index), e.json);
    return object;
}

QJsonObject RawWire::apply(const QString& collection, const QString& key, QJsonObject record) const {
    for (qsizetype i = 0; i < m_fields.size(); ++i)
        if (m_fields[i].collection == collection && m_fields[i].key == key.toLower())
            record = put(record, m_fields[i].path.split(u'/'), i);
    return record;
}

QJsonObject RawWire::applyEnvelope(const QString& collection, QJsonObject envelope) const {
    for (qsizetype i = 0; i < m_envelope.size(); ++i)
        if (m_envelope[i].collection == collection)
            envelope = put(envelope, m_envelope[i].path.split(u'/'), kEnvelopeBase + i);
    return envelope;
}

QList<QPair<QByteArray, QByteArray>> RawWire::headers(const QString& collection) const {
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto& h : m_headers)
        if (h.first == collection)
            out.append(h.second);
    return out;
}

QByteArray RawWire::finish(QByteArray body) const {
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        body.replace('"' + it.key().toLatin1() + '"', it.value());
    return body;
}

} // namespace il::sandbox
