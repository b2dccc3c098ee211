#include "settings/SettingsPageConnectWise.h"

#include "common/MessageWidget.h"

#include "common/ErrorText.h"
#include "settings/SettingsPageDraft.h"

#include "engine/ConfigCheck.h"
#include "engine/ConnectionStatus.h"
#include "engine/Workspace.h"
#include "errors/Cancelled.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QUrl>
#include <QVBoxLayout>

namespace il::ui {
namespace {

// A host name ("api-eu.myconnectwise.net") or an http(s) address with one, nothing else: spaces,
// a lone word with odd characters or another scheme are no site. QUrl::fromUserInput alone
// turns almost any text into some address.
bool isSiteAddress(const QString& site) {
    const QUrl url = QUrl::fromUserInput(site);
    if (!url.isValid() || url.host().isEmpty() || site.contains(u' '))
        return false;
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return false;
    static const QRegularExpression host(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?"
                                                        "(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)*$"));
    return host.match(url.host()).hasMatch();
}

} // namespace

SettingsPageConnectWise::SettingsPageConnectWise(DraftFactory makeDraft, QWidget* parent)
    : SettingsPage(parent)
    , m_makeDraft(std::move(makeDraft)) {
    auto* layout = new QVBoxLayout(this);
    auto* group = new QGroupBox(tr("ConnectWise PSA"), this);
    // The result sits under the form, not in it: a form row gives wrapped text the wrong height.
    auto* groupLayout = new QVBoxLayout(group);
    auto* form = new QFormLayout;
    groupLayout->addLayout(form);

    m_site = new QComboBox(group);

    m_site->setObjectName(SettingsRegistry::name(Setting::CwSite));
    m_site->setEditable(true);
    // connectwise.md §1: the cloud API hosts; an own server is typed in.
    for (const char* host : {"https://api-na.myconnectwise.net", "https://api-eu.myconnectwise.net",
                             "https://api-au.myconnectwise.net", "https://api-aus.myconnectwise.net",
                             "https://api-za.myconnectwise.net", "https://api-staging.connectwisedev.com"})
        m_site->addItem(QString::fromLatin1(host));
    m_site->setToolTip(
        tr("The API host of your ConnectWise site (api-na, api-eu, api-au…), or your own server"));
    form->addRow(tr("&Site:"), m_site);
    m_company = new QLineEdit(group);
    m_company->setObjectName(SettingsRegistry::name(Setting::CwCompany));
    m_company->setPlaceholderText(tr("The company id you type when logging in"));
    form->addRow(tr("&Company:"), m_company);
    form->addRow(tr("&Public key:"), addSecretField(QStringLiteral("connectwise.public_key"), false));
    form->addRow(tr("P&rivate key:"), addSecretField(QStringLiteral("connectwise.private_key")));
    QLineEdit* clientId = addSecretField(QStringLiteral("connectwise.client_id"), false);
    clientId->setToolTip(tr("The clientId of your integration, from developer.connectwise.com"));
    form->addRow(tr("Client &ID:"), clientId);
    m_apiVersion = new QLineEdit(group);
    m_apiVersion->setObjectName(SettingsRegistry::name(Setting::CwApiVersion));
    // Empty means the version InvoiceLink was checked against; only an older tenant needs one.
    m_apiVersion->setPlaceholderText(tr("%1 (the version InvoiceLink was checked against)")
                                         .arg(QString::fromLatin1(Settings::DefaultCwApiVersion)));
    m_apiVersion->setToolTip(tr("The ConnectWise API version InvoiceLink asks for, as year.release "
                                "(e.g. 2024.2). Leave it empty unless your ConnectWise refuses the default."));
    form->addRow(tr("API &version:"), m_apiVersion);

    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), group);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_busy = new QProgressBar(group);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    testRow->addWidget(m_test);
    testRow->addWidget(m_busy);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    m_result = new MessageWidget(group);
    groupLayout->addWidget(m_result);
    layout->addWidget(group);
    layout->addStretch(1);

    connect(m_test, &QPushButton::clicked, this, &SettingsPageConnectWise::testConnection);
    connect(m_site, &QComboBox::currentTextChanged, this, &SettingsPage::changed);
    connect(m_company, &QLineEdit::textChanged, this, &SettingsPage::changed);
    connect(m_apiVersion, &QLineEdit::textChanged, this, &SettingsPage::changed);
}

SettingsPageConnectWise::~SettingsPageConnectWise() {
    *m_alive = false;
    m_cancel.cancel();
}

void SettingsPageConnectWise::load(const Settings& settings) {
    m_site->setEditText(settings.cwSite());
    m_company->setText(settings.cwCompany());
    // The stored text, not cwApiVersion(): the default shows as the placeholder, so a later
    // default moves with the program instead of being pinned by a save.
    m_apiVersion->setText(settings.contains(Setting::CwApiVersion) ? settings.value(Setting::CwApiVersion).trimmed() : QString());
}

void SettingsPageConnectWise::save(Settings& settings) const {
    QString site = m_site->currentText().trimmed();
    while (site.endsWith(u'/'))
        site.chop(1);
    settings.setValue(Setting::CwSite, site);
    settings.setValue(Setting::CwCompany, m_company->text().trimmed());
    settings.setValue(Setting::CwApiVersion, m_apiVersion->text().trimmed());
}

QStringList SettingsPageConnectWise::problems() const {
    const QString site = m_site->currentText().trimmed();
    QStringList out;
    if (!site.isEmpty() && !isSiteAddress(site))
        out << tr("The ConnectWise site “%1” is not a valid address: write its host, such as "
                  "api-eu.myconnectwise.net, or https://host.")
                   .arg(site);
    const QString version = m_apiVersion->text().trimmed();
    if (!ConfigCheck::cwApiVersionProblem(version).isEmpty())
        out << tr("The ConnectWise API version must be year.release, like 2024.2.");
    return out;
}

void SettingsPageConnectWise::testConnection() {
    if (isBusy()) {
        m_cancel.cancel();
        return;
    }
    runTest();
}

QString SettingsPageConnectWise::resultText() const {
    return m_result->text();
}

void SettingsPageConnectWise::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_test->setText(busy ? tr("Cancel test") : tr("&Test connection"));
}

void SettingsPageConnectWise::showResult(const QString& text, bool ok) {
    m_result->showMessage(text, ok ? MessageWidget::Kind::Positive : MessageWidget::Kind::Error);
}

QString SettingsPageConnectWise::describe(const ConnectionCheck& check) {
    using P = ConnectionCheck::Problem;
    QString headline;
    switch (check.problem) {
    case P::None:
        return tr("Connected to %1 (%2), ConnectWise %3.")
            .arg(check.status.companyName, check.status.company, check.status.serverVersion);
    case P::Settings:
        headline = tr("The site or the company is missing.");
        break;
    case P::Url:
        headline = tr("The site address is wrong: no ConnectWise API answers there.");
        break;
    case P::Company:
        headline = tr("The company is wrong: ConnectWise knows no company with this id.");
        break;
    case P::Keys:
        headline = tr("The API keys are wrong: check the public and the private key.");
        break;
    case P::ClientId:
        headline = tr("The client ID is wrong or missing.");
        break;
    case P::SecurityRole:
        headline =
            tr("The keys work, but the API member's security role may not read what InvoiceLink needs.");
        break;
    case P::Other:
        headline = tr("ConnectWise did not accept the connection.");
        break;
    }
    return check.message.isEmpty() ? headline
                                   : headline + u'\n' + ErrorText::withRemedy(check.message, check.remedy);
}

QCoro::Task<> SettingsPageConnectWise::runTest() {
    const std::shared_ptr<bool> alive = m_alive;
    std::unique_ptr<SettingsPageDraft> draft;
    try {
        draft = m_makeDraft();
    } catch (const std::exception& e) {
        showResult(ErrorText::describe(e), false);
        co_return;
    }
    const CancelToken cancel = CancelToken::create();
    m_cancel = cancel;
    setBusy(true);
    showResult(tr("Testing…"), true);
    std::optional<ConnectionCheck> check;
    QString error;
    try {
        check = co_await draft->workspace().checkConnectWise(cancel);
    } catch (const Cancelled&) {
        error = tr("Test cancelled.");
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    m_cancel = {};
    setBusy(false);
    if (check)
        showResult(describe(*check), check->ok());
    else
        showResult(error, false);
}

} // namespace il::ui
