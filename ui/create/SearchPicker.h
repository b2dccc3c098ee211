#pragma once

#include <QComboBox>
#include <QList>
#include <QPair>
#include <QVariant>

namespace il::ui {

// A searchable choice among many (companies, agreements, catalog items): an editable combo box
// whose completer matches anywhere in the text, case-insensitively. Choices may arrive later
// (a ConnectWise lookup); the value to select can be given before they do.
class SearchPicker : public QComboBox {
    Q_OBJECT
public:
    using Choice = QPair<QString, QVariant>; // shown text, value

    explicit SearchPicker(QWidget* parent = nullptr);

    // Shows "Loading…" (or another hint) and accepts no input until setChoices().
    void setLoading(const QString& hint = {});
    void setChoices(const QList<Choice>& choices);
    // No choices to offer, and why (e.g. "Link a company first").
    void setUnavailable(const QString& reason);
    bool isLoaded() const { return m_loaded; }

    // The value of the chosen item: the one whose text the field shows; invalid when the text
    // matches no item.
    QVariant currentValue() const;
    // Selects the item with that value, now or when the choices arrive.
    void selectValue(const QVariant& value);

signals:
    void choicesLoaded();

private:
    bool m_loaded = false;
    QVariant m_wanted;
};

} // namespace il::ui
