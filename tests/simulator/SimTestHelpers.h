#pragma once

// Register-level helpers for the simulator's tests, written from device-protocol.md and
// independent of the tool's code.
#include <QByteArray>
#include <QCryptographicHash>
#include <QVector>

namespace simtest {

inline QByteArray makeImage(int size, quint32 seed = 7)
{
    QByteArray b(size, '\0');
    quint32 x = seed;
    for (int i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        b[i] = char(x >> 16);
    }
    return b;
}

inline QByteArray sha256(const QByteArray& b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

// 9002-9025: IMAGE_SIZE, IMAGE_SHA256, IMAGE_DEVICE_TYPE, IMAGE_HW_MIN, IMAGE_HW_MAX, IMAGE_VERSION
inline QVector<quint16> descriptor(quint32 size, const QByteArray& sha, quint16 type,
                                   quint16 hwMin = 1, quint16 hwMax = 9, quint16 major = 2,
                                   quint16 minor = 1, quint16 build = 7)
{
    QVector<quint16> r;
    r << quint16(size >> 16) << quint16(size & 0xFFFF);
    for (int i = 0; i < 32; i += 2)
        r << quint16((quint8(sha[i]) << 8) | quint8(sha[i + 1]));
    r << type << hwMin << hwMax << major << minor << build;
    return r;
}

// The registers of one data-window write at 9100.
inline QVector<quint16> dataWrite(quint32 offset, const QByteArray& bytes)
{
    QVector<quint16> r;
    r << quint16(offset >> 16) << quint16(offset & 0xFFFF) << quint16(bytes.size());
    for (int i = 0; i < bytes.size(); i += 2) {
        const quint8 hi = quint8(bytes[i]);
        const quint8 lo = i + 1 < bytes.size() ? quint8(bytes[i + 1]) : 0;
        r << quint16((hi << 8) | lo);
    }
    return r;
}

} // namespace simtest
