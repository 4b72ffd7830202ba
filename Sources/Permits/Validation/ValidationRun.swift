import Foundation
import FilePaths
import JSONSchema

/// Validates application files and folders: reads, parses, recognises the kind, then runs
/// the kind's validator. One bad file never stops the others.
public struct ValidationRun: Sendable {
    public var settings: ValidationSettings
    public var kind: FormKind?
    public var language: Language

    public init(settings: ValidationSettings, kind: FormKind? = nil, language: Language) {
        self.settings = settings
        self.kind = kind
        self.language = language
    }

    public func run(paths: [String]) throws(SchemaError) -> RunReport {
        try run(paths: paths.map(RawPath.init))
    }

    /// The same for paths as the system gave them (`RawPath.recovering` for the command line),
    /// so a name that is not UTF-8 is read, not "not found"; reports show it escaped.
    public func run(paths: [RawPath]) throws(SchemaError) -> RunReport {
        var validators: [FormKind: ApplicationValidator] = [:]
        var reports: [FileReport] = []
        for entry in JSONFiles.entries(paths) {
            let path = StandardInput.name(entry.path.display)
            switch JSONFiles.load(entry) {
            case .failure(let failure):
                reports.append(FileReport(path: path, failure: failure))
            case .success(let document):
                let detected: Result<FormKind, KindDetection.Failure> = kind.map { .success($0) } ?? KindDetection.detect(document.value)
                switch detected {
                case .failure(let failure):
                    let message = LocalizedText(tr: failure.message(.tr), en: failure.message(.en))
                    reports.append(FileReport(path: path, failure: FileFailure(message: message, position: document.position(of: failure.pointer))))
                case .success(let kind):
                    if validators[kind] == nil { validators[kind] = try ApplicationValidator(form: FormCatalog.definition(for: kind)) }
                    let findings = validators[kind]!.validate(document.value, document: document, settings: settings,
                                                              files: DiskFileAccess(directory: entry.path.parent))
                    reports.append(FileReport(path: path, kind: kind, findings: findings))
                }
            }
        }
        return RunReport(files: reports, language: language)
    }
}
