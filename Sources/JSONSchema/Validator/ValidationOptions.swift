/// Settings that change what a compiled schema asserts, and the bounds of one validation.
public struct ValidationOptions: Sendable {
    /// `format` as an assertion instead of an annotation.
    public var formatAssertion: Bool = false
    /// How many errors `validate` (and `output`) list. Past it, no more are built; the
    /// evaluation goes on (the verdict stays exact) and only counts the rest:
    /// `ValidationResult.truncated`, `omitted`. Memory stays bounded by it, not by the
    /// number of failures.
    public var maxErrors: Int = 1000
    /// Subschema evaluations one validation may make before it stops and fails closed (an
    /// error saying so, `ValidationError.isUndecided`), plus `maxEvaluationsPerValue` for
    /// each value of the instance: a large instance gets work in proportion to its size, a
    /// small schema that multiplies its work (exponentially, through `$defs`) is stopped.
    public var maxEvaluations: Int = 1_000_000
    public var maxEvaluationsPerValue: Int = 256

    public init(formatAssertion: Bool = false, maxErrors: Int = 1000, maxEvaluations: Int = 1_000_000,
                maxEvaluationsPerValue: Int = 256) {
        self.formatAssertion = formatAssertion
        self.maxErrors = max(0, maxErrors)
        self.maxEvaluations = max(0, maxEvaluations)
        self.maxEvaluationsPerValue = max(0, maxEvaluationsPerValue)
    }
}
