#include "sandbox/connectwise/CwRecordReader.h"

#include "sandbox/connectwise/CwErrors.h"

#include <QDateTime>

namespace il::sandbox {

namespace {
QString text(const QJsonObject& body, const QString& field) {
    return body.value(field).toString();
}

void copyExtras(const QJsonObject& body, const QStringList& fields, QJsonObject& extras) {
    for (const QString& f : fields)
        if (body.contains(f) && !body.value(f).isNull())
            extras.insert(f, body.value(f));
}

bool present(const QJsonValue& v) {
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isString())
        return !v.toString().trimmed().isEmpty();
    if (v.isObject()) {
        // A reference needs something to point with: {"id":0} points nowhere.
        const QJsonObject o = v.toObject();
        if (o.contains(QStringLiteral("id")))
            return o.value(QStringLiteral("id")).toInt() != 0 || o.size() > 1;
        return !o.isEmpty();
    }
    return true;
}

const QStringList kBillCustomer = {QStringLiteral("Billable"), QStringLiteral("DoNotBill"),
                                   QStringLiteral("NoCharge")};
} // namespace

CwRecordReader::CwRecordReader(const CwData& data)
    : m_data(data) {}

const QStringList& CwRecordReader::additionWritableFields() {
    static const QStringList fields = {"product",
                                       "quantity",
                                       "lessIncluded",
                                       "unitPrice",
                                       "unitCost",
                                       "billCustomer",
                                       "effectiveDate",
                                       "cancelledDate",
                                       "taxableFlag",
                                       "serialNumber",
                                       "invoiceDescription",
                                       "purchaseItemFlag",
                                       "specialOrderFlag",
                                       "description",
                                       "uom",
                                       "prorateCurrentPeriodFlag",
                                       "opportunity",
                                       "invoiceGrouping",
                                       "sequenceNumber",
                                       "customFields"};
    return fields;
}

const QStringList& CwRecordReader::additionReadOnlyFields() {
    static const QStringList fields = {"id",
                                       "agreementId",
                                       "agreementStatus",
                                       "billedQuantity",
                                       "extPrice",
                                       "extCost",
                                       "margin",
                                       "prorateCost",
                                       "proratePrice",
                                       "extendedProrateCost",
                                       "extendedProratePrice",
                                       "_info"};
    return fields;
}

void CwRecordReader::required(const QJsonObject& body, const QString& resource, const QStringList& fields,
                              QJsonArray& errors) const {
    for (const QString& f : fields)
        if (!present(body.value(f)))
            errors.append(CwErrors::validationError(QStringLiteral("NullValue"),
                                                    QStringLiteral("The %1 field is required.").arg(f),
                                                    resource, f));
}

bool CwRecordReader::readDecimal(const QJsonObject& body, const QString& field, const QString& resource,
                                 Decimal& out, QJsonArray& errors) const {
    const QJsonValue v = body.value(field);
    if (v.isUndefined() || v.isNull()) {
        out = Decimal();
        return true;
    }
    const auto d = Decimal::fromJson(v); // a number, or a string holding one
    if (!d) {
        errors.append(CwErrors::validationError(QStringLiteral("InvalidValue"),
                                                QStringLiteral("The field %1 must be a number.").arg(field),
                                                resource, field));
        return false;
    }
    out = *d;
    return true;
}

bool CwRecordReader::readDate(const QJsonObject& body, const QString& field, const QString& resource,
                              QDate& out, QJsonArray& errors) const {
    const QJsonValue v = body.value(field);
    out = QDate();
    if (v.isUndefined() || v.isNull())
        return true;
    const QString s = v.toString();
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    if (dt.isValid())
        out = dt.toUTC().date();
    else
        out = QDate::fromString(s, Qt::ISODate);
    if (!out.isValid()) {
        errors.append(CwErrors::validationError(
            QStringLiteral("InvalidValue"),
            QStringLiteral("The field %1 must be a date-time such as 2026-10-01T00:00:00Z.").arg(field),
            resource, field));
        return false;
    }
    return true;
}

bool CwRecordReader::readReference(const QJsonObject& body, const QString& field, const QString& resource,
                                   const QList<Reference>& table, Reference& out, QJsonArray& errors) const {
    out = Reference();
    const QJsonObject ref = body.value(field).toObject();
    const int id = ref.value(QStringLiteral("id")).toInt();
    const QString name = ref.value(QStringLiteral("name")).toString();
    if (id == 0 && name.isEmpty())
        return true; // absent; required() speaks for required references
    for (const Reference& r : table)
        if ((id != 0 && r.id == id) ||
            (id == 0 && !name.isEmpty() && r.name.compare(name, Qt::CaseInsensitive) == 0)) {
            out = r;
            return true;
        }
    errors.append(CwErrors::validationError(
        QStringLiteral("NotFound"),
        QStringLiteral("%1 %2 not found.").arg(field, id != 0 ? QString::number(id) : name), resource,
        field + (id != 0 ? QStringLiteral("/id") : QStringLiteral("/name"))));
    return false;
}

bool CwRecordReader::readAddition(const QJsonObject& body, Addition& out, QJsonObject& extras,
                                  QJsonArray& errors) const {
    const QString res = QStringLiteral("addition");
    const int before = int(errors.size());
    required(body, res, {QStringLiteral("product"), QStringLiteral("billCustomer")}, errors);

    const QJsonObject product = body.value(QStringLiteral("product")).toObject();
    if (present(product)) {
        const int id = product.value(QStringLiteral("id")).toInt();
        const QString ident = product.value(QStringLiteral("identifier")).toString();
        const CatalogItem* found = nullptr;
        for (const CatalogItem& item : m_data.catalog)
            if ((id != 0 && item.id == id) ||
                (id == 0 && !ident.isEmpty() && item.identifier.compare(ident, Qt::CaseInsensitive) == 0)) {
                found = &item;
                break;
            }
        if (found) {
            out.productId = found->id;
            out.productIdentifier = found->identifier;
        } else {
            errors.append(CwErrors::validationError(
                QStringLiteral("NotFound"),
                QStringLiteral("Product %1 not found.").arg(id != 0 ? QString::number(id) : ident), res,
                id != 0 ? QStringLiteral("product/id") : QStringLiteral("product/identifier")));
        }
    }
    const QString bill = text(body, QStringLiteral("billCustomer"));
    if (!bill.isEmpty() && !kBillCustomer.contains(bill))
        errors.append(CwErrors::validationError(
            QStringLiteral("InvalidValue"),
            QStringLiteral("billCustomer must be one of Billable, DoNotBill, NoCharge."), res,
            QStringLiteral("billCustomer")));
    out.billCustomer = bill;
    readDecimal(body, QStringLiteral("quantity"), res, out.quantity, errors);
    readDecimal(body, QStringLiteral("unitPrice"), res, out.unitPrice, errors);
    readDecimal(body, QStringLiteral("unitCost"), res, out.unitCost, errors);
    readDate(body, QStringLiteral("effectiveDate"), res, out.effectiveDate, errors);
    readDate(body, QStringLiteral("cancelledDate"), res, out.cancelledDate, errors);
    out.description = text(body, QStringLiteral("description"));

    static const QStringList modelled = {"product",      "quantity",      "unitPrice",     "unitCost",
                                         "billCustomer", "effectiveDate", "cancelledDate", "description"};
    QStringList rest = additionWritableFields();
    for (const QString& m : modelled)
        rest.removeAll(m);
    extras = QJsonObject();
    copyExtras(body, rest, extras);
    return errors.size() == before;
}

bool CwRecordReader::readAgreement(const QJsonObject& body, Agreement& out, QJsonObject& extras,
                                   QJsonArray& errors) const {
    const QString res = QStringLiteral("agreement");
    const int before = int(errors.size());
    required(body, res, {"name", "type", "company", "contact"}, errors);
    out.name = text(body, QStringLiteral("name"));
    if (out.name.size() > 100)
        errors.append(CwErrors::validationError(
            QStringLiteral("MaxLengthField"),
            QStringLiteral("The field name must be a string with a maximum length of 100."), res,
            QStringLiteral("name")));
    Reference type;
    if (readReference(body, QStringLiteral("type"), res, m_data.agreementTypes, type, errors)) {
        out.typeId = type.id;
        out.typeName = type.name;
    }
    const QJsonObject company = body.value(QStringLiteral("company")).toObject();
    if (present(company)) {
        const int id = company.value(QStringLiteral("id")).toInt();
        const QString ident = company.value(QStringLiteral("identifier")).toString();
        bool found = false;
        for (const Company& c : m_data.companies)
            if ((id != 0 && c.id == id) ||
                (id == 0 && c.identifier.compare(ident, Qt::CaseInsensitive) == 0)) {
                out.companyId = c.id;
                out.companyIdentifier = c.identifier;
                out.companyName = c.name;
                found = true;
                break;
            }
        if (!found)
            errors.append(CwErrors::validationError(
                QStringLiteral("NotFound"),
                QStringLiteral("Company %1 not found.").arg(id != 0 ? QString::number(id) : ident), res,
                QStringLiteral("company/id")));
    }
    const QJsonObject contact = body.value(QStringLiteral("contact")).toObject();
    extras = QJsonObject();
    if (present(contact)) {
        const int id = contact.value(QStringLiteral("id")).toInt();
        const Contact* found = nullptr;
        for (const Contact& c : m_data.contacts)
            if (c.id == id)
                found = &c;
        if (found)
            extras.insert(QStringLiteral("contact"),
                          QJsonObject{{QStringLiteral("id"), found->id},
                                      {QStringLiteral("name"), found->displayName()}});
        else
            errors.append(CwErrors::validationError(QStringLiteral("NotFound"),
                                                    QStringLiteral("Contact %1 not found.").arg(id), res,
                                                    QStringLiteral("contact/id")));
    }
    Reference cycle;
    if (readReference(body, QStringLiteral("billingCycle"), res, m_data.billingCycles, cycle, errors) &&
        cycle.id)
        extras.insert(QStringLiteral("billingCycle"),
                      QJsonObject{{QStringLiteral("id"), cycle.id}, {QStringLiteral("name"), cycle.name}});
    readDate(body, QStringLiteral("startDate"), res, out.startDate, errors);
    readDate(body, QStringLiteral("endDate"), res, out.endDate, errors);
    const QString status = text(body, QStringLiteral("agreementStatus"));
    out.status = status.isEmpty() ? QStringLiteral("Active") : status;
    out.cancelled = body.value(QStringLiteral("cancelledFlag")).toBool();
    copyExtras(body, {"prorateFlag", "billAmount", "invoicingCycle", "periodType", "billStartDate"}, extras);
    return errors.size() == before;
}

bool CwRecordReader::readCatalogItem(const QJsonObject& body, CatalogItem& out, QJsonObject& extras,
                                     QJsonArray& errors) const {
    const QString res = QStringLiteral("catalogItem");
    const int before = int(errors.size());
    required(body, res, {"identifier", "description", "subcategory", "type", "customerDescription"}, errors);
    out.identifier = text(body, QStringLiteral("identifier"));
    out.description = text(body, QStringLiteral("description"));
    out.customerDescription = text(body, QStringLiteral("customerDescription"));
    if (out.identifier.size() > 75)
        errors.append(CwErrors::validationError(
            QStringLiteral("MaxLengthField"),
            QStringLiteral("The field identifier must be a string with a maximum length of 75."), res,
            QStringLiteral("identifier")));
    if (out.description.size() > 60)
        errors.append(CwErrors::validationError(
            QStringLiteral("MaxLengthField"),
            QStringLiteral("The field description must be a string with a maximum length of 60."), res,
            QStringLiteral("description")));
    for (const CatalogItem& item : m_data.catalog)
        if (!out.identifier.isEmpty() && item.identifier.compare(out.identifier, Qt::CaseInsensitive) == 0)
            errors.append(
                CwErrors::validationError(QStringLiteral("ObjectExists"),
                                          QStringLiteral("The identifier %1 is already in use by product %2.")
                                              .arg(out.identifier)
                                              .arg(item.id),
                                          res, QStringLiteral("identifier")));
    Reference sub, type;
    if (readReference(body, QStringLiteral("subcategory"), res, m_data.subcategories, sub, errors))
        out.subcategoryId = sub.id;
    if (readReference(body, QStringLiteral("type"), res, m_data.productTypes, type, errors))
        out.typeId = type.id;
    readDecimal(body, QStringLiteral("price"), res, out.price, errors);
    readDecimal(body, QStringLiteral("cost"), res, out.cost, errors);
    out.inactive = body.value(QStringLiteral("inactiveFlag")).toBool();
    extras = QJsonObject();
    copyExtras(body,
               {"productClass", "taxableFlag", "category", "unitOfMeasure", "vendor", "vendorSku",
                "manufacturerPartNumber", "priceAttribute", "billableOption", "recurringFlag"},
               extras);
    return errors.size() == before;
}

} // namespace il::sandbox
