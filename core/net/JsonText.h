#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QString>

namespace il {

// Parsing an API answer's body. QJsonDocument refuses a whole answer for one number it cannot
// hold as a double (1e400, NaN, -Infinity), and its error names an offset, not the record and
// field the user must look up. Such a token is passed on as a string holding its text instead,
// so the strict readers refuse it by name ("line … has an unreadable Quantity ("1e400")"). It
// never becomes a number, except an underflow such as 1e-400, which is 0 at six places.
class JsonText {
public:
    static QJsonDocument parse(const QByteArray& body, QJsonParseError* error = nullptr);
    // The body around a parse error's offset, for messages: at most 80 characters, on one line.
    static QString around(const QByteArray& body, int offset);
};

} // namespace il
