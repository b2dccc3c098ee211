#pragma once

#include "settings/SettingsPage.h"

#include "async/CancelToken.h"

#include <QUrl>

#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace il {
struct ExactStatus;
}

namespace il::ui {

class MessageWidget;

class SettingsPageDraft;

// Exact Online: region host or custom URL, the App Center registration (client id, secret,
// redirect URI), Sign in (loopback or paste), the division, the invoice source (purchase
// invoices, sales invoices or purchase entries), the customer rule, the item rule and which
// ConnectWise price the invoice price is compared with.
class SettingsPageExact : public SettingsPage {
    Q_OBJECT
public:
    using DraftFactory = std::function<std::unique_ptr<SettingsPageDraft>()>;
    using BrowserOpener = std::function<void(const QUrl&)>;

    SettingsPageExact(DraftFactory makeDraft, QWidget* parent = nullptr);
    ~SettingsPageExact() override;

    QString title() const override { return tr("Exact Online"); }
    void load(const Settings& settings) override;
    void save(Settings& settings) const override;
    QStringList problems() const override;

    // Tests act as the browser; the default opens the system browser.
    void setBrowserOpener(BrowserOpener opener) { m_openBrowser = std::move(opener); }
    bool isBusy() const { return m_cancel.flag() != nullptr; }
    QString signInMessage() const;

    // Starts the sign-in (the Sign in button); a second call while busy cancels it.
    void signIn();

private:
    QCoro::Task<> runSignIn();
    void setBusy(bool busy);
    void showStatus(const ExactStatus& status);
    void showMessage(const QString& text, bool error);
    QString baseUrl() const;
    void updateEnabled();

    DraftFactory m_makeDraft;
    BrowserOpener m_openBrowser;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    CancelToken m_cancel;

    QComboBox* m_region = nullptr;
    QLineEdit* m_customUrl = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_redirectUri = nullptr;
    QPushButton* m_signIn = nullptr;
    QProgressBar* m_busy = nullptr;
    MessageWidget* m_message = nullptr;
    QComboBox* m_division = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_customerRule = nullptr;
    QLineEdit* m_pattern = nullptr;
    QComboBox* m_itemRule = nullptr;
    QLineEdit* m_itemPattern = nullptr;
    QComboBox* m_priceField = nullptr;
};

} // namespace il::ui
