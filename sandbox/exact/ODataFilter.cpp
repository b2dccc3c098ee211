#include "sandbox/exact/ODataFilter.h"

#include <QRegularExpression>

#include <vector>

namespace il::sandbox {

using Kind = ODataValue::Kind;

struct ODataFilter::Node {
    enum class Type { Literal, Property, Binary, Not, Call };
    Type type = Type::Literal;
    QString name; // operator, function or property name
    ODataValue literal;
    int position = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

using Node = ODataFilter::Node;

const QStringList kComparisons = {"eq", "ne", "gt", "ge", "lt", "le"};
const QStringList kStringFunctions = {"trim", "tolower", "toupper"};
const QStringList kBoolFunctions = {"substringof", "startswith", "endswith"};

class Parser {
public:
    explicit Parser(const QString& text)
        : m_text(text) {}

    std::unique_ptr<Node> parseAll() {
        auto root = parseOr();
        skipSpace();
        if (m_pos < m_text.size())
            fail();
        return root;
    }

private:
    [[noreturn]] void fail(const QString& what = QStringLiteral("Syntax error")) const {
        throw ODataError(QStringLiteral("%1 at position %2.").arg(what).arg(m_pos));
    }
    void skipSpace() {
        while (m_pos < m_text.size() && m_text[m_pos].isSpace())
            ++m_pos;
    }
    // The next word (letters, digits, _ and / for paths) without consuming it.
    QString peekWord() {
        skipSpace();
        int end = m_pos;
        while (end < m_text.size() &&
               (m_text[end].isLetterOrNumber() || m_text[end] == u'_' || m_text[end] == u'/'))
            ++end;
        return m_text.mid(m_pos, end - m_pos);
    }
    bool takeKeyword(const QString& word) {
        const QString w = peekWord();
        if (w.compare(word, Qt::CaseInsensitive) != 0)
            return false;
        m_pos += int(w.size());
        return true;
    }
    bool take(QChar c) {
        skipSpace();
        if (m_pos < m_text.size() && m_text[m_pos] == c) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::unique_ptr<Node> binary(const QString& op, int pos, std::unique_ptr<Node> l,
                                 std::unique_ptr<Node> r) {
        auto n = std::make_unique<Node>();
        n->type = Node::Type::Binary;
        n->name = op;
        n->position = pos;
        n->children.push_back(std::move(l));
        n->children.push_back(std::move(r));
        return n;
    }

    std::unique_ptr<Node> parseOr() {
        auto left = parseAnd();
        for (;;) {
            skipSpace();
            const int pos = m_pos;
            if (!takeKeyword(QStringLiteral("or")))
                return left;
            left = binary(QStringLiteral("or"), pos, std::move(left), parseAnd());
        }
    }
    std::unique_ptr<Node> parseAnd() {
        auto left = parseNot();
        for (;;) {
            skipSpace();
            const int pos = m_pos;
            if (!takeKeyword(QStringLiteral("and")))
                return left;
            left = binary(QStringLiteral("and"), pos, std::move(left), parseNot());
        }
    }
    std::unique_ptr<Node> parseNot() {
        skipSpace();
        const int pos = m_pos;
        if (takeKeyword(QStringLiteral("not"))) {
            auto n = std::make_unique<Node>();
            n->type = Node::Type::Not;
            n->position = pos;
            n->children.push_back(parseNot());
            return n;
        }
        return parseComparison();
    }
    std::unique_ptr<Node> parseComparison() {
        auto left = parsePrimary();
        skipSpace();
        const int pos = m_pos;
        const QString w = peekWord().toLower();
        if (!kComparisons.contains(w))
            return left;
        m_pos += int(w.size());
        return binary(w, pos, std::move(left), parsePrimary());
    }

    QString quoted() { // at the opening quote; '' is an escaped quote
        ++m_pos;
        QString out;
        for (;;) {
            if (m_pos >= m_text.size())
                fail(QStringLiteral("Unterminated string literal"));
            if (m_text[m_pos] == u'\'') {
                if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == u'\'') {
                    out += u'\'';
                    m_pos += 2;
                    continue;
                }
                ++m_pos;
                return out;
            }
            out += m_text[m_pos++];
        }
    }

    std::unique_ptr<Node> literal(ODataValue v, int pos) {
        auto n = std::make_unique<Node>();
        n->type = Node::Type::Literal;
        n->literal = std::move(v);
        n->position = pos;
        return n;
    }

    std::unique_ptr<Node> parsePrimary() {
        skipSpace();
        const int pos = m_pos;
        if (m_pos >= m_text.size())
            fail(QStringLiteral("Expression expected"));
        if (take(u'(')) {
            auto inner = parseOr();
            if (!take(u')'))
                fail(QStringLiteral("')' or operator expected"));
            return inner;
        }
        const QChar c = m_text[m_pos];
        if (c == u'\'')
            return literal(ODataValue::fromString(quoted()), pos);
        if (c.isDigit() || c == u'-')
            return parseNumber(pos);
        const QString word = peekWord();
        if (word.isEmpty())
            fail();
        m_pos += int(word.size());
        if (m_pos < m_text.size() && m_text[m_pos] == u'\'')
            return typedLiteral(word, pos);
        const QString lower = word.toLower();
        if (lower == u"true" || lower == u"false")
            return literal(ODataValue::fromBool(lower == u"true"), pos);
        if (lower == u"null")
            return literal(ODataValue::null(), pos);
        if (take(u'('))
            return parseCall(lower, pos);
        auto n = std::make_unique<Node>();
        n->type = Node::Type::Property;
        n->name = word;
        n->position = pos;
        return n;
    }

    std::unique_ptr<Node> typedLiteral(const QString& prefix, int pos) {
        const QString body = quoted();
        const QString p = prefix.toLower();
        if (p == u"guid") {
            static const QRegularExpression re(QStringLiteral(
                "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
            if (!re.match(body).hasMatch())
                throw ODataError(QStringLiteral("Unrecognized 'Edm.Guid' literal 'guid'%1'' at '%2' in '%3'.")
                                     .arg(body)
                                     .arg(pos)
                                     .arg(m_text));
            return literal(ODataValue::fromGuid(body), pos);
        }
        if (p == u"datetime") {
            QDateTime t = QDateTime::fromString(body, Qt::ISODateWithMs);
            if (!t.isValid())
                throw ODataError(
                    QStringLiteral("Unrecognized 'Edm.DateTime' literal 'datetime'%1'' at '%2' in '%3'.")
                        .arg(body)
                        .arg(pos)
                        .arg(m_text));
            if (t.timeSpec() == Qt::LocalTime)
                t.setTimeSpec(Qt::UTC); // Exact reads a literal without offset as the stored (UTC) value
            return literal(ODataValue::fromDateTime(t.toUTC()), pos);
        }
        fail(QStringLiteral("Unrecognized literal prefix '%1'").arg(prefix));
    }

    std::unique_ptr<Node> parseNumber(int pos) {
        static const QRegularExpression re(QStringLiteral(R"(-?\d+(\.\d+)?([eE][+-]?\d+)?)"));
        const auto m = re.match(m_text, m_pos, QRegularExpression::NormalMatch,
                                QRegularExpression::AnchorAtOffsetMatchOption);
        if (!m.hasMatch())
            fail();
        m_pos += int(m.capturedLength());
        bool integral = m.captured(1).isEmpty() && m.captured(2).isEmpty();
        if (m_pos < m_text.size() && QStringLiteral("LlMmDdFf").contains(m_text[m_pos])) {
            integral = m_text[m_pos].toLower() == u'l';
            ++m_pos;
        }
        const auto d = Decimal::parse(m.captured(0));
        if (!d)
            fail(QStringLiteral("Numeric literal out of range"));
        return literal(ODataValue::fromNumber(*d, integral), pos);
    }

    std::unique_ptr<Node> parseCall(const QString& function, int pos) {
        if (!kStringFunctions.contains(function) && !kBoolFunctions.contains(function))
            throw ODataError(QStringLiteral("Unknown function '%1' at position %2.").arg(function).arg(pos));
        auto n = std::make_unique<Node>();
        n->type = Node::Type::Call;
        n->name = function;
        n->position = pos;
        if (!take(u')')) {
            do
                n->children.push_back(parseOr());
            while (take(u','));
            if (!take(u')'))
                fail(QStringLiteral("')' or ',' expected"));
        }
        const size_t want = kStringFunctions.contains(function) ? 1 : 2;
        if (n->children.size() != want)
            throw ODataError(
                QStringLiteral("No applicable function found for '%1' at position %2 with the specified "
                               "arguments.")
                    .arg(function)
                    .arg(pos));
        return n;
    }

    const QString& m_text;
    int m_pos = 0;
};

std::optional<Kind> kindOf(EdmType t) {
    switch (t) {
    case EdmType::String:
        return Kind::String;
    case EdmType::Guid:
        return Kind::Guid;
    case EdmType::DateTime:
        return Kind::DateTime;
    case EdmType::Int16:
    case EdmType::Int32:
    case EdmType::Int64:
    case EdmType::Double:
        return Kind::Number;
    case EdmType::Boolean:
        return Kind::Boolean;
    case EdmType::Navigation:
        return std::nullopt;
    }
    return std::nullopt;
}

int compareValues(const ODataValue& a, const ODataValue& b) {
    switch (a.kind) {
    case Kind::Number:
        return a.number < b.number ? -1 : (a.number == b.number ? 0 : 1);
    case Kind::String: // SQL Server's default collation ignores case
        return a.text.compare(b.text, Qt::CaseInsensitive);
    case Kind::Guid:
        return a.text.compare(b.text);
    case Kind::DateTime:
        return a.dateTime < b.dateTime ? -1 : (a.dateTime == b.dateTime ? 0 : 1);
    case Kind::Boolean:
        return int(a.boolean) - int(b.boolean);
    case Kind::Null:
        return 0;
    }
    return 0;
}

} // namespace

ODataFilter::ODataFilter() = default;
ODataFilter::~ODataFilter() = default;
ODataFilter::ODataFilter(ODataFilter&&) noexcept = default;
ODataFilter& ODataFilter::operator=(ODataFilter&&) noexcept = default;

ODataFilter ODataFilter::parse(const QString& text) {
    ODataFilter f;
    f.m_root = Parser(text).parseAll();
    return f;
}

namespace {

// The static type of a node; nullopt for null literals (compatible with anything).
std::optional<Kind> check(const Node& n, const ODataFilter::Property& entity, const QString& typeName) {
    switch (n.type) {
    case Node::Type::Literal:
        if (n.literal.kind == Kind::Null)
            return std::nullopt;
        return n.literal.kind;
    case Node::Type::Property: {
        const auto t = entity.typeOf(n.name);
        if (!t || *t == EdmType::Navigation)
            throw ODataError(QStringLiteral("No property '%1' exists in type '%2' at position %3.")
                                 .arg(n.name, typeName)
                                 .arg(n.position));
        return kindOf(*t);
    }
    case Node::Type::Not:
        check(*n.children[0], entity, typeName);
        return Kind::Boolean;
    case Node::Type::Call: {
        for (const auto& c : n.children) {
            const auto k = check(*c, entity, typeName);
            if (k && *k != Kind::String)
                throw ODataError(
                    QStringLiteral("No applicable function found for '%1' at position %2 with the "
                                   "specified arguments.")
                        .arg(n.name)
                        .arg(n.position));
        }
        return kStringFunctions.contains(n.name) ? Kind::String : Kind::Boolean;
    }
    case Node::Type::Binary: {
        const auto l = check(*n.children[0], entity, typeName);
        const auto r = check(*n.children[1], entity, typeName);
        const bool logical = n.name == u"and" || n.name == u"or";
        auto name = [](std::optional<Kind> k) {
            ODataValue v;
            v.kind = k.value_or(Kind::Null);
            v.integral = true;
            return v.dotNetTypeName();
        };
        if (logical) {
            if ((l && *l != Kind::Boolean) || (r && *r != Kind::Boolean))
                throw ODataError(
                    QStringLiteral("Operator '%1' incompatible with operand types '%2' and '%3' at "
                                   "position %4.")
                        .arg(n.name, name(l), name(r))
                        .arg(n.position));
        } else if (l && r && *l != *r) {
            throw ODataError(QStringLiteral("Operator '%1' incompatible with operand types '%2' and '%3' at "
                                            "position %4.")
                                 .arg(n.name, name(l), name(r))
                                 .arg(n.position));
        }
        return Kind::Boolean;
    }
    }
    return std::nullopt;
}

ODataValue evaluate(const Node& n, const ODataFilter::Property& record) {
    switch (n.type) {
    case Node::Type::Literal:
        return n.literal;
    case Node::Type::Property:
        return record.valueOf(n.name);
    case Node::Type::Not: {
        const ODataValue v = evaluate(*n.children[0], record);
        return ODataValue::fromBool(!(v.kind == Kind::Boolean && v.boolean));
    }
    case Node::Type::Call: {
        QStringList args;
        for (const auto& c : n.children)
            args << evaluate(*c, record).text;
        if (n.name == u"trim")
            return ODataValue::fromString(args[0].trimmed());
        if (n.name == u"tolower")
            return ODataValue::fromString(args[0].toLower());
        if (n.name == u"toupper")
            return ODataValue::fromString(args[0].toUpper());
        if (n.name == u"substringof")
            return ODataValue::fromBool(args[1].contains(args[0], Qt::CaseInsensitive));
        if (n.name == u"startswith")
            return ODataValue::fromBool(args[0].startsWith(args[1], Qt::CaseInsensitive));
        return ODataValue::fromBool(args[0].endsWith(args[1], Qt::CaseInsensitive));
    }
    case Node::Type::Binary: {
        auto truth = [](const ODataValue& v) { return v.kind == Kind::Boolean && v.boolean; };
        if (n.name == u"and")
            return ODataValue::fromBool(truth(evaluate(*n.children[0], record)) &&
                                        truth(evaluate(*n.children[1], record)));
        if (n.name == u"or")
            return ODataValue::fromBool(truth(evaluate(*n.children[0], record)) ||
                                        truth(evaluate(*n.children[1], record)));
        const ODataValue l = evaluate(*n.children[0], record);
        const ODataValue r = evaluate(*n.children[1], record);
        if (l.kind == Kind::Null || r.kind == Kind::Null) {
            const bool bothNull = l.kind == r.kind;
            if (n.name == u"eq")
                return ODataValue::fromBool(bothNull);
            if (n.name == u"ne")
                return ODataValue::fromBool(!bothNull);
            return ODataValue::fromBool(false);
        }
        const int c = compareValues(l, r);
        const QString& op = n.name;
        const bool result = op == u"eq"   ? c == 0
                            : op == u"ne" ? c != 0
                            : op == u"gt" ? c > 0
                            : op == u"ge" ? c >= 0
                            : op == u"lt" ? c < 0
                                          : c <= 0;
        return ODataValue::fromBool(result);
    }
    }
    return {};
}

void collect(const Node& n, QStringList& out) {
    if (n.type == Node::Type::Property && !out.contains(n.name))
        out << n.name;
    for (const auto& c : n.children)
        collect(*c, out);
}

// `P eq 'x'`, `'x' eq P`, `A or B` on the same P, and `A and B` (either side's equalities).
std::optional<ODataFilter::Equalities> equalitiesOf(const Node& n) {
    if (n.type != Node::Type::Binary)
        return std::nullopt;
    if (n.name == u"eq") {
        const Node* prop = n.children[0].get();
        const Node* lit = n.children[1].get();
        if (prop->type != Node::Type::Property)
            std::swap(prop, lit);
        if (prop->type != Node::Type::Property || lit->type != Node::Type::Literal ||
            (lit->literal.kind != Kind::Guid && lit->literal.kind != Kind::String))
            return std::nullopt;
        return ODataFilter::Equalities{prop->name, {lit->literal}};
    }
    if (n.name == u"and") {
        if (auto left = equalitiesOf(*n.children[0]))
            return left;
        return equalitiesOf(*n.children[1]);
    }
    if (n.name == u"or") {
        auto left = equalitiesOf(*n.children[0]);
        if (!left)
            return std::nullopt;
        auto right = equalitiesOf(*n.children[1]);
        if (!right || right->property.compare(left->property, Qt::CaseInsensitive) != 0)
            return std::nullopt;
        left->values += right->values;
        return left;
    }
    return std::nullopt;
}

} // namespace

std::optional<ODataFilter::Equalities> ODataFilter::equalities() const {
    if (!m_root)
        return std::nullopt;
    return equalitiesOf(*m_root);
}

void ODataFilter::validate(const Property& entity, const QString& typeName) const {
    if (m_root)
        check(*m_root, entity, typeName);
}

bool ODataFilter::matches(const Property& record) const {
    if (!m_root)
        return true;
    const ODataValue v = evaluate(*m_root, record);
    return v.kind == Kind::Boolean && v.boolean;
}

QStringList ODataFilter::properties() const {
    QStringList out;
    if (m_root)
        collect(*m_root, out);
    return out;
}

} // namespace il::sandbox
