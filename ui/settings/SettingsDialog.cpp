#include "settings/SettingsDialog.h"

#include "settings/SettingsRegistry.h"
#include "settings/SettingsWording.h"

#include "common/MessageWidget.h"

#include "window/AppContext.h"
#include "common/ErrorText.h"
#include "settings/SettingsPageConnectWise.h"
#include "settings/SettingsPageDatabase.h"
#include "settings/SettingsPageDraft.h"
#include "settings/SettingsPageExact.h"
#include "settings/SettingsPageLanguage.h"
#include "settings/SettingsPageTolerances.h"

#include "settings/SecretStore.h"
#include "settings/Settings.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QTabWidget>
#include <QVBoxLayout>

namespace il::ui {

SettingsDialog::SettingsDialog(AppContext& ctx, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx) {
    setWindowTitle(tr("Settings"));
    auto makeDraft = [this] { return std::make_unique<SettingsPageDraft>(m_ctx, m_pages); };
    m_exact = new SettingsPageExact(makeDraft, this);
    m_connectwise = new SettingsPageConnectWise(makeDraft, this);
    m_pages = {m_exact, m_connectwise, new SettingsPageDatabase(this), new SettingsPageTolerances(this),
               new SettingsPageLanguage(this)};

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    for (SettingsPage* page : m_pages) {
        page->load(ctx.settings());
        m_tabs->addTab(page, page->title());
        connect(page, &SettingsPage::changed, this, &SettingsDialog::revalidate);
        connect(page, &SettingsPage::changed, this, [this] { m_edited = true; });
    }
    layout->addWidget(m_tabs, 1);

    auto* bottom = new QHBoxLayout;
    m_message = new MessageWidget(this);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_busy);
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    if (ctx.isDemo())
        showMessage(tr("This is the demo's own configuration; your real settings are not touched."), false);
    revalidate();
    resize(680, 620);
    showStoredSecrets();
}

SettingsDialog::~SettingsDialog() {
    *m_alive = false;
}

QStringList SettingsDialog::problems() const {
    QStringList all;
    for (const SettingsPage* page : m_pages)
        all << page->problems();
    return all;
}

QString SettingsDialog::message() const {
    return m_message->text();
}

void SettingsDialog::showMessage(const QString& text, bool error) {
    m_message->showMessage(text, error ? MessageWidget::Kind::Error : MessageWidget::Kind::Info);
}

void SettingsDialog::revalidate() {
    const QStringList found = problems();
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(found.isEmpty() && !m_saving);
    if (!found.isEmpty())
        showMessage(found.first(), true);
    else if (m_message->isError()) // a problem that is fixed now
        showMessage(QString(), false);
}

void SettingsDialog::accept() {
    if (m_saving || !problems().isEmpty())
        return;
    save();
}

void SettingsDialog::reject() {
    if (!m_saving)
        QDialog::reject();
}

QCoro::Task<> SettingsDialog::showStoredSecrets() {
    const std::shared_ptr<bool> alive = m_alive;
    QStringList names;
    for (const SettingsPage* page : m_pages)
        names << page->secretNames();
    QSet<QString> present;
    try {
        for (const QString& name : names)
            if ((co_await m_ctx.secrets().read(name)).has_value())
                present.insert(name);
    } catch (const std::exception&) {
        co_return; // no keychain: the placeholders keep saying "Not set"
    }
    if (!*alive)
        co_return;
    for (SettingsPage* page : m_pages)
        page->showStoredSecrets(present);
}

QCoro::Task<> SettingsDialog::save() {
    const std::shared_ptr<bool> alive = m_alive;
    m_saving = true;
    m_busy->show();
    m_buttons->setEnabled(false);
    showMessage(tr("Saving…"), false);

    Settings& settings = m_ctx.settings();
    // Whether this save changes anything: "Saved" after a click on an untouched page would claim
    // a change that was never made.
    // An empty value means the default (the API version field leaves it empty), so compared as such.
    auto contract = [&settings] {
        QStringList values;
        for (const SettingKey& key : SettingsRegistry::all()) {
            const QString v = settings.value(key.id).trimmed();
            values << (v.isEmpty() ? QString::fromLatin1(key.defaultValue) : v);
        }
        return values;
    };
    const QStringList before = contract();
    for (const SettingsPage* page : m_pages) {
        page->save(settings);
        page->apply();
    }
    settings.sync();
    QString error = settings.status();
    QMap<QString, QString> secrets;
    for (const SettingsPage* page : m_pages)
        secrets.insert(page->typedSecrets());
    const bool changed = m_edited || !secrets.isEmpty() || contract() != before;
    m_edited = false; // saved: a second click without edits changes nothing
    if (error.isEmpty()) {
        try {
            for (auto it = secrets.cbegin(); it != secrets.cend(); ++it)
                co_await m_ctx.secrets().write(it.key(), it.value());
        } catch (const std::exception& e) {
            error = tr("The settings were saved, but the secrets could not be stored in the keychain: %1")
                        .arg(ErrorText::describe(e));
        }
    }
    if (!*alive)
        co_return;
    m_saving = false;
    m_busy->hide();
    m_buttons->setEnabled(true);
    revalidate();
    if (!error.isEmpty()) {
        showMessage(error, true);
        co_return;
    }
    if (!m_ctx.rebuild()) {
        // Saved, but not enough to work with yet: say why and let the user go on or close.
        const QString why = SettingsWording::inFieldNames(m_ctx.lastError());
        showMessage(changed ? tr("Saved. InvoiceLink cannot start work with these settings yet: %1").arg(why)
                            : tr("Nothing was changed, so nothing was saved. InvoiceLink cannot start work "
                                 "with these settings yet: %1")
                                  .arg(why),
                    true);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        co_return;
    }
    QDialog::accept();
}

} // namespace il::ui
