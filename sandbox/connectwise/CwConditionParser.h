#pragma once

#include "sandbox/connectwise/CwConditionNode.h"

#include <QString>

#include <optional>
#include <stdexcept>

namespace il::sandbox {

// A `conditions` expression ConnectWise would refuse; the message is what the fake answers.
class CwConditionError : public std::runtime_error {
public:
    explicit CwConditionError(const QString& message)
        : std::runtime_error(message.toStdString()) {}
    QString message() const { return QString::fromUtf8(what()); }
};

// Parses ConnectWise's `conditions` syntax (connectwise.md §4): = != < <= > >= like contains in,
// not, and/or (any case), parentheses, "double" or 'single' quoted strings with backslash
// escapes, numbers, true/false, null, [datetimes] and reference paths like company/id.
class CwConditionParser {
public:
    // nullopt for an empty or blank expression (no filter). Throws CwConditionError.
    static std::optional<CwConditionNode> parse(const QString& text);

    // The server's words for a value that is neither quoted, bracketed, numeric, boolean nor null.
    static QString badValueMessage();

private:
    struct Token {
        enum class Type { Word, String, Number, DateTime, Op, LParen, RParen, Comma, End };
        Type type = Type::End;
        QString text;
        int position = 0;
    };

    explicit CwConditionParser(const QString& text);
    void tokenize();
    const Token& peek() const { return m_tokens[m_pos]; }
    Token take() { return m_tokens[m_pos++]; }
    bool peekKeyword(const char* keyword) const;
    CwConditionNode parseOr();
    CwConditionNode parseAnd();
    CwConditionNode parseUnary();
    CwConditionNode parseComparison();
    CwLiteral parseLiteral();
    [[noreturn]] void fail(const QString& what, const Token& at) const;

    QString m_text;
    QList<Token> m_tokens;
    int m_pos = 0;
};

} // namespace il::sandbox
