#include "settings/SettingsPageExact.h"

#include "common/MessageWidget.h"

#include "common/ErrorText.h"
#include "settings/PasteAddressDialog.h"
#include "settings/SettingsPageDraft.h"

#include "async/AsyncEvent.h"
#include "engine/ConfigCheck.h"
#include "engine/ConnectionStatus.h"
#include "engine/Workspace.h"
#include "errors/Cancelled.h"
#include "settings/Settings.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace il::ui {
namespace {

struct Region {
    const char* name;
    const char* url;
};
// exact-online.md §1.1: one host per country, the same paths everywhere.
const Region kRegions[] = {
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "Netherlands"), "https://start.exactonline.nl"},
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "Belgium"), "https://start.exactonline.be"},
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "Germany"), "https://start.exactonline.de"},
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "United Kingdom"), "https://start.exactonline.co.uk"},
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "United States"), "https://start.exactonline.com"},
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "Spain"), "https://start.exactonline.es"},
    {QT_TRANSLATE_NOOP("il::ui::SettingsPageExact", "France"), "https://start.exactonline.fr"},
};

int divisionOf(const QString& text) {
    static const QRegularExpression leadingNumber(QStringLiteral("^\\s*(\\d+)"));
    const auto m = leadingNumber.match(text);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

void selectData(QComboBox* box, const QString& data) {
    const int i = box->findData(data);
    box->setCurrentIndex(i >= 0 ? i : 0);
}

// The paste flow's question, as a window-modal dialog over the settings; empty or closed
// means the user gave up.
QCoro::Task<QString> askForAddress(QUrl authorizationUrl, QString redirectUri, QPointer<QWidget> parent,
                                   CancelToken cancel) {
    if (!parent)
        throw Cancelled();
    QPointer<PasteAddressDialog> dialog = new PasteAddressDialog(authorizationUrl, redirectUri, parent);
    auto answered = std::make_shared<AsyncEvent>();
    auto address = std::make_shared<QString>();
    QObject::connect(dialog, &QDialog::finished, answered.get(), [dialog, address, answered](int result) {
        if (result == QDialog::Accepted && dialog)
            *address = dialog->address();
        answered->set();
    });
    QObject::connect(dialog, &QObject::destroyed, answered.get(), [e = answered.get()] { e->set(); });
    dialog->open();
    try {
        co_await answered->wait(std::chrono::minutes(30), cancel);
    } catch (...) {
        delete dialog.data();
        throw;
    }
    if (dialog)
        dialog->deleteLater();
    if (address->isEmpty())
        throw Cancelled();
    co_return QString(*address);
}

} // namespace

SettingsPageExact::SettingsPageExact(DraftFactory makeDraft, QWidget* parent)
    : SettingsPage(parent)
    , m_makeDraft(std::move(makeDraft))
    , m_openBrowser([](const QUrl& url) { QDesktopServices::openUrl(url); }) {
    auto* layout = new QVBoxLayout(this);

    auto* connection = new QGroupBox(tr("Connection"), this);
    // The sign-in message sits under the form, not in it: a form row gives wrapped text the
    // wrong height.
    auto* connectionLayout = new QVBoxLayout(connection);
    auto* form = new QFormLayout;
    connectionLayout->addLayout(form);
    m_region = new QComboBox(connection);
    m_region->setObjectName(QStringLiteral("exact/region"));
    for (const Region& r : kRegions)
        m_region->addItem(tr("%1 (%2)").arg(tr(r.name), QUrl(QString::fromLatin1(r.url)).host()),
                          QString::fromLatin1(r.url));
    m_region->addItem(tr("Custom address"), QString());
    form->addRow(tr("&Region:"), m_region);
    m_customUrl = new QLineEdit(connection);
    m_customUrl->setObjectName(SettingsRegistry::name(Setting::ExactBaseUrl));
    m_customUrl->setPlaceholderText(QStringLiteral("https://start.exactonline.nl"));
    form->addRow(tr("Custom &address:"), m_customUrl);
    m_clientId = new QLineEdit(connection);
    m_clientId->setObjectName(SettingsRegistry::name(Setting::ExactClientId));
    m_clientId->setPlaceholderText(tr("From your Exact App Center registration"));
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), addSecretField(QStringLiteral("exact.client_secret")));
    m_redirectUri = new QLineEdit(connection);
    m_redirectUri->setObjectName(SettingsRegistry::name(Setting::ExactRedirectUri));
    m_redirectUri->setPlaceholderText(tr("https://… as registered, or http://127.0.0.1:PORT/…"));
    m_redirectUri->setToolTip(tr("The redirect URI registered for the app. An https address uses the paste "
                                 "sign-in; http://127.0.0.1:PORT/… receives the sign-in by itself."));
    form->addRow(tr("&Redirect URI:"), m_redirectUri);

    auto* signInRow = new QHBoxLayout;
    m_signIn = new QPushButton(tr("Sign &in…"), connection);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_busy = new QProgressBar(connection);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(120);
    m_busy->setTextVisible(false);
    m_busy->hide();
    signInRow->addWidget(m_signIn);
    signInRow->addWidget(m_busy);
    signInRow->addStretch(1);
    form->addRow(QString(), signInRow);
    m_message = new MessageWidget(connection);
    connectionLayout->addWidget(m_message);
    layout->addWidget(connection);

    auto* administration = new QGroupBox(tr("Administration"), this);
    auto* adminForm = new QFormLayout(administration);
    m_division = new QComboBox(administration);
    m_division->setObjectName(SettingsRegistry::name(Setting::ExactDivision));
    m_division->setEditable(true);
    m_division->lineEdit()->setPlaceholderText(tr("Sign in to see your current division, or type its code"));
    adminForm->addRow(tr("&Division:"), m_division);
    layout->addWidget(administration);

    auto* invoice = new QGroupBox(tr("Invoice"), this);
    auto* invoiceForm = new QFormLayout(invoice);
    m_source = new QComboBox(invoice);
    m_source->setObjectName(SettingsRegistry::name(Setting::ExactSource));
    m_source->addItem(tr("Purchase invoices (a supplier bills you)"), QStringLiteral("purchase"));
    m_source->addItem(tr("Sales invoices (you bill your customers)"), QStringLiteral("sales"));
    m_source->addItem(tr("Purchase entries (the supplier's invoice booked in a purchase journal)"),
                      QStringLiteral("entries"));
    invoiceForm->addRow(tr("Invoice s&ource:"), m_source);
    m_customerRule = new QComboBox(invoice);
    m_customerRule->setObjectName(SettingsRegistry::name(Setting::ExactCustomerKey));
    m_customerRule->addItem(tr("Invoice account"), QStringLiteral("account"));
    m_customerRule->addItem(tr("Cost center of the line"), QStringLiteral("costcenter"));
    m_customerRule->addItem(tr("Cost unit of the line"), QStringLiteral("costunit"));
    m_customerRule->addItem(tr("Project of the line"), QStringLiteral("project"));
    m_customerRule->addItem(tr("Pattern over the line description"), QStringLiteral("description"));
    invoiceForm->addRow(tr("&Customer from:"), m_customerRule);
    m_pattern = new QLineEdit(invoice);
    m_pattern->setObjectName(SettingsRegistry::name(Setting::ExactCustomerPattern));
    m_pattern->setPlaceholderText(
        tr("Regular expression; its first group is the customer, e.g. ^\\[(.+?)\\]"));
    invoiceForm->addRow(tr("&Pattern:"), m_pattern);
    m_itemRule = new QComboBox(invoice);
    m_itemRule->setObjectName(SettingsRegistry::name(Setting::ExactItemKey));
    m_itemRule->addItem(tr("Item of the line"), QStringLiteral("item"));
    m_itemRule->addItem(tr("Pattern over the line description"), QStringLiteral("description"));
    m_itemRule->setToolTip(tr("Purchase entries carry no item: take the item code from the description."));
    invoiceForm->addRow(tr("I&tem from:"), m_itemRule);
    m_itemPattern = new QLineEdit(invoice);
    m_itemPattern->setObjectName(SettingsRegistry::name(Setting::ExactItemPattern));
    m_itemPattern->setPlaceholderText(
        tr("Regular expression; its first group is the item code, e.g. ^(\\S+)"));
    invoiceForm->addRow(tr("Item patter&n:"), m_itemPattern);
    m_priceField = new QComboBox(invoice);
    m_priceField->setObjectName(SettingsRegistry::name(Setting::CwComparePriceTo));
    m_priceField->addItem(tr("By source (unit cost for purchase, unit price for sales)"), QString());
    m_priceField->addItem(tr("Unit cost"), QStringLiteral("unitCost"));
    m_priceField->addItem(tr("Unit price"), QStringLiteral("unitPrice"));
    invoiceForm->addRow(tr("Compare &invoice price with:"), m_priceField);
    layout->addWidget(invoice);
    layout->addStretch(1);

    connect(m_signIn, &QPushButton::clicked, this, &SettingsPageExact::signIn);
    for (QComboBox* box : {m_region, m_source, m_customerRule, m_itemRule, m_priceField})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            emit changed();
        });
    connect(m_division, &QComboBox::currentTextChanged, this, &SettingsPage::changed);
    for (QLineEdit* edit : {m_customUrl, m_clientId, m_redirectUri, m_pattern, m_itemPattern})
        connect(edit, &QLineEdit::textChanged, this, &SettingsPage::changed);
    updateEnabled();
}

SettingsPageExact::~SettingsPageExact() {
    *m_alive = false;
    m_cancel.cancel();
}

void SettingsPageExact::load(const Settings& settings) {
    const QString url = settings.exactBaseUrl().trimmed();
    const int region = m_region->findData(url);
    m_region->setCurrentIndex(region >= 0 ? region : m_region->count() - 1);
    m_customUrl->setText(region >= 0 ? QString() : url);
    m_clientId->setText(settings.exactClientId());
    m_redirectUri->setText(settings.exactRedirectUri());
    m_division->setEditText(settings.value(Setting::ExactDivision));
    selectData(m_source, settings.exactSource());
    selectData(m_customerRule, settings.customerKeyRule());
    m_pattern->setText(settings.customerPattern());
    selectData(m_itemRule, settings.itemKeyRule());
    m_itemPattern->setText(settings.itemPattern());
    selectData(m_priceField, settings.value(Setting::CwComparePriceTo));
    updateEnabled();
}

void SettingsPageExact::save(Settings& settings) const {
    settings.setValue(Setting::ExactBaseUrl, baseUrl());
    settings.setValue(Setting::ExactClientId, m_clientId->text().trimmed());
    settings.setValue(Setting::ExactRedirectUri, m_redirectUri->text().trimmed());
    const int division = divisionOf(m_division->currentText());
    settings.setValue(Setting::ExactDivision, division ? QString::number(division) : QString());
    settings.setValue(Setting::ExactSource, m_source->currentData().toString());
    const QString rule = m_customerRule->currentData().toString();
    settings.setValue(Setting::ExactCustomerKey, rule);
    // Kept with another rule too: switching back must not lose a pattern that took work.
    settings.setValue(Setting::ExactCustomerPattern, m_pattern->text());
    settings.setValue(Setting::ExactItemKey, m_itemRule->currentData().toString());
    settings.setValue(Setting::ExactItemPattern, m_itemPattern->text());
    settings.setValue(Setting::CwComparePriceTo, m_priceField->currentData().toString());
}

QStringList SettingsPageExact::problems() const {
    // In the words of the fields, translated; core's checks decide, their INI-keyed wording is
    // for the command line.
    QStringList problems;
    const QString address = baseUrl();
    const QUrl url(address);
    if (!url.isValid() || url.host().isEmpty() ||
        (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        problems << tr("The Exact Online address “%1” is not a valid web address: write it as https://host.")
                        .arg(address);
    const QString redirect = m_redirectUri->text().trimmed();
    if (!redirect.isEmpty() && QUrl(redirect).host().isEmpty())
        problems << tr("The redirect URI “%1” is not a valid web address.").arg(redirect);
    if (!m_division->currentText().trimmed().isEmpty() && divisionOf(m_division->currentText()) == 0)
        problems << tr("The division is a number, such as 123456.");
    if (m_customerRule->currentData().toString() == QLatin1String("description") &&
        !ConfigCheck::customerPatternProblem(m_pattern->text()).isEmpty())
        problems << (m_pattern->text().isEmpty()
                         ? tr("Customer from “Pattern over the line description” needs a pattern.")
                         : tr("The pattern “%1” is no regular expression with a group for the customer, "
                              "such as ^\\[(.+?)\\].")
                               .arg(m_pattern->text()));
    const bool byDescription = m_itemRule->currentData().toString() == QLatin1String("description");
    if (!ConfigCheck::itemKeyProblems(m_itemRule->currentData().toString(), m_itemPattern->text(),
                                      m_source->currentData().toString())
             .isEmpty()) {
        if (!byDescription)
            problems << tr("Purchase entries carry no item: set Item from to “Pattern over the line "
                           "description” and fill in the item pattern.");
        else if (m_itemPattern->text().isEmpty())
            problems << tr("Item from “Pattern over the line description” needs an item pattern.");
        else
            problems << tr("The item pattern “%1” is no regular expression with a group for the item code, "
                           "such as ^(\\S+).")
                            .arg(m_itemPattern->text());
    }
    return problems;
}

QString SettingsPageExact::baseUrl() const {
    const QString chosen = m_region->currentData().toString();
    return chosen.isEmpty() ? m_customUrl->text().trimmed() : chosen;
}

void SettingsPageExact::updateEnabled() {
    m_customUrl->setEnabled(m_region->currentData().toString().isEmpty());
    m_pattern->setEnabled(m_customerRule->currentData().toString() == QLatin1String("description"));
    m_itemPattern->setEnabled(m_itemRule->currentData().toString() == QLatin1String("description"));
}

QString SettingsPageExact::signInMessage() const {
    return m_message->text();
}

void SettingsPageExact::signIn() {
    if (isBusy()) {
        m_cancel.cancel();
        return;
    }
    runSignIn();
}

void SettingsPageExact::setBusy(bool busy) {
    m_busy->setVisible(busy);
    m_signIn->setText(busy ? tr("Cancel sign-in") : tr("Sign &in…"));
}

void SettingsPageExact::showMessage(const QString& text, bool error) {
    m_message->showMessage(text, error ? MessageWidget::Kind::Error : MessageWidget::Kind::Info);
}

QCoro::Task<> SettingsPageExact::runSignIn() {
    const std::shared_ptr<bool> alive = m_alive;
    std::unique_ptr<SettingsPageDraft> draft;
    try {
        draft = m_makeDraft();
    } catch (const std::exception& e) {
        showMessage(ErrorText::describe(e), true);
        co_return;
    }
    const CancelToken cancel = CancelToken::create();
    m_cancel = cancel;
    setBusy(true);
    showMessage(tr("Sign in to Exact Online in your browser…"), false);

    auto authorizationUrl = std::make_shared<QUrl>();
    SignInOptions options;
    options.openBrowser = [authorizationUrl, opener = m_openBrowser](const QUrl& url) {
        *authorizationUrl = url;
        opener(url);
    };
    options.askForRedirectAddress = [authorizationUrl, redirect = m_redirectUri->text().trimmed(),
                                     parent = QPointer<QWidget>(this), cancel]() {
        return askForAddress(*authorizationUrl, redirect, parent, cancel);
    };

    std::optional<ExactStatus> status;
    QString error;
    try {
        status = co_await draft->workspace().signInToExact(std::move(options), cancel);
    } catch (const Cancelled&) {
        error = tr("Sign-in cancelled.");
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    m_cancel = {};
    setBusy(false);
    if (status)
        showStatus(*status);
    else
        showMessage(error, true);
}

void SettingsPageExact::showStatus(const ExactStatus& s) {
    QStringList lines;
    lines << tr("Signed in as %1 (%2).").arg(s.userName, s.email);
    if (!s.missingRights.isEmpty())
        lines << tr("This user may not read %1; ask your Exact administrator for these rights.")
                     .arg(s.missingRights.join(QStringLiteral(", ")));
    // A scope the app lacks is shown like a missing right: the load that needs it will stop.
    QStringList scopes;
    for (const ExactAccess& a : s.access)
        if (a.state == ExactAccess::State::MissingScope && a.resource != u"system/Divisions")
            scopes << tr("%1 (%2)").arg(a.scope, a.resource);
    if (!scopes.isEmpty())
        lines << tr("The app lacks the scope %1; grant it in the Exact App Center.")
                     .arg(scopes.join(QStringLiteral(", ")));
    if (!s.warning.isEmpty())
        lines << ErrorText::withRemedy(s.warning, s.warningRemedy);
    showMessage(lines.join(u'\n'), !s.missingRights.isEmpty() || !scopes.isEmpty());

    // Exact names the user's current division; there is no list of the others here, so the
    // user may type another code.
    const QString typed = m_division->currentText();
    m_division->blockSignals(true);
    m_division->clear();
    if (s.currentDivision)
        m_division->addItem(s.currentDivision == s.division && !s.divisionName.isEmpty()
                                ? tr("%1 — %2 (current in Exact)").arg(s.currentDivision).arg(s.divisionName)
                                : tr("%1 (current in Exact)").arg(s.currentDivision),
                            s.currentDivision);
    if (s.division && s.division != s.currentDivision)
        m_division->addItem(tr("%1 — %2").arg(s.division).arg(s.divisionName), s.division);
    m_division->blockSignals(false);
    const int chosen = divisionOf(typed) ? divisionOf(typed) : s.division;
    const int i = m_division->findData(chosen);
    if (i >= 0)
        m_division->setCurrentIndex(i);
    else
        m_division->setEditText(typed);
    emit changed();
}

} // namespace il::ui
