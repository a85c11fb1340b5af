#pragma once

#include "ModemIo.h"

#include <QByteArray>
#include <QList>
#include <QVector>
#include <functional>
#include <thread>

// A scripted modem line for dialer tests: every write goes to `respond`, which queues what
// the "modem" says back; reads hand out the queue one chunk at a time. Pauses are recorded,
// not slept, so guard times can be checked without waiting for them.
class FakeModemIo final : public commissioner::ModemIo
{
public:
    std::function<void(const QByteArray& written, FakeModemIo& io)> respond;
    QByteArray written;
    QVector<int> pauses;
    QList<QByteArray> incoming;
    bool dtrSupported = true;
    QVector<bool> dtrChanges;
    bool failReads = false;

    void say(const QByteArray& bytes) { incoming.append(bytes); }

    bool writeAll(const QByteArray& bytes) override
    {
        written += bytes;
        if (respond)
            respond(bytes, *this);
        return true;
    }
    QByteArray readSome(int timeoutMs, bool* failed) override
    {
        *failed = failReads;
        if (failReads)
            return {};
        if (incoming.isEmpty()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(std::min(timeoutMs, 10)));
            return {};
        }
        return incoming.takeFirst();
    }
    void discardInput() override { incoming.clear(); }
    bool setDtr(bool on) override
    {
        if (!dtrSupported)
            return false;
        dtrChanges.append(on);
        return true;
    }
    void pause(int ms) override { pauses.append(ms); }
    int lastErrno() const override { return failReads ? 5 : 0; }
};
