#pragma once

#include "settings/SettingsPage.h"

#include "async/CancelToken.h"

#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace il {
struct ConnectionCheck;
}

namespace il::ui {

class MessageWidget;

class SettingsPageDraft;

// ConnectWise: API host, login company, the API member's keys, the clientId, the API version, and Test
// connection, which says in words which of them is wrong.
class SettingsPageConnectWise : public SettingsPage {
    Q_OBJECT
public:
    using DraftFactory = std::function<std::unique_ptr<SettingsPageDraft>()>;

    SettingsPageConnectWise(DraftFactory makeDraft, QWidget* parent = nullptr);
    ~SettingsPageConnectWise() override;

    QString title() const override { return tr("ConnectWise"); }
    void load(const Settings& settings) override;
    void save(Settings& settings) const override;
    QStringList problems() const override;

    // Starts the check (the Test connection button); a second call while busy cancels it.
    void testConnection();
    bool isBusy() const { return m_cancel.flag() != nullptr; }
    QString resultText() const;

    // The check's outcome in words a user can act on.
    static QString describe(const ConnectionCheck& check);

private:
    QCoro::Task<> runTest();
    void setBusy(bool busy);
    void showResult(const QString& text, bool ok);

    DraftFactory m_makeDraft;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    CancelToken m_cancel;

    QComboBox* m_site = nullptr;
    QLineEdit* m_company = nullptr;
    QLineEdit* m_apiVersion = nullptr;
    QPushButton* m_test = nullptr;
    QProgressBar* m_busy = nullptr;
    MessageWidget* m_result = nullptr;
};

} // namespace il::ui
