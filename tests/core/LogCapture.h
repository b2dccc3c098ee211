#pragma once

// Captures what the invoicelink.* categories log while it lives, with every level enabled (as
// --debug does), through qInstallMessageHandler; restores the previous handler and rules after.

#include "log/LogOutput.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QStringList>

class LogCapture {
public:
    LogCapture() {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handle);
        QLoggingCategory::setFilterRules(il::LogOutput::rules(il::LogOutput::Level::Debug));
    }
    ~LogCapture() {
        QLoggingCategory::setFilterRules(QString());
        qInstallMessageHandler(m_previous);
    }
    LogCapture(const LogCapture&) = delete;
    LogCapture& operator=(const LogCapture&) = delete;

    // "CATEGORY LEVEL: MESSAGE", in the order logged.
    QStringList lines() const {
        QMutexLocker lock(&s_mutex);
        return s_lines;
    }
    QStringList linesOf(const QString& category) const {
        QStringList out;
        for (const QString& l : lines())
            if (l.startsWith(category + u' '))
                out << l;
        return out;
    }
    QString all() const { return lines().join(u'\n'); }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message) {
        static const char* names[] = {"debug", "warning", "critical", "fatal", "info"};
        QMutexLocker lock(&s_mutex);
        s_lines << QStringLiteral("%1 %2: %3")
                       .arg(QLatin1String(context.category ? context.category : "default"),
                            QLatin1String(names[int(type)]), message);
    }

    inline static QMutex s_mutex;
    inline static QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};
