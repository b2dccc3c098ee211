#include "export/TransferExport.h"

#include "table/TableFile.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>

namespace il {
namespace {

// "accepted", "dismissed" or "undone" on a decision row; empty on every other row.
QString decisionText(const Transfer& t) {
    if (t.field != TransferField::Decision)
        return {};
    const QJsonValue d = QJsonDocument::fromJson(t.detail.toUtf8()).object().value(QStringLiteral("decision"));
    return d.isString() ? d.toString() : QStringLiteral("undone");
}

// An addition's create writes a quantity (new_value) and both prices (its detail); the row shows
// all three. (Other records' creates say what they wrote in their own terms.)
Cell createdValue(const Transfer& t, const QString& key) {
    if (t.field != TransferField::Create || t.objectKind != TransferObject::AgreementAddition)
        return QString();
    if (key.isEmpty())
        return t.newValue ? Cell(*t.newValue) : Cell(QString());
    const QString text = QJsonDocument::fromJson(t.detail.toUtf8()).object().value(key).toString();
    if (const std::optional<Decimal> d = Decimal::parse(text))
        return *d;
    return QString();
}

} // namespace

QStringList TransferExport::columns() {
    return {QStringLiteral("id"),          QStringLiteral("run_id"),   QStringLiteral("month"),
            QStringLiteral("created_at"),  QStringLiteral("line_id"),  QStringLiteral("agreement_id"),
            QStringLiteral("addition_id"), QStringLiteral("field"),    QStringLiteral("old_value"),
            QStringLiteral("new_value"),   QStringLiteral("outcome"),  QStringLiteral("message"),
            QStringLiteral("request_id"),  QStringLiteral("user"),     QStringLiteral("note"),
            QStringLiteral("line_note"),   QStringLiteral("hash"),     QStringLiteral("target"),
            QStringLiteral("object_kind"), QStringLiteral("object_id"),
            // issue 10: a decision row's decision, and every value a create wrote.
            QStringLiteral("decision"),    QStringLiteral("quantity"), QStringLiteral("unit_cost"),
            QStringLiteral("unit_price")};
}

Table TransferExport::table(const std::vector<Transfer>& transfers, const std::vector<LineNote>& notes) {
    QHash<QString, QString> noteOf; // month + line id → text
    for (const LineNote& n : notes)
        noteOf.insert(n.month + QChar(0x1F) + n.lineId, n.text);
    // Typed cells: in XLSX ids are numbers and the month and time are dates; CSV text is as before.
    auto month = [](const QString& text) -> Cell {
        const QDate first = QDate::fromString(text + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        return first.isValid() ? Cell(MonthCell{first}) : Cell(text);
    };
    auto value = [](const std::optional<Decimal>& d) -> Cell {
        if (d)
            return *d;
        return QString();
    };

    Table table;
    table.header = columns();
    for (const Transfer& t : transfers) {
        table.addRow({qint64(t.id),
                      idCell(t.runId),
                      month(t.month),
                      t.createdAt.toUTC(),
                      t.lineId,
                      idCell(t.agreementId),
                      idCell(t.additionId),
                      toString(t.field),
                      value(t.oldValue),
                      value(t.newValue),
                      toString(t.outcome),
                      t.message,
                      t.requestId,
                      t.user,
                      t.note,
                      noteOf.value(t.month + QChar(0x1F) + t.lineId),
                      t.hash,
                      toString(t.target),
                      toString(t.objectKind),
                      t.objectId,
                      decisionText(t),
                      createdValue(t, {}),
                      createdValue(t, QStringLiteral("unitCost")),
                      createdValue(t, QStringLiteral("unitPrice"))});
    }
    return table;
}

void TransferExport::save(const std::vector<Transfer>& transfers, const QString& path,
                          const std::vector<LineNote>& notes) {
    TableFile::save(table(transfers, notes), path, QStringLiteral("Transfers"));
}

} // namespace il
