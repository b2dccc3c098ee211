#pragma once

#include <QDate>
#include <QString>

// --month YYYY-MM → the first day of that month; throws UserError naming the bad value, also for
// a month outside First..Last, the months both APIs can be asked for (see the .cpp).
class MonthArgument {
public:
    static const QDate First;
    static const QDate Last;
    static QDate parse(const QString& text);
};
