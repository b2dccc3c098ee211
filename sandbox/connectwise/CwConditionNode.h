#pragma once

#include "money/Decimal.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <vector>

namespace il::sandbox {

// One literal of a ConnectWise `conditions` expression.
struct CwLiteral {
    enum class Type { String, Number, Boolean, Null, DateTime };
    Type type = Type::Null;
    QString text;   // strings: unescaped; numbers: as written
    Decimal number; // Number
    bool boolean = false;
    QDateTime dateTime; // DateTime, UTC
};

// A parsed `conditions` expression: and/or/not over comparisons `path op literal(s)`.
struct CwConditionNode {
    enum class Kind { And, Or, Not, Compare };
    enum class Op { Eq, Ne, Lt, Le, Gt, Ge, Like, Contains, In };

    Kind kind = Kind::Compare;
    std::vector<CwConditionNode> children; // And/Or: two or more; Not: one
    QString path;                          // Compare: "company/id", "_info/lastUpdated"
    Op op = Op::Eq;
    bool negated = false;    // `not like`, `not contains`, `not in`
    QList<CwLiteral> values; // one, or several for In
};

} // namespace il::sandbox
