#pragma once

#include <QWidget>

class QDialogButtonBox;
class QProgressBar;

namespace il::ui {

class MessageWidget;

// The foot of the create dialogs: an error line, a busy bar and OK/Cancel with OK named by the
// dialog. The dialog keeps pointers to the three parts and drives them itself.
class DialogFooter : public QWidget {
    Q_OBJECT
public:
    DialogFooter(const QString& okText, QWidget* parent = nullptr);

    MessageWidget* error() const { return m_error; }
    QProgressBar* busy() const { return m_busy; }
    QDialogButtonBox* buttons() const { return m_buttons; }

private:
    MessageWidget* m_error = nullptr;
    QProgressBar* m_busy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace il::ui
