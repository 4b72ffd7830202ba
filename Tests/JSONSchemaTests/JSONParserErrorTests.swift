import Testing
@testable import JSONSchema

@Suite struct JSONParserErrorTests {
    /// The error `text` is rejected with, as "line:column: message".
    private func failure(_ text: String, options: JSONParseOptions = .init()) -> String {
        failure(Array(text.utf8), options: options)
    }

    private func failure(_ bytes: [UInt8], options: JSONParseOptions = .init()) -> String {
        do {
            let document = try JSONParser.parse(bytes, options: options)
            return "accepted: \(document.value)"
        } catch {
            return error.description
        }
    }

    @Test func messagesNameWhatWasExpectedAndWhere() {
        #expect(failure(#"{"a": 1, "b": 2]"#) == "1:16: expected ',' or '}' after object member, found ']'")
        #expect(failure("[1 2]") == "1:4: expected ',' or ']' after array element, found '2'")
        #expect(failure("[1,]") == "1:4: expected a value after ',', found ']' (trailing commas are not allowed)")
        #expect(failure(#"{"a" 1}"#) == #"1:6: expected ':' after member name "a", found '1'"#)
        #expect(failure("{a: 1}") == "1:2: expected a member name in double quotes, found 'a'")
        #expect(failure("[tru]") == "1:2: expected 'true', found 'tru'")
        #expect(failure("NaN") == "1:1: expected a JSON value, found 'NaN'")
        #expect(failure("[1]\n x") == "2:2: expected end of input after the JSON value, found 'x'")
        #expect(failure("") == "1:1: the input is empty; expected a JSON value")
        #expect(failure("[1,\n") == "2:1: expected a JSON value, found end of input")
        #expect(failure("{\"a\": [1,\n2") == "2:2: expected ',' or ']' after array element, found end of input (the array opened at 1:7 is not closed)")
    }

    @Test func numbersFollowTheGrammar() {
        #expect(failure("01") == "1:1: a number cannot have a leading zero (found '01')")
        #expect(failure("[-]") == "1:3: expected a digit after '-', found ']'")
        #expect(failure("1.") == "1:3: expected a digit after '.' in a number, found end of input")
        #expect(failure("1e+") == "1:4: expected a digit in the exponent of a number, found end of input")
        #expect(failure("[.5]") == "1:2: expected a JSON value, found '.'")
        #expect(failure("[1e99999999999999999999]") == "1:2: the exponent of this number is too large (it must fit in a 64-bit integer)")
        #expect(failure("[1e9223372036854775807, 0.1e-9223372036854775808]").hasPrefix("1:25: the exponent of this number is too large"))
    }

    @Test func duplicateKeysNameBothPositions() {
        let text = """
            {
              "a": 1,
              "a": 2
            }
            """
        #expect(failure(text) == #"3:3: duplicate key "a" at 3:3, first defined at 2:3"#)
        #expect(failure(#"[{"x": {"k": [1], "m": 0, "k": null}}]"#) == #"1:27: duplicate key "k" at 1:27, first defined at 1:9"#)
        let kept = try? JSONParser.parse(#"{"a": 1, "a": 2}"#, options: .init(duplicateKeys: .keepLast))
        #expect(kept?.value == .object(["a": .number(JSONNumber(2))]))
    }

    @Test func stringsRejectWhatSwiftCannotHoldOrJSONForbids() {
        #expect(failure(#"["\uD800"]"#).hasPrefix(#"1:3: lone high surrogate \uD800 in a string"#))
        #expect(failure(#"["\uDC00"]"#).hasPrefix(#"1:3: lone low surrogate \uDC00 in a string"#))
        #expect(failure(#"["ab\x"]"#).hasPrefix(#"1:5: invalid escape '\x' in a string"#))
        #expect(failure(#"["\u12G4"]"#).hasPrefix(#"1:3: invalid escape '\u12G4' in a string"#))
        #expect(failure("[\"a\nb\"]") == #"1:4: line break inside a string; write it as \n (the string starts at 1:2)"#)
        #expect(failure("[\"a\tb\"]").hasPrefix("1:4: control character U+0009 inside a string"))
        #expect(failure(#"["abc"#) == #"1:2: the string starting here is not closed: end of input before its closing '"'"#)
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        // "ş" is fine; then a Latin-1 "é" (0xE9) on line 2, column 5.
        let bytes = Array("[\"ş\",\n \"ab".utf8) + [0xE9] + Array("\"]".utf8)
        #expect(failure(bytes) == "2:5: invalid UTF-8 in a string (byte 0xE9); save the file as UTF-8")
        #expect(failure([0x5B, 0x22, 0xED, 0xA0, 0x80, 0x22, 0x5D]) == "1:3: invalid UTF-8 in a string (bytes 0xED 0xA0 0x80); save the file as UTF-8")
        #expect(failure([0x5B, 0xFF, 0x5D]) == "1:2: expected a JSON value, found byte 0xFF (not UTF-8)")
    }

    @Test func otherEncodingsAskForUTF8() {
        let utf16LE: [UInt8] = [0x5B, 0x00, 0x31, 0x00, 0x5D, 0x00]
        let utf16BE: [UInt8] = [0x00, 0x5B, 0x00, 0x31, 0x00, 0x5D]
        #expect(failure(utf16LE) == "1:1: UTF-16 input; save the file as UTF-8")
        #expect(failure(utf16BE) == "1:1: UTF-16 input; save the file as UTF-8")
        #expect(failure([0xFF, 0xFE, 0x5B, 0x00, 0x5D, 0x00]) == "1:1: UTF-16 input; save the file as UTF-8")
        #expect(failure([0x5B, 0x00, 0x00, 0x00, 0x5D, 0x00, 0x00, 0x00]) == "1:1: UTF-32 input; save the file as UTF-8")
        // A stray NUL that is not a UTF-16 pattern gets the ordinary error.
        #expect(failure([0x5B, 0x00, 0x5D]) == "1:2: expected a JSON value, found control character U+0000")
    }

    @Test func nestingIsLimitedWithoutOverflowingTheStack() throws {
        let deep = String(repeating: "[", count: 100_000)
        #expect(failure(deep) == "1:513: arrays and objects are nested more than 512 levels deep")
        let objects = String(repeating: #"{"a":"#, count: 600)
        #expect(failure(objects) == "1:2561: arrays and objects are nested more than 512 levels deep")
        let atLimit = String(repeating: "[", count: 512) + String(repeating: "]", count: 512)
        #expect(throws: Never.self) { try JSONParser.parse(atLimit) }
        #expect(failure("[[[]]]", options: .init(maximumDepth: 2)) == "1:3: arrays and objects are nested more than 2 levels deep")
    }
}
