#pragma once

#include "settings/SettingsPage.h"

class QComboBox;

namespace il::ui {

// The language of the window: the system's, English or Dutch. Kept in the app's own settings
// (organization InvoiceLink, application invoicelink-gui, key ui/language), not in the contract
// INI the command line shares.
class SettingsPageLanguage : public SettingsPage {
    Q_OBJECT
public:
    explicit SettingsPageLanguage(QWidget* parent = nullptr);

    static QString storedLanguage(); // "", "en" or "nl"

    QString title() const override { return tr("Language"); }
    void load(const Settings&) override;
    void save(Settings&) const override {}
    void apply() const override;

private:
    QComboBox* m_language = nullptr;
};

} // namespace il::ui
