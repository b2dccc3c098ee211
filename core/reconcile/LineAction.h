#pragma once

#include <QString>

namespace il {

// What a run did about one line; the names are the report's "action" vocabulary.
enum class LineAction { None, Updated, Created, Failed, Skipped };

inline QString toString(LineAction action) {
    switch (action) {
    case LineAction::None:
        return QStringLiteral("none");
    case LineAction::Updated:
        return QStringLiteral("updated");
    case LineAction::Created:
        return QStringLiteral("created");
    case LineAction::Failed:
        return QStringLiteral("failed");
    case LineAction::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

} // namespace il
