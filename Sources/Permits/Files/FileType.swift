/// A file's type as its first bytes show it (a file's name proves nothing).
public enum FileType: String, Sendable, CaseIterable, Codable {
    case jpeg, png, gif, pdf, unknown

    public static func detect(_ bytes: some Collection<UInt8>) -> FileType {
        let head = Array(bytes.prefix(8))
        func starts(_ magic: [UInt8]) -> Bool { head.starts(with: magic) }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        return .unknown
    }

    /// How the type is named in messages.
    public var localizedName: LocalizedText {
        self == .unknown ? LocalizedText(tr: "tanınmayan bir biçim", en: "an unrecognised format") : .same(displayName)
    }

    /// The type's usual name.
    public var displayName: String {
        switch self {
        case .jpeg: "JPEG"
        case .png: "PNG"
        case .gif: "GIF"
        case .pdf: "PDF"
        case .unknown: "?"
        }
    }
}
