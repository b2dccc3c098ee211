#include "window/MonthPicker.h"

#include <QLocale>

namespace il::ui {

MonthPicker::MonthPicker(QWidget* parent, QDate today)
    : QComboBox(parent) {
    setObjectName(QStringLiteral("monthPicker"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const QDate thisMonth(today.year(), today.month(), 1);
    for (int back = 1; back <= 24; ++back)
        addMonth(thisMonth.addMonths(-back));
    setCurrentIndex(0);
    connect(this, &QComboBox::currentIndexChanged, this, [this] { emit monthChanged(month()); });
}

QDate MonthPicker::month() const {
    return currentData().toDate();
}

QDate MonthPicker::fromKey(const QString& key) {
    const QDate d = QDate::fromString(key + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
    return d;
}

void MonthPicker::setMonth(QDate month) {
    if (!month.isValid())
        return;
    const QDate first(month.year(), month.month(), 1);
    int index = findData(first);
    if (index < 0) {
        addMonth(first);
        index = findData(first);
    }
    setCurrentIndex(index);
}

void MonthPicker::addMonth(QDate firstDay) {
    // "March 2025" in the user's language; newest first.
    const QString text = QLocale().toString(firstDay, QStringLiteral("MMMM yyyy"));
    int at = 0;
    while (at < count() && itemData(at).toDate() > firstDay)
        ++at;
    insertItem(at, text.left(1).toUpper() + text.mid(1), firstDay);
}

} // namespace il::ui
