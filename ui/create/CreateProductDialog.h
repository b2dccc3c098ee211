#pragma once

#include "domain/CatalogItem.h"
#include "async/CancelToken.h"

#include <QDialog>

#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace il::ui {

class MessageWidget;

class AppContext;
class SearchPicker;

// "Create product…" for an invoice line: the catalog item's identifier from the item code, its
// description from the invoice line without the customer (CatalogDraft: the catalog is shared),
// the subcategory and type the user chooses from ConnectWise's lookups (none pre-selected), cost
// and price both required (the invoice gives one; 0 only when typed). Create makes the item in
// ConnectWise and links the line to it.
class CreateProductDialog : public QDialog {
    Q_OBJECT
public:
    CreateProductDialog(AppContext& ctx, qsizetype lineIndex, QWidget* parent = nullptr);
    ~CreateProductDialog() override;

    bool isReady() const { return m_pendingLookups == 0; }
    bool isBusy() const { return m_busyCreating; }
    std::optional<CatalogItem> created() const { return m_created; }
    QString errorText() const;
    // Input problems in words (Create is disabled while there are any).
    QStringList problems() const;

    // The Create button: creates (once) and links; closes when both are done.
    void create();

private:
    QCoro::Task<> loadReferences(bool subcategories);
    QCoro::Task<> runCreate();
    void updateButtons();
    void showError(const QString& text);

    AppContext& m_ctx;
    qsizetype m_line;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true);
    CancelToken m_cancel = CancelToken::create();
    int m_pendingLookups = 0;
    bool m_busyCreating = false;
    std::optional<CatalogItem> m_created;

    QLineEdit* m_identifier = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_customerDescription = nullptr;
    QComboBox* m_subcategory = nullptr;
    QComboBox* m_type = nullptr;
    QLineEdit* m_cost = nullptr;
    QLineEdit* m_price = nullptr;
    SearchPicker* m_company = nullptr;
    MessageWidget* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace il::ui
