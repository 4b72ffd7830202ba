import Foundation
import JSONSchema

/// Everything `eizin schemas` writes into forms/, as (file name, contents) pairs in a
/// fixed order, so the committed copy can be compared byte for byte.
public enum FormsOutput {
    public static func files() -> [(name: String, contents: String)] {
        var out = FormCatalog.all.map { form in
            (form.kind.schemaFileName, JSONWriter.write(SchemaEmitter.schema(for: form)))
        }
        out.append(("rules.json", JSONWriter.write(rulesDocument)))
        return out
    }

    /// What a folder lacks to hold exactly `files()`: the files missing or different there
    /// (with what they should hold), and the schemas it holds of kinds that no longer exist
    /// (a removed or renamed kind), which would still be published and used by editors.
    public static func differences(in folder: URL, files: [(name: String, contents: String)] = files()) -> (stale: [(name: String, contents: String)], leftovers: [String]) {
        let stale = files.filter { (try? String(contentsOf: folder.appendingPathComponent($0.name), encoding: .utf8)) != $0.contents }
        let expected = Set(files.map(\.name))
        let present = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return (stale, present.sorted().filter { $0.hasSuffix(".schema.json") && !expected.contains($0) })
    }

    /// The rule catalogue, each form's checks as expression trees, and every guide anchor:
    /// what the site's rules page and the browser's interpreter read.
    public static var rulesDocument: JSONValue {
        .object([
            ("rules", .array(RuleCatalog.all.map(\.json))),
            ("forms", .object(FormCatalog.all.map { form in
                (form.kind.rawValue, .object([
                    ("schema", .string(form.kind.schemaFileName)),
                    ("title", form.title.json),
                    ("checks", .array(form.allChecks.map(\.json))),
                ]))
            })),
            ("guideLinks", .strings(FormCatalog.allGuideLinks.map(\.description))),
        ])
    }
}
