import Foundation

extension JSONParser {
    /// Parses the bytes of `data` in place (no copy).
    public static func parse(_ data: Data, options: JSONParseOptions = .init()) throws(JSONParseError) -> JSONDocument {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(JSONParseError) in
                try parse(buffer: raw.bindMemory(to: UInt8.self), options: options)
            }
        }
        return try result.get()
    }
}
