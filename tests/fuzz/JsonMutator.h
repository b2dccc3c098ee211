#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>

#include <cstdint>
#include <random>

namespace fuzz {

// Seeded mutations of a JSON record's text: byte flips, inserts and deletions; a field's value
// swapped for a hostile one (null, "NaN", "1,5", 1e400, -0, objects, arrays, huge strings,
// numbers with many digits or extreme exponents), a field removed, two fields' values swapped,
// a field added. Structural mutations write raw text, so values no JSON library would write
// (1e400) reach the parser too. The same seed gives the same sequence.
class JsonMutator {
public:
    explicit JsonMutator(std::uint64_t seed) : m_random(seed) {}

    // `fields`: names (paths with '/' into objects) worth aiming at besides the record's own.
    QByteArray mutate(const QByteArray& json, const QStringList& fields);
    // A hostile or random value as raw JSON text.
    QByteArray value();
    // A random decimal text: digits, point, exponent, sometimes very long.
    QByteArray number();
    // 1–3 byte flips, inserts, deletions or duplications anywhere in the text.
    QByteArray mutateBytes(QByteArray text);
    int below(int n) { return int(m_random() % std::uint64_t(n)); }
    std::mt19937_64& random() { return m_random; }

private:
    QByteArray structural(const QByteArray& json, const QStringList& fields);
    static QStringList paths(const QJsonObject& o, const QString& prefix = {});

    std::mt19937_64 m_random;
};

} // namespace fuzz
