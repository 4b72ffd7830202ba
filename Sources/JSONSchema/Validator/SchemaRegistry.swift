import FilePaths
import Foundation

/// Known schemas by URI: preloaded with the 2020-12 meta-schema and its vocabulary
/// meta-schemas; more can be added (e.g. the schemas a form refers to, or a folder of
/// remote schemas mapped to a base URI). Thread-safe: adding and compiling may happen from
/// several threads; each compilation works on a snapshot.
public final class SchemaRegistry: @unchecked Sendable {
    private let lock = NSLock()
    private var index: SchemaIndex

    /// The URI given to a root schema that has no `$id` (as jsonschema-rs does).
    public static let defaultBaseURI = "json-schema:///"

    /// Asked for a schema document a reference names when no known resource has its URI
    /// (absolute, without fragment): returns the document, nil when it cannot be had (the
    /// reference then fails as unresolvable), or throws to fail with its own message.
    /// The registry itself never reads files or the network; a caller decides (the command
    /// line reads `file:` URIs and refuses `http(s)`). Called while compiling only.
    public typealias Retriever = @Sendable (String) throws(SchemaError) -> JSONValue?

    private var _retriever: Retriever?
    public var retriever: Retriever? {
        get { lock.lock(); defer { lock.unlock() }; return _retriever }
        set { lock.lock(); defer { lock.unlock() }; _retriever = newValue }
    }

    public init() {
        index = Self.metaSchemaIndex
    }

    /// Adds a schema under `uri` (its retrieval URI; an `$id` inside is resolved against it).
    /// Embedded resources (`$id` in subschemas) and anchors become resolvable too.
    public func add(_ schema: JSONValue, uri: String? = nil) throws {
        var base = URIReference(uri ?? Self.defaultBaseURI)
        if uri == nil {
            guard case .object(let members) = schema, case .string(let id)? = members["$id"] else {
                throw SchemaError(message: "a schema added without a URI needs an absolute \"$id\"")
            }
            base = base.resolving(id)
        }
        guard base.isAbsolute else { throw SchemaError(message: "'\(base)' is not an absolute URI") }
        lock.lock()
        defer { lock.unlock() }
        try index.add(schema, baseURI: base)
    }

    /// Adds every `*.json` file below `directory`, each under `baseURI` + its relative path
    /// (the test suite maps `remotes/` to `http://localhost:1234/`). Returns the count added.
    @discardableResult
    public func addDirectory(_ directory: URL, baseURI: String) throws -> Int {
        let base = baseURI.hasSuffix("/") ? baseURI : baseURI + "/"
        let root = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(atPath: root) else {
            throw SchemaError(message: "\(root): cannot read the directory")
        }
        var added = 0
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".json") { files.append(relative) }
        }
        for relative in files.sorted() {
            let path = root + "/" + relative
            let data: Data
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw SchemaError(message: "\(path): cannot read the file: \(fileErrorReason(error))")
            }
            let document: JSONDocument
            do {
                document = try JSONParser.parse([UInt8](data))
            } catch {
                throw SchemaError(message: "\(path):\(error.position.line):\(error.position.column): \(error.message)")
            }
            try add(document.value, uri: base + relative)
            added += 1
        }
        return added
    }

    /// True when a schema resource is known under `uri`.
    public func contains(_ uri: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return index.resources[URIReference(uri).withoutFragment.description] != nil
    }

    func snapshot() -> SchemaIndex {
        lock.lock()
        defer { lock.unlock() }
        return index
    }

    /// Parsed once per process.
    private static let metaSchemaIndex: SchemaIndex = {
        var index = SchemaIndex()
        for (uri, json) in MetaSchemas.all {
            // These are fixed spec texts: failing to parse or index them is a programming error.
            let document = try! JSONParser.parse(Array(json.utf8))
            try! index.add(document.value, baseURI: URIReference(uri))
        }
        return index
    }()
}
