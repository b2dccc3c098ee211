#include "JsonMutator.h"

#include <QJsonDocument>

#include <functional>
#include <iterator>

namespace fuzz {

namespace {
const char* const kHostile[] = {
    "null", "true", "false", "{}", "[]", "[1]", "{\"value\":1}", "\"\"", "\"NaN\"", "\"nan\"",
    "\"Infinity\"", "\"-Infinity\"", "\"inf\"", "\"1,5\"", "\"1.5\"", "\" 12 \"", "\"12 \"", "\"0x10\"",
    "\"1e400\"", "1e400", "-1e400", "1e-400", "-0", "0", "-0.0", "0.0000005", "0.0000015", "2.5e-7",
    "\"\\u22121\"", "9.2e12", "9199999999999.999999", "\"9223372036854.775807\"", "\"9223372036854.775808\"",
    "\"-9223372036854.775808\"", "1e19", "\"\\u0661\\u0662\"", "\"\\uff11\\uff12\"", "\"1e-7\"",
    "\"0.12345650000000000000000000000001\"", "\"123456789012345678901234567890e24\"",
    "\"1234567890123456789012345678901234567890\"", "\"0.0000005000000000000000000000000000000001\"",
    "\"1e99999999999999999999\"", "\"1e-99999999999999999999\"", "\"+.5\"", "\".\"", "\"-\"", "\"5.\"",
    "\"1.2.3\"", "\"--1\"", "\"1e\"", "\"1e+\"", "12345678901234567890", "0.1", "19.99", "-18.1",
    "\"/Date(1790812800000)/\"", "\"/Date(abc)/\"", "\"/Date(-62135596800000)/\"", "\"/Date(99999999999999999)/\"",
    "\"/Date(1790812800000+0200)/\"", "\"/Date(\\u0661)/\"", "\"2026-10-01T00:00:00Z\"", "\"2026-10-01\"",
    "\"2026-02-30T00:00:00Z\"", "\"2026-10-01junk\"", "\"00000000-0000-4000-8000-000000000001\"",
    "\"{00000000-0000-4000-8000-000000000001}\"", "\"00000000-0000-4000-8000-00000000000g\"", "\"True\"",
    "\"false\"", "812", "-3", "0.5", "2147483648", "\"812\"", "\"-0\"",
};
} // namespace

QByteArray JsonMutator::number() {
    QByteArray out;
    if (below(4) == 0)
        out += '-';
    const int intDigits = below(10) == 0 ? 25 + below(40) : below(12);
    for (int i = 0; i < intDigits; ++i)
        out += char('0' + below(10));
    if (intDigits == 0 || below(2) == 0) {
        out += '.';
        const int fraction = below(8) == 0 ? 20 + below(60) : 1 + below(9);
        for (int i = 0; i < fraction; ++i)
            out += char('0' + below(10));
    }
    if (out.isEmpty() || out == "-" || out.endsWith('.'))
        out += '5';
    if (below(4) == 0)
        out += 'e' + QByteArray(below(2) ? "-" : "") + QByteArray::number(below(3) == 0 ? below(500) : below(20));
    return out;
}

QByteArray JsonMutator::value() {
    switch (below(6)) {
    case 0: // a random number as a JSON number (a digit first: JSON has no ".5")
    {
        QByteArray n = number();
        const qsizetype at = n.startsWith('-') ? 1 : 0;
        if (n.size() > at && n[at] == '.')
            n.insert(at, '0');
        return n;
    }
    case 1: // the same as text
        return '"' + number() + '"';
    case 2: { // a huge string
        QByteArray s(1000 + below(100000), char('0' + below(10)));
        return '"' + s + '"';
    }
    default:
        return kHostile[below(int(std::size(kHostile)))];
    }
}

QStringList JsonMutator::paths(const QJsonObject& o, const QString& prefix) {
    QStringList out;
    for (auto it = o.begin(); it != o.end(); ++it) {
        const QString path = prefix + it.key();
        out << path;
        if (it.value().isObject())
            out += paths(it.value().toObject(), path + u'/');
    }
    return out;
}

QByteArray JsonMutator::mutateBytes(QByteArray text) {
    static const char kAlphabet[] = "0123456789.eE+-,\"{}[]: nulltrueNaN\\x";
    const int count = 1 + below(3);
    for (int n = 0; n < count && !text.isEmpty(); ++n) {
        const qsizetype at = below(int(text.size()));
        switch (below(4)) {
        case 0:
            text[at] = char(text[at] ^ (1 << below(8)));
            break;
        case 1:
            text.insert(at, kAlphabet[below(int(sizeof kAlphabet) - 1)]);
            break;
        case 2:
            text.remove(at, 1 + below(3));
            break;
        default:
            text.insert(at, text.mid(at, 1 + below(6)));
            break;
        }
    }
    return text;
}

QByteArray JsonMutator::structural(const QByteArray& json, const QStringList& fields) {
    QJsonObject o = QJsonDocument::fromJson(json).object();
    QStringList targets = paths(o) + fields;
    if (targets.isEmpty())
        return json;
    const QString path = targets[below(int(targets.size()))];
    const QStringList parts = path.split(u'/');
    // Rebuild the objects down the path with the change at the end.
    std::function<QJsonObject(QJsonObject, qsizetype, const QJsonValue&, bool)> put =
        [&](QJsonObject obj, qsizetype i, const QJsonValue& v, bool remove) {
            if (i + 1 < parts.size()) {
                obj.insert(parts[i], put(obj.value(parts[i]).toObject(), i + 1, v, remove));
            } else if (remove) {
                obj.remove(parts[i]);
            } else {
                obj.insert(parts[i], v);
            }
            return obj;
        };
    const int kind = below(10);
    if (kind == 0)
        return QJsonDocument(put(o, 0, {}, true)).toJson(QJsonDocument::Compact); // removed key
    if (kind == 1 && targets.size() > 1) { // two fields swap values
        const QString other = targets[below(int(targets.size()))];
        QJsonValue b = o;
        for (const QString& p : other.split(u'/'))
            b = b.toObject().value(p);
        if (!b.isUndefined())
            o = put(o, 0, b, false);
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }
    // A hostile value as raw text, through a placeholder no JSON writer would produce.
    const QByteArray raw = value();
    const QString marker = QStringLiteral("@@fuzz@@");
    QByteArray text = QJsonDocument(put(o, 0, marker, false)).toJson(QJsonDocument::Compact);
    text.replace("\"@@fuzz@@\"", raw);
    return text;
}

QByteArray JsonMutator::mutate(const QByteArray& json, const QStringList& fields) {
    QByteArray text = json;
    const int rounds = 1 + below(3);
    for (int r = 0; r < rounds; ++r)
        text = below(4) == 0 ? mutateBytes(text) : structural(text, fields);
    return text;
}

} // namespace fuzz
