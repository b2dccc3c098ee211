#include "OracleCheck.h"

#include "ReferenceDecimal.h"

#include "errors/ApiError.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

namespace fuzz {

namespace {
QString shown(const QJsonValue& v) {
    if (v.isUndefined())
        return QStringLiteral("(absent)");
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).left(80);
}
} // namespace

QJsonValue OracleCheck::at(const QString& path) const {
    QJsonValue v = m_record;
    for (const QString& part : path.split(u'/')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

void OracleCheck::fail(Verdict::Kind kind, const QString& what) {
    if (m_verdict.kind == Verdict::Accepted)
        m_verdict = {kind, what.toStdString()};
}

void OracleCheck::number(const QString& path, const QJsonValue& json, const il::Decimal& got) {
    const std::optional<std::string> expected = ReferenceDecimal::fromJson(json);
    if (!expected)
        fail(Verdict::WrongNumber, QStringLiteral("%1 = %2 became the number %3").arg(path, shown(json), got.toString()));
    else if (*expected != got.toString(6).toStdString())
        fail(Verdict::WrongNumber, QStringLiteral("%1 = %2 read as %3, expected %4")
                                       .arg(path, shown(json), got.toString(6), QString::fromStdString(*expected)));
}

void OracleCheck::number(const QString& path, const il::Decimal& got, std::optional<il::Decimal> fallback) {
    const QJsonValue v = at(path);
    if ((v.isUndefined() || v.isNull()) && fallback) {
        if (got != *fallback)
            fail(Verdict::WrongNumber, QStringLiteral("%1 absent/null read as %2").arg(path, got.toString()));
        return;
    }
    number(path, v, got);
}

void OracleCheck::guid(const QString& path, const QString& got, bool optional) {
    const QJsonValue v = at(path);
    const bool deferred = v.isObject() && v.toObject().contains(QStringLiteral("__deferred")); // OData: not expanded
    if (optional && (v.isUndefined() || v.isNull() || deferred)) {
        if (!got.isEmpty())
            fail(Verdict::Wrong, QStringLiteral("%1 null read as %2").arg(path, got));
        return;
    }
    static const QRegularExpression re(
        QStringLiteral("^\\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\\}?\\z"));
    const auto m = v.isString() ? re.match(v.toString()) : QRegularExpressionMatch();
    if (!m.hasMatch() || m.captured(1).toLower() != got)
        fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as the id '%3'").arg(path, shown(v), got));
}

void OracleCheck::integer(const QString& path, int got, bool positive) {
    const QJsonValue v = at(path);
    if (!positive && (v.isUndefined() || v.isNull())) {
        if (got != 0)
            fail(Verdict::Wrong, QStringLiteral("%1 absent read as %2").arg(path).arg(got));
        return;
    }
    bool ok = false;
    double expected = 0;
    if (v.isDouble()) {
        expected = v.toDouble();
        ok = std::isfinite(expected) && expected == std::floor(expected);
    } else if (v.isString()) {
        static const QRegularExpression digits(QStringLiteral("^-?[0-9]{1,11}\\z"));
        ok = digits.match(v.toString()).hasMatch();
        expected = v.toString().toDouble();
    }
    if (!ok || expected != double(got) || (positive && got <= 0))
        fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as the integer %3").arg(path, shown(v)).arg(got));
}

void OracleCheck::text(const QString& path, const QString& got, bool trimmed, bool required) {
    const QJsonValue v = at(path);
    QString expected;
    bool ok = true;
    if (v.isString())
        expected = v.toString();
    else if (v.isDouble() && std::isfinite(v.toDouble()) && v.toDouble() == std::floor(v.toDouble()) &&
             std::fabs(v.toDouble()) < 9.007199254740992e15)
        expected = QString::number(qint64(v.toDouble()));
    else
        ok = v.isUndefined() || v.isNull();
    if (trimmed)
        expected = expected.trimmed();
    if (!ok || expected != got || (required && expected.trimmed().isEmpty()))
        fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as the text '%3'").arg(path, shown(v), got.left(40)));
}

void OracleCheck::flag(const QString& path, bool got) {
    const QJsonValue v = at(path);
    bool expected = false;
    bool ok = true;
    if (v.isBool())
        expected = v.toBool();
    else if (v.isString() && v.toString().compare(u"true", Qt::CaseInsensitive) == 0)
        expected = true;
    else if (v.isString())
        ok = v.toString().compare(u"false", Qt::CaseInsensitive) == 0;
    else
        ok = v.isUndefined() || v.isNull();
    if (!ok || expected != got)
        fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as the flag %3").arg(path, shown(v)).arg(got));
}

void OracleCheck::exactDate(const QString& path, const QDate& got) {
    const QJsonValue v = at(path);
    static const QRegularExpression re(QStringLiteral("^/Date\\((-?[0-9]{1,15})([+-][0-9]{4})?\\)/\\z"));
    const auto m = v.isString() ? re.match(v.toString()) : QRegularExpressionMatch();
    if (m.hasMatch()) {
        // Days since 1970-01-01 by floor division: independent of QDateTime.
        const qint64 ms = m.captured(1).toLongLong();
        const qint64 days = ms >= 0 ? ms / 86'400'000 : -((-ms + 86'399'999) / 86'400'000);
        if (got != QDate(1970, 1, 1).addDays(days))
            fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as %3").arg(path, shown(v), got.toString(Qt::ISODate)));
        return;
    }
    // The ISO form Exact never sends but the reader accepts: at least a real date.
    if (!v.isString() || !got.isValid())
        fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as the date %3").arg(path, shown(v), got.toString(Qt::ISODate)));
}

void OracleCheck::cwDate(const QString& path, const QDate& got) {
    const QJsonValue v = at(path);
    if (v.isUndefined() || v.isNull()) {
        if (got.isValid())
            fail(Verdict::Wrong, QStringLiteral("%1 null read as %2").arg(path, got.toString(Qt::ISODate)));
        return;
    }
    // "yyyy-MM-dd" or "yyyy-MM-ddT…Z": the calendar date is the first ten characters.
    static const QRegularExpression re(QStringLiteral("^([0-9]{4}-[0-9]{2}-[0-9]{2})(T[0-9:.]+Z?)?\\z"));
    const auto m = v.isString() ? re.match(v.toString()) : QRegularExpressionMatch();
    if (m.hasMatch()) {
        const QDate day = QDate::fromString(m.captured(1), Qt::ISODate);
        // ISO 8601's 24:00 is the end of the day, i.e. the next day's midnight.
        const bool endOfDay = m.captured(2).startsWith(QStringLiteral("T24"));
        if (got != day && !(endOfDay && got == day.addDays(1)))
            fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as %3").arg(path, shown(v), got.toString(Qt::ISODate)));
        return;
    }
    if (!v.isString() || !got.isValid()) // offsets: at least a real date from a date-like text
        fail(Verdict::Wrong, QStringLiteral("%1 = %2 read as the date %3").arg(path, shown(v), got.toString(Qt::ISODate)));
}

Verdict OracleCheck::refused(const il::ApiError& e, const QString& prefix, bool namesField) {
    const QString m = e.message();
    if (e.kind() != il::ApiError::Kind::Parse)
        return {Verdict::Wrong, "refused with an error that is no parse error: " + m.toStdString()};
    if (!m.startsWith(prefix))
        return {Verdict::Wrong, "the error does not name " + prefix.toStdString() + ": " + m.toStdString()};
    if (namesField && !m.contains(QStringLiteral(" has no ")) && !m.contains(QStringLiteral(" has an unreadable ")))
        return {Verdict::Wrong, "the error names no field: " + m.toStdString()};
    return {Verdict::Refused, {}};
}

} // namespace fuzz
