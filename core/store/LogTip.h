#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace il {

// One point of the transfer log's hash chain: a row id and that row's hash. Every hash covers the
// row before it, so a matching (id, hash) vouches for every row up to that id. This is what the
// keychain anchor, the exports and the run mails carry, and what `log verify --tip` takes.
struct LogTip {
    qint64 id = 0; // 0: the log was empty
    QString hash;  // 64 lower-case hex digits
    QDateTime at;  // when the anchor was taken (keychain value only; not part of the proof)

    bool isEmpty() const { return id == 0; }
    bool operator==(const LogTip& other) const { return id == other.id && hash == other.hash; }

    // "123:<hash>": the form `log verify --tip` takes.
    QString text() const;
    // The line a mail or a report carries, with the command that checks it.
    QString sentence() const;
    // "ID:HASH" (a positive id, 64 hex digits; case and surrounding blanks forgiven); nullopt
    // otherwise.
    static std::optional<LogTip> parse(const QString& text);

    // The keychain value {"id":123,"hash":"…","at":"2024-05-03T14:30:15.250Z"} and back; fromJson
    // gives nullopt for anything else, so a damaged entry is reported, never half-read.
    QString toJson() const;
    static std::optional<LogTip> fromJson(const QString& json);
};

} // namespace il
