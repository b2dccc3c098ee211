#include <QCoreApplication>
#include <gtest/gtest.h>

// Network and keychain tests need a Qt event loop; every test shares this application object.
int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceLinkTests"));
    QCoreApplication::setApplicationName(QStringLiteral("core_tests"));
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
