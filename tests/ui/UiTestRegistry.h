#pragma once

// The QTest classes of ui_tests register themselves here, so one binary runs them all:
//
//     class MyTest : public QObject { Q_OBJECT private slots: void works(); };
//     INVOICELINK_UI_TEST(MyTest)
//     #include "test_my.moc"
//
// `ui_tests` runs every class; `ui_tests MyTest [QTest options]` runs one.

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace uitest {

struct Entry {
    const char* name;
    std::function<std::unique_ptr<QObject>()> make;
};

inline std::vector<Entry>& registry() {
    static std::vector<Entry> entries;
    return entries;
}

inline bool add(const char* name, std::function<std::unique_ptr<QObject>()> make) {
    registry().push_back({name, std::move(make)});
    return true;
}

} // namespace uitest

#define INVOICELINK_UI_TEST(Class)                                                                           \
    namespace {                                                                                              \
    [[maybe_unused]] const bool registered_##Class =                                                         \
        ::uitest::add(#Class, [] { return std::unique_ptr<QObject>(new Class); });                           \
    }
