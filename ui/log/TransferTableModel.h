#pragma once

#include "domain/Transfer.h"
#include "export/TransferLogService.h"

#include <QAbstractTableModel>
#include <QHash>

#include <vector>

namespace il::ui {

// The transfer log as a table: one row per write attempt of one field of one record, with the
// invoice line's note. Values are shown exactly (Decimal text); SortRole gives numbers.
class TransferTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // What a reader looks for first comes first: which line, what changed, how it went.
    enum Column {
        Time,
        Month,
        Line,
        Field,
        Old,
        New,
        Outcome,
        Message,
        Note,
        Agreement,
        Addition,
        User,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as qint64 (Decimal raw, ids, msecs), else text
        OutcomeRole,                 // "pushed", "already_in_effect", "refused_changed", "failed"
        TransferIdRole,
        LineIdRole,
        MonthRole,
    };

    explicit TransferTableModel(QObject* parent = nullptr);

    // notes: by noteKey(month, lineId). lineLabels: a readable name of a line by its id, when the
    // month is loaded (customer and item); the line id otherwise.
    void setTransfers(std::vector<Transfer> transfers, QHash<QString, QString> notes = {},
                      QHash<QString, QString> lineLabels = {});
    const std::vector<Transfer>& transfers() const { return m_transfers; }
    const Transfer& transfer(int row) const { return m_transfers.at(size_t(row)); }
    QString note(int row) const;
    // Updates the note shown on every row of that line.
    void setNote(const QString& month, const QString& lineId, const QString& text);

    // The service's key, so its listing's notes are used as they come.
    static QString noteKey(const QString& month, const QString& lineId) {
        return TransferLogService::noteKey(month, lineId);
    }
    static QString outcomeText(TransferOutcome outcome);
    static QString fieldText(TransferField field);
    // The record written, for people: "ConnectWise · agreement addition 901".
    static QString recordText(const Transfer& transfer);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString display(const Transfer& t, int column) const;
    QVariant sortValue(const Transfer& t, int column) const;

    std::vector<Transfer> m_transfers;
    QHash<QString, QString> m_notes;
    QHash<QString, QString> m_lineLabels;
};

} // namespace il::ui
