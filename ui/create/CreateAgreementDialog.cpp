#include "create/CreateAgreementDialog.h"

#include "common/MessageWidget.h"

#include "window/AppContext.h"
#include "common/DialogFooter.h"
#include "common/ErrorText.h"
#include "create/SearchPicker.h"

#include "engine/CwLookups.h"
#include "errors/ApiError.h"
#include "reconcile/MonthRun.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <algorithm>

namespace il::ui {
namespace {

QList<SearchPicker::Choice> companyChoices(const QList<Company>& companies) {
    QList<SearchPicker::Choice> choices;
    for (const Company& c : companies)
        if (!c.deleted)
            choices.append({QStringLiteral("%1 (%2)").arg(c.name, c.identifier), c.id});
    std::sort(choices.begin(), choices.end(),
              [](const auto& a, const auto& b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    return choices;
}

void fill(QComboBox* box, QList<Reference> refs) {
    std::sort(refs.begin(), refs.end(), [](const Reference& a, const Reference& b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Reference& r : refs)
        box->addItem(r.name, r.id);
}

} // namespace

CreateAgreementDialog::CreateAgreementDialog(AppContext& ctx, qsizetype lineIndex, QWidget* parent)
    : QDialog(parent)
    , m_ctx(ctx)
    , m_line(lineIndex) {
    setWindowTitle(tr("Create agreement in ConnectWise"));
    MonthRun* run = ctx.run();
    const bool valid = run && lineIndex >= 0 && lineIndex < run->result().records.size();
    const LinkedLine line = valid ? run->result().records[lineIndex].linked : LinkedLine{};

    auto* layout = new QVBoxLayout(this);
    auto* about =
        new QLabel(tr("For invoice line: <b>%1</b> · %2 · %3")
                       .arg(line.line.customerName.toHtmlEscaped(), line.line.itemCode.toHtmlEscaped(),
                            line.line.description.toHtmlEscaped()),
                   this);
    about->setWordWrap(true);
    layout->addWidget(about);

    auto* form = new QFormLayout;
    m_company = new SearchPicker(this);
    m_company->setObjectName(QStringLiteral("company"));
    form->addRow(tr("&Company:"), m_company);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("type"));
    form->addRow(tr("&Type:"), m_type);
    m_contact = new QComboBox(this);
    m_contact->setObjectName(QStringLiteral("contact"));
    form->addRow(tr("C&ontact:"), m_contact);
    m_billingCycle = new QComboBox(this);
    m_billingCycle->setObjectName(QStringLiteral("billingCycle"));
    form->addRow(tr("&Billing cycle:"), m_billingCycle);
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const QDate month = valid ? run->result().month : QDate::currentDate();
    m_start->setDate(QDate(month.year(), month.month(), 1));
    form->addRow(tr("&Start date:"), m_start);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    form->addRow(tr("&Name:"), m_name);
    layout->addLayout(form);

    auto* footer = new DialogFooter(tr("C&reate"), this);
    m_error = footer->error();
    m_busy = footer->busy();
    m_buttons = footer->buttons();
    layout->addWidget(footer);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CreateAgreementDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    if (!valid) {
        showError(tr("Load a month first."));
        m_busy->hide();
        updateButtons();
        return;
    }
    m_company->setChoices(companyChoices(run->companies()));
    m_company->selectValue(line.companyId ? QVariant(line.companyId) : QVariant());
    connect(m_company, &QComboBox::currentIndexChanged, this, [this] {
        suggestName();
        loadContacts(companyId());
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &CreateAgreementDialog::suggestName);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameEdited = true; });
    for (QComboBox* box : {m_type, m_contact})
        connect(box, &QComboBox::currentIndexChanged, this, &CreateAgreementDialog::updateButtons);
    connect(m_name, &QLineEdit::textChanged, this, &CreateAgreementDialog::updateButtons);

    loadReferences(true);
    loadReferences(false);
    loadContacts(companyId());
    resize(520, sizeHint().height());
}

CreateAgreementDialog::~CreateAgreementDialog() {
    *m_alive = false;
    m_cancel.cancel();
}

int CreateAgreementDialog::companyId() const {
    return m_company->currentValue().toInt();
}

QString CreateAgreementDialog::errorText() const {
    return m_error->text();
}

void CreateAgreementDialog::showError(const QString& text) {
    m_error->showError(text);
}

void CreateAgreementDialog::setBusy(bool busy) {
    m_busyCreating = busy;
    updateButtons();
}

void CreateAgreementDialog::updateButtons() {
    m_busy->setVisible(m_pendingLookups > 0 || m_busyCreating);
    const bool complete = companyId() && m_type->currentIndex() >= 0 && m_contact->currentData().toInt() &&
                          !m_name->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(complete && !m_busyCreating && m_ctx.run());
}

void CreateAgreementDialog::suggestName() {
    if (m_nameEdited)
        return;
    const Company* company = m_ctx.run() ? m_ctx.run()->directory().company(companyId()) : nullptr;
    if (!company || m_type->currentIndex() < 0)
        return;
    m_name->setText(tr("%1 - %2").arg(m_type->currentText(), company->name));
}

QCoro::Task<> CreateAgreementDialog::loadReferences(bool types) {
    const std::shared_ptr<bool> alive = m_alive;
    QPointer<CwLookups> lookups = m_ctx.lookups();
    QComboBox* box = types ? m_type : m_billingCycle;
    box->setEnabled(false);
    box->setPlaceholderText(tr("Loading from ConnectWise…"));
    ++m_pendingLookups;
    updateButtons();
    QList<Reference> refs;
    QString error;
    try {
        // (No co_await inside ?: — GCC 12 miscompiles that in coroutines.)
        if (types)
            refs = co_await lookups->agreementTypes(m_cancel);
        else
            refs = co_await lookups->billingCycles(m_cancel);
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    --m_pendingLookups;
    {
        // Filling an empty box selects its first item; for the type that would be a choice (and a
        // name) made for the user, so the box is quiet until it is back to "Choose…".
        const QSignalBlocker quiet(types ? box : nullptr);
        box->clear();
        box->setPlaceholderText(QString());
        if (!types)
            box->addItem(tr("ConnectWise's default"), 0);
        fill(box, refs);
        if (types) {
            // The type decides how ConnectWise bills the agreement: the user picks it.
            box->setCurrentIndex(-1);
            box->setPlaceholderText(tr("Choose…"));
        }
    }
    box->setEnabled(true);
    if (!error.isEmpty())
        showError(error);
    suggestName();
    updateButtons();
}

QCoro::Task<> CreateAgreementDialog::loadContacts(int company) {
    const std::shared_ptr<bool> alive = m_alive;
    QPointer<CwLookups> lookups = m_ctx.lookups();
    m_contact->clear();
    if (!company || !lookups) {
        m_contact->setPlaceholderText(tr("Pick the company first"));
        updateButtons();
        co_return;
    }
    m_contact->setEnabled(false);
    m_contact->setPlaceholderText(tr("Loading from ConnectWise…"));
    ++m_pendingLookups;
    updateButtons();
    QList<Contact> contacts;
    QString error;
    try {
        contacts = co_await lookups->contactsOf(company, m_cancel);
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    --m_pendingLookups;
    if (company != companyId()) { // the user picked another company meanwhile
        updateButtons();
        co_return;
    }
    m_contact->clear();
    // Without a placeholder the first contact is chosen as the items arrive.
    m_contact->setPlaceholderText(contacts.isEmpty() ? tr("This company has no contacts") : QString());
    for (const Contact& c : contacts)
        m_contact->addItem(c.displayName(), c.id);
    m_contact->setEnabled(true);
    if (!error.isEmpty())
        showError(error);
    updateButtons();
}

void CreateAgreementDialog::create() {
    if (!m_busyCreating && m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        runCreate();
}

QCoro::Task<> CreateAgreementDialog::runCreate() {
    const std::shared_ptr<bool> alive = m_alive;
    QPointer<MonthRun> run = m_ctx.run();
    QPointer<CwLookups> lookups = m_ctx.lookups();
    if (!run)
        co_return;
    setBusy(true);
    showError(QString());
    const int company = companyId();
    const qsizetype lineIndex = m_line;
    const CancelToken cancel = m_cancel;
    const LinkedLine line = run->result().records.value(lineIndex).linked;
    // Linked as confirmed to the new agreement; the product stays as the line has it (or the rule).
    const QString product = line.companyId == company ? line.productIdentifier : QString();
    // A retry after a failed link must not create a second agreement.
    int agreementId = m_created && m_created->companyId == company ? m_created->id : 0;
    QString error;
    try {
        if (!agreementId) {
            NewAgreement a;
            a.name = m_name->text().trimmed();
            a.typeId = m_type->currentData().toInt();
            a.companyId = company;
            a.contactId = m_contact->currentData().toInt();
            a.startDate = m_start->date();
            a.billingCycleId = m_billingCycle->currentData().toInt();
            const Agreement created = co_await lookups->createAgreement(a, cancel);
            if (!*alive)
                co_return;
            m_created = created;
            agreementId = created.id;
        }
        co_await run->setLink(lineIndex, company, agreementId, product, cancel);
    } catch (const std::exception& e) {
        error = ErrorText::describe(e);
    }
    if (!*alive)
        co_return;
    setBusy(false);
    if (error.isEmpty()) {
        accept();
        co_return;
    }
    showError(m_created ? tr("Agreement %1 was created, but the line could not be linked to it: %2")
                              .arg(m_created->id)
                              .arg(error)
                        : error);
}

} // namespace il::ui
