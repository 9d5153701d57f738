#include "NetworkDrive.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QMutexLocker>
#include <QStringList>

#if defined(Q_OS_LINUX)
#include <sys/vfs.h>
#elif defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace {

QMutex s_mutex;
NetworkDrive::Probe s_probe;

constexpr quint64 kFuseMagic = 0x65735546;

#if defined(Q_OS_LINUX)
// The type of the mount holding `path`: the longest mount point that prefixes it.
QString mountTypeOf(const QString &path)
{
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (!mounts.open(QIODevice::ReadOnly))
        return {};
    const QString canonical = QFileInfo(path).canonicalFilePath();
    QString best;
    QString type;
    const QList<QByteArray> lines = mounts.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 3)
            continue;
        // Spaces in mount points are written as \040.
        const QString point = QString::fromUtf8(fields.at(1)).replace(QStringLiteral("\\040"), QStringLiteral(" "));
        const bool under = canonical == point || canonical.startsWith(point.endsWith(QLatin1Char('/')) ? point : point + QLatin1Char('/'));
        if (under && point.size() >= best.size()) {
            best = point;
            type = QString::fromUtf8(fields.at(2));
        }
    }
    return type;
}
#endif

NetworkDrive::Verdict probeSystem(const QString &path)
{
    if (NetworkDrive::isUncPath(path))
        return {true, QStringLiteral("UNC path")};
#if defined(Q_OS_LINUX)
    struct statfs fs {};
    if (::statfs(QFile::encodeName(path).constData(), &fs) != 0)
        return {};
    const auto magic = quint64(quint32(fs.f_type));
    return NetworkDrive::classify(magic, magic == kFuseMagic ? mountTypeOf(path) : QString());
#elif defined(Q_OS_WIN)
    const QString root = QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()).left(3);
    if (GetDriveTypeW(reinterpret_cast<const wchar_t *>(root.utf16())) == DRIVE_REMOTE)
        return {true, QStringLiteral("network drive %1").arg(root.left(2))};
    return {};
#else
    return {};
#endif
}

} // namespace

NetworkDrive::Verdict NetworkDrive::classify(quint64 magic, const QString &mountType)
{
    switch (magic) {
    case 0x6969: return {true, QStringLiteral("nfs")};
    case 0x517B: return {true, QStringLiteral("smb")};
    case 0xFF534D42: return {true, QStringLiteral("cifs")};
    case 0xFE534D42: return {true, QStringLiteral("smb2")};
    case 0x73757245: return {true, QStringLiteral("coda")};
    case 0x5346414F:
    case 0x6B414653: return {true, QStringLiteral("afs")};
    case 0x01021997: return {true, QStringLiteral("9p")};
    case 0x00C36400: return {true, QStringLiteral("ceph")};
    case 0x013111A8: return {true, QStringLiteral("ibrix")};
    case 0x47504653: return {true, QStringLiteral("gpfs")};
    case 0x0BD00BD0: return {true, QStringLiteral("lustre")};
    default: break;
    }
    if (magic == kFuseMagic) {
        // Shares mounted by the desktop (gvfs) or by hand through FUSE.
        static const QStringList remote = {QStringLiteral("fuse.gvfsd-fuse"), QStringLiteral("fuse.sshfs"),
                                           QStringLiteral("fuse.smbnetfs"),   QStringLiteral("fuse.rclone"),
                                           QStringLiteral("fuse.davfs"),      QStringLiteral("fuse.curlftpfs"),
                                           QStringLiteral("fuse.s3fs"),       QStringLiteral("fuse.glusterfs")};
        if (remote.contains(mountType))
            return {true, mountType};
    }
    return {};
}

bool NetworkDrive::isUncPath(const QString &path)
{
    return (path.startsWith(QStringLiteral("\\\\")) || path.startsWith(QStringLiteral("//"))) && path.size() > 2
        && path.at(2) != QLatin1Char('?') && path.at(2) != QLatin1Char('.');
}

NetworkDrive::Verdict NetworkDrive::check(const QString &path)
{
    Probe probe;
    {
        QMutexLocker lock(&s_mutex);
        probe = s_probe;
    }
    return probe ? probe(path) : probeSystem(path);
}

void NetworkDrive::setProbe(Probe probe)
{
    QMutexLocker lock(&s_mutex);
    s_probe = std::move(probe);
}
