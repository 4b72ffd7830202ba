// libFuzzer target: compiling arbitrary schemas and validating arbitrary instances.
// The input's first JSON value is the schema, the rest the instance. Compilation may only
// fail with a SchemaError; validation must never pass an instance without deciding it.
// Built and run by scripts/fuzz (docs/testing.md, "Fuzzing").
import FuzzDriver
import JSONSchema

func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz-schema: \(message())") }
}

/// Where the first top-level JSON value of `bytes` ends (a bracket or string scan, not a
/// parse): the schema is `bytes[..<end]`, the instance the rest.
func endOfFirstValue(_ bytes: [UInt8]) -> Int {
    var i = 0
    while i < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[i]) { i += 1 }
    guard i < bytes.count else { return i }
    var depth = 0
    var inString = false
    var escaped = false
    let scalar = bytes[i] != UInt8(ascii: "{") && bytes[i] != UInt8(ascii: "[") && bytes[i] != UInt8(ascii: "\"")
    while i < bytes.count {
        let byte = bytes[i]
        i += 1
        if inString {
            if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") {
                inString = false
                if depth == 0 { return i }
            }
            continue
        }
        switch byte {
        case UInt8(ascii: "\""): inString = true
        case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
        case UInt8(ascii: "}"), UInt8(ascii: "]"):
            depth -= 1
            if depth <= 0 { return i }
        case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","):
            if scalar { return i - 1 }
        default: break
        }
    }
    return i
}

/// Small bounds so that one input takes milliseconds, not seconds (the defaults are tested
/// by the test suites).
let options = [
    ValidationOptions(formatAssertion: false, maxErrors: 50, maxEvaluations: 20_000, maxEvaluationsPerValue: 16),
    ValidationOptions(formatAssertion: true, maxErrors: 50, maxEvaluations: 20_000, maxEvaluationsPerValue: 16),
]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSchema(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard count <= 8192 else { return -1 }
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    let end = endOfFirstValue(bytes)
    guard let schema = try? JSONParser.parse(Array(bytes[..<end])).value else { return 0 }
    let instanceDocument = try? JSONParser.parse(Array(bytes[end...]))
    let instance = instanceDocument?.value ?? .null

    _ = CompiledSchema.metaSchema.isValid(schema)
    let compiled: CompiledSchema
    do {
        compiled = try CompiledSchema(schema, options: options[count % 2])
    } catch {
        // A SchemaError (the only error `init` can throw) must say something.
        check(!error.message.isEmpty, "empty SchemaError message")
        return 0
    }
    let valid = compiled.isValid(instance)
    let result = compiled.validate(instance)
    check(result.isValid == valid, "validate says \(result.isValid), isValid says \(valid)")
    if result.isValid {
        check(result.errors.isEmpty && result.omittedCount == 0, "a valid result with errors: \(result.errors)")
    } else {
        check(!result.errors.isEmpty || result.omittedCount > 0, "an invalid result without errors")
    }
    for format in OutputFormat.allCases {
        let output = compiled.output(instance, format: format, document: instanceDocument)
        guard case .object(let members) = output, case .bool(let outputValid)? = members["valid"] else {
            check(false, "\(format) output without \"valid\": \(JSONWriter.write(output))")
            return 0
        }
        // `output` runs every branch, so it may find an undecided value `isValid` skipped,
        // never the other way round.
        if !valid { check(!outputValid, "\(format) output says valid, isValid says invalid") }
        let text = JSONWriter.encode(output)
        check((try? JSONParser.parse(text)) != nil, "\(format) output does not parse again")
    }
    return 0
}

/// SwiftPM renames an executable's `main` to `fuzz_schema_main`; start libFuzzer from there.
@_cdecl("fuzz_schema_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    eizin_fuzz_main(argc, argv)
}
