#pragma once

#include "sandbox/Sandbox.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <gtest/gtest.h>

#include <memory>

// A gtest fixture with a running sandbox (demo data, both fakes) on a free loopback port.
// Override sandboxOptions() to change the dataset, latency or faults:
//   class MyTest : public SandboxTest {
//       il::sandbox::SandboxOptions sandboxOptions() const override { return {.latency = 50ms}; }
//   };
class SandboxTest : public ::testing::Test {
protected:
    virtual il::sandbox::SandboxOptions sandboxOptions() const { return {}; }

    void SetUp() override {
        m_sandbox = std::make_unique<il::sandbox::Sandbox>(sandboxOptions());
        ASSERT_TRUE(m_sandbox->start(0)) << m_sandbox->errorString().toStdString();
    }
    void TearDown() override { m_sandbox.reset(); }

    il::sandbox::Sandbox& sandbox() { return *m_sandbox; }

    // Writes the sandbox's ready-to-use config to a file in a folder that lives as long as the
    // test, and returns its path.
    QString writeConfig(const QString& databaseUrl = {}) {
        const QString path = m_dir.filePath(QStringLiteral("invoicelink.ini"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            ADD_FAILURE() << "cannot write " << path.toStdString();
        file.write(m_sandbox->configIni(databaseUrl).toUtf8());
        return path;
    }
    QString tempDir() const { return m_dir.path(); }

private:
    std::unique_ptr<il::sandbox::Sandbox> m_sandbox;
    QTemporaryDir m_dir;
};
