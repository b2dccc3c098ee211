#pragma once

#include <QString>

#include <optional>

namespace il {

// What a finance person decided about a line's deviation. Accepted: the correction InvoiceLink
// proposes is approved (the push takes it without asking again). Dismissed: the deviation is
// known and stays as it is (left out of the push and of `reconcile`'s exit 1). Both are
// remembered for the month and for later months where the same deviation repeats. The names are
// contract strings: the JSON report's "decision", the transfer log's decision rows and the
// database spell them this way.
enum class LineDecision { None, Accepted, Dismissed };

inline QString lineDecisionName(LineDecision decision) {
    switch (decision) {
    case LineDecision::Accepted:
        return QStringLiteral("accepted");
    case LineDecision::Dismissed:
        return QStringLiteral("dismissed");
    case LineDecision::None:
        break;
    }
    return {};
}

inline std::optional<LineDecision> lineDecisionFromName(const QString& name) {
    for (LineDecision d : {LineDecision::None, LineDecision::Accepted, LineDecision::Dismissed})
        if (name == lineDecisionName(d))
            return d;
    return std::nullopt;
}

} // namespace il
