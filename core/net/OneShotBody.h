#pragma once

#include <QByteArray>
#include <QIODevice>

namespace il {

// A request body Qt cannot rewind. Qt's HTTP layer silently re-sends a request when the
// connection closes before the answer; that would repeat a POST behind our back and hide a GET
// from the call count. With a body that refuses reset(), such a re-send fails instead, and
// HttpClient's own policy decides (and counts) any retry.
class OneShotBody : public QIODevice {
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return (m_data.size() - m_pos) + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_pos = 0;
};

} // namespace il
