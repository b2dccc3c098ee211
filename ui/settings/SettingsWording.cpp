#include "settings/SettingsWording.h"

#include "settings/SettingsRegistry.h"

#include <QRegularExpression>

namespace il::ui {

QString SettingsWording::fieldName(Setting id) {
    switch (id) {
    case Setting::ExactBaseUrl:
        return tr("Exact Online address");
    case Setting::ExactDivision:
        return tr("Division");
    case Setting::ExactClientId:
        return tr("Client ID (Exact Online)");
    case Setting::ExactRedirectUri:
        return tr("Redirect URI");
    case Setting::ExactSource:
        return tr("Invoice source");
    case Setting::ExactCustomerKey:
        return tr("Customer from");
    case Setting::ExactCustomerPattern:
        return tr("Customer pattern");
    case Setting::ExactItemKey:
        return tr("Item from");
    case Setting::ExactItemPattern:
        return tr("Item pattern");
    case Setting::CwSite:
        return tr("ConnectWise site");
    case Setting::CwCompany:
        return tr("ConnectWise company");
    case Setting::CwTimeoutSeconds:
        return tr("ConnectWise timeout");
    case Setting::CwApiVersion:
        return tr("ConnectWise API version");
    case Setting::CwComparePriceTo:
        return tr("Compare invoice price with");
    case Setting::DatabaseUrl:
        return tr("Database URL");
    case Setting::TolerancePrice:
        return tr("Price tolerance");
    case Setting::ToleranceQuantity:
        return tr("Quantity tolerance");
    case Setting::ExportCsvFormat:
        return tr("CSV format");
    }
    return {};
}

QString SettingsWording::inFieldNames(const QString& message) {
    // "exact/item_key=description", "exact/client_id", and the short "item_key=description" the
    // messages use once the group is clear.
    static const QRegularExpression key(QStringLiteral("\\b(?:([a-z]+)/)?([a-z_]+)(?:=([A-Za-z]+))?\\b"));
    QString out;
    qsizetype last = 0;
    auto it = key.globalMatch(message);
    while (it.hasNext()) {
        const auto m = it.next();
        const SettingKey* found = nullptr;
        if (!m.captured(1).isEmpty())
            found = SettingsRegistry::find(m.captured(1) + u'/' + m.captured(2));
        else if (m.captured(2).contains(u'_') || !m.captured(3).isEmpty())
            for (const char* group : {"exact/", "connectwise/", "database/", "tolerance/"})
                if (!found)
                    found = SettingsRegistry::find(QLatin1String(group) + m.captured(2));
        if (!found)
            continue;
        out += message.mid(last, m.capturedStart() - last);
        out += QStringLiteral("“%1”").arg(fieldName(found->id));
        if (!m.captured(3).isEmpty())
            out += QStringLiteral(" = ") + m.captured(3);
        last = m.capturedEnd();
    }
    return out + message.mid(last);
}

} // namespace il::ui
