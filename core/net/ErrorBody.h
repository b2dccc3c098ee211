#pragma once

#include <QByteArray>
#include <QString>

namespace il {

// Reads the server's own words out of an error body of either API:
//   Exact       {"error":{"code":"","message":{"lang":"","value":"Forbidden"}}}
//   OAuth       {"error":"invalid_request","error_description":"The refresh token expired …"}
//   ConnectWise {"code":"InvalidObject","message":"…","errors":[{"code","message","resource","field"}]}
//   ConnectWise 429 {"error":"ConnectWiseAPI","message":"…"}
// and anything else as the start of its text ("empty body" when there is none).
class ErrorBody {
public:
    // reasonHeader: Exact's `Reason` header, appended in parentheses when present.
    static QString message(const QByteArray& body, const QByteArray& reasonHeader = {});

    static constexpr int MaxTextLength = 200;

private:
    static QString fromJson(const QByteArray& body, bool* recognised);
    static QString fromText(const QByteArray& body);
};

} // namespace il
