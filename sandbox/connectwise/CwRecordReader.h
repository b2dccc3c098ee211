#pragma once

#include "sandbox/SandboxData.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace il::sandbox {

// The write side of the fake: reads POST, PUT and patched bodies into CwData records and
// collects ConnectWise-style ValidationErrors (required fields, unknown references, duplicate
// identifiers, wrong types). Fields a domain struct does not model go to `extras`.
class CwRecordReader {
public:
    explicit CwRecordReader(const CwData& data);

    // Fields a client may write on an addition (PATCH paths are these, case-sensitive).
    static const QStringList& additionWritableFields();
    // Fields the server computes; writing them is refused.
    static const QStringList& additionReadOnlyFields();

    // Every writable field not in `body` takes its default (that is what PUT does).
    bool readAddition(const QJsonObject& body, Addition& out, QJsonObject& extras, QJsonArray& errors) const;
    bool readAgreement(const QJsonObject& body, Agreement& out, QJsonObject& extras,
                       QJsonArray& errors) const;
    bool readCatalogItem(const QJsonObject& body, CatalogItem& out, QJsonObject& extras,
                         QJsonArray& errors) const;

private:
    void required(const QJsonObject& body, const QString& resource, const QStringList& fields,
                  QJsonArray& errors) const;
    bool readDecimal(const QJsonObject& body, const QString& field, const QString& resource, Decimal& out,
                     QJsonArray& errors) const;
    bool readDate(const QJsonObject& body, const QString& field, const QString& resource, QDate& out,
                  QJsonArray& errors) const;
    // {id} or {identifier}/{name}; id 0 when absent. False (with an error) when not found.
    bool readReference(const QJsonObject& body, const QString& field, const QString& resource,
                       const QList<Reference>& table, Reference& out, QJsonArray& errors) const;

    const CwData& m_data;
};

} // namespace il::sandbox
