import JSONSchema

/// What one validation run found, file by file; the reporters format it.
public struct RunReport: Sendable {
    public var files: [FileReport]
    public var language: Language

    public init(files: [FileReport], language: Language) {
        self.files = files
        self.language = language
    }

    /// Findings by severity, those a summary line stands for included (`Finding.more`).
    public var errorCount: Int { count(.error) }
    public var warningCount: Int { count(.warning) }

    func count(_ severity: Severity) -> Int {
        files.reduce(0) { total, file in
            file.findings.reduce(total) { $1.severity == severity ? $0 + ($1.more ?? 1) : $0 }
        }
    }
    public var unreadableCount: Int { files.filter { $0.failure != nil }.count }

    /// 2 when a file could not be read, parsed or recognised; 1 when errors were found (or
    /// warnings, with `strict`); else 0.
    public func exitCode(strict: Bool) -> Int32 {
        if unreadableCount > 0 { return 2 }
        if errorCount > 0 || (strict && warningCount > 0) { return 1 }
        return 0
    }
}

/// One file's result: its findings, or why it could not be checked at all.
public struct FileReport: Sendable {
    public var path: String
    public var kind: FormKind?
    public var findings: [Finding]
    public var failure: FileFailure?

    public init(path: String, kind: FormKind? = nil, findings: [Finding] = [], failure: FileFailure? = nil) {
        self.path = path
        self.kind = kind
        self.findings = findings
        self.failure = failure
    }
}

/// An unreadable, unparsable or unrecognised file (exit code 2).
public struct FileFailure: Error, Sendable, Hashable {
    public var message: LocalizedText
    public var position: SourcePosition?

    public init(message: LocalizedText, position: SourcePosition? = nil) {
        self.message = message
        self.position = position
    }
}
