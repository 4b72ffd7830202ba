/// One node of the full ("verbose") result tree built when errors or annotations are
/// wanted. The flag, basic and detailed formats and `ValidationResult` are views of it.
final class OutputUnit {
    var valid = true
    let keywordLocation: [String]
    let absoluteKeywordLocation: String
    let instanceLocation: [String]
    /// Failures reported by the keyword itself (not by its subschemas).
    var errors: [ValidationError] = []
    var annotation: JSONValue?
    var children: [OutputUnit] = []

    init(keywordLocation: [String], absoluteKeywordLocation: String, instanceLocation: [String]) {
        self.keywordLocation = keywordLocation
        self.absoluteKeywordLocation = absoluteKeywordLocation
        self.instanceLocation = instanceLocation
    }

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
