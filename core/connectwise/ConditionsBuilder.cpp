#include "connectwise/ConditionsBuilder.h"

#include "errors/UserError.h"

#include <QSet>
#include <QTimeZone>

namespace il {

namespace {
// A part of a longer and/or chain, parenthesized when it holds its own and/or.
QString grouped(const QString& t) {
    return t.contains(u" or ", Qt::CaseInsensitive) || t.contains(u" and ", Qt::CaseInsensitive)
               ? u'(' + t + u')'
               : t;
}

QString joined(const QStringList& conditions, const QString& word) {
    QStringList parts;
    for (const QString& c : conditions)
        if (!c.trimmed().isEmpty())
            parts.append(c.trimmed());
    if (parts.size() > 1)
        for (QString& t : parts)
            t = grouped(t); // `a or b and c` would bind the `and` first: keep each part whole
    return parts.join(u' ' + word + u' ');
}
} // namespace

QString ConditionsBuilder::string(QStringView value) {
    QString out;
    out.reserve(value.size() + 2);
    out += u'"';
    for (const QChar c : value) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

QString ConditionsBuilder::number(qint64 value) {
    return QString::number(value);
}

QString ConditionsBuilder::number(Decimal value) {
    return value.toString();
}

QString ConditionsBuilder::boolean(bool value) {
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString ConditionsBuilder::dateTime(const QDateTime& value) {
    return u'[' + value.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")) + u']';
}

QString ConditionsBuilder::date(QDate value) {
    return dateTime(QDateTime(value, QTime(0, 0), QTimeZone::utc()));
}

QString ConditionsBuilder::compare(const QString& path, const QString& op, const QString& literal) {
    return path + u' ' + op + u' ' + literal;
}

QString ConditionsBuilder::in(const QString& path, const QStringList& literals) {
    return path + QStringLiteral(" in (") + literals.join(QStringLiteral(", ")) + u')';
}

QString ConditionsBuilder::allOf(const QStringList& conditions) {
    return joined(conditions, QStringLiteral("and"));
}

QString ConditionsBuilder::anyOf(const QStringList& conditions) {
    return joined(conditions, QStringLiteral("or"));
}

QByteArray ConditionsBuilder::encode(QStringView value) {
    return value.toUtf8().toPercentEncoding("/,():");
}

QStringList ConditionsBuilder::inBatches(const QString& path, const QStringList& literals,
                                         int maxEncodedLength, const QString& extra) {
    // An `in (…)` comparison is atomic; only `extra` may need parentheses.
    const QString tail =
        extra.trimmed().isEmpty() ? QString() : QStringLiteral(" and ") + grouped(extra.trimmed());
    const auto wrap = [&](const QStringList& batch) { return in(path, batch) + tail; };
    // The encoded length of wrap(batch) is the empty wrapper plus each literal plus a ", "
    // between them: every piece is encoded on its own, and encoding works per character.
    const qsizetype overhead = encode(wrap({})).size();
    const qsizetype separator = encode(u", ").size();

    QStringList batches;
    QStringList batch;
    qsizetype length = overhead;
    QSet<QString> seen;
    for (const QString& literal : literals) {
        if (seen.contains(literal))
            continue;
        seen.insert(literal);
        const qsizetype add = encode(literal).size() + (batch.isEmpty() ? 0 : separator);
        if (!batch.isEmpty() && length + add > maxEncodedLength) {
            batches.append(wrap(batch));
            batch.clear();
            length = overhead;
        }
        const qsizetype first = encode(literal).size();
        if (batch.isEmpty() && overhead + first > maxEncodedLength)
            throw UserError(
                QStringLiteral("The value %1 is too long for a ConnectWise query on %2.").arg(literal, path));
        length += batch.isEmpty() ? first : add;
        batch.append(literal);
    }
    if (!batch.isEmpty())
        batches.append(wrap(batch));
    return batches;
}

} // namespace il
