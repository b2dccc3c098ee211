#include "sandbox/connectwise/CwConditionParser.h"

namespace il::sandbox {

namespace {
bool isWordStart(QChar c) {
    return c.isLetter() || c == u'_';
}
bool isWordChar(QChar c) {
    return c.isLetterOrNumber() || c == u'_' || c == u'/' || c == u'.';
}
} // namespace

QString CwConditionParser::badValueMessage() {
    // Quoted by connectwise-rest's README as the server's answer to a malformed value.
    return QStringLiteral(
        "Expected a boolean value, not a numeric. String values should be enclosed with double or single "
        "quotes; DateTime values should be enclosed in square brackets; numbers should consist of only "
        "digits, and optionally a decimal point and a negation sign; boolean values should be indicated "
        "with the keywords true or false; null values should be indicated by the keyword null.");
}

std::optional<CwConditionNode> CwConditionParser::parse(const QString& text) {
    if (text.trimmed().isEmpty())
        return std::nullopt;
    CwConditionParser parser(text);
    parser.tokenize();
    CwConditionNode root = parser.parseOr();
    if (parser.peek().type != Token::Type::End)
        parser.fail(QStringLiteral("unexpected '%1'").arg(parser.peek().text), parser.peek());
    return root;
}

CwConditionParser::CwConditionParser(const QString& text)
    : m_text(text) {}

void CwConditionParser::fail(const QString& what, const Token& at) const {
    throw CwConditionError(QStringLiteral("Invalid conditions: %1 at position %2 of \"%3\".")
                               .arg(what)
                               .arg(at.position + 1)
                               .arg(m_text));
}

void CwConditionParser::tokenize() {
    const QString& s = m_text;
    int i = 0;
    const int n = int(s.size());
    while (i < n) {
        const QChar c = s[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        Token t;
        t.position = i;
        if (c == u'(' || c == u')' || c == u',') {
            t.type = c == u'(' ? Token::Type::LParen : c == u')' ? Token::Type::RParen : Token::Type::Comma;
            t.text = c;
            ++i;
        } else if (c == u'"' || c == u'\'') {
            t.type = Token::Type::String;
            ++i;
            bool closed = false;
            while (i < n) {
                if (s[i] == u'\\' && i + 1 < n) {
                    t.text += s[i + 1];
                    i += 2;
                } else if (s[i] == c) {
                    closed = true;
                    ++i;
                    break;
                } else {
                    t.text += s[i++];
                }
            }
            if (!closed)
                fail(QStringLiteral("unterminated string"), t);
        } else if (c == u'[') {
            t.type = Token::Type::DateTime;
            const int end = int(s.indexOf(u']', i));
            if (end < 0)
                fail(QStringLiteral("unterminated [datetime]"), t);
            t.text = s.mid(i + 1, end - i - 1).trimmed();
            i = end + 1;
        } else if (c == u'!' || c == u'<' || c == u'>' || c == u'=') {
            t.type = Token::Type::Op;
            const QString two = s.mid(i, 2);
            if (two == u"!=" || two == u"<=" || two == u">=" || two == u"<>") {
                t.text = two == u"<>" ? QStringLiteral("!=") : two;
                i += 2;
            } else if (c == u'!') {
                fail(QStringLiteral("unexpected '!'"), t);
            } else {
                t.text = c;
                ++i;
            }
        } else if (c.isDigit() || (c == u'-' && i + 1 < n && s[i + 1].isDigit())) {
            t.type = Token::Type::Number;
            int j = i + 1;
            while (j < n && (s[j].isDigit() || s[j] == u'.'))
                ++j;
            if (j < n && isWordChar(s[j])) {
                t.text = s.mid(i, j - i + 1);
                throw CwConditionError(badValueMessage());
            }
            t.text = s.mid(i, j - i);
            i = j;
        } else if (isWordStart(c)) {
            t.type = Token::Type::Word;
            int j = i + 1;
            while (j < n && isWordChar(s[j]))
                ++j;
            t.text = s.mid(i, j - i);
            i = j;
        } else {
            t.text = c;
            fail(QStringLiteral("unexpected character '%1'").arg(c), t);
        }
        m_tokens.append(t);
    }
    Token end;
    end.position = n;
    m_tokens.append(end);
}

bool CwConditionParser::peekKeyword(const char* keyword) const {
    return peek().type == Token::Type::Word &&
           peek().text.compare(QLatin1String(keyword), Qt::CaseInsensitive) == 0;
}

CwConditionNode CwConditionParser::parseOr() {
    CwConditionNode first = parseAnd();
    if (!peekKeyword("or"))
        return first;
    CwConditionNode node;
    node.kind = CwConditionNode::Kind::Or;
    node.children.push_back(std::move(first));
    while (peekKeyword("or")) {
        take();
        node.children.push_back(parseAnd());
    }
    return node;
}

CwConditionNode CwConditionParser::parseAnd() {
    CwConditionNode first = parseUnary();
    if (!peekKeyword("and"))
        return first;
    CwConditionNode node;
    node.kind = CwConditionNode::Kind::And;
    node.children.push_back(std::move(first));
    while (peekKeyword("and")) {
        take();
        node.children.push_back(parseUnary());
    }
    return node;
}

CwConditionNode CwConditionParser::parseUnary() {
    if (peekKeyword("not")) {
        take();
        CwConditionNode node;
        node.kind = CwConditionNode::Kind::Not;
        node.children.push_back(parseUnary());
        return node;
    }
    if (peek().type == Token::Type::LParen) {
        take();
        CwConditionNode inner = parseOr();
        if (peek().type != Token::Type::RParen)
            fail(QStringLiteral("expected ')'"), peek());
        take();
        return inner;
    }
    return parseComparison();
}

CwConditionNode CwConditionParser::parseComparison() {
    const Token path = take();
    if (path.type != Token::Type::Word)
        fail(path.type == Token::Type::End
                 ? QStringLiteral("expected a field name at the end")
                 : QStringLiteral("expected a field name, found '%1'").arg(path.text),
             path);
    CwConditionNode node;
    node.kind = CwConditionNode::Kind::Compare;
    node.path = path.text;
    if (peekKeyword("not")) {
        take();
        node.negated = true;
    }
    const Token op = take();
    using Op = CwConditionNode::Op;
    if (op.type == Token::Type::Op && !node.negated) {
        static const QList<QPair<QString, Op>> ops = {
            {QStringLiteral("="), Op::Eq},  {QStringLiteral("!="), Op::Ne}, {QStringLiteral("<"), Op::Lt},
            {QStringLiteral("<="), Op::Le}, {QStringLiteral(">"), Op::Gt},  {QStringLiteral(">="), Op::Ge}};
        for (const auto& [text, value] : ops)
            if (op.text == text)
                node.op = value;
    } else if (op.type == Token::Type::Word && op.text.compare(u"like", Qt::CaseInsensitive) == 0) {
        node.op = Op::Like;
    } else if (op.type == Token::Type::Word && op.text.compare(u"contains", Qt::CaseInsensitive) == 0) {
        node.op = Op::Contains;
    } else if (op.type == Token::Type::Word && op.text.compare(u"in", Qt::CaseInsensitive) == 0) {
        node.op = Op::In;
        if (take().type != Token::Type::LParen)
            fail(QStringLiteral("expected '(' after in"), op);
        node.values.append(parseLiteral());
        while (peek().type == Token::Type::Comma) {
            take();
            node.values.append(parseLiteral());
        }
        if (take().type != Token::Type::RParen)
            fail(QStringLiteral("expected ')' to close the in list"), op);
        return node;
    } else {
        fail(QStringLiteral("expected an operator after '%1'").arg(path.text), op);
    }
    node.values.append(parseLiteral());
    return node;
}

CwLiteral CwConditionParser::parseLiteral() {
    const Token t = take();
    CwLiteral lit;
    switch (t.type) {
    case Token::Type::String:
        lit.type = CwLiteral::Type::String;
        lit.text = t.text;
        return lit;
    case Token::Type::Number: {
        const auto d = Decimal::parse(t.text);
        if (!d)
            throw CwConditionError(badValueMessage());
        lit.type = CwLiteral::Type::Number;
        lit.text = t.text;
        lit.number = *d;
        return lit;
    }
    case Token::Type::DateTime: {
        QDateTime dt = QDateTime::fromString(t.text, Qt::ISODate);
        if (!dt.isValid())
            fail(QStringLiteral("'%1' is not a DateTime (use [yyyy-MM-ddTHH:mm:ssZ])").arg(t.text), t);
        lit.type = CwLiteral::Type::DateTime;
        lit.text = t.text;
        lit.dateTime = dt.toUTC();
        return lit;
    }
    case Token::Type::Word:
        if (t.text.compare(u"true", Qt::CaseInsensitive) == 0 ||
            t.text.compare(u"false", Qt::CaseInsensitive) == 0) {
            lit.type = CwLiteral::Type::Boolean;
            lit.boolean = t.text.compare(u"true", Qt::CaseInsensitive) == 0;
            lit.text = t.text;
            return lit;
        }
        if (t.text.compare(u"null", Qt::CaseInsensitive) == 0) {
            lit.type = CwLiteral::Type::Null;
            return lit;
        }
        throw CwConditionError(badValueMessage());
    default:
        fail(t.type == Token::Type::End ? QStringLiteral("expected a value at the end")
                                        : QStringLiteral("expected a value, found '%1'").arg(t.text),
             t);
    }
}

} // namespace il::sandbox
