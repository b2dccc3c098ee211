#pragma once

#include "settings/SettingsPage.h"

class QLabel;
class QLineEdit;

namespace il::ui {

class MessageWidget;

// How far the invoice and ConnectWise may differ before a line counts as a deviation.
class SettingsPageTolerances : public SettingsPage {
    Q_OBJECT
public:
    explicit SettingsPageTolerances(QWidget* parent = nullptr);

    QString title() const override { return tr("Tolerances"); }
    void load(const Settings& settings) override;
    void save(Settings& settings) const override;
    QStringList problems() const override;

private:
    QLineEdit* m_price = nullptr;
    QLineEdit* m_quantity = nullptr;
    MessageWidget* m_error = nullptr;
};

} // namespace il::ui
