#include "package/KeyRing.h"

#include <QDir>
#include <QFileInfo>

namespace commissioner {

static QList<KeyLoadProblem> loadFolder(KeyRing& ring, const QString& dir)
{
    QList<KeyLoadProblem> problems;
    const QDir folder(dir);
    if (!folder.exists()) {
        problems.append(
            {dir, KeyFailure{KeyError::FileUnreadable, dir, QStringLiteral("no such folder")}});
        return problems;
    }
    const QFileInfoList files = folder.entryInfoList(
        {QStringLiteral("*.pub")}, QDir::Files | QDir::Readable | QDir::Hidden, QDir::Name);
    for (const QFileInfo& info : files) {
        auto key = readPublicKeyFile(info.filePath());
        if (!key) {
            problems.append({info.filePath(), key.error()});
            continue;
        }
        ring.add({info.completeBaseName(), *key, info.filePath()});
    }
    return problems;
}

KeyRing KeyRing::builtIn(QList<KeyLoadProblem>* problems)
{
    KeyRing ring;
    const QList<KeyLoadProblem> found = loadFolder(ring, QStringLiteral(":/keys"));
    // No built-in folder at all is a build without vendor keys, not a broken key file.
    if (problems && QDir(QStringLiteral(":/keys")).exists())
        *problems = found;
    return ring;
}

void KeyRing::add(const TrustedKey& key)
{
    m_keys.append(key);
}

QList<KeyLoadProblem> KeyRing::addFolder(const QString& dir)
{
    return loadFolder(*this, dir);
}

QList<TrustedKey> KeyRing::keysWithId(const QByteArray& keyId) const
{
    QList<TrustedKey> found;
    for (const TrustedKey& k : m_keys) {
        if (k.key.keyId() == keyId)
            found.append(k);
    }
    return found;
}

} // namespace commissioner
