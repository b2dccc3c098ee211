#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLineEdit;

namespace il::ui {

// The paste sign-in (Exact wants an HTTPS redirect we cannot listen on): the browser shows
// Exact's sign-in page, the user signs in, lands on the redirect address and pastes that
// address here. Core checks the state and takes the code from it.
class PasteAddressDialog : public QDialog {
    Q_OBJECT
public:
    PasteAddressDialog(const QUrl& authorizationUrl, const QString& redirectUri, QWidget* parent = nullptr);

    QString address() const;
    void setAddress(const QString& address);

private:
    QUrl m_authorizationUrl;
    QLineEdit* m_address = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace il::ui
