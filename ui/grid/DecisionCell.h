#pragma once

#include "domain/LineDecision.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace il {
struct LineRecord;
}

namespace il::ui {

// What a person's decision and note add to a grid cell (issue 10 points 4 and 5): the Status
// text's marker ("Quantity differs · Dismissed"), the decision and the note in the Status
// tooltip, and a dismissed row dimmed (its deviation is settled). LineTableModel asks for each
// role; kept apart so the model's own columns and the decision can change independently.
class DecisionCell {
    Q_DECLARE_TR_FUNCTIONS(il::ui::DecisionCell)
public:
    // The visible word for a decision ("Accepted", "Dismissed"); empty for none.
    static QString label(LineDecision decision);
    // value: what the model shows for the cell without the decision; returns what it shows with it.
    static QVariant decorate(const LineRecord& record, int column, int role, QVariant value);
};

} // namespace il::ui
