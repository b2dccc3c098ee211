#include "reconcile/NameNormalizer.h"

#include <QSet>
#include <QStringList>

namespace il {

QString NameNormalizer::normalize(const QString& name) {
    static const QSet<QString> legalForms = {
        QStringLiteral("bv"),   QStringLiteral("nv"),    QStringLiteral("vof"),  QStringLiteral("cv"),
        QStringLiteral("bvba"), QStringLiteral("ltd"),   QStringLiteral("limited"), QStringLiteral("inc"),
        QStringLiteral("gmbh"), QStringLiteral("llc"),   QStringLiteral("plc"),  QStringLiteral("corp"),
        QStringLiteral("ag"),   QStringLiteral("sarl"),  QStringLiteral("sa"),   QStringLiteral("srl"),
    };
    // Decompose so accents become separate marks we can drop.
    const QString decomposed = name.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString cleaned;
    cleaned.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.isMark())
            continue;
        if (c == u'.' || c == u'\'' || c == u'\u2019')
            continue; // "B.V." → "bv", "O'Neil" → "oneil"
        cleaned += c.isLetterOrNumber() ? c : QChar(u' ');
    }
    QString out;
    for (const QString& word : cleaned.split(u' ', Qt::SkipEmptyParts)) {
        if (!legalForms.contains(word))
            out += word;
    }
    return out;
}

} // namespace il
