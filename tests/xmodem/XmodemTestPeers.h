#pragma once

// Test ends of an XMODEM link: a ByteStream over a raw file descriptor (one end of a
// socketpair or a pty master), and a scripted XMODEM receiver on a thread, so the sender
// can be shown NAKs, silences and cancels on cue.

#include "ByteStream.h"

#include <QByteArray>
#include <functional>
#include <thread>

namespace xmtest {

class FdStream final : public commissioner::ByteStream
{
public:
    explicit FdStream(int fd) : m_fd(fd) {}
    bool write(const QByteArray& bytes) override;
    int readByte(int timeoutMs) override;
    void discardInput() override;
    QString errorString() const override { return QStringLiteral("fd error"); }

private:
    int m_fd;
};

// Bounded helpers on a raw fd.
bool readExact(int fd, char* out, int n, int timeoutMs);
int readOne(int fd, int timeoutMs); // -1 on timeout
void writeBytes(int fd, const QByteArray& bytes);

struct ReceivedTransfer
{
    QByteArray data;     // blocks accepted, padding included
    int smallBlocks = 0; // SOH blocks seen (accepted or not)
    int largeBlocks = 0; // STX blocks seen
    int badBlocks = 0;   // failed their check
    bool ended = false;  // EOT ACKed
    int senderCans = 0;  // CAN bytes from the sender
};

// What the receiver says to one block: Ack, Nak, Can (sends CAN CAN), or 0 (says nothing).
// blockNumber is the wrapped number; attempt counts copies of the same number from 1.
using BlockAnswer = std::function<char(char header, quint8 blockNumber, int attempt)>;

// A receiver thread: sends `start` ('C' or NAK), then answers blocks by `answer` until EOT,
// CAN from the sender, or silence longer than idleMs. join() is bounded by that.
class ScriptedReceiver
{
public:
    ScriptedReceiver(int fd, char start, BlockAnswer answer, int idleMs = 3000);
    ~ScriptedReceiver();
    ReceivedTransfer join();

private:
    void run();
    int m_fd;
    char m_start;
    BlockAnswer m_answer;
    int m_idleMs;
    ReceivedTransfer m_result;
    std::thread m_thread;
};

} // namespace xmtest
