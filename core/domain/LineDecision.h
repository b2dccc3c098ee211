#pragma once

#include <QString>

#include <optional>

namespace il {

// What a finance person decided about a line's deviation instead of pushing it: accepted as it
// is (ConnectWise stays, the invoice is right for a reason the validator cannot see) or dismissed
// (not worth correcting). The names are contract strings: the JSON report's "decision", the
// transfer log's decision rows and the database spell them this way.
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
