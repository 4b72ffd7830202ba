import Foundation
import FilePaths
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the bytes of a file to validate, and when it cannot, says why in words a user can
/// act on ("no such file", "permission denied"...), never just "cannot read".
public enum JSONFileReader {
    /// Files above this size are refused rather than read: an application is a few
    /// kilobytes, and the parsed tree keeps every value with its position. Measured on a
    /// debug build: about 4.5 bytes of memory per byte of ordinary JSON, but 60 per byte for
    /// a file of tiny values (`[0,0,0,…]`), so 16 MiB can take 1 GB; 64 MiB took 4.
    public static let defaultSizeLimit = 16 * 1024 * 1024

    public static func read(_ path: String, sizeLimit: Int = defaultSizeLimit) -> Result<[UInt8], FileFailure> {
        read(RawPath(path), sizeLimit: sizeLimit)
    }

    /// The same for a path whose bytes need not be UTF-8 (`ba\xFEvuru.json`).
    public static func read(_ path: RawPath, sizeLimit: Int = defaultSizeLimit) -> Result<[UInt8], FileFailure> {
        // O_NONBLOCK only for the open itself: opening a named pipe must not wait for a writer.
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK) }
        guard fd >= 0 else { return .failure(failure(openError: errno, path: path)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .failure(failure(errno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            return .failure(cannotRead(.t("bu bir klasör", "it is a folder")))
        case S_IFREG:
            let size = Int(info.st_size)
            guard size <= sizeLimit else { return .failure(tooLarge("\(size)", sizeLimit)) }
            return readAll(fd, expected: size, sizeLimit: sizeLimit)
        case S_IFIFO, S_IFCHR:
            // A pipe (`cat app.json | eizin validate /dev/stdin`) or a device: read to its end,
            // but never past the limit (/dev/zero has no end). A pipe nobody writes to ends at once.
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
            return readAll(fd, expected: 0, sizeLimit: sizeLimit)
        case S_IFSOCK:
            return .failure(socket)
        default:
            return .failure(cannotRead(.t("normal bir dosya değil (bir blok aygıtı); başvuru dosyasının kendisini verin",
                                          "not a regular file (a block device); name the application file itself")))
        }
    }

    /// Reads until the end, refusing more than `sizeLimit` bytes.
    static func readAll(_ fd: Int32, expected: Int, sizeLimit: Int) -> Result<[UInt8], FileFailure> {
        // One byte more than expected, so that the end is seen without growing the buffer
        // (a file's size is known: no 64 KiB buffer to clear for a 300-byte file).
        var bytes = [UInt8](repeating: 0, count: expected > 0 ? expected + 1 : 64 * 1024)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= sizeLimit else { return .failure(tooLarge("> \(sizeLimit)", sizeLimit)) }
                bytes += [UInt8](repeating: 0, count: min(bytes.count, sizeLimit + 1 - bytes.count))
            }
            let n = bytes.withUnsafeMutableBytes { buffer in
                readBytes(fd, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .failure(failure(errno: errno))
            }
            if n == 0 { break }
            filled += n
            if filled > sizeLimit { return .failure(tooLarge("> \(sizeLimit)", sizeLimit)) }
        }
        bytes.removeSubrange(filled...)  // in place: a 10 MB file is not copied again
        return .success(bytes)
    }

    static func tooLarge(_ size: String, _ limit: Int) -> FileFailure {
        cannotRead(.t("dosya çok büyük (\(size) bayt; en çok \(limit) bayt okunur)",
                      "the file is too large (\(size) bytes; at most \(limit) are read)"))
    }

    static func cannotRead(_ reason: LocalizedText) -> FileFailure {
        FileFailure(message: LocalizedText(tr: "dosya okunamadı: \(reason.tr)", en: "cannot read the file: \(reason.en)"))
    }

    /// A socket is a program's connection point, not a file: opening it fails with ENXIO,
    /// which strerror words as "no such device or address".
    static let socket = cannotRead(.t(
        "bu bir soket (programların bağlantı noktası), dosya değil; başvuru dosyasının kendisini verin",
        "it is a socket (a connection point for programs), not a file; name the application file itself"))

    static func failure(openError code: Int32, path: String) -> FileFailure {
        failure(openError: code, path: RawPath(path))
    }

    static func failure(openError code: Int32, path: RawPath) -> FileFailure {
        if code == ENOENT, path.status(followingLinks: false).map({ $0.st_mode & S_IFMT == S_IFLNK }) == true {
            return cannotRead(.t("var olmayan bir dosyayı gösteren sembolik bağlantı", "a symbolic link to a missing file"))
        }
        if code == ENXIO || code == EOPNOTSUPP, path.status().map({ $0.st_mode & S_IFMT == S_IFSOCK }) == true {
            return socket
        }
        return failure(errno: code)
    }

    /// The reason in Turkish and in the English of `systemErrorReason`.
    static func failure(errno code: Int32) -> FileFailure {
        let turkish: String = switch code {
        case ENOENT: "böyle bir dosya yok"
        case EACCES, EPERM: "okuma izni yok"
        case ENOTDIR: "yolun bir parçası klasör değil, dosya"
        case ELOOP: "sembolik bağlantılar bir döngü oluşturuyor"
        case ENAMETOOLONG: "yol çok uzun"
        case EIO: "giriş/çıkış hatası (disk ya da ağ sürücüsü yanıt vermiyor)"
        case ENXIO, ENODEV: "aygıt ya da adres yok"
        case EMFILE, ENFILE: "açık dosya sayısı sınıra ulaştı"
        case ENOMEM: "bellek yetmedi"
        case EROFS: "disk salt okunur"
        case ENOSPC: "disk dolu"
        case EDQUOT: "disk kotası doldu"
        case EBUSY: "klasör kullanımda (bir bağlama noktası mı?)"
        // Any other error in the system's own (English) words, named as such in Turkish.
        default: "sistem hatası \(code) (\(String(cString: strerror(code))))"
        }
        return cannotRead(LocalizedText(tr: turkish, en: systemErrorReason(code)))
    }

}

/// POSIX `read`, named apart from `JSONFileReader.read`.
private func readBytes(_ fd: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buffer, count) }
