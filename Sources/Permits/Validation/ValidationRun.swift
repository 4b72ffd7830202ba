import Foundation
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
        var validators: [FormKind: ApplicationValidator] = [:]
        var reports: [FileReport] = []
        for path in ApplicationFiles.expand(paths) {
            switch ApplicationFiles.load(path) {
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
                    let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
                    let findings = validators[kind]!.validate(document.value, document: document, settings: settings,
                                                              files: DiskFileAccess(folder: folder))
                    reports.append(FileReport(path: path, kind: kind, findings: findings))
                }
            }
        }
        return RunReport(files: reports, language: language)
    }
}

/// Finding and reading the files to check.
public enum ApplicationFiles {
    /// Files as given; folders searched recursively for `*.json`, in sorted order, skipping
    /// hidden files and folders (`.build`, `.git`...) and symbolic links. A folder without
    /// any such file stays in the list, so that `load` reports it: checking nothing must not
    /// look like success.
    public static func expand(_ paths: [String]) -> [String] {
        var out: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                out.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let folder = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath()
            let prefix = folder.path.hasSuffix("/") ? folder.path : folder.path + "/"
            var found: [String] = []
            // A subfolder that cannot be read is listed too, so that `load` reports it rather
            // than its files silently going unchecked.
            var unreadable: [URL] = []
            let items = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey],
                                                       options: [.skipsHiddenFiles]) { url, _ in
                unreadable.append(url)
                return true
            }
            while let url = items?.nextObject() as? URL {
                let full = url.standardizedFileURL.resolvingSymlinksInPath().path
                guard url.pathExtension == "json", full.hasPrefix(prefix),
                      (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
                found.append(String(full.dropFirst(prefix.count)))
            }
            for url in unreadable {
                let full = url.standardizedFileURL.path
                if full.hasPrefix(prefix) { found.append(String(full.dropFirst(prefix.count))) }
            }
            out += found.isEmpty ? [path] : found.sorted().map { "\(base)/\($0)" }
        }
        return out
    }

    /// The parsed document of a file from `expand`, or why it cannot be had.
    public static func load(_ path: String) -> Result<JSONDocument, FileFailure> {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            // An unreadable folder looks empty to the search: say which it is.
            guard FileManager.default.isReadableFile(atPath: path), FileManager.default.isExecutableFile(atPath: path) else {
                return .failure(FileFailure(message: .t("klasör okunamadı: okuma izni yok", "cannot read the folder: permission denied")))
            }
            return .failure(FileFailure(message: .t(
                "bu klasörde *.json dosyası yok (alt klasörlere de bakıldı; gizli dosyalar ve sembolik bağlantılar atlanır)",
                "no *.json file in this folder (subfolders searched; hidden files and symbolic links are skipped)")))
        }
        return parse(path)
    }

    /// The parsed document of one file (a folder is refused as such).
    public static func parse(_ path: String) -> Result<JSONDocument, FileFailure> {
        let bytes: [UInt8]
        // `-` is standard input (its photo and documents are then looked for in the current
        // folder: `URL(fileURLWithPath: "-")`'s folder).
        switch JSONFileReader.read(path == "-" ? "/dev/stdin" : path) {
        case .failure(let failure): return .failure(failure)
        case .success(let read): bytes = read
        }
        do throws(JSONParseError) {
            return .success(try JSONParser.parse(bytes))
        } catch {
            let reason = error.localizedMessage
            return .failure(FileFailure(message: .t("geçerli JSON değil: \(reason.tr)", "not valid JSON: \(reason.en)"),
                                        position: error.position))
        }
    }
}
