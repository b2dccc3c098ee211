#include "net/JsonRecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <charconv>
#include <cmath>
#include <limits>

namespace il {

namespace {
constexpr qsizetype kShownMax = 60;

// A JSON number that is a whole number in int range.
std::optional<int> wholeNumber(const QJsonValue& v) {
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d) || d != std::floor(d) || d < std::numeric_limits<int>::min() ||
            d > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(d);
    }
    if (v.isString()) { // OData sends 64-bit integers as text
        // Only the plain ASCII digits a server writes: not " 12", "+12", "1e3" or "١٢".
        const QString s = v.toString();
        const qsizetype start = s.startsWith(u'-') ? 1 : 0;
        if (s.size() == start || s.size() > 11)
            return std::nullopt;
        for (qsizetype k = start; k < s.size(); ++k)
            if (s[k] < u'0' || s[k] > u'9')
                return std::nullopt;
        const qint64 i = s.toLongLong();
        if (i < std::numeric_limits<int>::min() || i > std::numeric_limits<int>::max())
            return std::nullopt;
        return int(i);
    }
    return std::nullopt;
}
} // namespace

JsonRecord::JsonRecord(QJsonObject record, QString system, QString what, QString kind)
    : m_record(std::move(record))
    , m_system(std::move(system))
    , m_what(std::move(what))
    , m_kind(std::move(kind)) {
    const bool vowel = !m_kind.isEmpty() && QStringLiteral("aeiou").contains(m_kind.front());
    m_label = (vowel ? QStringLiteral("an ") : QStringLiteral("a ")) + m_kind;
}

void JsonRecord::identify(const QString& id, const QString& detail) {
    m_label = m_kind + u' ' + id + detail;
}

QString JsonRecord::label() const { return m_label; }

QJsonValue JsonRecord::value(const QString& path) const {
    QJsonValue v = m_record;
    for (const QString& part : path.split(u'/')) {
        if (!v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(part);
    }
    return v;
}

bool JsonRecord::isAbsentOrNull(const QString& path) const {
    const QJsonValue v = value(path);
    return v.isUndefined() || v.isNull();
}

Decimal JsonRecord::decimal(const QString& path) const {
    if (const auto d = Decimal::fromJson(value(path)))
        return *d;
    fail(path);
}

std::optional<Decimal> JsonRecord::optionalDecimal(const QString& path) const {
    if (isAbsentOrNull(path))
        return std::nullopt;
    return decimal(path);
}

int JsonRecord::id(const QString& path) const {
    const auto i = wholeNumber(value(path));
    if (!i || *i <= 0)
        fail(path);
    return *i;
}

int JsonRecord::integer(const QString& path, int ifAbsent) const {
    if (isAbsentOrNull(path))
        return ifAbsent;
    const auto i = wholeNumber(value(path));
    if (!i)
        fail(path);
    return *i;
}

QString JsonRecord::text(const QString& path) const {
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.007199254740992e15)
            return QString::number(qint64(d));
    }
    fail(path);
}

QString JsonRecord::requiredText(const QString& path) const {
    const QString t = text(path);
    if (t.trimmed().isEmpty())
        fail(path);
    return t;
}

bool JsonRecord::flag(const QString& path) const {
    const QJsonValue v = value(path);
    if (v.isUndefined() || v.isNull())
        return false;
    if (v.isBool())
        return v.toBool();
    if (v.isString()) {
        if (v.toString().compare(u"true", Qt::CaseInsensitive) == 0)
            return true;
        if (v.toString().compare(u"false", Qt::CaseInsensitive) == 0)
            return false;
    }
    fail(path);
}

QString JsonRecord::shown(const QJsonValue& v) {
    QString out;
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (!std::isfinite(d))
            return QStringLiteral("a number out of range");
        char buf[64];
        const auto res = std::to_chars(buf, buf + sizeof buf, d);
        out = QString::fromLatin1(buf, res.ptr - buf);
    } else if (v.isUndefined()) {
        out = QStringLiteral("nothing");
    } else {
        // Compact JSON escapes control characters, so the text is safe on a terminal.
        out = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact));
        out = out.mid(1, out.size() - 2);
    }
    if (out.size() > kShownMax)
        out = out.left(kShownMax - 1) + QChar(0x2026);
    return out;
}

ApiError JsonRecord::error(const QString& path, const QString& why) const {
    // Name the part of the path that is wrong: "product (null)" rather than "no product/id".
    QString field = path; // as the API spells it, so the user can find it
    QJsonValue v = m_record;
    const QStringList parts = path.split(u'/');
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (!v.isObject()) {
            field = parts.mid(0, i).join(u'/');
            break;
        }
        v = v.toObject().value(parts[i]);
        if (v.isUndefined())
            break;
    }
    QString problem;
    if (v.isUndefined())
        problem = QStringLiteral("has no %1").arg(path);
    else if (!why.isEmpty())
        problem = QStringLiteral("has an unreadable %1 (%2: %3)").arg(field, shown(v), why);
    else
        problem = QStringLiteral("has an unreadable %1 (%2)").arg(field, shown(v));
    return ApiError(ApiError::Kind::Parse, m_system, m_what, 0, m_label + u' ' + problem);
}

void JsonRecord::fail(const QString& path, const QString& why) const { throw error(path, why); }

} // namespace il
