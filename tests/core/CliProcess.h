#pragma once

// Runs the real invoicelink-cli binary as a child process while this process keeps its event
// loop turning, so an in-process sandbox can answer it. Config and data folders point into a
// test folder so nothing of the developer's own setup is read or written.

#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTimer>

#include <functional>

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
};

class CliProcess {
public:
    explicit CliProcess(const QString& home) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        m_process.setProcessEnvironment(env);
        m_process.setProgram(QStringLiteral(INVOICELINK_CLI_PATH));
    }

    // keepInputOpen: stdin stays open for later writeInput() (a prompt answered as it appears).
    void start(const QStringList& args, const QByteArray& input = {}, bool keepInputOpen = false) {
        m_process.setArguments(args);
        m_process.start();
        m_process.waitForStarted();
        if (!input.isEmpty())
            m_process.write(input);
        if (!keepInputOpen)
            m_process.closeWriteChannel();
    }
    void writeInput(const QByteArray& input) {
        m_process.write(input);
        m_process.closeWriteChannel();
    }

    // Sends SIGKILL after ms (while wait() turns the event loop): a crash at that moment.
    void killAfter(int ms) {
        QTimer::singleShot(ms, &m_process, [this] {
            if (m_process.state() != QProcess::NotRunning)
                m_process.kill();
        });
    }

    // Turns the event loop until the process ends; onOutput sees stdout as it grows.
    // Kills the process (SIGKILL) as soon as `condition` holds, checked every millisecond while
    // wait() runs the event loop: e.g. once the in-process sandbox has applied the k-th write.
    void killWhen(std::function<bool()> condition) {
        auto* poll = new QTimer(&m_process);
        QObject::connect(poll, &QTimer::timeout, &m_process, [this, poll, condition = std::move(condition)] {
            if (m_process.state() == QProcess::NotRunning) {
                poll->stop();
            } else if (condition()) {
                poll->stop();
                m_process.kill();
            }
        });
        poll->start(1);
    }
    CliResult wait(std::function<void(const QString&)> onOutput = {}, int timeoutMs = 30000) {
        QEventLoop loop;
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &loop, [&] {
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
            if (onOutput)
                onOutput(m_out);
        });
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        if (m_process.state() != QProcess::NotRunning)
            loop.exec();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        return {m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1, m_out,
                QString::fromUtf8(m_process.readAllStandardError())};
    }

    CliResult run(const QStringList& args, const QByteArray& input = {}) {
        start(args, input);
        return wait();
    }

private:
    QProcess m_process;
    QString m_out;
};
