#include "async/LoadProgress.h"

#include <QCoreApplication>
#include <QLocale>

namespace il {
namespace {

QString number(int n) {
    return QLocale().toString(n);
}

// "label 1,200 of 5,000", "label 1,200" while the total is unknown, "label" before anything.
QString counted(const QString& label, int done, int total) {
    if (total > 0)
        return QCoreApplication::translate("il::LoadProgress", "%1 %2 of %3").arg(label, number(done), number(total));
    if (done > 0)
        return QCoreApplication::translate("il::LoadProgress", "%1 %2").arg(label, number(done));
    return label;
}

} // namespace

QString LoadProgress::text() const {
    QString step;
    switch (phase) {
    case Phase::ExactInvoices:
        step = counted(QCoreApplication::translate("il::LoadProgress", "Exact Online: invoices"), done, total);
        break;
    case Phase::ExactLines:
        step = counted(QCoreApplication::translate("il::LoadProgress", "Exact Online: invoice lines"), done, total);
        break;
    case Phase::ExactDetails:
        step = counted(QCoreApplication::translate("il::LoadProgress", "Exact Online: items, accounts and VAT codes"), done, total);
        break;
    case Phase::ConnectWiseAgreements:
        step = total > 0 ? QCoreApplication::translate("il::LoadProgress", "ConnectWise: agreements of %1 companies").arg(number(total))
                         : QCoreApplication::translate("il::LoadProgress", "ConnectWise: agreements");
        break;
    case Phase::ConnectWiseAdditions:
        step = total > 0 ? QCoreApplication::translate("il::LoadProgress", "ConnectWise: additions of %1 of %2 agreements").arg(number(done), number(total))
                         : QCoreApplication::translate("il::LoadProgress", "ConnectWise: additions");
        break;
    case Phase::Checking:
        step = QCoreApplication::translate("il::LoadProgress", "Linking and checking %1 lines").arg(number(total));
        break;
    case Phase::Done:
        step = QCoreApplication::translate("il::LoadProgress", "Loaded %1 lines").arg(number(total));
        break;
    }
    if (waitSeconds > 0)
        step = QCoreApplication::translate("il::LoadProgress", "%1 — waiting %2 s for Exact Online's rate limit").arg(step, number(waitSeconds));
    return step;
}

QString LoadProgress::phaseName(Phase phase) {
    switch (phase) {
    case Phase::ExactInvoices:
        return QStringLiteral("exact_invoices");
    case Phase::ExactLines:
        return QStringLiteral("exact_lines");
    case Phase::ExactDetails:
        return QStringLiteral("exact_details");
    case Phase::ConnectWiseAgreements:
        return QStringLiteral("connectwise_agreements");
    case Phase::ConnectWiseAdditions:
        return QStringLiteral("connectwise_additions");
    case Phase::Checking:
        return QStringLiteral("checking");
    case Phase::Done:
        return QStringLiteral("done");
    }
    return {};
}

} // namespace il
