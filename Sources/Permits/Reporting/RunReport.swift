import JSONSchema
import SiteLayout

/// What one validation run found, file by file; the reporters format it.
public struct RunReport: Sendable {
    public var files: [FileReport]
    public var language: Language
    /// The address the help site is published under (`https://…/`), or nil: then guide
    /// links are relative to the site's root (`tr/page.html#anchor`).
    public var siteURL: String?

    public init(files: [FileReport], language: Language, siteURL: String? = nil) {
        self.files = files
        self.language = language
        self.siteURL = siteURL
    }

    /// A guide step as the reports print it: absolute under `siteURL` when one is set, else
    /// relative to the root of the built site.
    public func link(_ guide: GuideLink) -> String {
        (siteURL.flatMap(SiteAddress.folder) ?? "") + guide.sitePath(in: language)
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
    /// Files by their worst outcome: each file counts once, as clean, with warnings (and no
    /// errors), with errors, or unreadable.
    public var cleanCount: Int { files.filter { $0.outcome == .clean }.count }
    public var withWarningsCount: Int { files.filter { $0.outcome == .warnings }.count }
    public var withErrorsCount: Int { files.filter { $0.outcome == .errors }.count }

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

extension FileReport {
    /// A file's worst outcome, for the summary.
    public enum Outcome: Sendable, Hashable { case clean, warnings, errors, unreadable }

    public var outcome: Outcome {
        if failure != nil { return .unreadable }
        if findings.contains(where: { $0.severity == .error }) { return .errors }
        return findings.isEmpty ? .clean : .warnings
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
