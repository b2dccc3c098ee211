#include "create/CreateProductDialog.h"

#include "money/DecimalText.h"

#include "common/MessageWidget.h"

#include "window/AppContext.h"
#include "common/DialogFooter.h"
#include "common/ErrorText.h"
#include "create/SearchPicker.h"

#include "engine/CwLookups.h"
#include "errors/ApiError.h"
#include "reconcile/CatalogDraft.h"
#include "reconcile/MonthRun.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace il::ui {
namespace {

constexpr int kDescriptionMax = 60; // ConnectWise's limit for a catalog item's description

QList<SearchPicker::Choice> companyChoices(const QList<Company>& companies) {
    QList<SearchPicker::Choice> choices;
    for (const Company& c : companies)
        if (!c.deleted)
            choices.append({QStringLiteral("%1 (%2)").arg(c.name, c.identifier), c.id});
    std::sort(choices.begin(), choices.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return choices;
}

// An exact, non-negative decimal. An empty field is no amount, not 0: a catalog item without a
// price makes every addition created from it free, so 0 must be typed on purpose.
std::optional<Decimal> amount(const QLineEdit* edit) {
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    // The user's way of writing numbers ("12,50" in Dutch), read exactly.
    const auto d = DecimalText::parse(text);
    if (!d || d->isNegative())
        return std::nullopt;
    return d;
}

QString amountProblem(const QLineEdit* edit, const QString& empty, const QString& invalid) {
    if (edit->text().trimmed().isEmpty())
        return empty;
    return amount(edit) ? QString() : invalid;
}

} // namespace

CreateProductDialog::CreateProductDialog(AppContext& ctx, qsizetype lineIndex, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_line(lineIndex) {
    setWindowTitle(tr("Create product in ConnectWise"));
    MonthRun* run = ctx.run();
    const bool valid = run && lineIndex >= 0 && lineIndex < run->result().records.size();
    const LinkedLine line = valid ? run->result().records[lineIndex].linked : LinkedLine{};
    const bool sales = valid && run->result().source == InvoiceSourceKind::Sales;
    const NewCatalogItem draft = CatalogDraft::fromLine(line.line, sales);

    auto* layout = new QVBoxLayout(this);
    auto* about =
        new QLabel(tr("For invoice line: <b>%1</b> · %2 · %3")
                       .arg(line.line.customerName.toHtmlEscaped(), line.line.itemCode.toHtmlEscaped(),
                            line.line.description.toHtmlEscaped()),
                   this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto* form = new QFormLayout;
    m_identifier = new QLineEdit(draft.identifier, this);
    m_identifier->setObjectName(QStringLiteral("identifier"));
    form->addRow(tr("&Identifier:"), m_identifier);
    m_description = new QLineEdit(draft.description.left(kDescriptionMax), this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setMaxLength(kDescriptionMax);
    form->addRow(tr("&Description:"), m_description);
    m_customerDescription = new QLineEdit(draft.customerDescription, this);
    m_customerDescription->setObjectName(QStringLiteral("customerDescription"));
    form->addRow(tr("C&ustomer description:"), m_customerDescription);
    m_subcategory = new QComboBox(this);
    m_subcategory->setObjectName(QStringLiteral("subcategory"));
    form->addRow(tr("&Subcategory:"), m_subcategory);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    form->addRow(tr("&Type:"), m_type);
    // Purchase: the invoice is what the product costs us; sales: what the customer pays.
    m_cost = new QLineEdit(draft.cost ? DecimalText::format(*draft.cost) : QString(), this);
    m_cost->setObjectName(QStringLiteral("cost"));
    m_cost->setPlaceholderText(tr("What it costs you (0 if nothing)"));
    form->addRow(tr("C&ost:"), m_cost);
    m_price = new QLineEdit(draft.price ? DecimalText::format(*draft.price) : QString(), this);
    m_price->setObjectName(QStringLiteral("price"));
    m_price->setPlaceholderText(tr("What you charge the customer (0 if nothing)"));
    form->addRow(tr("&Price:"), m_price);
    for (QLineEdit* edit : {m_identifier, m_description, m_customerDescription})
        edit->setCursorPosition(0);
    m_company = new SearchPicker(this);
    m_company->setObjectName(QStringLiteral("company"));
    m_company->setToolTip(tr("The line is linked to the new product at this company"));
    form->addRow(tr("Link line at &company:"), m_company);
    layout->addLayout(form);

    auto* footer = new DialogFooter(tr("C&reate"), this);
    m_error = footer->error();
    m_busy = footer->busy();
    m_buttons = footer->buttons();
    layout->addWidget(footer);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateProductDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!valid) {
        showError(tr("Load a month first."));
        m_busy->hide();
        updateButtons();
        return;
    }
    m_company->setChoices(companyChoices(run->companies()));
    m_company->selectValue(line.companyId ? QVariant(line.companyId) : QVariant());
    for (QLineEdit* edit : {m_identifier, m_description, m_customerDescription, m_cost, m_price})
        connect(edit, &QLineEdit::textChanged, this, &CreateProductDialog::updateButtons);
    for (QComboBox* box : {m_subcategory, m_type, static_cast<QComboBox*>(m_company)})
        connect(box, &QComboBox::currentIndexChanged, this, &CreateProductDialog::updateButtons);
    connect(m_company, &QComboBox::currentTextChanged, this, &CreateProductDialog::updateButtons);
    loadReferences(true);
    loadReferences(false);
    resize(560, sizeHint().height());
}

CreateProductDialog::~CreateProductDialog() {
    *m_alive = false;
    m_cancel.cancel();
}

QString CreateProductDialog::errorText() const {
    return m_error->text();
}

void CreateProductDialog::showError(const QString& text) {
    m_error->showError(text);
}

QStringList CreateProductDialog::problems() const {
    QStringList found;
    if (m_identifier->text().trimmed().isEmpty())
        found << tr("The identifier is empty.");
    if (m_description->text().trimmed().isEmpty())
        found << tr("The description is empty.");
    if (m_customerDescription->text().trimmed().isEmpty())
        found << tr("The customer description is empty.");
    for (const QString& p :
         {amountProblem(
              m_cost, tr("Type the cost (0 if there is none)."),
              tr("The cost is a number of 0 or more, such as %1.").arg(DecimalText::example("12.50"))),
          amountProblem(
              m_price, tr("Type the price (0 if there is none)."),
              tr("The price is a number of 0 or more, such as %1.").arg(DecimalText::example("12.50")))})
        if (!p.isEmpty())
            found << p;
    // Nothing is chosen for the user: a wrong subcategory or type files the item wrongly for all.
    if (m_subcategory->currentIndex() < 0)
        found << tr("Choose a subcategory.");
    if (m_type->currentIndex() < 0)
        found << tr("Choose a type.");
    if (!m_company->currentValue().toInt())
        found << tr("Pick the company whose line links to the product.");
    return found;
}

void CreateProductDialog::updateButtons() {
    m_busy->setVisible(m_pendingLookups > 0 || m_busyCreating);
    const QStringList found = problems();
    const bool complete =
        found.isEmpty() && m_subcategory->currentData().toInt() && m_type->currentData().toInt();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busyCreating && m_ctx.run());
    if (!m_busyCreating && !found.isEmpty() && m_pendingLookups == 0)
        m_error->showError(found.first());
    else if (found.isEmpty() && !m_created)
        m_error->clearMessage();
}

QCoro::Task<> CreateProductDialog::loadReferences(bool subcategories) {
    const std::shared_ptr<bool> alive = m_alive;
    QPointer<CwLookups> lookups = m_ctx.lookups();
    QComboBox* box = subcategories ? m_subcategory : m_type;
    box->setEnabled(false);
    box->setPlaceholderText(tr("Loading from ConnectWise…"));
    ++m_pendingLookups;
    updateButtons();
    QList<Reference> refs;
    QString error;
    try {
        if (subcategories)
            refs = co_await lookups->subcategories(m_cancel);
        else
            refs = co_await lookups->productTypes(m_cancel);
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    --m_pendingLookups;
    std::sort(refs.begin(), refs.end(), [](const Reference& a, const Reference& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    box->clear();
    for (const Reference& r : refs)
        box->addItem(r.name, r.id);
    box->setCurrentIndex(-1); // the user picks; the placeholder shows until then
    box->setPlaceholderText(tr("Choose…"));
    box->setEnabled(true);
    updateButtons();
    if (!error.isEmpty())
        showError(error);
}

void CreateProductDialog::create() {
    if (!m_busyCreating && problems().isEmpty())
        runCreate();
}

QCoro::Task<> CreateProductDialog::runCreate() {
    const std::shared_ptr<bool> alive = m_alive;
    QPointer<MonthRun> run = m_ctx.run();
    QPointer<CwLookups> lookups = m_ctx.lookups();
    if (!run)
        co_return;
    m_busyCreating = true;
    updateButtons();
    showError(QString());
    const qsizetype lineIndex = m_line;
    const CancelToken cancel = m_cancel;
    const int company = m_company->currentValue().toInt();
    const LinkedLine line = run->result().records.value(lineIndex).linked;
    // The agreement stays as the line has it at that company; elsewhere the linker picks.
    const int agreement = line.companyId == company ? line.agreementId : 0;
    QString identifier = m_created ? m_created->identifier : QString();
    QString error;
    try {
        if (identifier.isEmpty()) { // a retry after a failed link must not create it twice
            NewCatalogItem item;
            item.identifier = m_identifier->text().trimmed();
            item.description = m_description->text().trimmed();
            item.customerDescription = m_customerDescription->text().trimmed();
            item.subcategoryId = m_subcategory->currentData().toInt();
            item.typeId = m_type->currentData().toInt();
            item.cost = amount(m_cost);
            item.price = amount(m_price);
            const CatalogItem created = co_await lookups->createCatalogItem(item, cancel);
            if (!*alive)
                co_return;
            m_created = created;
            identifier = created.identifier;
        }
        co_await run->setLink(lineIndex, company, agreement, identifier, cancel);
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    m_busyCreating = false;
    updateButtons();
    if (error.isEmpty()) {
        accept();
        co_return;
    }
    showError(m_created ? tr("Product %1 was created, but the line could not be linked to it: %2")
                              .arg(m_created->identifier, error)
                        : error);
}

} // namespace il::ui
