#pragma once

#include <QComboBox>
#include <QDate>

namespace il::ui {

// The month dropdown: the last 24 months, newest first, the previous month chosen unless
// another is set. A month outside that range (the demo's, a remembered one) is added in order.
class MonthPicker : public QComboBox {
    Q_OBJECT
public:
    explicit MonthPicker(QWidget* parent = nullptr, QDate today = QDate::currentDate());

    QDate month() const; // the first day of the chosen month
    void setMonth(QDate month);
    static QString key(QDate month) { return month.toString(QStringLiteral("yyyy-MM")); }
    static QDate fromKey(const QString& key);

signals:
    void monthChanged(QDate month);

private:
    void addMonth(QDate firstDay);
};

} // namespace il::ui
