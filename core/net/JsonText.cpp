#include "net/JsonText.h"

#include <QJsonArray>

namespace il {

namespace {
constexpr int kMaxRepairs = 64;

bool endsValue(char c) {
    return c == ',' || c == ':' || c == '[' || c == ']' || c == '{' || c == '}' || c == '"' || c == ' ' ||
           c == '\t' || c == '\r' || c == '\n';
}
} // namespace

QJsonDocument JsonText::parse(const QByteArray& body, QJsonParseError* error) {
    QJsonParseError local;
    QJsonParseError& e = error ? *error : local;
    QByteArray text = body;
    for (int repair = 0;; ++repair) {
        QJsonDocument doc = QJsonDocument::fromJson(text, &e);
        if (e.error != QJsonParseError::IllegalNumber || repair == kMaxRepairs)
            return doc;
        // Qt's offset falls before, inside or just after the token: find the token around it.
        qsizetype start = std::min<qsizetype>(e.offset, text.size());
        qsizetype end = start;
        while (start > 0 && !endsValue(text[start - 1]))
            --start;
        while (end < text.size() && !endsValue(text[end]))
            ++end;
        if (start == end || start == 0 || text[start - 1] == '"')
            return doc; // not a bare token: leave the error as Qt reported it
        const QByteArray token = text.mid(start, end - start);
        QByteArray quoted =
            QJsonDocument(QJsonArray{QString::fromUtf8(token)}).toJson(QJsonDocument::Compact);
        quoted = quoted.mid(1, quoted.size() - 2);
        text.replace(start, end - start, quoted);
    }
}

QString JsonText::around(const QByteArray& body, int offset) {
    const qsizetype from = std::max<qsizetype>(0, offset - 40);
    QString s = QString::fromUtf8(body.mid(from, 80));
    for (QChar& c : s)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    return (from > 0 ? QStringLiteral("…") : QString()) + s + (from + 80 < body.size() ? QStringLiteral("…") : QString());
}

} // namespace il
