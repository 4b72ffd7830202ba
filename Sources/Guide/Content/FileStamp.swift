import Foundation

/// What `stat(2)` says of a regular file: device, inode, size, and the times of the last
/// change to its bytes and to the file itself. Equal stamps let a rebuild use the text it
/// read before instead of reading the file again. Timestamps advance in ticks of a few
/// milliseconds, so a file written twice within one tick keeps its stamp: a stamp is only
/// trusted when the file had been left alone for `settlingSeconds` when it was taken;
/// a younger file gets a stamp equal to no other, and is read on every build until then.
struct FileStamp: Equatable, Sendable {
    static let settlingSeconds = 2

    private var device: UInt64
    private var inode: UInt64
    private var size: Int64
    private var modified: timespec
    private var changed: timespec
    /// Set for a file changed less than `settlingSeconds` ago.
    private var unsettled: UUID?

    /// The stamp of the regular file at `path` (symbolic links followed, as reading it
    /// does); nil when there is none, so that reading it reports why.
    init?(_ path: String, settlingSeconds settling: Int = settlingSeconds) {
        var info = stat()
        guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        device = UInt64(info.st_dev)
        inode = UInt64(info.st_ino)
        size = Int64(info.st_size)
        modified = info.st_mtim
        changed = info.st_ctim
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        let newest = max(modified.tv_sec, changed.tv_sec)
        unsettled = now.tv_sec - newest < settling ? UUID() : nil
    }

    static func == (a: FileStamp, b: FileStamp) -> Bool {
        a.device == b.device && a.inode == b.inode && a.size == b.size
            && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
            && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
            && a.unsettled == b.unsettled
    }
}
