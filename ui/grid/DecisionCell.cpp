#include "grid/DecisionCell.h"

#include "grid/GridRoles.h"

#include "reconcile/LineRecord.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>
#include <QStringList>

namespace il::ui {

QString DecisionCell::label(LineDecision decision) {
    switch (decision) {
    case LineDecision::Accepted:
        return tr("Accepted");
    case LineDecision::Dismissed:
        return tr("Dismissed");
    case LineDecision::None:
        break;
    }
    return {};
}

QVariant DecisionCell::decorate(const LineRecord& r, int column, int role, QVariant value) {
    const QString decision = label(r.decision);
    switch (role) {
    case Qt::DisplayRole:
        if (column == StatusColumn && !decision.isEmpty())
            return tr("%1 · %2").arg(value.toString(), decision);
        return value;
    case Qt::ToolTipRole: {
        if (column != StatusColumn || (decision.isEmpty() && r.note.isEmpty()))
            return value;
        QStringList parts;
        if (!value.toString().isEmpty())
            parts << value.toString();
        if (r.decision == LineDecision::Dismissed)
            parts << tr("Dismissed: the deviation is known and stays; the push leaves it out.");
        else if (r.decision == LineDecision::Accepted)
            parts << tr("Accepted: the proposed correction is approved.");
        if (!r.note.isEmpty())
            parts << tr("Note: %1").arg(r.note);
        return parts.join(u'\n');
    }
    case Qt::ForegroundRole:
        if (r.decision == LineDecision::Dismissed)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return value;
    case Qt::FontRole:
        if (r.decision == LineDecision::Dismissed && column == StatusColumn) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return value;
    case DeviationRole:
        // A dismissed deviation is settled: no longer tinted as one.
        return value.toBool() && r.decision != LineDecision::Dismissed;
    }
    return value;
}

} // namespace il::ui
