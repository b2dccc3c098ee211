#include "sandbox/connectwise/CwConditionEvaluator.h"

#include <QRegularExpression>

namespace il::sandbox {

namespace {
using Op = CwConditionNode::Op;

template <typename T> bool ordered(Op op, const T& a, const T& b) {
    switch (op) {
    case Op::Eq:
    case Op::In:
        return a == b;
    case Op::Ne:
        return a != b;
    case Op::Lt:
        return a < b;
    case Op::Le:
        return a <= b;
    case Op::Gt:
        return a > b;
    case Op::Ge:
        return a >= b;
    default:
        return false;
    }
}

int compareText(const QString& a, const QString& b) {
    return QString::compare(a, b, Qt::CaseInsensitive);
}

QString textOf(const QJsonValue& v) {
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const auto d = Decimal::fromJson(v);
        return d ? d->toString() : QString();
    }
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}
} // namespace

QJsonValue CwConditionEvaluator::valueAt(const QJsonObject& record, const QString& path) {
    const QStringList parts = path.split(u'/');
    QJsonValue current = record;
    for (const QString& part : parts) {
        if (!current.isObject())
            return QJsonValue(QJsonValue::Undefined);
        // Field names are matched case-insensitively in conditions, unlike PATCH paths.
        const QJsonObject obj = current.toObject();
        QJsonValue next(QJsonValue::Undefined);
        for (auto it = obj.begin(); it != obj.end(); ++it)
            if (it.key().compare(part, Qt::CaseInsensitive) == 0) {
                next = it.value();
                break;
            }
        current = next;
    }
    return current;
}

bool CwConditionEvaluator::matches(const CwConditionNode& node, const QJsonObject& record) {
    switch (node.kind) {
    case CwConditionNode::Kind::And:
        for (const auto& child : node.children)
            if (!matches(child, record))
                return false;
        return true;
    case CwConditionNode::Kind::Or:
        for (const auto& child : node.children)
            if (matches(child, record))
                return true;
        return false;
    case CwConditionNode::Kind::Not:
        return !matches(node.children.front(), record);
    case CwConditionNode::Kind::Compare:
        return compare(node, valueAt(record, node.path));
    }
    return false;
}

bool CwConditionEvaluator::compare(const CwConditionNode& node, const QJsonValue& value) {
    bool result = false;
    if (node.op == Op::In) {
        for (const CwLiteral& lit : node.values)
            if (compareOne(Op::Eq, value, lit)) {
                result = true;
                break;
            }
    } else {
        result = compareOne(node.op, value, node.values.front());
    }
    return node.negated ? !result : result;
}

bool CwConditionEvaluator::compareOne(Op op, const QJsonValue& value, const CwLiteral& literal) {
    const bool isNull = value.isNull() || value.isUndefined();
    if (literal.type == CwLiteral::Type::Null)
        return op == Op::Eq ? isNull : op == Op::Ne ? !isNull : false;
    if (isNull)
        return op == Op::Ne;
    if (op == Op::Like)
        return like(textOf(value), literal.text);
    if (op == Op::Contains)
        return textOf(value).contains(literal.text, Qt::CaseInsensitive);

    switch (literal.type) {
    case CwLiteral::Type::Number: {
        const auto d = value.isString() ? Decimal::parse(value.toString()) : Decimal::fromJson(value);
        if (!d)
            return op == Op::Ne;
        return ordered(op, *d, literal.number);
    }
    case CwLiteral::Type::Boolean:
        if (!value.isBool())
            return op == Op::Ne;
        return ordered(op, value.toBool(), literal.boolean);
    case CwLiteral::Type::DateTime: {
        const QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
        if (!dt.isValid())
            return op == Op::Ne;
        return ordered(op, dt.toUTC(), literal.dateTime);
    }
    case CwLiteral::Type::String:
        return ordered(op, compareText(textOf(value), literal.text), 0);
    case CwLiteral::Type::Null:
        break;
    }
    return false;
}

bool CwConditionEvaluator::like(const QString& value, const QString& pattern) {
    // SQL LIKE: % (and ConnectWise's *) any run, _ one character, [[] a literal '['.
    QString rx;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern[i];
        if (c == u'%' || c == u'*')
            rx += QStringLiteral(".*");
        else if (c == u'_')
            rx += u'.';
        else if (c == u'[' && pattern.mid(i, 3) == u"[[]") {
            rx += QStringLiteral("\\[");
            i += 2;
        } else
            rx += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx),
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::DotMatchesEverythingOption);
    return re.match(value).hasMatch();
}

} // namespace il::sandbox
