#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace il::sandbox {

// Bad data on purpose, for tests only (issue 7): raw JSON a fake sends in place of a field of
// one record, of a member of every page's envelope, or of a response header, after it has
// filtered, sorted and paged its real data. The text goes out byte for byte, so a test can
// serve what no JSON library writes (1e400, -0, "1,5", an object where a number belongs). It
// never changes what a fake accepts. Nothing is set unless a test sets it.
class RawWire {
public:
    // `field` of the record whose key is `key` ("product/id" reaches into an object); `json`
    // is raw JSON text, or empty to leave the field out. `collection` is the fake's name for
    // the list: "purchase/PurchaseInvoiceLines", "finance/agreements/{id}/additions".
    void setField(const QString& collection, const QString& key, const QString& field, const QByteArray& json);
    // A member of every answer's envelope (Exact: of "d", e.g. "results" or "__next").
    void setEnvelope(const QString& collection, const QString& member, const QByteArray& json);
    // A header of every answer (ConnectWise: "Link").
    void setHeader(const QString& collection, const QByteArray& name, const QByteArray& value);
    void clear();
    bool isEmpty() const { return m_fields.isEmpty() && m_envelope.isEmpty() && m_headers.isEmpty(); }

    // The record with placeholders where raw text goes; finish() puts the text in.
    QJsonObject apply(const QString& collection, const QString& key, QJsonObject record) const;
    QJsonObject applyEnvelope(const QString& collection, QJsonObject envelope) const;
    QList<QPair<QByteArray, QByteArray>> headers(const QString& collection) const;
    // The serialized body with each placeholder replaced by its raw JSON text.
    QByteArray finish(QByteArray body) const;

private:
    struct Entry {
        QString collection;
        QString key;  // record key; empty for envelope members
        QString path; // field path or envelope member
        QByteArray json;
    };
    QJsonObject put(QJsonObject object, const QStringList& path, qsizetype index) const;
    static QString placeholder(qsizetype index);

    QList<Entry> m_fields;
    QList<Entry> m_envelope;
    QList<QPair<QString, QPair<QByteArray, QByteArray>>> m_headers;
    mutable QHash<QString, QByteArray> m_pending; // placeholder → raw text
};

} // namespace il::sandbox
