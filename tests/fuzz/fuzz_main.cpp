// parser_fuzz: a bounded, seeded mutation fuzzer over the JSON readers of both APIs and
// Decimal's boundary (issue 7), built with ASan and UBSan. Every case either is refused with the
// reader's parse error or gives exactly what the JSON says; a crash, a sanitizer report, a hang
// (over kSlowCase per case) or a number that is not the JSON's decimal fails the run.
//   parser_fuzz [--iterations N] [--seed S] [--verbose]
// CI runs a fixed seed and count (tests/fuzz/CMakeLists.txt); run longer by hand with e.g.
//   build/tests/fuzz/parser_fuzz --iterations 2000000 --seed 12345
#include "FuzzTargets.h"
#include "JsonMutator.h"
#include "ReferenceDecimal.h"

#include "money/Decimal.h"
#include "net/JsonText.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <cstring>
#include <map>
#include <string>

using namespace fuzz;

namespace {

constexpr qint64 kSlowCaseMs = 2000;

struct Tally {
    long cases = 0, skipped = 0, accepted = 0, refused = 0, wrongNumbers = 0, wrong = 0;
    qint64 slowestMs = 0;
    std::string firstFailure;
};

void record(Tally& t, const Verdict& v, const QByteArray& input, qint64 ms, bool verbose) {
    ++t.cases;
    t.slowestMs = std::max(t.slowestMs, ms);
    switch (v.kind) {
    case Verdict::Accepted: ++t.accepted; break;
    case Verdict::Refused: ++t.refused; break;
    case Verdict::Skipped: ++t.skipped; break;
    case Verdict::WrongNumber: ++t.wrongNumbers; break;
    case Verdict::Wrong: ++t.wrong; break;
    }
    const bool failed = v.kind == Verdict::WrongNumber || v.kind == Verdict::Wrong || ms > kSlowCaseMs;
    if (failed && t.firstFailure.empty())
        t.firstFailure = (ms > kSlowCaseMs ? "slow case (" + std::to_string(ms) + " ms)" : v.detail) +
                         "\n      input: " + input.left(300).toStdString();
    if (failed && verbose)
        std::fprintf(stderr, "FAIL %s\n  input: %s\n", v.detail.c_str(), input.left(300).constData());
}

// ---- Decimal's boundary ---------------------------------------------------------------------

Verdict decimalText(const QByteArray& text) {
    const QString s = QString::fromUtf8(text);
    const std::optional<il::Decimal> got = il::Decimal::parse(s);
    if (!got)
        return {Verdict::Refused, {}};
    // parse() trims surrounding white space (settings, dialogs); the rest must be a decimal.
    const std::optional<std::string> expected = ReferenceDecimal::rounded6(s.trimmed().toStdString());
    if (!expected)
        return {Verdict::WrongNumber, "'" + text.left(80).toStdString() + "' became " + got->toString().toStdString()};
    if (*expected != got->toString(6).toStdString())
        return {Verdict::WrongNumber, "'" + text.left(80).toStdString() + "' read as " + got->toString(6).toStdString() +
                                          ", expected " + *expected};
    if (il::Decimal::parse(got->toString()) != got)
        return {Verdict::Wrong, "toString() does not read back: " + got->toString().toStdString()};
    return {Verdict::Accepted, {}};
}

Verdict decimalJson(const QByteArray& valueText) {
    const QJsonDocument doc = QJsonDocument::fromJson("[" + valueText + "]");
    if (!doc.isArray() || doc.array().size() != 1)
        return {Verdict::Skipped, {}};
    const QJsonValue v = doc.array().first();
    const std::optional<il::Decimal> got = il::Decimal::fromJson(v);
    if (!got)
        return {Verdict::Refused, {}};
    const std::optional<std::string> expected = ReferenceDecimal::fromJson(v);
    if (!expected || *expected != got->toString(6).toStdString())
        return {Verdict::WrongNumber, valueText.left(80).toStdString() + " read as " + got->toString(6).toStdString() +
                                          ", expected " + expected.value_or("a refusal")};
    return {Verdict::Accepted, {}};
}

Verdict decimalDouble(double v) {
    const std::optional<il::Decimal> got = il::Decimal::fromDouble(v);
    if (!got)
        return {Verdict::Refused, {}};
    const std::optional<std::string> expected =
        std::isfinite(v) ? ReferenceDecimal::rounded6(ReferenceDecimal::shortest(v)) : std::nullopt;
    if (!expected || *expected != got->toString(6).toStdString())
        return {Verdict::WrongNumber, ReferenceDecimal::shortest(v) + " read as " + got->toString(6).toStdString() +
                                          ", expected " + expected.value_or("a refusal")};
    return {Verdict::Accepted, {}};
}

double randomDouble(JsonMutator& m) {
    switch (m.below(5)) {
    case 0: { // any bit pattern: NaN, inf, subnormals, huge
        const std::uint64_t bits = m.random()();
        double d;
        std::memcpy(&d, &bits, sizeof d);
        return d;
    }
    case 1: // a half-millionth tie, or just beside it
        return (double(m.below(2'000'000) - 1'000'000) + 0.5) / 1e6 + (m.below(3) - 1) * 1e-13;
    case 2: // near the edge of the range
        return (m.below(2) ? 1 : -1) * (9.2e12 - m.below(1000) * 0.001);
    default:
        return std::strtod(m.number().constData(), nullptr);
    }
}

struct Options {
    long iterations = 30000;
    std::uint64_t seed = 1;
    bool verbose = false;
};

bool parseOptions(int argc, char** argv, Options& o) {
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--iterations" && i + 1 < argc)
            o.iterations = std::strtol(argv[++i], nullptr, 10);
        else if (a == "--seed" && i + 1 < argc)
            o.seed = std::strtoull(argv[++i], nullptr, 10);
        else if (a == "--verbose")
            o.verbose = true;
        else
            return false;
    }
    return o.iterations > 0;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    Options options;
    if (!parseOptions(argc, argv, options)) {
        std::fprintf(stderr, "usage: parser_fuzz [--iterations N] [--seed S] [--verbose]\n");
        return 2;
    }
    JsonMutator mutator(options.seed);
    const QList<FuzzTarget> targets = recordTargets();
    std::map<std::string, Tally> tallies;
    const QList<QByteArray> decimalSeeds{"12", "-0.5", "+7.25", " 3 ", ".5", "1e3", "2.5E-2", "1234567.891234",
                                         "0.0000005", "0.0000015", "9223372036854.775807", "-9223372036854.775808"};
    QElapsedTimer total;
    total.start();
    // Every seed must read cleanly: an oracle that refuses the valid corpus proves nothing.
    for (const FuzzTarget& t : targets)
        for (const QByteArray& seed : t.seeds) {
            const Verdict v = t.check(QJsonDocument::fromJson(seed).object());
            if (v.kind != Verdict::Accepted) {
                std::fprintf(stderr, "seed of %s not accepted: %s\n%s\n", t.name, v.detail.c_str(), seed.constData());
                return 1;
            }
        }
    const int kinds = int(targets.size()) + 3; // + Decimal::parse, fromJson, fromDouble
    for (long i = 0; i < options.iterations; ++i) {
        const int which = int(i % kinds);
        QElapsedTimer timer;
        timer.start();
        QByteArray input;
        Verdict v;
        std::string name;
        if (which < targets.size()) {
            const FuzzTarget& t = targets[which];
            name = t.name;
            input = mutator.mutate(t.seeds[mutator.below(int(t.seeds.size()))], t.fields);
            // As the clients parse answers: a number Qt cannot hold becomes its text (JsonText).
            const QJsonDocument doc = il::JsonText::parse(input);
            v = doc.isObject() ? t.check(doc.object()) : Verdict{Verdict::Skipped, {}};
        } else if (which == targets.size()) {
            name = "Decimal::parse";
            const int how = mutator.below(3);
            input = how == 0   ? mutator.number()
                    : how == 1 ? mutator.mutateBytes(decimalSeeds[mutator.below(int(decimalSeeds.size()))])
                    : mutator.value();
            if (how == 2 && input.startsWith('"') && input.endsWith('"') && input.size() >= 2)
                input = input.mid(1, input.size() - 2); // the text inside a JSON string
            v = decimalText(input);
        } else if (which == targets.size() + 1) {
            name = "Decimal::fromJson";
            input = mutator.below(2) ? mutator.value() : mutator.number();
            v = decimalJson(input);
        } else {
            name = "Decimal::fromDouble";
            const double d = randomDouble(mutator);
            input = QByteArray::fromStdString(ReferenceDecimal::shortest(d));
            v = decimalDouble(d);
        }
        record(tallies[name], v, input, timer.elapsed(), options.verbose);
    }

    std::printf("parser_fuzz --iterations %ld --seed %llu: %.1f s under ASan+UBSan\n", options.iterations,
                (unsigned long long)options.seed, total.elapsed() / 1000.0);
    std::printf("%-24s %8s %8s %8s %8s %8s %6s %8s\n", "target", "cases", "no-json", "accepted", "refused",
                "wrongnum", "wrong", "slowest");
    Tally sum;
    for (const auto& [name, t] : tallies) {
        std::printf("%-24s %8ld %8ld %8ld %8ld %8ld %6ld %6lldms\n", name.c_str(), t.cases, t.skipped, t.accepted,
                    t.refused, t.wrongNumbers, t.wrong, (long long)t.slowestMs);
        sum.cases += t.cases;
        sum.skipped += t.skipped;
        sum.accepted += t.accepted;
        sum.refused += t.refused;
        sum.wrongNumbers += t.wrongNumbers;
        sum.wrong += t.wrong;
        sum.slowestMs = std::max(sum.slowestMs, t.slowestMs);
        if (!t.firstFailure.empty())
            std::printf("  first failure: %s\n", t.firstFailure.c_str());
    }
    std::printf("%-24s %8ld %8ld %8ld %8ld %8ld %6ld %6lldms\n", "total", sum.cases, sum.skipped, sum.accepted,
                sum.refused, sum.wrongNumbers, sum.wrong, (long long)sum.slowestMs);
    std::printf("crashes: 0 (a crash or sanitizer report ends the run), wrong numbers: %ld, other wrong: %ld\n",
                sum.wrongNumbers, sum.wrong);
    return sum.wrongNumbers == 0 && sum.wrong == 0 && sum.slowestMs <= kSlowCaseMs ? 0 : 1;
}
