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
