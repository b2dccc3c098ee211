#pragma once

#include <QDate>
#include <QString>

// --month YYYY-MM → the first day of that month; throws UserError naming the bad value.
class MonthArgument {
public:
    static QDate parse(const QString& text);
};
