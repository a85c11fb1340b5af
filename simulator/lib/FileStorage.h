#pragma once

#include "MeterStorage.h"

#include <QFile>
#include <QString>

namespace metersim {

// --state FILE: the state record in FILE (replaced atomically: written beside, then
// renamed) and the image in FILE.image (append-only). A write() that returned is in the
// page cache, which a kill -9 does not lose; fsync makes it survive a real power cut too.
class FileStorage : public MeterStorage
{
public:
    explicit FileStorage(const QString& path, bool fsync = false);
    ~FileStorage() override;

    QJsonObject loadState() override;
    bool saveState(const QJsonObject& state) override;
    qint64 imageSize() const override;
    bool appendImage(const QByteArray& bytes) override;
    bool clearImage() override;
    QByteArray readImage() const override;

    static QString imagePath(const QString& statePath)
    {
        return statePath + QStringLiteral(".image");
    }

private:
    bool openImage();

    QString m_path;
    bool m_fsync;
    QFile m_image;
};

} // namespace metersim
