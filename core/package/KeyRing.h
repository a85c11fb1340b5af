#pragma once

#include "package/Signing.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace commissioner {

// A public key the tool trusts to sign packages. Its name is the key file's base name
// ("em7300-vendor" for em7300-vendor.pub), which is what a person sees as "signed by".
struct TrustedKey
{
    QString name;
    PublicKey key;
    QString origin; // the file it came from (":/keys/..." for built-in keys)
};

// A key file that could not be loaded; it is left out of the ring, never trusted.
struct KeyLoadProblem
{
    QString path;
    KeyFailure failure;
};

// The trusted public keys: the vendor keys compiled into the tool (":/keys/*.pub")
// plus, when asked, the *.pub files of a folder the person names.
class KeyRing
{
public:
    KeyRing() = default;

    // The built-in keys only.
    static KeyRing builtIn(QList<KeyLoadProblem>* problems = nullptr);

    void add(const TrustedKey& key);
    // Adds every *.pub file of dir; returns the files it left out. A missing folder is
    // reported as one FileUnreadable problem for the folder itself.
    QList<KeyLoadProblem> addFolder(const QString& dir);

    // Every trusted key with this 8-byte id (normally at most one; ids are only 64 bits,
    // so a caller tries each).
    QList<TrustedKey> keysWithId(const QByteArray& keyId) const;
    const QList<TrustedKey>& keys() const { return m_keys; }
    bool isEmpty() const { return m_keys.isEmpty(); }

private:
    QList<TrustedKey> m_keys;
};

} // namespace commissioner
