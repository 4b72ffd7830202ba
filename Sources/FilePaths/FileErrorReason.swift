import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file operation failed, in plain English for the people who run the tools: one
/// table for reading and writing alike, so a full disk reads the same in `eizin build`,
/// `eizin schemas` and `eizin new`. Callers add what to do where they know it.
public func systemErrorReason(_ code: Int32) -> String {
    switch code {
    case ENOENT: "no such file"
    case EACCES, EPERM: "permission denied"
    case EROFS: "the disk is read-only"
    case ENOSPC: "the disk is full"
    case EDQUOT: "the disk quota is used up"
    case ENOTDIR: "a part of the path is a file, not a folder"
    case ELOOP: "the symbolic links form a loop"
    case ENAMETOOLONG: "the path is too long"
    case EIO: "input/output error (the disk or network drive does not answer)"
    case EBUSY: "the folder is in use (a mount point?)"
    case ENXIO, ENODEV: "no such device or address"
    case EMFILE, ENFILE: "too many open files"
    case ENOMEM: "not enough memory"
    default: String(cString: strerror(code))
    }
}

/// `systemErrorReason` for a Foundation file operation's error, rather than Foundation's
/// generic sentence or a dump of the error object.
public func fileErrorReason(_ error: any Error) -> String {
    let posix = (error as? CocoaError)?.underlying as? POSIXError ?? error as? POSIXError
    return posix.map { systemErrorReason($0.code.rawValue) } ?? error.localizedDescription
}
