#include "export/TransferExport.h"

#include "table/TableFile.h"

#include <QHash>

namespace il {

QStringList TransferExport::columns() {
    return {QStringLiteral("id"),          QStringLiteral("run_id"),   QStringLiteral("month"),
            QStringLiteral("created_at"),  QStringLiteral("line_id"),  QStringLiteral("agreement_id"),
            QStringLiteral("addition_id"), QStringLiteral("field"),    QStringLiteral("old_value"),
            QStringLiteral("new_value"),   QStringLiteral("outcome"),  QStringLiteral("message"),
            QStringLiteral("request_id"),  QStringLiteral("user"),     QStringLiteral("note"),
            QStringLiteral("line_note"),   QStringLiteral("hash"),     QStringLiteral("target"),
            QStringLiteral("object_kind"), QStringLiteral("object_id")};
}

Table TransferExport::table(const std::vector<Transfer>& transfers, const std::vector<LineNote>& notes) {
    QHash<QString, QString> noteOf; // month + line id → text
    for (const LineNote& n : notes)
        noteOf.insert(n.month + QChar(0x1F) + n.lineId, n.text);
    auto idText = [](qint64 id) { return id ? QString::number(id) : QString(); };
    auto value = [](const std::optional<Decimal>& d) -> Cell {
        if (d)
            return *d;
        return QString();
    };

    Table table;
    table.header = columns();
    for (const Transfer& t : transfers) {
        table.addRow({QString::number(t.id),
                      idText(t.runId),
                      t.month,
                      t.createdAt.toUTC().toString(Qt::ISODateWithMs),
                      t.lineId,
                      idText(t.agreementId),
                      idText(t.additionId),
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
                      t.objectId});
    }
    return table;
}

void TransferExport::save(const std::vector<Transfer>& transfers, const QString& path,
                          const std::vector<LineNote>& notes) {
    TableFile::save(table(transfers, notes), path, QStringLiteral("Transfers"));
}

} // namespace il
