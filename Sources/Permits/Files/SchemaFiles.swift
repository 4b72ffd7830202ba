import Foundation
import JSONSchema

/// Schema documents on disk, by `file:` URI; the network never.
enum SchemaFiles {
    /// The `file:` URI of a path (absolute, percent-encoded); the current folder's for `-`.
    static func fileURI(_ path: String) -> String {
        let url = path == StandardInput.argument
            ? URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(StandardInput.displayName)
            : URL(fileURLWithPath: path)
        return url.standardizedFileURL.absoluteString
    }

    static func isAbsoluteURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        // One letter before a colon is a Windows drive, not a scheme.
        return scheme.count > 1 && scheme.first!.isLetter && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
    }

    /// The retriever for `SchemaRegistry`: `file:` URIs are read and parsed; `http(s)` ones
    /// are refused with the way out; any other scheme stays unresolved.
    @Sendable static func retrieve(_ uri: String) throws(SchemaError) -> JSONValue? {
        let lower = uri.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            throw SchemaError(message: "the $ref '\(uri)' names a schema on the network, and eizin never downloads: "
                              + "save it to a file and pass --ref FILE (if the file's $id is that URI) or --ref \(uri)=FILE")
        }
        guard lower.hasPrefix("file:"), let url = URL(string: uri), url.isFileURL else { return nil }
        let path = url.path
        switch JSONFiles.parse(path) {
        case .failure(let failure):
            throw SchemaError(message: "the $ref '\(uri)' names \(path)\(failure.position.map { ":\($0)" } ?? ""): \(failure.message.en)")
        case .success(let document):
            return document.value
        }
    }
}
