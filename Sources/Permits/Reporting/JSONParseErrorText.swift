import JSONSchema

/// JSON syntax errors in both languages. The JSON module words them in English only (it
/// knows nothing of the validator's languages); here each `JSONParseError.Reason` gets its
/// Turkish sentence, built from the same tokens and positions.
extension JSONParseError {
    /// The message in Turkish and English; the English is `message`, unchanged.
    public var localizedMessage: LocalizedText {
        LocalizedText(tr: reason.turkishMessage, en: message)
    }
}

extension JSONParseError.Reason {
    /// The Turkish sentence. An `.other` reason has only English text, which is kept.
    var turkishMessage: String {
        typealias E = JSONParseError
        switch self {
        case .emptyInput:
            return "dosya boş; bir JSON değeri bekleniyordu"
        case .expectedValue(let found):
            return "bir JSON değeri bekleniyordu, \(found.turkishDescription) bulundu"
        case .expectedEndOfInput(let found):
            return "JSON değerinden sonra dosyanın bitmesi bekleniyordu, \(found.turkishDescription) bulundu"
        case .expectedLiteral(let literal, let found):
            return "'\(literal)' bekleniyordu, \(found.turkishDescription) bulundu"
        case .missingSeparator(let container, let found, let opened):
            let expected = container == .array
                ? "dizi öğesinden sonra ',' ya da ']' bekleniyordu"
                : "nesne üyesinden sonra ',' ya da '}' bekleniyordu"
            guard let opened else { return "\(expected), \(found.turkishDescription) bulundu" }
            let what = container == .array ? "dizi" : "nesne"
            return "\(expected), \(found.turkishDescription) bulundu (\(TurkishSuffix.at(opened)) açılan \(what) kapatılmamış)"
        case .trailingComma(.array):
            return "',' işaretinden sonra bir değer bekleniyordu, ']' bulundu (sonda virgül olamaz)"
        case .trailingComma(.object):
            return "',' işaretinden sonra bir üye adı bekleniyordu, '}' bulundu (sonda virgül olamaz)"
        case .expectedMemberName(let found):
            return "çift tırnak içinde bir üye adı bekleniyordu, \(found.turkishDescription) bulundu"
        case .expectedColon(let key, let found):
            return "\(JSONWriter.quoted(key)) üye adından sonra ':' bekleniyordu, \(found.turkishDescription) bulundu"
        case .duplicateKey(let key, let at, let first):
            let repeated = "\(JSONWriter.quoted(key)) anahtarı \(TurkishSuffix.at(at)) yineleniyor"
            return first.map { "\(repeated), ilk tanımı \(TurkishSuffix.at($0))" } ?? repeated
        case .tooDeep(let limit):
            return "diziler ve nesneler \(limit) düzeyden daha derin iç içe geçmiş"
        case .expectedDigitAfterMinus(let found):
            return "'-' işaretinden sonra bir rakam bekleniyordu, \(found.turkishDescription) bulundu"
        case .leadingZero(let digit):
            return "bir sayı başta sıfırla yazılamaz ('0\(digit)' bulundu)"
        case .expectedFractionDigit(let found):
            return "sayıda '.' işaretinden sonra bir rakam bekleniyordu, \(found.turkishDescription) bulundu"
        case .expectedExponentDigit(let found):
            return "sayının üssünde bir rakam bekleniyordu, \(found.turkishDescription) bulundu"
        case .tooManyDigits(let count, let limit):
            return "bu sayının \(count) anlamlı basamağı var; en çok \(limit) basamak kabul edilir"
        case .exponentTooLarge:
            return "bu sayının üssü çok büyük (64 bitlik bir tamsayıya sığmalı)"
        case .unclosedString:
            return "burada başlayan metin kapatılmamış: kapanış '\"' işaretinden önce dosya bitiyor"
        case .lineBreakInString(let start):
            let at = start.line == 0 ? "\(start.offset). baytta" : TurkishSuffix.at(start)
            return "metnin içinde satır sonu var; \\n olarak yazın (metin \(at) başlıyor)"
        case .controlCharacterInString(let byte):
            return "metnin içindeki \(E.Token.controlCharacter(byte).turkishDescription) \\u00\(E.hexByte(byte).dropFirst(2)) gibi bir kaçış dizisiyle yazılmalı"
        case .invalidUTF8InString(let bytes):
            let shown = bytes.map(E.hexByte).joined(separator: " ")
            return "metinde geçersiz UTF-8 (\(shown) \(bytes.count == 1 ? "baytı" : "baytları")); dosyayı UTF-8 olarak kaydedin"
        case .unclosedEscape:
            return "metin kapatılmamış: '\\' işaretinden sonra dosya bitiyor"
        case .loneLowSurrogate(let value):
            return "metinde tek başına alt vekil \\u\(E.hex4(value)): bir üst vekilden (\\uD800-\\uDBFF) sonra gelmeli; eşlenmemiş vekiller karakter değildir"
        case .loneHighSurrogate(let value):
            return "metinde tek başına üst vekil \\u\(E.hex4(value)): ardından bir alt vekil kaçışı (\\uDC00-\\uDFFF) gelmeli; eşlenmemiş vekiller karakter değildir"
        case .highSurrogateWithoutLow(let high, let next):
            return "üst vekil \\u\(E.hex4(high)) ardından alt vekil (\\uDC00-\\uDFFF) değil \\u\(E.hex4(next)) geliyor; eşlenmemiş vekiller karakter değildir"
        case .invalidEscape(let escape):
            return "metinde geçersiz kaçış dizisi \(escape.turkishDescription); geçerli olanlar: \\\" \\\\ \\/ \\b \\f \\n \\r \\t ve \\uXXXX"
        case .invalidUnicodeEscape(let escape):
            return "metinde geçersiz kaçış dizisi \(escape.turkishDescription): \\u işaretinden sonra dört onaltılık rakam gelmeli"
        case .inputTooLarge(let count):
            return "dosya \(count) bayt; 4 GiB ve üstü dosyalar desteklenmiyor"
        case .unsupportedEncoding(let encoding):
            return "dosya \(encoding) kodlamasında; UTF-8 olarak kaydedin"
        case .other(let message):
            return message
        }
    }
}

extension JSONParseError.Token {
    /// "dosyanın sonu", "']'", "'NaN'", "U+0009 denetim karakteri", "'é' (U+00E9)",
    /// "0xFF baytı (UTF-8 değil)".
    public var turkishDescription: String {
        switch self {
        case .endOfInput: "dosyanın sonu"
        case .space: "bir boşluk"
        case .character(let c): "'\(c)'"
        case .word(let w): "'\(w)'"
        case .controlCharacter(let b): "\(JSONParseError.hexCodePoint(UInt32(b))) denetim karakteri"
        case .nonASCII(let s): "'\(s)' (\(JSONParseError.hexCodePoint(s.value)))"
        case .invalidByte(let b): "\(JSONParseError.hexByte(b)) baytı (UTF-8 değil)"
        }
    }
}

extension JSONParseError.Escape {
    public var turkishDescription: String {
        switch self {
        case .text(let t): "'\(t)'"
        case .backslashFollowedBy(let token): "'\\' ve ardından \(token.turkishDescription)"
        }
    }
}

/// Turkish case endings after numbers, which follow how the number is read aloud.
enum TurkishSuffix {
    /// "2:3'te", "1:10'da", "4:40'ta": a position with the locative ending.
    static func at(_ position: SourcePosition) -> String {
        "\(position)'\(locative(position.column))"
    }

    /// The locative ending ("de", "da", "te", "ta") of a number: the last word read
    /// decides its vowel harmony and whether the ending hardens after ç, f, h, k, p, s, ş, t.
    static func locative(_ number: Int) -> String {
        let n = abs(number)
        let ones = ["da", "de", "de", "te", "te", "te", "da", "de", "de", "da"]  // sıfır, bir … dokuz
        let tens = ["", "da", "de", "da", "ta", "de", "ta", "te", "de", "da"]    // on, yirmi … doksan
        if n % 10 != 0 || n == 0 { return ones[n % 10] }
        if n % 100 != 0 { return tens[n / 10 % 10] }
        if n % 1000 != 0 { return "de" }                       // yüz
        if n % 1_000_000 != 0 { return "de" }                  // bin
        return "da"                                            // milyon, milyar
    }
}
