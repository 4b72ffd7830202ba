import Foundation

/// Why a Foundation file operation failed, in the system's words ("No such file or
/// directory", "Permission denied"), rather than Foundation's generic sentence or a dump of
/// the error object.
public func fileErrorReason(_ error: any Error) -> String {
    let posix = (error as? CocoaError)?.underlying as? POSIXError ?? error as? POSIXError
    return posix.map { String(cString: strerror($0.code.rawValue)) } ?? error.localizedDescription
}
