#pragma once

#include "grid/DeviationAmounts.h"
#include "grid/GridRoles.h"

#include "reconcile/CwDirectory.h"
#include "reconcile/MonthResult.h"
#include "reconcile/PushAction.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QSet>
#include <QUrl>

#include <functional>
#include <optional>

namespace il::ui {

// The month grid: one row per invoice line of a MonthResult, both sides side by side (see
// GridColumn), the roles of GridRole for delegates and proxies. Holds copies of the result and
// the directory (Qt's lists share their data, so a copy is cheap and never dangles when the run
// is rebuilt). Read-only: the link pickers call MonthRun::setLink, which comes back through
// updateLines() with the rows whose record changed.
class LineTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    explicit LineTableModel(QObject* parent = nullptr);

    // Shows a month. plan: MonthRun::plan of every kind, for the push buttons. The same month
    // with the same lines updates the rows in place (selection, scroll and filters stay);
    // anything else resets the model.
    void setMonth(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan);
    // The same month changed in place (MonthRun::linesChanged): rows are the records that
    // changed. Emits dataChanged for those rows, and for rows whose planned push or deviation
    // amount changed with their group, and nothing else: no reset, so selection, scroll, sort
    // and filters stay. Another month or row count falls back to setMonth().
    void updateLines(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan,
                     const QList<qsizetype>& rows);
    void clear();
    // Where AgreementWebRole's addresses come from (MonthRun::agreementWebAddress); none: empty.
    void setAgreementAddresses(std::function<QUrl(int agreementId)> address);
    // The line the user is on: the other lines of its group are highlighted (issue 10 point 1).
    void setCurrentLine(std::optional<qsizetype> line);

    const MonthResult& result() const { return m_result; }
    const CwDirectory& directory() const { return m_directory; }
    const DeviationAmounts& amounts() const { return m_amounts; }
    // The planned push that fixes the line (with the rest of its group), or null.
    const PushAction* plannedPush(qsizetype line) const;
    static QString pushLabel(const PushAction& action);
    // Every label a push button can carry, to size the Action column in any language.
    static QStringList pushLabels();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    bool sameRows(const MonthResult& result) const;
    void take(const MonthResult& result, const CwDirectory& directory, const QList<PushAction>& plan);
    QVariant display(int row, int column) const;
    QVariant toolTip(int row, int column) const;
    QVariant sortKey(int row, int column) const;
    QVariant origin(int row, int column) const;
    QVariant linkValue(int row, int column) const;
    bool deviates(int row, int column) const;
    QString actionText(int row) const;
    QString actionToolTip(int row) const;
    QString differenceToolTip(int row) const;
    QString quantityToolTip(int row) const;
    bool inCountedGroup(int row) const; // a line of a group whose deviation amount its lead carries

    MonthResult m_result;
    CwDirectory m_directory;
    QList<PushAction> m_plan;
    QList<int> m_planOfLine; // index into m_plan, -1 for none; parallel to lines
    DeviationAmounts m_amounts;
    QIcon m_originIcons[3];
    QIcon m_groupIcon;
    std::function<QUrl(int)> m_agreementAddress;
    QSet<qsizetype> m_highlighted; // the current line's group, the current line left out
};

} // namespace il::ui
