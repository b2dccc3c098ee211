#include "grid/OriginIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace il::ui {
namespace {

QPixmap draw(LinkOrigin origin, int size) {
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal pen = size / 8.0;
    const QRectF ring = QRectF(0, 0, size, size).adjusted(pen, pen, -pen, -pen);
    switch (origin) {
    case LinkOrigin::Auto:
        p.setPen(QPen(QColor(0x8a, 0x8f, 0x98), pen));
        p.drawEllipse(ring);
        break;
    case LinkOrigin::Suggested: {
        const QColor amber(0xd9, 0x8e, 0x04);
        p.setPen(QPen(amber, pen));
        p.drawEllipse(ring);
        p.setPen(Qt::NoPen);
        p.setBrush(amber);
        const qreal r = size / 5.0;
        p.drawEllipse(QPointF(size / 2.0, size / 2.0), r, r);
        break;
    }
    case LinkOrigin::Confirmed: {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x2e, 0x9d, 0x4f));
        p.drawEllipse(ring.adjusted(-pen / 2, -pen / 2, pen / 2, pen / 2));
        QPainterPath tick;
        tick.moveTo(size * 0.28, size * 0.52);
        tick.lineTo(size * 0.44, size * 0.68);
        tick.lineTo(size * 0.72, size * 0.36);
        p.setPen(QPen(Qt::white, size / 7.0, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    }
    return pixmap;
}

} // namespace

QIcon OriginIcon::icon(LinkOrigin origin) {
    QIcon icon;
    for (int size : {12, 16, 24, 32})
        icon.addPixmap(draw(origin, size));
    return icon;
}

} // namespace il::ui
