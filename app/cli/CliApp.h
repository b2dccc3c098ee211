#pragma once

#include <QStringList>
#include <QTextStream>

// invoicelink-cli [--config FILE] COMMAND ...: parses the global options and hands the rest to
// the command. Exit codes: 0 success, 1 the command's own "needs attention", 2 failure.
class CliApp {
public:
    explicit CliApp(QStringList arguments);
    int run();

    static QString usage();

private:
    int dispatch(const QString& configPath, const QStringList& commandArgs);

    QStringList m_arguments;
    QTextStream m_out;
    QTextStream m_err;
};
