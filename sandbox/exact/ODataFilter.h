#pragma once

#include "sandbox/exact/ODataValue.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <stdexcept>

namespace il::sandbox {

// A query the fake refuses with 400, in Exact's words.
class ODataError : public std::runtime_error {
public:
    explicit ODataError(const QString& message, int status = 400)
        : std::runtime_error(message.toStdString())
        , m_status(status) {}
    QString message() const { return QString::fromUtf8(what()); }
    int status() const { return m_status; }

private:
    int m_status;
};

// An OData v2 $filter as Exact accepts it: eq ne gt ge lt le, and or not, parentheses,
// 'strings' (with '' escapes), guid'…', datetime'…', numbers (123, 123L, 1.5M), true/false/null,
// and the functions trim, tolower, toupper, substringof, startswith, endswith.
class ODataFilter {
public:
    // Looks a property up: its type (nullopt when the entity has no such property) and value.
    struct Property {
        std::function<std::optional<EdmType>(const QString& name)> typeOf;
        std::function<ODataValue(const QString& name)> valueOf;
    };

    // Throws ODataError with Exact's "Syntax error at position N." style messages.
    static ODataFilter parse(const QString& text);

    // Checks every property against the entity; throws ODataError "No property 'X' exists in
    // type 'T' at position N." or the operand-type message.
    void validate(const Property& entity, const QString& typeName) const;
    bool matches(const Property& record) const;
    // Property names the filter mentions.
    QStringList properties() const;

    // When every record the filter can match has `property eq v` for one of a few literals (an
    // `or` of equalities on one property, possibly `and`-ed with more conditions), that property
    // and those literals: an index on the property then narrows the records to test, and the
    // whole filter is still evaluated on each of them. nullopt for any other shape.
    struct Equalities {
        QString property;
        QList<ODataValue> values;
    };
    std::optional<Equalities> equalities() const;

    ODataFilter();
    ~ODataFilter();
    ODataFilter(ODataFilter&&) noexcept;
    ODataFilter& operator=(ODataFilter&&) noexcept;

    struct Node;

private:
    std::unique_ptr<Node> m_root;
};

} // namespace il::sandbox
