#pragma once

#include <QDialog>
#include <QList>
#include <QUrl>

#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTabWidget;

namespace il::ui {

class MessageWidget;

class AppContext;
class SettingsPage;
class SettingsPageConnectWise;
class SettingsPageExact;

// The settings of both systems, the database, the tolerances and the language. On Save the
// contract keys go to the INI through il::Settings, the typed secrets to the SecretStore (and
// nowhere else), and the app starts over with them (AppContext::rebuild).
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(AppContext& ctx, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    SettingsPageExact& exactPage() { return *m_exact; }
    SettingsPageConnectWise& connectWisePage() { return *m_connectwise; }
    // Input problems of every page, in words; Save is disabled while there are any.
    QStringList problems() const;
    bool isSaving() const { return m_saving; }
    // What the dialog says at the bottom (problems, saving, why the app cannot start).
    QString message() const;

    // Saves asynchronously and closes when the app could start over with the new settings.
    void accept() override;
    // Ignored while saving: half-written secrets would be worse than waiting a moment.
    void reject() override;

private:
    QCoro::Task<> save();
    QCoro::Task<> showStoredSecrets();
    void revalidate();
    void showMessage(const QString& text, bool error);

    AppContext& m_ctx;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    QList<SettingsPage*> m_pages;
    SettingsPageExact* m_exact = nullptr;
    SettingsPageConnectWise* m_connectwise = nullptr;
    QTabWidget* m_tabs = nullptr;
    MessageWidget* m_message = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_saving = false;
    bool m_edited = false; // a page reported an edit since the dialog opened
};

} // namespace il::ui
