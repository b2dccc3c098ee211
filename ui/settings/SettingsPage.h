#pragma once

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QWidget>

class QLineEdit;

namespace il {
class Settings;
}

namespace il::ui {

// One page of the settings dialog. A page reads and writes its contract keys through
// il::Settings, hands the secrets the user typed to the dialog (which stores them in the
// SecretStore, never in the INI), and says in words what is wrong with its input.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    virtual QString title() const = 0;
    virtual void load(const Settings& settings) = 0;
    virtual void save(Settings& settings) const = 0;
    // Settings that live outside the contract INI (the app's own QSettings); called on accept.
    virtual void apply() const {}
    // Input problems in words; the dialog refuses to save while any page has one.
    virtual QStringList problems() const { return {}; }

    // Secret name → what the user typed, only for the fields the user filled in (an empty field
    // keeps what the SecretStore holds).
    virtual QMap<QString, QString> typedSecrets() const;
    QStringList secretNames() const { return m_secretFields.keys(); }
    // Tells the empty secret fields whether the SecretStore holds a value, as placeholder text.
    void showStoredSecrets(const QSet<QString>& present);

signals:
    void changed();

protected:
    // A password field for the named secret (connectwise.private_key and the like).
    QLineEdit* addSecretField(const QString& secretName, bool masked = true);

private:
    QMap<QString, QLineEdit*> m_secretFields;
};

} // namespace il::ui
