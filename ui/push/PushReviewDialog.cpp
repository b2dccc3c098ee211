#include "push/PushReviewDialog.h"

#include "grid/LineText.h"
#include "push/PushReviewModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace il::ui {

PushReviewDialog::PushReviewDialog(const QList<PushAction>& actions, const MonthResult& result,
                                   const CwDirectory& directory, QWidget* parent)
    : QDialog(parent)
    , m_model(new PushReviewModel(this))
    , m_view(new QTableView(this))
    , m_totals(new QLabel(this)) {
    setObjectName(QStringLiteral("pushReviewDialog"));
    setWindowTitle(tr("Push to ConnectWise"));
    m_model->setActions(actions, result, directory);

    auto* intro =
        new QLabel(tr("These changes will be written to the ConnectWise agreement additions. Each "
                      "addition is read again first; one that changed since the load is left alone."),
                   this);
    intro->setWordWrap(true);
    auto* askPrice = new QLabel(tr("Some new additions have no price in the ConnectWise catalog. Type it in "
                                   "their After cell (double-click it); 0 only if the product is free. "
                                   "Nothing is pushed until every one is given."),
                                this);
    askPrice->setObjectName(QStringLiteral("askPrice"));
    askPrice->setWordWrap(true);
    askPrice->setVisible(m_model->missingPrices() > 0);

    m_view->setObjectName(QStringLiteral("reviewTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Only a missing price is editable (the model says which cell).
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setResizeContentsPrecision(200);
    m_view->resizeColumnsToContents();
    // Names and the change (a reason when left out, whole in its tooltip) are capped; the field and
    // the numbers show in full, in every language ("Nieuwe toevoeging: inkoopprijs" is longer than
    // "New addition: unit cost").
    const int em = fontMetrics().averageCharWidth();
    const int widest[PushReviewModel::ColumnCount] = {24, 28, 16, 0, 0, 0, 20};
    for (int c = 0; c < PushReviewModel::ColumnCount; ++c)
        m_view->setColumnWidth(c, widest[c] ? std::min(m_view->columnWidth(c) + em, widest[c] * em)
                                            : m_view->columnWidth(c) + em);
    // The agreement takes what is left, so the numbers sit together on the right.
    m_view->horizontalHeader()->setSectionResizeMode(PushReviewModel::AgreementColumn, QHeaderView::Stretch);

    m_totals->setObjectName(QStringLiteral("reviewTotals"));
    m_totals->setText(totalsText());
    m_totals->setWordWrap(true);
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    auto* buttons = new QDialogButtonBox(this);
    const int changes = m_model->changeCount();
    m_push = buttons->addButton(changes == 1 ? tr("&Push 1 change") : tr("&Push %1 changes").arg(changes),
                                QDialogButtonBox::AcceptRole);
    m_push->setObjectName(QStringLiteral("confirmPush"));
    // Return ends a typed price; it must never also push (the price would be committed after).
    const bool asksPrice = m_model->missingPrices() > 0;
    m_push->setAutoDefault(!asksPrice);
    m_push->setDefault(!asksPrice);
    updatePush();
    connect(m_model, &PushReviewModel::pricesChanged, this, &PushReviewDialog::updatePush);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(askPrice);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addWidget(buttons);
    resize(std::max(980, fontMetrics().averageCharWidth() * 150), 460);
    if (asksPrice) {
        // Straight to the first price to type.
        for (qsizetype a = 0; a < actions.size() && !m_view->currentIndex().isValid(); ++a)
            if (m_model->priceIndex(a).isValid())
                m_view->setCurrentIndex(m_model->priceIndex(a));
        m_view->setFocus();
    } else {
        m_push->setFocus();
    }
}

void PushReviewDialog::updatePush() {
    m_push->setEnabled(m_model->changeCount() > 0 && m_model->missingPrices() == 0);
    // A disabled Push says why (issue 10 point 10).
    m_push->setToolTip(m_model->missingPrices() > 0 ? tr("Type the missing prices first.")
                       : m_model->changeCount() == 0 ? tr("Nothing here can be pushed; each row says why.")
                                                     : QString());
    m_totals->setText(totalsText());
}

QList<PushAction> PushReviewDialog::pushable() const {
    return m_model->pushable();
}

QString PushReviewDialog::totalsText() const {
    const int additions = int(m_model->pushable().size()) + m_model->missingPrices();
    const int changes = m_model->changeCount();
    QString text = (changes == 1 ? tr("1 change") : tr("%1 changes").arg(changes)) + QStringLiteral(" ") +
                   (additions == 1 ? tr("to 1 addition") : tr("to %1 additions").arg(additions));
    text += QStringLiteral(" · ") + tr("quantity %1").arg(LineText::signedQuantity(m_model->quantityDelta()));
    text +=
        QStringLiteral(" · ") + tr("monthly amount %1").arg(LineText::signedAmount(m_model->amountDelta()));
    if (m_model->missingPrices() > 0)
        text += QStringLiteral("\n") + (m_model->missingPrices() == 1
                                             ? tr("Type the missing price of 1 new addition to push.")
                                             : tr("Type the missing prices of %1 new additions to push.")
                                                   .arg(m_model->missingPrices()));
    if (m_model->skippedCount() > 0)
        text += QStringLiteral("\n") +
                tr("Left out, as they cannot be pushed: %1 (the rows in grey).").arg(m_model->skippedCount());
    return text;
}

} // namespace il::ui
