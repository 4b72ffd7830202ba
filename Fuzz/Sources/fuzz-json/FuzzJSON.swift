// libFuzzer target: the JSON parser with positions, and the writer's round trip.
// Built and run by scripts/fuzz (docs/testing.md, "Fuzzing").
import FuzzDriver
import JSONSchema

/// Stops the run with a message libFuzzer records next to the input.
func check(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() { fatalError("fuzz-json: \(message())") }
}

/// What a value's first byte must be, by its kind.
func startsCorrectly(_ value: JSONValue, _ byte: UInt8) -> Bool {
    switch value {
    case .null: return byte == UInt8(ascii: "n")
    case .bool(let b): return byte == (b ? UInt8(ascii: "t") : UInt8(ascii: "f"))
    case .number: return byte == UInt8(ascii: "-") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    case .string: return byte == UInt8(ascii: "\"")
    case .array: return byte == UInt8(ascii: "[")
    case .object: return byte == UInt8(ascii: "{")
    }
}

/// Every value's position is inside the input and points at its first byte; every key's at a quote.
func checkPositions(_ document: JSONDocument, _ bytes: [UInt8], _ value: JSONValue, _ pointer: JSONPointer, isMember: Bool) {
    guard let position = document.position(of: pointer) else { return check(false, "no position for \(pointer)") }
    check(position.offset >= 0 && position.offset < bytes.count, "position \(position.offset) of \(pointer) outside \(bytes.count) bytes")
    check(position.line >= 1 && position.column >= 1, "line/column \(position) of \(pointer)")
    check(startsCorrectly(value, bytes[position.offset]), "value at \(pointer) does not start at its offset \(position.offset)")
    if isMember {
        guard let key = document.keyPosition(of: pointer) else { return check(false, "no key position for \(pointer)") }
        check(key.offset >= 0 && key.offset < position.offset, "key position \(key.offset) of \(pointer)")
        check(bytes[key.offset] == UInt8(ascii: "\""), "key of \(pointer) does not start with a quote")
    }
    switch value {
    case .array(let elements):
        for (index, element) in elements.enumerated() {
            checkPositions(document, bytes, element, pointer.appending(index: index), isMember: false)
        }
    case .object(let members):
        for (key, member) in members {
            checkPositions(document, bytes, member, pointer.appending(key), isMember: true)
        }
    default:
        break
    }
}

/// Written (pretty and compact) and parsed again, the value is equal, and writing is stable.
func checkRoundTrip(_ value: JSONValue) {
    for pretty in [true, false] {
        let text = JSONWriter.write(value, pretty: pretty)
        let again: JSONDocument
        do {
            again = try JSONParser.parse(JSONWriter.encode(value, pretty: pretty), options: JSONParseOptions(duplicateKeys: .keepLast))
        } catch {
            return check(false, "the writer's output does not parse: \(error)\n\(text)")
        }
        check(again.value == value, "round trip changed the value:\n\(text)")
        check(JSONWriter.write(again.value, pretty: pretty) == text, "writing the parsed output gives other text:\n\(text)")
    }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSON(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = [UInt8](UnsafeRawBufferPointer(start: start, count: count))
    for options in [JSONParseOptions(), JSONParseOptions(duplicateKeys: .keepLast)] {
        do {
            let document = try JSONParser.parse(bytes, options: options)
            checkPositions(document, bytes, document.value, .root, isMember: false)
            checkRoundTrip(document.value)
        } catch {
            let p = error.position
            check(p.offset >= 0 && p.offset <= bytes.count, "error position \(p.offset) outside \(bytes.count) bytes: \(error)")
            check(p.line >= 1 && p.column >= 1, "error line/column \(p): \(error)")
            check(!error.message.isEmpty, "empty error message")
        }
    }
    return 0
}

/// SwiftPM renames an executable's `main` to `fuzz_json_main`; start libFuzzer from there.
@_cdecl("fuzz_json_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    eizin_fuzz_main(argc, argv)
}
