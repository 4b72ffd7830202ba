import Testing
@testable import JSONSchema

/// Generated documents, written by `JSONWriter` and parsed back: every value's position
/// must point at its own text, and every key's position at its own quoted name.
@Suite struct JSONPositionPropertyTests {
    /// A fixed linear congruential generator: the same documents on every run.
    private struct Generator {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    private func makeValue(_ random: inout Generator, depth: Int) -> JSONValue {
        let names = ["a", "ağaç", "İstanbul", "x/y", "m~n", "😀", "long name with spaces", "q\"uote"]
        switch random.next(depth >= 3 ? 5 : 8) {
        case 0: return .null
        case 1: return .bool(random.next(2) == 0)
        case 2: return .number(JSONNumber(significand: BigIntLiteral.make(random.next(2_000_000) - 1_000_000), exponent: random.next(60) - 30))
        case 3, 4: return .string(String(repeating: names[random.next(names.count)], count: random.next(3)))
        case 5:
            // Sometimes longer than PositionTable.childListThreshold.
            let count = depth > 0 || random.next(2) == 0 ? random.next(4) : 20 + random.next(20)
            return .array((0..<count).map { _ in makeValue(&random, depth: depth + 1) })
        default:
            var members: [(String, JSONValue)] = []
            let count = depth > 0 || random.next(2) == 0 ? random.next(4) : 20 + random.next(10)
            for index in 0..<count {
                members.append(("\(names[random.next(names.count)])\(index)", makeValue(&random, depth: depth + 1)))
            }
            return .object(.init(uniqueKeysWithValues: members))
        }
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func positionsPointAtTheirOwnText(seed: UInt64) throws {
        var random = Generator(state: seed)
        let value = JSONValue.array((0..<6).map { _ in makeValue(&random, depth: 0) })
        for pretty in [false, true] {
            let text = JSONWriter.write(value, pretty: pretty)
            let bytes = Array(text.utf8)
            let document = try JSONParser.parse(bytes)
            #expect(document.value == value)
            for (pointer, member) in allPointers(in: document.value) {
                let position = try #require(document.position(of: pointer))
                let written = JSONWriter.write(member, pretty: false)
                let expected = isContainer(member) && pretty ? String(written.prefix(1)) : written
                #expect(sourceText(bytes, at: position.offset, length: expected.utf8.count) == expected, "value at \(pointer)")
                #expect(position.column == columnOf(offset: position.offset, in: bytes))
                if let key = pointer.tokens.last, case .object = document.value(at: pointer.parent!) {
                    let keyPosition = try #require(document.keyPosition(of: pointer))
                    let quoted = JSONWriter.quoted(key)
                    #expect(sourceText(bytes, at: keyPosition.offset, length: quoted.utf8.count) == quoted, "key at \(pointer)")
                }
            }
        }
    }

    @Test func keepLastInLargeObjectsAndArrays() throws {
        var text = "{"
        for index in 0..<40 { text += "\"k\(index % 25)\": [\(index)],\n" }
        text += "\"end\": [" + (0..<30).map(String.init).joined(separator: ",") + "]}"
        let bytes = Array(text.utf8)
        let document = try JSONParser.parse(bytes, options: .init(duplicateKeys: .keepLast))
        guard case .object(let members) = document.value else { throw JSONPointerError(message: "not an object") }
        #expect(members.count == 26)
        for (key, member) in members {
            let pointer = JSONPointer(tokens: [key])
            let position = try #require(document.position(of: pointer))
            let written = JSONWriter.write(member, pretty: false)
            #expect(sourceText(bytes, at: position.offset, length: written.utf8.count) == written, "\(key)")
            let keyPosition = try #require(document.keyPosition(of: pointer))
            #expect(sourceText(bytes, at: keyPosition.offset, length: key.utf8.count + 2) == "\"\(key)\"")
        }
        // k3 was written at lines 4 and 29; the last one wins.
        #expect(document.keyPosition(of: JSONPointer(tokens: ["k3"]))?.line == 29)
        #expect(document.position(of: JSONPointer(tokens: ["end", "29"]))?.line == 41)
    }

    /// The source text at a byte offset, for short failure messages.
    private func sourceText(_ bytes: [UInt8], at offset: Int, length: Int) -> String {
        String(decoding: bytes[offset..<min(bytes.count, offset + length)], as: UTF8.self)
    }

    private func isContainer(_ value: JSONValue) -> Bool {
        switch value {
        case .array, .object: true
        default: false
        }
    }

    private func columnOf(offset: Int, in bytes: [UInt8]) -> Int {
        let lineStart = bytes[..<offset].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        return bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
    }
}

import BigInt

private enum BigIntLiteral {
    static func make(_ value: Int) -> BigInt { BigInt(value) }
}
