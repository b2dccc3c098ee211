#include "log/LogOutput.h"

#include <QDateTime>
#include <QLoggingCategory>

#include <cstdio>

namespace il {

namespace {

QString levelName(QtMsgType type) {
    switch (type) {
    case QtDebugMsg:
        return QStringLiteral("debug");
    case QtInfoMsg:
        return QStringLiteral("info");
    case QtWarningMsg:
        return QStringLiteral("warning");
    case QtCriticalMsg:
        return QStringLiteral("critical");
    case QtFatalMsg:
        return QStringLiteral("fatal");
    }
    return QStringLiteral("?");
}

// Our own handler rather than Qt's default: that one may send messages to the journal instead of
// standard error when no terminal is attached, which is exactly the unattended case.
void writeToStderr(QtMsgType type, const QMessageLogContext& context, const QString& message) {
    const QString category =
        context.category ? QString::fromLatin1(context.category) : QStringLiteral("default");
    // One write per line, so lines of concurrent threads never interleave.
    const QByteArray line = LogOutput::format(category, levelName(type), message).toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

QString LogOutput::format(const QString& category, const QString& level, const QString& message) {
    // A line per message: a server's multi-line text must not start lines that look like ours.
    QString text = message;
    for (QChar& c : text)
        if (c.unicode() < 0x20 && c != u'\t')
            c = u' ';
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + u' ' + category + u' ' + level +
           QStringLiteral(": ") + text;
}

QString LogOutput::rules(Level level) {
    switch (level) {
    case Level::Quiet:
        return {};
    case Level::Verbose:
        return QStringLiteral("invoicelink.*.info=true");
    case Level::Debug:
        return QStringLiteral("invoicelink.*.info=true\ninvoicelink.*.debug=true");
    }
    return {};
}

void LogOutput::install(Level level) {
    qInstallMessageHandler(writeToStderr);
    const QString r = rules(level);
    if (!r.isEmpty())
        QLoggingCategory::setFilterRules(r);
}

} // namespace il
