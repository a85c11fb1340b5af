#pragma once

#include <QByteArray>
#include <QJsonObject>

// Where a meter keeps what survives power loss: a small state record, and the image bytes
// received so far. The image is append-only, so its length is NEXT_OFFSET.
namespace metersim {

class MeterStorage
{
public:
    virtual ~MeterStorage() = default;
    virtual QJsonObject loadState() = 0; // empty when nothing was ever stored
    virtual bool saveState(const QJsonObject& state) = 0;
    virtual qint64 imageSize() const = 0;
    virtual bool appendImage(const QByteArray& bytes) = 0;
    virtual bool clearImage() = 0;
    virtual QByteArray readImage() const = 0;
};

// In memory: a process without --state, and unit tests (a new model on the same storage
// is the same meter after a power cycle).
class MemoryStorage : public MeterStorage
{
public:
    QJsonObject loadState() override { return m_state; }
    bool saveState(const QJsonObject& state) override
    {
        m_state = state;
        return true;
    }
    qint64 imageSize() const override { return m_image.size(); }
    bool appendImage(const QByteArray& bytes) override
    {
        m_image.append(bytes);
        return true;
    }
    bool clearImage() override
    {
        m_image.clear();
        return true;
    }
    QByteArray readImage() const override { return m_image; }

private:
    QJsonObject m_state;
    QByteArray m_image;
};

} // namespace metersim
