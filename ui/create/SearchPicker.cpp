#include "create/SearchPicker.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QLineEdit>

namespace il::ui {

SearchPicker::SearchPicker(QWidget* parent)
    : QComboBox(parent) {
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMaxVisibleItems(15);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(20);
    auto* completer = new QCompleter(model(), this);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    setCompleter(completer);
    // Company and product names are long: the lists may be wider than the cell being edited.
    completer->popup()->setMinimumWidth(380);
    view()->setMinimumWidth(380);
    lineEdit()->setPlaceholderText(tr("Type to search"));
}

void SearchPicker::setLoading(const QString& hint) {
    m_loaded = false;
    clear();
    setEnabled(false);
    lineEdit()->setPlaceholderText(hint.isEmpty() ? tr("Loading from ConnectWise…") : hint);
}

void SearchPicker::setUnavailable(const QString& reason) {
    m_loaded = true;
    clear();
    setEnabled(false);
    lineEdit()->setPlaceholderText(reason);
    setToolTip(reason);
}

void SearchPicker::setChoices(const QList<Choice>& choices) {
    clear();
    for (const Choice& c : choices)
        addItem(c.first, c.second);
    m_loaded = true;
    setEnabled(true);
    lineEdit()->setPlaceholderText(tr("Type to search"));
    setCurrentIndex(-1);
    if (m_wanted.isValid())
        selectValue(m_wanted);
    emit choicesLoaded();
}

QVariant SearchPicker::currentValue() const {
    const QString text = currentText();
    if (currentIndex() >= 0 && itemText(currentIndex()) == text)
        return itemData(currentIndex());
    const int i = findText(text, Qt::MatchFixedString);
    return i >= 0 ? itemData(i) : QVariant();
}

void SearchPicker::selectValue(const QVariant& value) {
    m_wanted = value;
    if (!m_loaded)
        return;
    const int i = findData(value);
    setCurrentIndex(i);
    if (i >= 0)
        lineEdit()->selectAll(); // typing replaces it: a search starts at once
}

} // namespace il::ui
