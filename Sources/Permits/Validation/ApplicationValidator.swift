import JSONSchema

/// Validates application files of one kind: first against the emitted schema, then the
/// rules. Compile once, use for many files.
public final class ApplicationValidator: Sendable {
    public let form: FormDefinition
    let schema: CompiledSchema

    public init(form: FormDefinition) throws(SchemaError) {
        self.form = form
        self.schema = try CompiledSchema(SchemaEmitter.schema(for: form))
    }

    /// Every finding for `instance`, in file order. `document` supplies positions; `files`
    /// lets the file rules read what the application names (nil skips them).
    public func validate(_ instance: JSONValue, document: JSONDocument? = nil, settings: ValidationSettings,
                         files: (any FileAccess)? = nil) -> [Finding] {
        // A draft may be incomplete, as the portal's "Taslak Olarak Kaydet" allows: a member
        // left "" (as `eizin new` writes every blank field) is not filled in yet, exactly like
        // a missing one, rather than a too-short text, a malformed date or a wrong type.
        let instance = settings.draft ? Self.withoutEmptyMembers(instance) : instance
        let context = EvaluationContext(instance: instance, today: settings.today, files: files)
        let mapper = SchemaErrorMapper(form: form, context: context)
        var schemaFindings: [Finding] = []
        let result = schema.validate(instance)
        for error in result.errors {
            schemaFindings += mapper.findings(for: error)
        }
        // A value of the wrong type also fails the keywords that accept any type (`enum`,
        // `const`): `null` for a choice would be reported twice. The type is the cause.
        let wrongType = Set(schemaFindings.filter { $0.rule == "wrong-type" }.map(\.pointer))
        schemaFindings.removeAll { $0.rule != "wrong-type" && $0.member == nil && wrongType.contains($0.pointer) }
        let ruleFindings = RuleRunner(form: form, context: context, settings: settings).findings(after: schemaFindings)

        // A rule's finding says more than the schema's about the same problem (it quotes
        // values), so it wins; drafts drop what only completeness requires.
        var seen = Set<String>()
        var all: [Finding] = []
        for finding in ruleFindings + schemaFindings where !seen.contains(finding.key) {
            if settings.draft, RuleCatalog.rule(finding.rule)?.appliesToDrafts == false { continue }
            seen.insert(finding.key)
            all.append(finding)
        }
        if let document {
            for i in all.indices { all[i].position = Self.position(of: all[i], in: document) }
        }
        // The schema validator lists at most `maxErrors` errors and counts the rest by
        // keyword; each counted group joins the pattern its first error maps to.
        var unlisted: [(Finding, Int)] = []
        for group in result.omitted {
            for var finding in mapper.findings(for: group.sample) {
                if let document { finding.position = Self.position(of: finding, in: document) }
                unlisted.append((finding, group.count))
            }
        }
        return Self.summarise(all.sorted(by: Finding.fileOrder), unlisted: unlisted, in: instance)
    }

    /// Findings of one rule at one field pattern listed before the rest are summarised.
    public static let shownPerPattern = 10

    /// Keeps the first `shownPerPattern` findings of each rule at each field pattern (array
    /// indices as `*`: `/languages/*/level`), in file order, and replaces the rest by one
    /// summary line per pattern (`Finding.more`), placed where the first of them stands.
    /// `unlisted` are findings the schema validator only counted (each standing for `count`).
    static func summarise(_ sorted: [Finding], unlisted: [(Finding, count: Int)], in instance: JSONValue) -> [Finding] {
        func pattern(_ f: Finding) -> FieldPath { f.pointer.generalized(in: instance) }
        func key(_ f: Finding, _ p: FieldPath) -> String { "\(f.rule)\u{0}\(p)\u{0}\(f.member ?? "")" }
        var shown: [String: Int] = [:]
        var extra: [String: (first: Finding, pattern: FieldPath, count: Int)] = [:]
        var order: [String] = []
        var kept: [Finding] = []
        for finding in sorted {
            let p = pattern(finding), k = key(finding, p)
            let n = shown[k, default: 0]
            if n < shownPerPattern {
                shown[k] = n + 1
                kept.append(finding)
            } else if extra[k] != nil {
                extra[k]!.count += 1
            } else {
                extra[k] = (finding, p, 1)
                order.append(k)
            }
        }
        for (finding, count) in unlisted where count > 0 {
            let p = pattern(finding), k = key(finding, p)
            if extra[k] != nil {
                extra[k]!.count += count
            } else {
                // Only counted: the listed ones (if any) stay, the counted ones are "more".
                extra[k] = (finding, p, count)
                order.append(k)
            }
        }
        guard !order.isEmpty else { return sorted }
        for k in order {
            guard let (first, p, count) = extra[k] else { continue }
            var summary = first
            summary.pointer = p
            summary.more = count
            summary.message = moreLikeThis(count)
            kept.append(summary)
        }
        return kept.sorted(by: Finding.fileOrder)
    }

    /// "ve bunun gibi 999.990 bulgu daha" / "and 999,990 more like this".
    static func moreLikeThis(_ count: Int) -> LocalizedText {
        func grouped(_ n: Int, _ separator: String) -> String {
            let digits = Array(String(n))
            var out = ""
            for (i, d) in digits.enumerated() {
                if i > 0 && (digits.count - i) % 3 == 0 { out += separator }
                out.append(d)
            }
            return out
        }
        return LocalizedText(tr: "ve bunun gibi \(grouped(count, ".")) bulgu daha",
                             en: "and \(grouped(count, ",")) more like this")
    }

    /// `value` without the object members whose value is `""`, at any depth. (`null` is a
    /// value, of the wrong type everywhere in the forms, and stays reported as such.)
    /// Array elements stay, so that every remaining value keeps its JSON pointer.
    static func withoutEmptyMembers(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(var members):
            for (key, member) in members {
                if member == .string("") {
                    members.removeValue(forKey: key)
                } else if case .object = member {
                    members[key] = withoutEmptyMembers(member)
                } else if case .array = member {
                    members[key] = withoutEmptyMembers(member)
                }
            }
            return .object(members)
        case .array(let items):
            return .array(items.map(withoutEmptyMembers))
        default:
            return value
        }
    }

    /// The key's position for an unknown member, else the value's; a value that is absent
    /// (a defaulted date) points at its nearest present ancestor.
    static func position(of finding: Finding, in document: JSONDocument) -> SourcePosition? {
        if finding.rule == "unknown-field",
           let p = document.keyPosition(of: finding.pointer.pointer) { return p }
        var path: FieldPath? = finding.pointer
        while let current = path {
            if let p = document.position(of: current.pointer) { return p }
            path = current.parent
        }
        return nil
    }
}
