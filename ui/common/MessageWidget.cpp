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
    const QPalette& p = palette();
    QColor background = p.color(QPalette::AlternateBase);
    QColor accent = p.color(QPalette::Mid);
    // Errors and good news take the grid's tints; plain information stays as quiet as the
    // window itself (a saturated tint would shout "Note saved.").
    if (m_kind != Kind::Info) {
        const GridColours::Kind tint = m_kind == Kind::Error ? GridColours::Kind::Bad : GridColours::Kind::Good;
        background = GridColours::tint(p, tint);
        accent = GridColours::accent(p, tint);
    }
    m_applying = true;
    // The text keeps the palette's own colour (readable on a tint of base); the kind shows in
    // the background and the accent bar at the start.
    setStyleSheet(QStringLiteral("QLabel { background: %1; border-left: 3px solid %2; padding: 4px 6px; }")
                      .arg(background.name(), accent.name()));
    m_applying = false;
}

} // namespace il::ui
