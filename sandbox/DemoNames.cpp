#include "sandbox/DemoNames.h"

#include <QRegularExpression>
#include <QStringList>

namespace il::sandbox {

namespace {

const QStringList Prefixes = {
    "Acme",    "Bakker",    "Noorderlicht", "Van Dijk",  "Zeeland",  "Polder",   "Horizon", "Rijnmond",
    "Vermeer", "Tulip",     "Delta",        "Kempen",    "Veluwe",   "Brabant",  "Eemland", "Amstel",
    "Maas",    "Waddenzee", "Lindeboom",    "Oranje",    "Dijkstra", "Visser",   "Meijer",  "Smit",
    "De Boer", "Mulder",    "Bos",          "Vos",       "Peters",   "Hendriks", "Dekker",  "Brouwer",
    "De Wit",  "Dijkman",   "Jacobs",       "Vermeulen", "Kuipers",  "Schouten", "Willems", "Zonneveld"};
const QStringList Sectors = {
    "Advocaten",     "Tandartsen",      "Logistiek",   "Bouw",          "Installatietechniek",
    "Accountants",   "Makelaars",       "Architecten", "Fysiotherapie", "Transport",
    "Bakkerij",      "Hoveniers",       "Notarissen",  "Drukkerij",     "Autobedrijf",
    "Kinderopvang",  "Zorggroep",       "Engineering", "Consultancy",   "Media",
    "Vastgoed",      "Techniek",        "Groothandel", "Reclame",       "Software",
    "Verzekeringen", "Metaalbewerking", "Catering",    "Elektro",       "Schilders"};

} // namespace

const QStringList DemoNames::FirstNames = {"Anna",  "Bram",   "Chantal", "Daan", "Eva",   "Femke",   "Gijs",
                                           "Hanna", "Ilse",   "Jeroen",  "Kim",  "Lars",  "Marloes", "Niels",
                                           "Olga",  "Pieter", "Roos",    "Sven", "Tessa", "Wouter"};
const QStringList DemoNames::LastNames = {"de Jong", "Jansen",  "de Vries", "van den Berg", "van Dijk",
                                          "Bakker",  "Janssen", "Visser",   "Smit",         "Meijer"};

QString DemoNames::normalized(const QString& name) {
    static const QRegularExpression legal(
        QStringLiteral("(?<![\\w.])(b\\.?\\s?v\\.?|n\\.?\\s?v\\.?|gmbh|ltd\\.?|inc\\.?|llc)(?![\\w])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString text = name.normalized(QString::NormalizationForm_KD);
    text.removeIf([](QChar c) { return c.category() == QChar::Mark_NonSpacing; });
    text = text.toCaseFolded();
    text.replace(legal, QStringLiteral(" "));
    text.replace(nonWord, QStringLiteral(" "));
    return text.simplified();
}

void DemoNames::reserve(const QString& name, const QString& identifier) {
    m_names.insert(normalized(name));
    if (!identifier.isEmpty())
        m_identifiers.insert(identifier.toUpper());
}

QString DemoNames::companyName() {
    for (int attempt = 0;; ++attempt) {
        QString name = pickFrom(Prefixes) + u' ' + pickFrom(Sectors);
        if (attempt > 200) // the combinations are used up: number them
            name += u' ' + QString::number(attempt);
        if (m_rng.percent(55))
            name += QStringLiteral(" B.V.");
        if (!isTaken(name)) {
            m_names.insert(normalized(name));
            return name;
        }
    }
}

QString DemoNames::identifierFor(const QString& name) {
    const QStringList words = normalized(name).toUpper().split(u' ', Qt::SkipEmptyParts);
    QString base = words.size() < 2
                       ? words.value(0).left(11)
                       : words.mid(0, words.size() - 1).join(QString()).left(7) + words.last().left(4);
    QString identifier = base;
    for (int n = 2; m_identifiers.contains(identifier); ++n)
        identifier = base + QString::number(n);
    m_identifiers.insert(identifier);
    return identifier;
}

} // namespace il::sandbox
