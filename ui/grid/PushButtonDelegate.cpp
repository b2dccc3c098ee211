#include "grid/PushButtonDelegate.h"

#include "grid/GridColours.h"
#include "grid/GridRoles.h"

#include "reconcile/LineAction.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace il::ui {
namespace {

GridColours::Kind outcomeKind(LineAction action, const QString& text) {
    switch (action) {
    case LineAction::Updated:
    case LineAction::Created:
        return GridColours::Kind::Good;
    case LineAction::Failed:
        return GridColours::Kind::Bad;
    case LineAction::Skipped:
    case LineAction::None:
        break;
    }
    return text.isEmpty() ? GridColours::Kind::Neutral : GridColours::Kind::Warning;
}

QStyle* styleOf(const QStyleOptionViewItem& option) {
    return option.widget ? option.widget->style() : QApplication::style();
}

} // namespace

QRect PushButtonDelegate::buttonRect(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    const QString label = index.data(PushLabelRole).toString();
    if (label.isEmpty())
        return {};
    const int margin = 2;
    const int width =
        std::min(option.fontMetrics.horizontalAdvance(label) + 20, option.rect.width() - 2 * margin);
    // First in the cell, where the eye lands after the status; the outcome text follows it.
    return QRect(option.rect.left() + margin + 2, option.rect.top() + margin, width,
                 option.rect.height() - 2 * margin);
}

void PushButtonDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    const QString outcome = item.text;
    item.text.clear();
    QStyle* style = styleOf(option);
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // background, focus, selection

    const QRect button = buttonRect(option, index);
    if (!outcome.isEmpty()) {
        QRect textRect = option.rect.adjusted(6, 0, -6, 0);
        if (!button.isEmpty())
            textRect.setLeft(button.right() + 8);
        const auto action = LineAction(index.data(ActionRole).toInt());
        const bool selected = option.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(selected ? option.palette.color(QPalette::HighlightedText)
                                 : GridColours::accent(option.palette, outcomeKind(action, outcome)));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(outcome, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
    if (button.isEmpty())
        return;
    QStyleOptionButton b;
    b.rect = button;
    b.text = index.data(PushLabelRole).toString();
    b.palette = option.palette;
    b.fontMetrics = option.fontMetrics;
    b.state = m_disabledReason.isEmpty() ? QStyle::State_Enabled | QStyle::State_Raised : QStyle::State_Raised;
    if (option.state & QStyle::State_MouseOver && option.widget) {
        const QPoint mouse = option.widget->mapFromGlobal(QCursor::pos());
        if (button.contains(mouse))
            b.state |= QStyle::State_MouseOver;
    }
    if (m_pressed.isValid() && m_pressed == index)
        b.state |= QStyle::State_Sunken;
    style->drawControl(QStyle::CE_PushButton, &b, painter, option.widget);
}

bool PushButtonDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) {
    // Over a disabled button the tooltip says why it is disabled, before what it would push.
    if (event && event->type() == QEvent::ToolTip && !m_disabledReason.isEmpty() &&
        buttonRect(option, index).contains(event->pos())) {
        const QString what = index.data(Qt::ToolTipRole).toString();
        QToolTip::showText(event->globalPos(),
                           what.isEmpty() ? m_disabledReason : m_disabledReason + u'\n' + what, view);
        return true;
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}

QSize PushButtonDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const QString label = index.data(PushLabelRole).toString();
    if (!label.isEmpty())
        size.rwidth() += option.fontMetrics.horizontalAdvance(label) + 32;
    return size;
}

bool PushButtonDelegate::editorEvent(QEvent* event, QAbstractItemModel* model,
                                     const QStyleOptionViewItem& option, const QModelIndex& index) {
    const QRect button = buttonRect(option, index);
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        if (mouse->button() != Qt::LeftButton || !button.contains(mouse->position().toPoint()))
            break;
        m_pressed = index;
        return true;
    }
    case QEvent::MouseButtonRelease: {
        auto* mouse = static_cast<QMouseEvent*>(event);
        const bool clicked =
            m_pressed.isValid() && m_pressed == index && button.contains(mouse->position().toPoint());
        const bool wasPressed = m_pressed.isValid();
        m_pressed = QPersistentModelIndex();
        if (clicked)
            emit pushRequested(qsizetype(index.data(LineIndexRole).toLongLong()));
        if (wasPressed)
            return true;
        break;
    }
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if ((key->key() == Qt::Key_Space || key->key() == Qt::Key_Select) && !button.isEmpty()) {
            emit pushRequested(qsizetype(index.data(LineIndexRole).toLongLong()));
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

} // namespace il::ui
