import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to standard output and standard error without traps. `FileHandle.write(_:)`
/// traps when the write fails (`try!` inside Foundation) and `print` loses the failure in
/// stdio's buffer, so a full disk (`eizin rules > /dev/full`) or a closed standard output
/// either crashed or exited 0 with nothing written. Here every byte of a command's output
/// is written with `write(2)` and a failure becomes a message on standard error and exit
/// status 2.
enum StandardStreams {
    /// Writes all of `text` to standard output, or says on standard error that the output
    /// could not be written and throws `ExitCode(2)`.
    static func output(_ text: String, command: String) throws {
        if let reason = writeAll(text, to: STDOUT_FILENO) {
            error("eizin \(command): the output could not be written: \(reason)")
            throw ExitCode(2)
        }
    }

    /// Writes a line (a newline is added) to standard error. Best effort: when standard
    /// error itself cannot be written there is nobody left to tell.
    static func error(_ line: String) {
        _ = writeAll(line.hasSuffix("\n") ? line : line + "\n", to: STDERR_FILENO)
    }

    /// nil when every byte was written, else the reason (`No space left on device`).
    private static func writeAll(_ text: String, to descriptor: Int32) -> String? {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBytes { buffer -> String? in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                offset += written
            }
            return nil
        }
    }
}
