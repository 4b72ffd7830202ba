import Foundation
import OrderedCollections
import Testing
@testable import JSONSchema

/// Compilation never recurses, chains of in-place subschemas are limited, evaluation nests
/// at most `Evaluator.maximumDepth` levels, and a schema resource's URI is its own: what used
/// to overflow the stack is a `SchemaError` or a failure with a message.
@Suite struct ReferenceSafetyTests {
    private func json(_ text: String) throws -> JSONValue { try JSONParser.parse(text).value }

    private func schemaError(_ schema: JSONValue) -> String? {
        do {
            _ = try CompiledSchema(schema)
            return nil
        } catch {
            return error.message
        }
    }

    /// The subschema used to be compiled as its ancestor, so `allOf` applied the root to
    /// itself forever (a stack overflow at validation).
    @Test func subschemaIdNamingAnAncestorIsASchemaError() throws {
        let cases = [
            (#"{"$id": "https://e.com/a", "allOf": [{"$id": "https://e.com/a"}]}"#, "/allOf/0", "https://e.com/a"),
            (#"{"$id": "https://e.com/a/", "not": {"$id": "."}}"#, "/not", "https://e.com/a/"),
            (#"{"$id": "https://e.com/a/", "items": {"$id": "b/", "anyOf": [{"$id": ".."}]}}"#, "/items/anyOf/0", "https://e.com/a/"),
            (##"{"$id": "https://e.com/a", "properties": {"x": {"$id": "https://e.com/a#"}}}"##, "/properties/x", "https://e.com/a"),
            (#"{"$defs": {"x": {"$id": "https://e.com/s"}, "y": {"$id": "https://e.com/s"}}}"#, "/$defs/y", "https://e.com/s"),
        ]
        for (text, place, uri) in cases {
            let message = schemaError(try json(text))
            #expect(message?.hasPrefix("\(place): ") == true, "\(text): \(message ?? "compiled")")
            #expect(message?.contains("names '\(uri)', already the identifier of the schema at") == true, "\(message ?? "")")
        }
        // Another document under the same URI (a registry copy of the root) is fine.
        let schema = try json(#"{"$id": "https://e.com/r", "$defs": {"x": {"$id": "https://e.com/x", "type": "string"}}, "$ref": "x"}"#)
        let registry = SchemaRegistry()
        try registry.add(schema)
        let compiled = try CompiledSchema(schema, registry: registry)
        #expect(compiled.isValid("text") && !compiled.isValid(1))
    }

    private func chain(_ length: Int) -> JSONValue {
        var defs = OrderedDictionary<String, JSONValue>()
        for i in 0..<length { defs["d\(i)"] = ["$ref": .string("#/$defs/d\(i + 1)")] }
        defs["d\(length)"] = ["type": "string"]
        return ["$defs": .object(defs), "$ref": "#/$defs/d0"]
    }

    /// Compilation followed each `$ref` recursively and evaluation too: 20 000 links
    /// overflowed the stack.
    @Test func longChainsOfReferencesAreASchemaError() throws {
        let message = schemaError(chain(6_000))
        #expect(message?.contains("are chained more than \(ReferenceDepth.maximum) deep from here") == true, "\(message ?? "compiled")")
        #expect(schemaError(chain(ReferenceDepth.maximum + 1)) != nil)

        let longest = try CompiledSchema(chain(ReferenceDepth.maximum - 2))
        #expect(longest.isValid("text") && !longest.isValid(1))
        #expect(longest.validate(1).errors.first?.keyword == "type")
    }

    @Test func deepNestingOfInPlaceApplicatorsIsASchemaErrorNotARecursion() {
        var schema: JSONValue = ["type": "string"]
        for i in 0..<(ReferenceDepth.maximum + 10) { schema = i % 2 == 0 ? ["allOf": [schema]] : ["not": schema] }
        #expect(schemaError(schema)?.contains("are chained more than") == true)
    }

    @Test func cyclesAreNotChainsAndStillFailAsInfiniteLoops() throws {
        let schema = try CompiledSchema(try json(##"{"$defs": {"a": {"$ref": "#/$defs/b"}, "b": {"allOf": [{"$ref": "#/$defs/a"}]}}, "$ref": "#/$defs/a"}"##))
        #expect(!schema.isValid(1))
        #expect(schema.validate(1).errors.contains { $0.message.contains("infinite loop") })
    }

    /// An instance built in code may nest deeper than the parser allows: evaluation stops
    /// with a failure at `Evaluator.maximumDepth` instead of overflowing the stack. On a
    /// thread with room for 1200 levels in any build (a sanitizer's frames are several times
    /// larger), so that the level bound is what stops it.
    @Test func evaluationDepthIsBounded() throws {
        let recursive = try CompiledSchema(["items": ["$ref": "#"], "type": ["array", "number"]])
        var deep: JSONValue = 1
        for _ in 0..<5_000 { deep = .array([deep]) }
        let (valid, errors) = onThread(stackSize: 256 << 20) { [deep] in (recursive.isValid(deep), recursive.validate(deep).errors) }
        #expect(!valid)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("validation stopped: the schema and the instance together nest more than \(Evaluator.maximumDepth) levels deep") == true)

        // The deepest document the parser accepts is well within the limit.
        let depth = JSONParseOptions.defaultMaximumDepth
        let parsed = try json(String(repeating: "[", count: depth) + "1" + String(repeating: "]", count: depth))
        #expect(onThread(stackSize: 256 << 20) { recursive.isValid(parsed) && recursive.validate(parsed).isValid })
    }

    /// The level bound assumes a thread's usual 8 MB; on a smaller stack (or with larger
    /// frames) the evaluator measures the stack left and stops before it runs out: a clear
    /// failure, not a crash. Found under AddressSanitizer and ThreadSanitizer, whose frames
    /// overflowed 8 MB before the level bound was reached.
    @Test func evaluationStopsBeforeTheThreadsStackRunsOut() throws {
        let recursive = try CompiledSchema(["items": ["$ref": "#"], "type": ["array", "number"]])
        var deep: JSONValue = 1
        for _ in 0..<1_100 { deep = .array([deep]) }
        // 512 KiB: glibc may give a new thread a cached stack up to four times the size asked
        // for (a 2 MiB request got another test's 8 MiB stack, deep enough for the level
        // bound); even 2 MiB holds far fewer levels than the bound in a debug build.
        let (valid, errors) = onThread(stackSize: 512 << 10) { [deep] in (recursive.isValid(deep), recursive.validate(deep).errors) }
        #expect(!valid)
        #expect(errors.count == 1)
        #expect(errors.first?.message.hasPrefix("validation stopped: the schema and the instance together nest too deeply for this thread's stack") == true,
                "\(errors.first?.message ?? "no error")")
    }

    /// Runs `body` on a new thread with the given stack size and waits for its result.
    private func onThread<T: Sendable>(stackSize: Int, _ body: @escaping @Sendable () -> T) -> T {
        let result = ThreadResult<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            result.value = body()
            done.signal()
        }
        thread.stackSize = stackSize
        thread.start()
        done.wait()
        return result.value!
    }
}

/// What a thread of `onThread` hands back; written before the semaphore is signalled.
private final class ThreadResult<T>: @unchecked Sendable { var value: T? }
