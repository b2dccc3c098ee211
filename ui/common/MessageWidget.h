#pragma once

#include <QLabel>

namespace il::ui {

// The one way the window and its dialogs show a message in place: a word-wrapped, selectable
// line on a tint of its kind, taken from the palette so it reads in light and dark themes
// alike, and hidden while there is nothing to say. Replaces hand-coloured labels, so an error
// looks like an error everywhere. Errors from core are worded by ErrorText first.
class MessageWidget : public QLabel {
    Q_OBJECT
public:
    enum class Kind { Info, Positive, Error };

    explicit MessageWidget(QWidget* parent = nullptr);

    void showMessage(const QString& text, Kind kind);
    void showError(const QString& text) { showMessage(text, Kind::Error); }
    void showInfo(const QString& text) { showMessage(text, Kind::Info); }
    void clearMessage();
    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind == Kind::Error && !text().isEmpty(); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void applyColours();

    Kind m_kind = Kind::Info;
    bool m_applying = false; // setStyleSheet sends a PaletteChange of its own
};

} // namespace il::ui
