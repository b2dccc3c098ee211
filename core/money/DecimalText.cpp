#include "money/DecimalText.h"

#include <QRegularExpression>

namespace il {
namespace {

// Groups of three from the right: "1234567" -> "1" SEP "234" SEP "567".
QString grouped(const QString& digits, const QString& separator) {
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0)
            out += separator;
        out += digits.at(i);
    }
    return out;
}

// The locale's separators, with the plain space standing in for the no-break spaces some locales
// group with (what a keyboard types).
QString normalSpaces(QString text) {
    text.replace(QChar(0x00A0), u' ');
    text.replace(QChar(0x202F), u' ');
    return text;
}

} // namespace

QString DecimalText::format(const Decimal& value, int decimals, const QLocale& locale) {
    QString plain = decimals < 0 ? value.toString() : value.toString(decimals);
    QString sign;
    if (plain.startsWith(u'-')) {
        plain.remove(0, 1);
        sign = locale.negativeSign();
    }
    const qsizetype point = plain.indexOf(u'.');
    const QString whole = point < 0 ? plain : plain.left(point);
    const QString fraction = point < 0 ? QString() : plain.mid(point + 1);
    QString text = sign + grouped(whole, locale.groupSeparator());
    if (!fraction.isEmpty())
        text += locale.decimalPoint() + fraction;
    return text;
}

std::optional<Decimal> DecimalText::parse(const QString& text, const QLocale& locale) {
    const QString typed = normalSpaces(text.trimmed());
    if (typed.isEmpty())
        return std::nullopt;
    const QString group = normalSpaces(locale.groupSeparator());
    const QString point = locale.decimalPoint();
    QString body = typed;
    QString sign;
    if (body.startsWith(u'-') || body.startsWith(locale.negativeSign())) {
        sign = QStringLiteral("-");
        body.remove(0, body.startsWith(u'-') ? 1 : locale.negativeSign().size());
    } else if (body.startsWith(u'+')) {
        body.remove(0, 1);
    }
    // The locale's form: digits grouped by three (or not at all), one decimal point.
    const QString g = QRegularExpression::escape(group);
    const QString p = QRegularExpression::escape(point);
    const QRegularExpression localeForm(
        QStringLiteral("^(\\d+|\\d{1,3}(?:%1\\d{3})+)?(?:%2(\\d+))?$").arg(g, p));
    const auto m = localeForm.match(body);
    if (m.hasMatch() && (!m.captured(1).isEmpty() || !m.captured(2).isEmpty())) {
        QString plain = sign + (m.captured(1).isEmpty() ? QStringLiteral("0") : m.captured(1).remove(group));
        if (!m.captured(2).isEmpty())
            plain += u'.' + m.captured(2);
        return Decimal::parse(plain);
    }
    // The plain form ("0.05"), as the settings file and other programs write it.
    static const QRegularExpression plainForm(QStringLiteral("^\\d+(?:\\.\\d+)?$"));
    if (plainForm.match(body).hasMatch())
        return Decimal::parse(sign + body);
    return std::nullopt;
}

QString DecimalText::example(const char* plain, const QLocale& locale) {
    return format(Decimal::fromString(QString::fromLatin1(plain)), -1, locale);
}

} // namespace il
