#include "common/MessageWidget.h"

#include "grid/GridColours.h"

#include <QEvent>

namespace il::ui {

MessageWidget::MessageWidget(QWidget* parent)
    : QLabel(parent) {
    setWordWrap(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setVisible(false);
}

void MessageWidget::showMessage(const QString& text, Kind kind) {
    m_kind = kind;
    setText(text);
    applyColours();
    setVisible(!text.isEmpty());
}

void MessageWidget::clearMessage() {
    showMessage(QString(), Kind::Info);
}

void MessageWidget::changeEvent(QEvent* event) {
    QLabel::changeEvent(event);
    // A theme switch (light <-> dark) must re-tint the message, not keep the old theme's colours.
    if (event->type() == QEvent::PaletteChange && !m_applying)
        applyColours();
}

void MessageWidget::applyColours() {
    const GridColours::Kind tint = m_kind == Kind::Error      ? GridColours::Kind::Bad
                                   : m_kind == Kind::Positive ? GridColours::Kind::Good
                                                              : GridColours::Kind::Neutral;
    const QPalette& p = palette();
    m_applying = true;
    // The text keeps the palette's own colour (readable on a tint of base); the kind shows in
    // the background and the accent bar at the start.
    setStyleSheet(QStringLiteral("QLabel { background: %1; border-left: 3px solid %2; padding: 4px 6px; }")
                      .arg(GridColours::tint(p, tint).name(), GridColours::accent(p, tint).name()));
    m_applying = false;
}

} // namespace il::ui
