#include "window/WelcomePanel.h"

#include "common/Resources.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace il::ui {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("&Try the demo")))
    , m_connect(new QPushButton(tr("&Connect your systems…"))) {
    setObjectName(QStringLiteral("welcomePanel"));
    initResources();
    // A card of readable width in the middle; wrapped labels get their height from its width.
    auto* card = new QWidget(this);
    card->setFixedWidth(std::max(560, fontMetrics().averageCharWidth() * 80));
    auto* column = new QVBoxLayout(card);
    column->setSpacing(14);

    auto* logo = new QLabel(card);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/invoicelink.png")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignHCenter);
    logo->setMinimumHeight(80);
    auto* title = new QLabel(tr("Welcome to InvoiceLink"), card);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignHCenter);
    auto* text =
        new QLabel(tr("Every month InvoiceLink reads your supplier's invoice from Exact Online, links each "
                      "line to the customer's ConnectWise agreement, shows where quantities and prices "
                      "differ, and corrects ConnectWise with one click — keeping a log of every change."),
                   card);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    auto* hint =
        new QLabel(tr("The demo runs on built-in sample systems: nothing is sent anywhere and no settings "
                      "are saved."),
                   card);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_demo->setObjectName(QStringLiteral("tryDemo"));
    m_connect->setObjectName(QStringLiteral("connectSystems"));
    m_demo->setDefault(true);
    m_demo->setMinimumWidth(200);
    m_connect->setMinimumWidth(200);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_demo);
    buttons->addSpacing(12);
    buttons->addWidget(m_connect);
    buttons->addStretch(1);

    column->addWidget(logo);
    column->addWidget(title);
    column->addWidget(text);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(hint);

    // Centred by stretches, not by an alignment flag: an aligned item gets only its size hint,
    // and the wrapped labels would then be squeezed under each other.
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(card);
    row->addStretch(1);
    auto* outer = new QVBoxLayout(this);
    outer->addStretch(2);
    outer->addLayout(row);
    outer->addStretch(3);
    setTabOrder(m_demo, m_connect);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePanel::connectRequested);
}

} // namespace il::ui
