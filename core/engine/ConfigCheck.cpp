#include "engine/ConfigCheck.h"

#include "connectwise/CwApiVersion.h"
#include "exact/ItemKeyRule.h"
#include "settings/Settings.h"

namespace il {

QStringList ConfigCheck::problems(const Settings& settings) {
    QStringList found = settings.validate();
    if (const QString p = ItemKeyRule::problem(settings.itemKeyRule(), settings.itemPattern()); !p.isEmpty())
        found << p;
    else if (settings.exactSource() == QLatin1String("entries") &&
             !ItemKeyRule::fromSettings(settings.itemKeyRule(), settings.itemPattern()).fromDescription())
        found << ItemKeyRule::entriesProblem();
    if (const QString p = CwApiVersion::problem(settings.cwApiVersion()); !p.isEmpty())
        found << p;
    return found;
}

} // namespace il
