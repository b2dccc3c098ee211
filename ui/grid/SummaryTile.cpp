#include "grid/SummaryTile.h"

#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionFocusRect>
#include <QStylePainter>

namespace il::ui {
namespace {

QFont valueFont(const QFont& base) {
    QFont f = base;
    f.setPointSizeF(base.pointSizeF() * 1.6);
    f.setBold(true);
    return f;
}

} // namespace

SummaryTile::SummaryTile(const QString& caption, GridColours::Kind kind, QWidget* parent)
    : QAbstractButton(parent)
    , m_value(QStringLiteral("–"))
    , m_kind(kind) {
    setText(caption);
    setCheckable(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void SummaryTile::setValue(const QString& value) {
    m_value = value;
    updateGeometry();
    update();
}

QSize SummaryTile::sizeHint() const {
    const QFontMetrics big(valueFont(font()));
    const QFontMetrics small(font());
    const int width = std::max(big.horizontalAdvance(m_value), small.horizontalAdvance(text())) + 32;
    return QSize(std::max(width, 120), big.height() + small.height() + 18);
}

QSize SummaryTile::minimumSizeHint() const {
    return QSize(90, sizeHint().height());
}

void SummaryTile::enterEvent(QEnterEvent* event) {
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void SummaryTile::leaveEvent(QEvent* event) {
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

void SummaryTile::paintEvent(QPaintEvent*) {
    QStylePainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QRectF frame = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor fill = isChecked() ? GridColours::tint(pal, m_kind) : pal.color(QPalette::Base);
    if (m_hovered && !isChecked())
        fill =
            GridColours::tint(pal, GridColours::Kind::Neutral).lighter(GridColours::isDark(pal) ? 100 : 104);
    QPen border(isChecked() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                isChecked() ? 2.0 : 1.0);
    QPainterPath path;
    path.addRoundedRect(frame, 6, 6);
    p.fillPath(path, fill);
    p.setPen(border);
    p.drawPath(path);
    // The accent bar says what kind of figure it is, without relying on colour alone (the caption does).
    p.fillRect(QRectF(frame.left() + 1, frame.top() + 8, 4, frame.height() - 16),
               GridColours::accent(pal, m_kind));

    const QRect inner = rect().adjusted(14, 6, -8, -6);
    const QFont big = valueFont(font());
    const int bigHeight = QFontMetrics(big).height();
    p.setPen(pal.color(QPalette::Text));
    p.setFont(big);
    p.drawText(QRect(inner.left(), inner.top(), inner.width(), bigHeight), Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetrics(big).elidedText(m_value, Qt::ElideRight, inner.width()));
    p.setFont(font());
    p.setPen(pal.color(QPalette::WindowText));
    p.drawText(QRect(inner.left(), inner.top() + bigHeight, inner.width(), inner.height() - bigHeight),
               Qt::AlignLeft | Qt::AlignTop | Qt::TextShowMnemonic, text());
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.rect = rect().adjusted(4, 4, -4, -4);
        p.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }
}

} // namespace il::ui
