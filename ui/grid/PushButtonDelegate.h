#pragma once

#include <QPersistentModelIndex>
#include <QStyledItemDelegate>

namespace il::ui {

// The Action column: a painted push button on each row that has a planned push (PushLabelRole),
// and the outcome of this run's push (ActionRole) as coloured text. No widget per row, so it
// stays smooth at 100,000 lines. A click on the button, or Space on the cell, asks for the push.
class PushButtonDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    // Where the button of that cell is drawn (empty when the row has none); tests click there.
    QRect buttonRect(const QStyleOptionViewItem& option, const QModelIndex& index) const;
    // Non-empty: the buttons are drawn disabled and their tooltip says this (a click still asks,
    // so the window can say why nothing is pushed). Empty: enabled.
    void setDisabledReason(const QString& reason) { m_disabledReason = reason; }
    QString disabledReason() const { return m_disabledReason; }
    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

signals:
    void pushRequested(qsizetype lineIndex);

protected:
    bool editorEvent(QEvent* event, QAbstractItemModel* model, const QStyleOptionViewItem& option,
                     const QModelIndex& index) override;

private:
    QPersistentModelIndex m_pressed;
    QString m_disabledReason;
};

} // namespace il::ui
