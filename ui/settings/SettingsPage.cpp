#include "settings/SettingsPage.h"

#include <QLineEdit>

namespace il::ui {

QMap<QString, QString> SettingsPage::typedSecrets() const {
    QMap<QString, QString> typed;
    for (auto it = m_secretFields.cbegin(); it != m_secretFields.cend(); ++it) {
        // Keys and secrets are never meant to carry spaces at the ends; a paste often does.
        const QString value = it.value()->text().trimmed();
        if (!value.isEmpty())
            typed.insert(it.key(), value);
    }
    return typed;
}

void SettingsPage::showStoredSecrets(const QSet<QString>& present) {
    for (auto it = m_secretFields.cbegin(); it != m_secretFields.cend(); ++it)
        it.value()->setPlaceholderText(
            present.contains(it.key()) ? tr("Saved in the keychain; type to replace") : tr("Not set"));
}

QLineEdit* SettingsPage::addSecretField(const QString& secretName, bool masked) {
    auto* edit = new QLineEdit(this);
    edit->setObjectName(secretName);
    if (masked)
        edit->setEchoMode(QLineEdit::Password);
    edit->setPlaceholderText(tr("Not set"));
    // The field never shows what is stored: secrets are only ever written from here.
    edit->setClearButtonEnabled(true);
    m_secretFields.insert(secretName, edit);
    connect(edit, &QLineEdit::textChanged, this, &SettingsPage::changed);
    return edit;
}

} // namespace il::ui
