#pragma once

#include "sandbox/connectwise/CwConditionNode.h"

#include <QJsonObject>
#include <QJsonValue>

namespace il::sandbox {

// Evaluates a parsed `conditions` expression against a record as the fake serializes it, the
// way ConnectWise's SQL Server back end does: strings compare case-insensitively, like takes
// * or % wildcards, numbers compare exactly, datetimes as instants, a missing field is null.
class CwConditionEvaluator {
public:
    static bool matches(const CwConditionNode& node, const QJsonObject& record);
    // The value at a reference path ("company/id", "_info/lastUpdated"); Undefined when absent.
    static QJsonValue valueAt(const QJsonObject& record, const QString& path);

private:
    static bool compare(const CwConditionNode& node, const QJsonValue& value);
    static bool compareOne(CwConditionNode::Op op, const QJsonValue& value, const CwLiteral& literal);
    static bool like(const QString& value, const QString& pattern);
};

} // namespace il::sandbox
