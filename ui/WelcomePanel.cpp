#include "WelcomePanel.h"

#include "Resources.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace il::ui {

WelcomePanel::WelcomePanel(QWidget* parent)
    : QWidget(parent)
    , m_demo(new QPushButton(tr("&Try the demo"), this))
    , m_connect(new QPushButton(tr("&Connect your systems…"), this)) {
    setObjectName(QStringLiteral("welcomePanel"));
    initResources();
    auto* outer = new QVBoxLayout(this);
    auto* column = new QVBoxLayout;
    column->setSpacing(14);

    auto* logo = new QLabel(this);
    logo->setPixmap(QIcon(QStringLiteral(":/icons/invoicelink.png")).pixmap(72, 72));
    logo->setAlignment(Qt::AlignHCenter);
    auto* title = new QLabel(tr("Welcome to InvoiceLink"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignHCenter);
    auto* text = new QLabel(tr("Every month InvoiceLink reads your supplier's invoice from Exact Online, links each "
                               "line to the customer's ConnectWise agreement, shows where quantities and prices "
                               "differ, and corrects ConnectWise with one click — keeping a log of every change."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignHCenter);
    text->setMaximumWidth(560);
    auto* hint = new QLabel(tr("The demo runs on built-in sample systems: nothing is sent anywhere and no settings "
                               "are saved."),
                            this);
    hint->setWordWrap(true);
    hint->setAlignment(Qt::AlignHCenter);
    hint->setMaximumWidth(560);
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
    column->addWidget(text, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addLayout(buttons);
    column->addWidget(hint, 0, Qt::AlignHCenter);
    outer->addStretch(2);
    outer->addLayout(column);
    outer->addStretch(3);
    setTabOrder(m_demo, m_connect);
    connect(m_demo, &QPushButton::clicked, this, &WelcomePanel::demoRequested);
    connect(m_connect, &QPushButton::clicked, this, &WelcomePanel::connectRequested);
}

} // namespace il::ui
