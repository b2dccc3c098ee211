#pragma once

#include "domain/Agreement.h"
#include "async/CancelToken.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace il::ui {

class MessageWidget;

class AppContext;
class SearchPicker;

// "Create agreement…" for an invoice line: company (the line's, or picked), type (chosen by the
// user, never pre-selected), contact and billing cycle from ConnectWise's lookups, start date and
// name; Create makes the agreement in ConnectWise and links the line to it.
class CreateAgreementDialog : public QDialog {
    Q_OBJECT
public:
    CreateAgreementDialog(AppContext& ctx, qsizetype lineIndex, QWidget* parent = nullptr);
    ~CreateAgreementDialog() override;

    // True once the lookups arrived (types, billing cycles and the company's contacts).
    bool isReady() const { return m_pendingLookups == 0; }
    bool isBusy() const { return m_busyCreating; }
    std::optional<Agreement> created() const { return m_created; }
    QString errorText() const;

    // The Create button: creates (once) and links; closes when both are done.
    void create();

private:
    QCoro::Task<> loadReferences(bool types);
    QCoro::Task<> loadContacts(int companyId);
    QCoro::Task<> runCreate();
    int companyId() const;
    void suggestName();
    void updateButtons();
    void setBusy(bool busy);
    void showError(const QString& text);

    AppContext& m_ctx;
    qsizetype m_line;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    CancelToken m_cancel = CancelToken::create();
    int m_pendingLookups = 0;
    bool m_busyCreating = false;
    bool m_nameEdited = false;
    std::optional<Agreement> m_created;

    SearchPicker* m_company = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_contact = nullptr;
    QComboBox* m_billingCycle = nullptr;
    QDateEdit* m_start = nullptr;
    QLineEdit* m_name = nullptr;
    MessageWidget* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace il::ui
