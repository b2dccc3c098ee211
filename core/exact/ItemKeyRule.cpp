#include "exact/ItemKeyRule.h"

#include "errors/UserError.h"

namespace il {

QString ItemKeyRule::problem(const QString& rule, const QString& pattern) {
    const QString name = rule.trimmed().toLower();
    if (name.isEmpty() || name == u"item")
        return {};
    if (name != u"description")
        return QStringLiteral("exact/item_key must be item or description, not '%1'").arg(rule);
    if (pattern.isEmpty())
        return QStringLiteral("exact/item_pattern is needed with item_key=description");
    const QRegularExpression re(pattern);
    if (!re.isValid())
        return QStringLiteral("exact/item_pattern '%1' is not a valid regular expression: %2")
            .arg(pattern, re.errorString());
    if (re.captureCount() < 1)
        return QStringLiteral("exact/item_pattern '%1' needs a capture group for the item code").arg(pattern);
    return {};
}

QString ItemKeyRule::entriesProblem() {
    return QStringLiteral("exact/source=entries needs exact/item_key=description and exact/item_pattern: "
                          "Exact Online's purchase entry lines carry no item, so item_key=item finds none");
}

ItemKeyRule ItemKeyRule::fromSettings(const QString& rule, const QString& pattern) {
    if (const QString p = problem(rule, pattern); !p.isEmpty())
        throw UserError(p);
    ItemKeyRule r;
    if (rule.trimmed().toLower() == u"description") {
        r.m_kind = Kind::Description;
        r.m_pattern = QRegularExpression(pattern);
    }
    return r;
}

void ItemKeyRule::apply(InvoiceLine& line) const {
    if (m_kind != Kind::Description)
        return;
    const auto m = m_pattern.match(line.description);
    line.itemCode = m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace il
