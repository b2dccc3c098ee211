#pragma once

#include "sandbox/DemoRandom.h"

#include <QSet>
#include <QString>

namespace il::sandbox {

// Unique, plausible Dutch SME names and CW identifiers for the demo. Uniqueness is checked on
// the normalized name (case, accents, punctuation and legal forms ignored), so no two generated
// customers can link to each other by accident; only the planted look-alikes collide.
class DemoNames {
public:
    explicit DemoNames(DemoRandom& rng)
        : m_rng(rng) {}

    // Folds case and accents, drops legal forms (B.V., N.V., GmbH, Ltd, Inc, LLC) and collapses
    // punctuation and spaces: "Café Noir B.V." → "cafe noir".
    static QString normalized(const QString& name);

    // Marks a fixed name and identifier as taken.
    void reserve(const QString& name, const QString& identifier);
    bool isTaken(const QString& name) const { return m_names.contains(normalized(name)); }
    // A new company name that normalizes differently from every name so far.
    QString companyName();
    // A new identifier derived from the name: upper-case ASCII letters, at most 12 characters.
    QString identifierFor(const QString& name);
    QString firstName() { return pickFrom(FirstNames); }
    QString lastName() { return pickFrom(LastNames); }

private:
    static const QStringList FirstNames;
    static const QStringList LastNames;
    QString pickFrom(const QStringList& list) { return list.at(m_rng.between(0, int(list.size()) - 1)); }

    DemoRandom& m_rng;
    QSet<QString> m_names;       // normalized; membership only
    QSet<QString> m_identifiers; // upper case; membership only
};

} // namespace il::sandbox
