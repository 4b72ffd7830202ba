/// Settings that change what a compiled schema asserts.
public struct ValidationOptions: Sendable {
    /// `format` as an assertion instead of an annotation.
    public var formatAssertion: Bool = false
    public init(formatAssertion: Bool = false) { self.formatAssertion = formatAssertion }
}
