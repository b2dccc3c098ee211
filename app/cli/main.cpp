#include "CliApp.h"

#include <QCoreApplication>

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceLink"));
    QCoreApplication::setApplicationName(QStringLiteral("invoicelink-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(INVOICELINK_VERSION));
    return CliApp(QCoreApplication::arguments()).run();
}
