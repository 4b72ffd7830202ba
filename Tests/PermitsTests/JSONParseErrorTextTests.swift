import JSONSchema
import Testing
@testable import Permits

/// Every JSON syntax error reads naturally in Turkish, and its English stays the parser's.
@Suite struct JSONParseErrorTextTests {
    /// One broken input per reason, parsed for real (so the parser's reasons are tested too);
    /// the two reasons no small input can produce are built by hand.
    static func samples() -> [JSONParseError] {
        func parse(_ bytes: [UInt8], _ options: JSONParseOptions = .init()) -> JSONParseError? {
            do throws(JSONParseError) {
                _ = try JSONParser.parse(bytes, options: options)
                return nil
            } catch { return error }
        }
        func parse(_ text: String, _ options: JSONParseOptions = .init()) -> JSONParseError? { parse(Array(text.utf8), options) }
        let start = SourcePosition(line: 1, column: 1, offset: 0)
        let parsed: [JSONParseError?] = [
            parse(""), parse("[,]"), parse("1 2"), parse("tru"), parse("[1 2"), parse("{\"a\": 1"),
            parse("[1,]"), parse("{\"a\": 1,}"), parse("{1: 2}"), parse("{\"a\" 1}"),
            parse("{\n  \"a\": 1,\n  \"a\": 2\n}"), parse("[[[1]]]", JSONParseOptions(maximumDepth: 2)),
            parse("-x"), parse("01"), parse("1."), parse("1e"), parse("123", JSONParseOptions(maximumSignificantDigits: 2)),
            parse("1e99999999999999999999"), parse("\"abc"), parse("\"a\nb\""), parse("\"a\tb\""),
            parse([0x22, 0xE9, 0x22]), parse([0x22, 0xED, 0xA0, 0x80, 0x22]), parse("\"\\"), parse("\"\\uDC00\""),
            parse("\"\\uD800\""), parse("\"\\uD800\\u0041\""), parse("\"\\x\""), parse("\"\\\u{1}\""), parse("\"\\u12G4\""),
            parse([0xFF, 0xFE, 0x5B, 0x00]), parse("[é]"), parse("[\u{FF}"), parse([0x5B, 0xFF]), parse("- 1"),
        ]
        return parsed.compactMap { $0 } + [JSONParseError(.inputTooLarge(byteCount: 5_000_000_000), at: start)]
    }

    /// Names every case, so that a new reason fails to compile here until it is sampled.
    static func caseName(_ reason: JSONParseError.Reason) -> String {
        switch reason {
        case .emptyInput: "emptyInput"
        case .expectedValue: "expectedValue"
        case .expectedEndOfInput: "expectedEndOfInput"
        case .expectedLiteral: "expectedLiteral"
        case .missingSeparator: "missingSeparator"
        case .trailingComma: "trailingComma"
        case .expectedMemberName: "expectedMemberName"
        case .expectedColon: "expectedColon"
        case .duplicateKey: "duplicateKey"
        case .tooDeep: "tooDeep"
        case .expectedDigitAfterMinus: "expectedDigitAfterMinus"
        case .leadingZero: "leadingZero"
        case .expectedFractionDigit: "expectedFractionDigit"
        case .expectedExponentDigit: "expectedExponentDigit"
        case .tooManyDigits: "tooManyDigits"
        case .exponentTooLarge: "exponentTooLarge"
        case .unclosedString: "unclosedString"
        case .lineBreakInString: "lineBreakInString"
        case .controlCharacterInString: "controlCharacterInString"
        case .invalidUTF8InString: "invalidUTF8InString"
        case .unclosedEscape: "unclosedEscape"
        case .loneLowSurrogate: "loneLowSurrogate"
        case .loneHighSurrogate: "loneHighSurrogate"
        case .highSurrogateWithoutLow: "highSurrogateWithoutLow"
        case .invalidEscape: "invalidEscape"
        case .invalidUnicodeEscape: "invalidUnicodeEscape"
        case .inputTooLarge: "inputTooLarge"
        case .unsupportedEncoding: "unsupportedEncoding"
        case .other: "other"
        }
    }

    @Test func everyReasonIsSampled() {
        let sampled = Set(Self.samples().map { Self.caseName($0.reason) })
        #expect(Self.samples().count == 36, "every broken input above fails to parse")
        #expect(sampled.count == 28, "all reasons but .other: \(sampled.sorted())")
        #expect(!sampled.contains("other"))
    }

    @Test(arguments: samples())
    func rendersInBothLanguages(_ error: JSONParseError) {
        let text = error.localizedMessage
        #expect(text.en == error.message && text[.en] == error.reason.englishMessage)
        #expect(!text.tr.isEmpty && text.tr != text.en)
        // No English left in the Turkish sentence (the JSON tokens themselves are quoted).
        let english = ["expected", "found", "input", "string", "number", "after", "byte ", "control", "escape", "the "]
        let unquoted = text.tr.split(separator: "'", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 0 }
            .map(\.element).joined(separator: " ").lowercased()
        for word in english { #expect(!unquoted.contains(word), "\(word) in: \(text.tr)") }
    }

    @Test func turkishSentences() throws {
        func tr(_ text: String) -> String? {
            do throws(JSONParseError) {
                _ = try JSONParser.parse(text)
                return nil
            } catch { return error.localizedMessage.tr }
        }
        #expect(tr("{\"a\": 1]") == "nesne üyesinden sonra ',' ya da '}' bekleniyordu, ']' bulundu")
        #expect(tr("{\n  \"a\": 1,\n  \"a\": 2\n}") == "\"a\" anahtarı 3:3'te yineleniyor, ilk tanımı 2:3'te")
        #expect(tr("[1,\n 2") == "dizi öğesinden sonra ',' ya da ']' bekleniyordu, dosyanın sonu bulundu (1:1'de açılan dizi kapatılmamış)")
        #expect(tr("[1,]") == "',' işaretinden sonra bir değer bekleniyordu, ']' bulundu (sonda virgül olamaz)")
        #expect(tr("nul") == "'null' bekleniyordu, 'nul' bulundu")
        #expect(tr("\"a\tb\"") == "metnin içindeki U+0009 denetim karakteri \\u0009 gibi bir kaçış dizisiyle yazılmalı")
        #expect(tr("\"a\nb\"") == "metnin içinde satır sonu var; \\n olarak yazın (metin 1:1'de başlıyor)")
        #expect(tr("") == "dosya boş; bir JSON değeri bekleniyordu")
    }

    @Test func otherReasonKeepsItsOnlyText() {
        let error = JSONParseError(message: "custom", position: SourcePosition(line: 1, column: 1, offset: 0))
        #expect(error.localizedMessage == LocalizedText(tr: "custom", en: "custom"))
    }

    @Test(arguments: [
        (0, "da"), (1, "de"), (2, "de"), (3, "te"), (4, "te"), (5, "te"), (6, "da"), (7, "de"), (8, "de"), (9, "da"),
        (10, "da"), (20, "de"), (30, "da"), (40, "ta"), (50, "de"), (60, "ta"), (70, "te"), (80, "de"), (90, "da"),
        (100, "de"), (1000, "de"), (2_000_000, "da"), (43, "te"), (110, "da"), (3500, "de"),
    ])
    func locativeFollowsTheSpokenNumber(_ number: Int, _ ending: String) {
        #expect(TurkishSuffix.locative(number) == ending)
    }
}
