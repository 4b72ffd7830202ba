/// One node of the full ("verbose") result tree built when errors or annotations are
/// wanted. The flag, basic and detailed formats and `ValidationResult` are views of it.
final class OutputUnit {
    var valid = true
    let keywordPath: Path
    let absoluteKeywordLocation: String
    let instancePath: Path
    /// Failures reported by the keyword itself (not by its subschemas).
    var errors: [ValidationError] = []
    var annotation: JSONValue?
    var children: [OutputUnit] = []

    init(keywordLocation: Path, absoluteKeywordLocation: String, instanceLocation: Path) {
        self.keywordPath = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.instancePath = instanceLocation
    }

    var keywordLocation: [String] { keywordPath.tokens }
    var instanceLocation: [String] { instancePath.tokens }

    /// Leaf errors of the failed parts of the tree, in evaluation order. Valid subtrees are
    /// skipped (an `anyOf` branch that failed while another passed is not an error).
    func collectErrors(into errors: inout [ValidationError]) {
        guard !valid else { return }
        errors.append(contentsOf: self.errors)
        for child in children { child.collectErrors(into: &errors) }
    }

    /// Annotations of the valid parts of the tree (a failed subschema keeps none).
    func collectAnnotations(into units: inout [OutputUnit]) {
        guard valid else { return }
        if annotation != nil { units.append(self) }
        for child in children { child.collectAnnotations(into: &units) }
    }
}
