/// One compiled schema object (or boolean schema): the keywords it applies, in evaluation
/// order. Nodes form a graph (a `$ref` may point back up), so they are classes; their
/// keyword lists are filled in once during compilation and never change afterwards, which is
/// what makes sharing them across threads safe.
final class SchemaNode: @unchecked Sendable {
    /// "uri#/pointer" — the canonical absolute location of this schema.
    let absoluteLocation: String
    /// The schema resource this node belongs to (pushed on the dynamic scope).
    let resourceURI: String
    /// `resourceURI` as a small number, the same for every node of one compiled schema in
    /// that resource: telling whether evaluation enters another resource is then one
    /// integer comparison per schema object instead of a string comparison.
    let resourceID: Int
    /// `true` / `false` for boolean schemas.
    let boolean: Bool?
    /// Filled in by the compiler, then read-only.
    var keywords: [BoundKeyword] = []

    init(absoluteLocation: String, resourceURI: String, resourceID: Int, boolean: Bool?) {
        self.absoluteLocation = absoluteLocation
        self.resourceURI = resourceURI
        self.resourceID = resourceID
        self.boolean = boolean
    }
}

/// A keyword validator bound to its place in a schema. A class, so that the evaluator's
/// loop over a node's keywords borrows each one instead of copying its strings and its
/// validator's existential box.
final class BoundKeyword: Sendable {
    let name: String
    let absoluteLocation: String
    let validator: any KeywordValidator

    init(name: String, absoluteLocation: String, validator: any KeywordValidator) {
        self.name = name
        self.absoluteLocation = absoluteLocation
        self.validator = validator
    }
}

/// The contract every keyword implements (one small type per keyword, grouped by
/// vocabulary). `evaluate` returns whether the instance passes; it reports failures and
/// annotations through the evaluator, and records evaluated properties/items in `scope`.
protocol KeywordValidator: Sendable {
    func evaluate(_ instance: JSONValue, _ scope: inout SchemaScope, _ ev: Evaluator) -> Bool
    var inPlaceSubschemas: [SchemaNode] { get }
}

/// What the keywords of one schema object share while evaluating one instance.
struct SchemaScope {
    var evaluated = Evaluated()
    /// Result of `if`, read by `then` and `else`.
    var ifResult: Bool?
    /// Number of items matching `contains`, read by `minContains` / `maxContains`.
    var containsCount: Int?
}

/// Which properties and items of the instance were evaluated by successful subschemas —
/// the annotations `unevaluatedProperties` / `unevaluatedItems` depend on.
struct Evaluated {
    var properties: Set<String> = []
    var items: Set<Int> = []
    var allItems = false

    mutating func merge(_ other: Evaluated) {
        if !other.properties.isEmpty { properties.formUnion(other.properties) }
        if other.allItems { allItems = true } else if !other.items.isEmpty { items.formUnion(other.items) }
    }

    func isItemEvaluated(_ i: Int) -> Bool { allItems || items.contains(i) }
}

extension KeywordValidator {
    /// The subschemas this keyword applies to the same instance (`$ref`, `allOf`, `not`,
    /// `if`, ...), for `ReferenceDepth`. Keywords that apply subschemas to parts of the
    /// instance (`properties`, `items`, ...) consume the instance and list none.
    var inPlaceSubschemas: [SchemaNode] { [] }
}
