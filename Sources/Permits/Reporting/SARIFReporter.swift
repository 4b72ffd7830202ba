import Foundation
import JSONSchema

/// SARIF 2.1.0, for code-scanning tools: the rule catalogue as the driver's rules, one
/// result per finding, unreadable files as tool notifications.
public enum SARIFReporter {
    public static func json(_ report: RunReport) -> JSONValue {
        let lang = report.language
        let rules = RuleCatalog.all
        let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
        let driverRules: [JSONValue] = rules.map { rule in
            var pairs: [(String, JSONValue)] = [
                ("id", .string(rule.id)),
                ("shortDescription", .object([("text", .string(rule.title[lang]))])),
                ("fullDescription", .object([("text", .string(rule.catalogueMessage[lang]))])),
                ("help", .object([("text", .string("\(rule.source[lang]) — \(report.link(rule.guide))"))])),
            ]
            // Code-scanning tools make helpUri a link; only an absolute URI can be one.
            if report.siteURL != nil { pairs.append(("helpUri", .string(report.link(rule.guide)))) }
            pairs += [
                ("defaultConfiguration", .object([("level", .string(rule.severity.rawValue))])),
                ("properties", .object([("guide", .string(rule.guide.description))])),
            ]
            return .object(pairs)
        }
        var results: [JSONValue] = []
        var notifications: [JSONValue] = []
        for file in report.files {
            if let failure = file.failure {
                notifications.append(.object([
                    ("level", .string("error")),
                    ("message", .object([("text", .string(failure.message[lang]))])),
                    ("locations", .array([location(file.path, failure.position, pointer: nil)])),
                ]))
            }
            for f in file.findings {
                var pairs: [(String, JSONValue)] = [
                    ("ruleId", .string(f.rule)),
                    ("ruleIndex", .int(index[f.rule] ?? 0)),
                    ("level", .string(f.severity.rawValue)),
                    ("message", .object([("text", .string("\(f.label[lang]): \(f.message[lang]) — \(report.link(f.guide))"))])),
                    ("locations", .array([location(file.path, f.position, pointer: f.pointer)])),
                ]
                // A summary line: one result standing for `count` findings at `pattern`.
                if let more = f.more {
                    pairs.append(("properties", .object([("count", .int(more)), ("pattern", .string(f.fieldPointer.description))])))
                }
                results.append(.object(pairs))
            }
        }
        let run: JSONValue = .object([
            ("tool", .object([("driver", .object([
                ("name", .string("eizin")),
                ("rules", .array(driverRules)),
            ]))])),
            ("invocations", .array([.object([
                ("executionSuccessful", .bool(report.unreadableCount == 0)),
                ("toolExecutionNotifications", .array(notifications)),
            ])])),
            ("language", .string(lang.rawValue)),
            // eizin counts columns in Unicode scalars; SARIF's default is UTF-16 code units,
            // which differ after any character outside the BMP.
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
        return .object([
            ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
            ("version", .string("2.1.0")),
            ("runs", .array([run])),
        ])
    }

    public static func render(_ report: RunReport) -> String { JSONWriter.write(json(report)) }

    static func location(_ path: String, _ position: SourcePosition?, pointer: FieldPath?) -> JSONValue {
        // A URI reference: spaces and non-ASCII letters in file names are percent-encoded.
        let uri = path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? path
        var physical: [(String, JSONValue)] = [("artifactLocation", .object([("uri", .string(uri))]))]
        if let position {
            physical.append(("region", .object([("startLine", .int(position.line)), ("startColumn", .int(position.column))])))
        }
        var pairs: [(String, JSONValue)] = [("physicalLocation", .object(physical))]
        if let pointer {
            pairs.append(("logicalLocations", .array([.object([("fullyQualifiedName", .string(pointer.description)), ("kind", .string("member"))])])))
        }
        return .object(pairs)
    }
}
