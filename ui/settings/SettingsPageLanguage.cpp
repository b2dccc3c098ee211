#include "settings/SettingsPageLanguage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace il::ui {
namespace {
const QString kKey = QStringLiteral("ui/language");

QSettings appSettings() {
    return QSettings(QStringLiteral("InvoiceLink"), QStringLiteral("invoicelink-gui"));
}
} // namespace

SettingsPageLanguage::SettingsPageLanguage(QWidget* parent)
    : SettingsPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("ui/language"));
    m_language->addItem(tr("As the system"), QString());
    // Language names are shown in their own language, so they can be found in any.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Nederlands"), QStringLiteral("nl"));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);
    auto* note = new QLabel(tr("A new language shows the next time InvoiceLink starts."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::changed);
}

QString SettingsPageLanguage::storedLanguage() {
    return appSettings().value(kKey).toString();
}

void SettingsPageLanguage::load(const Settings&) {
    const int i = m_language->findData(storedLanguage());
    m_language->setCurrentIndex(i >= 0 ? i : 0);
}

void SettingsPageLanguage::apply() const {
    QSettings settings = appSettings();
    settings.setValue(kKey, m_language->currentData().toString());
}

} // namespace il::ui
