#include "settings/PasteAddressDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace il::ui {

PasteAddressDialog::PasteAddressDialog(const QUrl& authorizationUrl, const QString& redirectUri,
                                       QWidget* parent)
    : QDialog(parent)
    , m_authorizationUrl(authorizationUrl) {
    setWindowTitle(tr("Sign in to Exact Online"));
    auto* layout = new QVBoxLayout(this);

    auto* steps = new QLabel(
        tr("<p>Your browser shows Exact Online's sign-in page. Sign in there and allow InvoiceLink "
           "access.</p>"
           "<p>The browser then goes to an address starting with <b>%1</b>. Copy that whole address from "
           "the browser's address bar and paste it below within 3 minutes.</p>")
            .arg(redirectUri.toHtmlEscaped()),
        this);
    steps->setWordWrap(true);
    layout->addWidget(steps);

    // When no browser opened, the user can take the sign-in address from here.
    auto* linkRow = new QHBoxLayout;
    auto* link = new QLineEdit(authorizationUrl.toString(), this);
    link->setReadOnly(true);
    link->setCursorPosition(0);
    link->setAccessibleName(tr("Sign-in address"));
    auto* copy = new QPushButton(tr("&Copy"), this);
    auto* reopen = new QPushButton(tr("Open &browser again"), this);
    linkRow->addWidget(link, 1);
    linkRow->addWidget(copy);
    linkRow->addWidget(reopen);
    layout->addLayout(linkRow);
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_authorizationUrl.toString()); });
    connect(reopen, &QPushButton::clicked, this, [this] { QDesktopServices::openUrl(m_authorizationUrl); });

    auto* label = new QLabel(tr("&Address after signing in:"), this);
    m_address = new QLineEdit(this);
    m_address->setPlaceholderText(tr("%1?code=…&state=…").arg(redirectUri));
    label->setBuddy(m_address);
    layout->addWidget(label);
    layout->addWidget(m_address);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_address, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.contains(QLatin1String("code=")));
    });
    m_address->setFocus();
    // Wrapped text: the height that width needs, no stretched gaps.
    resize(640, heightForWidth(640) > 0 ? heightForWidth(640) : sizeHint().height());
}

QString PasteAddressDialog::address() const {
    return m_address->text().trimmed();
}

void PasteAddressDialog::setAddress(const QString& address) {
    m_address->setText(address);
}

} // namespace il::ui
