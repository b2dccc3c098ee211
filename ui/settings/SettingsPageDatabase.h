#pragma once

#include "settings/SettingsPage.h"

class QLineEdit;
class QPushButton;
class QRadioButton;

namespace il::ui {

// Where links and the transfer log live: a SQLite file (the default, in the user's data folder)
// or a PostgreSQL server a finance team shares; its password goes to the keychain.
class SettingsPageDatabase : public SettingsPage {
    Q_OBJECT
public:
    explicit SettingsPageDatabase(QWidget* parent = nullptr);

    QString title() const override { return tr("Database"); }
    void load(const Settings& settings) override;
    void save(Settings& settings) const override;
    QStringList problems() const override;
    QMap<QString, QString> typedSecrets() const override;

private:
    bool isPostgres() const;
    void updateEnabled();
    void browse();

    QRadioButton* m_sqlite = nullptr;
    QRadioButton* m_postgres = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLineEdit* m_url = nullptr;
    QLineEdit* m_password = nullptr;
};

} // namespace il::ui
