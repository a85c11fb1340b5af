#include "FileStorage.h"

#include "SimLogging.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace metersim {

namespace {
void syncFile(QFile& file)
{
#ifdef Q_OS_UNIX
    ::fsync(file.handle());
#else
    Q_UNUSED(file);
#endif
}
} // namespace

FileStorage::FileStorage(const QString& path, bool fsync)
    : m_path(path), m_fsync(fsync), m_image(imagePath(path))
{
    openImage();
}

FileStorage::~FileStorage() = default;

bool FileStorage::openImage()
{
    if (m_image.isOpen())
        return true;
    // Unbuffered: every append is one write() that has returned before we answer.
    if (!m_image.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        qCWarning(lcSimModel) << "cannot open image file" << m_image.fileName()
                              << m_image.errorString();
        return false;
    }
    return true;
}

QJsonObject FileStorage::loadState()
{
    QFile file(m_path);
    if (!file.exists() || !file.open(QIODevice::ReadOnly))
        return {};
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        qCWarning(lcSimModel) << "state file" << m_path
                              << "is not valid JSON:" << error.errorString();
        return {};
    }
    return doc.object();
}

bool FileStorage::saveState(const QJsonObject& state)
{
    // Not QSaveFile: it fsyncs every time, and the counter is saved on every block.
    const QString tmp = m_path + QStringLiteral(".tmp");
    QFile file(tmp);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcSimModel) << "cannot write" << tmp << file.errorString();
        return false;
    }
    const QByteArray bytes = QJsonDocument(state).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        qCWarning(lcSimModel) << "cannot write" << tmp << file.errorString();
        return false;
    }
    if (m_fsync)
        syncFile(file);
    file.close();
    if (std::rename(QFile::encodeName(tmp).constData(), QFile::encodeName(m_path).constData()) !=
        0) {
        // Windows will not rename over an existing file.
        QFile::remove(m_path);
        if (!QFile::rename(tmp, m_path)) {
            qCWarning(lcSimModel) << "cannot replace" << m_path;
            return false;
        }
    }
    return true;
}

qint64 FileStorage::imageSize() const
{
    return QFileInfo(m_image.fileName()).size();
}

bool FileStorage::appendImage(const QByteArray& bytes)
{
    if (!openImage())
        return false;
    if (m_image.write(bytes) != bytes.size()) {
        qCWarning(lcSimModel) << "image write failed" << m_image.errorString();
        return false;
    }
    if (m_fsync)
        syncFile(m_image);
    return true;
}

bool FileStorage::clearImage()
{
    if (!openImage())
        return false;
    const bool ok = m_image.resize(0);
    if (m_fsync)
        syncFile(m_image);
    return ok;
}

QByteArray FileStorage::readImage() const
{
    QFile file(m_image.fileName());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

} // namespace metersim
