#pragma once

#include <QString>

#include <functional>

// Whether a file lives on a network file system (SMB/CIFS, NFS and the like), where
// SQLite's locks are not reliable and two computers writing one file damage it.
// Linux: statfs's file system type, and for FUSE mounts the mount's subtype (a GNOME
// or UOS desktop mounts shares through gvfs). Windows: UNC paths and network drives.
class NetworkDrive final
{
public:
    struct Verdict
    {
        bool network = false;
        QString kind; // a short technical name ("cifs", "nfs", "UNC path"), empty when local
    };

    // `path` is a file or a folder that exists.
    static Verdict check(const QString &path);

    // The decision itself, for a Linux statfs magic number and, for FUSE, the mount's
    // type as /proc/self/mounts names it ("fuse.sshfs").
    static Verdict classify(quint64 fileSystemMagic, const QString &mountType = {});
    // For Windows-style paths: \\server\share\... and //server/share/... are network.
    static bool isUncPath(const QString &path);

    // Tests replace the probe to stand for a mounted share; an empty function restores it.
    using Probe = std::function<Verdict(const QString &path)>;
    static void setProbe(Probe probe);
};
