#include "settings/SettingsPageDatabase.h"

#include "settings/Settings.h"

#include <QButtonGroup>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QUrl>
#include <QVBoxLayout>

namespace il::ui {
namespace {
const QLatin1String kSqlitePrefix("sqlite://");
const QLatin1String kPostgresPrefix("postgresql://");
} // namespace

SettingsPageDatabase::SettingsPageDatabase(QWidget* parent)
    : SettingsPage(parent) {
    auto* layout = new QVBoxLayout(this);
    auto* group = new QGroupBox(tr("Links and transfer log"), this);
    auto* form = new QFormLayout(group);

    m_sqlite = new QRadioButton(tr("&SQLite file on this computer"), group);

    m_sqlite->setObjectName(QStringLiteral("database/sqlite"));
    form->addRow(m_sqlite);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(group);
    m_file->setObjectName(QStringLiteral("database/file"));
    m_browse = new QPushButton(tr("&Browse…"), group);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    // A row of a layout gets no buddy from QFormLayout, and a label without one shows its "&":
    // the label names the file field itself, so Alt+F goes there.
    auto* fileLabel = new QLabel(tr("&File:"), group);
    fileLabel->setObjectName(QStringLiteral("database/fileLabel"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);

    m_postgres = new QRadioButton(tr("&PostgreSQL server shared by the team"), group);

    m_postgres->setObjectName(QStringLiteral("database/postgres"));
    form->addRow(m_postgres);
    m_url = new QLineEdit(group);
    m_url->setObjectName(SettingsRegistry::name(Setting::DatabaseUrl));
    m_url->setPlaceholderText(QStringLiteral("postgresql://user@host:5432/invoicelink"));
    form->addRow(tr("&URL:"), m_url);
    m_password = addSecretField(QStringLiteral("database.password"));
    form->addRow(tr("Pass&word:"), m_password);
    layout->addWidget(group);
    auto* note = new QLabel(tr("Links you confirm and every push are kept here. Point the whole team at "
                               "one PostgreSQL database to share them."),
                            this);
    note->setWordWrap(true);
    layout->addWidget(note);
    layout->addStretch(1);

    auto* kind = new QButtonGroup(this);
    kind->addButton(m_sqlite);
    kind->addButton(m_postgres);
    m_sqlite->setChecked(true);
    connect(m_sqlite, &QRadioButton::toggled, this, [this] {
        updateEnabled();
        emit changed();
    });
    connect(m_browse, &QPushButton::clicked, this, &SettingsPageDatabase::browse);
    for (QLineEdit* edit : {m_file, m_url})
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::changed);
    updateEnabled();
}

void SettingsPageDatabase::load(const Settings& settings) {
    const QString url = settings.value(Setting::DatabaseUrl).trimmed();
    const QString fallback = settings.databaseUrl(); // the default SQLite file when unset
    m_file->setPlaceholderText(fallback.startsWith(kSqlitePrefix) ? fallback.mid(kSqlitePrefix.size())
                                                                  : QString());
    if (url.startsWith(kPostgresPrefix)) {
        m_postgres->setChecked(true);
        m_url->setText(url);
        m_file->clear();
    } else {
        m_sqlite->setChecked(true);
        m_file->setText(url.startsWith(kSqlitePrefix) ? url.mid(kSqlitePrefix.size()) : url);
    }
    updateEnabled();
}

void SettingsPageDatabase::save(Settings& settings) const {
    QString url;
    if (isPostgres())
        url = m_url->text().trimmed();
    else if (!m_file->text().trimmed().isEmpty()) // sqlite:///absolute/path (DESIGN §4)
        url = kSqlitePrefix + QDir::cleanPath(m_file->text().trimmed());
    settings.setValue(Setting::DatabaseUrl, url);
}

QStringList SettingsPageDatabase::problems() const {
    if (isPostgres()) {
        const QUrl url(m_url->text().trimmed());
        if (!m_url->text().trimmed().startsWith(kPostgresPrefix) || url.host().isEmpty())
            return {tr("The PostgreSQL URL looks like postgresql://user@host:5432/database.")};
        return {};
    }
    const QString file = m_file->text().trimmed();
    if (!file.isEmpty() && !QFileInfo(file).isAbsolute())
        return {tr("The SQLite file needs a full path, such as /home/you/invoicelink.sqlite.")};
    return {};
}

QMap<QString, QString> SettingsPageDatabase::typedSecrets() const {
    // A password typed for PostgreSQL is of no use to a SQLite file.
    return isPostgres() ? SettingsPage::typedSecrets() : QMap<QString, QString>();
}

bool SettingsPageDatabase::isPostgres() const {
    return m_postgres->isChecked();
}

void SettingsPageDatabase::updateEnabled() {
    const bool pg = isPostgres();
    m_file->setEnabled(!pg);
    m_browse->setEnabled(!pg);
    m_url->setEnabled(pg);
    m_password->setEnabled(pg);
}

void SettingsPageDatabase::browse() {
    const QString start = m_file->text().isEmpty() ? m_file->placeholderText() : m_file->text();
    const QString file = QFileDialog::getSaveFileName(this, tr("Database file"), start,
                                                      tr("SQLite database (*.sqlite *.db);;All files (*)"),
                                                      nullptr, QFileDialog::DontConfirmOverwrite);
    if (!file.isEmpty())
        m_file->setText(file);
}

} // namespace il::ui
