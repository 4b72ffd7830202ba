import JSONSchema

extension TextReporter {
    /// `eizin validate --schema`'s lines for one file, compiler-style:
    /// `data.json:3:9: "x" is not of type integer [instance "/a", schema "/properties/a/type"]`;
    /// failures past the validator's cap as `data.json:40:5: and 1,234 more like this [schema
    /// "/items/type"]`, worded as the application reports word theirs. English: a foreign
    /// schema's messages are.
    public static func schemaLines(_ lines: [InstanceReport.Line], file: String, paint: Paint) -> [String] {
        lines.map { line in
            let place = paint.location(oneLine(location(file, line.position)))
            switch line.entry {
            case .error(let error):
                return place + oneLine(": \(error.message) [instance \"\(error.instanceLocation)\", schema \"\(error.keywordLocation)\"]")
            case .more(let group):
                return place + oneLine(": \(ApplicationValidator.moreLikeThis(group.count).en) [schema \"\(group.sample.keywordLocation)\"]")
            case .moreUncounted:
                return place + ": and more errors, not listed"
            }
        }
    }
}
