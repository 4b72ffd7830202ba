import Foundation

/// The words of the search: folding, tokens and stems. `assets/site.js` has a line-by-line
/// twin of every function here (`EizinSearch.fold`, `.tokens`, `.stem`); both are held to
/// the vectors of Tests/browser/js/search-vectors.json (Swift: SearchTextTests; node:
/// Tests/browser/js/search.test.js). Change both, and the vectors, together.
public enum SearchText {
    /// Turkish lower-casing first (İ → i, I → ı, never `lowercased()` alone, which makes
    /// I → i), then every mark dropped, ı → i included: "İZİN" → "izin", "başvuru" →
    /// "basvuru", "Iğdır" → "igdir". A reader may type the marks or not.
    public static func fold(_ text: String) -> String {
        // Fast path, same result: ASCII and the Turkish (and circumflexed) letters map one
        // scalar to one; any other scalar takes the full path below (Foundation's lower-casing
        // and decomposition, a large part of a big site's search index otherwise).
        // Every folded letter is ASCII: the result is built as bytes (appending scalars to
        // a String one by one costs far more).
        var fast: [UInt8] = []
        fast.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                fast.append(UInt8(value >= 0x41 && value <= 0x5A ? value + 0x20 : value))
            } else if let folded = turkishFolds[value] {
                fast.append(UInt8(folded.value))
            } else {
                return fullFold(text)
            }
        }
        return String(decoding: fast, as: UTF8.self)
    }

    /// Letters `fold` maps directly: ç ş ğ ü ö ı İ â î û and their capitals.
    static let turkishFolds: [UInt32: Unicode.Scalar] = [
        0xE7: "c", 0xC7: "c", 0x15F: "s", 0x15E: "s", 0x11F: "g", 0x11E: "g", 0xFC: "u", 0xDC: "u",
        0xF6: "o", 0xD6: "o", 0x131: "i", 0x130: "i", 0xE2: "a", 0xC2: "a", 0xEE: "i", 0xCE: "i",
        0xFB: "u", 0xDB: "u",
    ]

    static func fullFold(_ text: String) -> String {
        var cased = ""
        cased.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\u{130}": cased.unicodeScalars.append("i")  // İ
            case "I": cased.unicodeScalars.append("\u{131}")   // ı
            default: cased.unicodeScalars.append(scalar)
            }
        }
        var folded = ""
        for scalar in cased.lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            if (0x300...0x36F).contains(scalar.value) { continue }  // combining marks
            folded.unicodeScalars.append(scalar == "\u{131}" ? "i" : scalar)
        }
        return folded
    }

    /// Folded words: runs of letters and digits. An apostrophe ends a word and the letters
    /// after it are dropped (Turkish writes suffixes of names that way: "e-İzin'e" → "e",
    /// "izin"; English "guide's" → "guide"). Single letters are dropped, single digits kept.
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        // The word's UTF-8, its number of scalars and its first scalar.
        var current: [UInt8] = []
        var scalarCount = 0
        var first: Unicode.Scalar = " "
        var skipping = false
        func flush() {
            if scalarCount >= 2 || (scalarCount == 1 && isNumberScalar(first)) {
                result.append(String(decoding: current, as: UTF8.self))
            }
            current.removeAll(keepingCapacity: true)
            scalarCount = 0
        }
        for scalar in fold(text).unicodeScalars {
            if isWordScalar(scalar) {
                if !skipping {
                    if scalarCount == 0 { first = scalar }
                    scalarCount += 1
                    if scalar.isASCII { current.append(UInt8(scalar.value)) } else { current += String(scalar).utf8 }
                }
            } else if (scalar == "'" || scalar == "\u{2019}") && scalarCount > 0 && !skipping {
                flush()
                skipping = true
            } else {
                flush()
                skipping = false
            }
        }
        flush()
        return result
    }

    /// JavaScript's `\p{N}`.
    static func isNumberScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar.value >= 0x30 && scalar.value <= 0x39 }
        return [.decimalNumber, .letterNumber, .otherNumber].contains(scalar.properties.generalCategory)
    }

    /// JavaScript's `[\p{L}\p{N}]`.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        // In ASCII the letters and digits are exactly A-Z, a-z and 0-9: no table lookup.
        if scalar.isASCII {
            let value = scalar.value | 0x20
            return (scalar.value >= 0x30 && scalar.value <= 0x39) || (value >= 0x61 && value <= 0x7A)
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            return true
        default:
            return false
        }
    }

    /// Words too common to find anything, folded. Dropped from the index and from queries.
    public static let stopWords: [String: Set<String>] = [
        "tr": ["ve", "ile", "bir", "bu", "da", "de", "ya", "mi", "icin", "gibi", "ne", "nasil", "ki", "su", "daha", "en", "cok", "her", "hangi", "veya", "ama", "olan", "olarak"],
        "en": ["the", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "be", "by", "with", "how", "do", "does", "my", "what", "can", "it", "as", "at", "from", "this", "that", "your", "you", "if", "not", "which", "when"],
    ]

    /// The stem of a folded token in a page's language (Turkish stemmer for "tr", English
    /// for every other language).
    public static func stem(_ token: String, language: String) -> String {
        language == "tr" ? turkishStem(token) : englishStem(token)
    }

    /// Stems of `text`'s words in `language`, stop words left out, in text order.
    public static func stems(_ text: String, language: String) -> [String] {
        let stop = stopWords[language] ?? stopWords["en"]!
        return tokens(text).filter { !stop.contains($0) }.map { stem($0, language: language) }
    }

    // MARK: Turkish

    /// Turkish suffixes, folded (so -ları/-leri are "lari"/"leri"), longest first.
    static let turkishSuffixes: [String] = {
        let list = [
            // plural, possessive
            "lar", "ler", "lari", "leri", "im", "in", "um", "un", "i", "u", "si", "su",
            "imiz", "umuz", "iniz", "unuz", "miz", "muz", "niz", "nuz",
            // cases; after a possessive the pronominal n stays on the stem side
            // ("sayfası-n-da" → "sayfasın" → "sayfa"), so "-nda" never eats "izin-de"
            "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan", "ten",
            "ni", "nu", "yi", "yu", "nin", "nun", "sin", "sun",
            "la", "le", "yla", "yle", "ki", "daki", "deki",
            "dir", "dur", "tir", "tur",
            // verbs: infinitive, verbal noun, imperative, passive, participles, tenses (no
            // simple past: "-dı" would cut "kaydı" to "kay")
            "mak", "mek", "ma", "me", "masi", "mesi", "yin", "yiniz", "il", "ul",
            "an", "en", "yan", "yen", "ilir", "ulur", "abilir", "ebilir",
            "mis", "mus",
            "iyor", "uyor", "yor", "acak", "ecek", "arak", "erek",
        ]
        return list.sorted { ($0.count, $1) > ($1.count, $0) }
    }()

    static let voiceless: Set<Character> = ["p", "c", "t", "k", "f", "h", "s"]

    /// Whether `suffix` may follow `rest` (Turkish sound rules, on folded letters): a suffix
    /// starting with a vowel follows a consonant; one starting with a buffer letter (s, y,
    /// n: "sayfa-sı", "belge-ye", "yabancı-nın") or -miz/-muz follows a vowel; t-forms
    /// ("pasaport-ta") follow a voiceless consonant and d-forms ("izin-de") anything else.
    /// Without this, "pasaportu" would lose "-tu" (a past tense) and "pasaportun" only "-un".
    static func turkishSuffixFits(_ suffix: String, after rest: ArraySlice<Character>) -> Bool {
        guard let first = suffix.first, let last = rest.last else { return false }
        if vowels.contains(first) { return !vowels.contains(last) }
        if "syn".contains(first) || suffix == "miz" || suffix == "muz" { return vowels.contains(last) }
        if first == "t" { return voiceless.contains(last) }
        if first == "d" { return !voiceless.contains(last) }
        return true
    }

    /// Stems whose last vowel drops before a suffix ("izin" → "izni"), folded.
    static let turkishVowelDrop: [String: String] = [
        "izn": "izin", "kayd": "kayit", "ism": "isim", "resm": "resim", "sehr": "sehir", "asl": "asil",
        "fikr": "fikir", "akl": "akil", "ogl": "ogul", "burn": "burun", "agz": "agiz", "nehr": "nehir",
        "sabr": "sabir", "omr": "omur", "hukm": "hukum", "zihn": "zihin", "sekl": "sekil", "bagr": "bagir",
    ]

    static let vowels: Set<Character> = ["a", "e", "i", "o", "u"]

    /// A small suffix stripper for folded Turkish words: removes the longest suffix that
    /// leaves at least three letters with a vowel and fits the letter before it
    /// (`turkishSuffixFits`), again and again; then undoes a dropped
    /// vowel ("izn" → "izin") and a softened last consonant (b → p, d → t, g → k: "kimliği"
    /// → "kimlik"). The stems need not be words; they must be the same for a word's forms:
    /// "başvuruların", "başvurusu", "başvuru" → "basvur"; "izni", "iznin", "izin" → "izin".
    static func turkishStem(_ token: String) -> String {
        var word = Array(token)
        guard word.allSatisfy({ $0.isLetter }) else { return token }
        var changed = true
        while changed {
            changed = false
            for suffix in turkishSuffixes where word.count >= suffix.count + 3 && word.suffixMatches(suffix) {
                let rest = word.dropLast(suffix.count)
                if rest.contains(where: vowels.contains) && turkishSuffixFits(suffix, after: rest) {
                    word = Array(rest)
                    changed = true
                    break
                }
            }
        }
        var stem = String(word)
        if let full = turkishVowelDrop[stem] { stem = full }
        switch stem.last {
        case "b": stem = String(stem.dropLast()) + "p"
        case "d": stem = String(stem.dropLast()) + "t"
        case "g": stem = String(stem.dropLast()) + "k"
        default: break
        }
        return stem
    }

    // MARK: English

    /// A few of Porter's steps, enough for this guide: plurals, -ed, -ing, -ly, "-nsion" →
    /// "-nd" (extension → extend), and a final "e". "documents" → "document", "extending",
    /// "extension" → "extend", "saving", "save" → "sav", "applies" → "apply".
    static func englishStem(_ token: String) -> String {
        var word = token
        guard word.count > 3, word.allSatisfy({ $0.isLetter }) else { return token }
        func stemHasVowel(_ s: Substring) -> Bool { s.contains { "aeiouy".contains($0) } }
        if word.hasSuffix("sses") {
            word.removeLast(2)
        } else if word.hasSuffix("ies") && word.count > 4 {
            word = String(word.dropLast(3)) + "y"
        } else if word.hasSuffix("s") && !word.hasSuffix("ss") && !word.hasSuffix("us") && !word.hasSuffix("is") {
            word.removeLast()
        }
        var undouble = false
        if word.hasSuffix("ied") && word.count > 4 {
            word = String(word.dropLast(3)) + "y"
        } else if word.hasSuffix("eed") {
            word.removeLast()
        } else if word.hasSuffix("ed"), word.count - 2 >= 3, stemHasVowel(word.dropLast(2)) {
            word.removeLast(2)
            undouble = true
        } else if word.hasSuffix("ing"), word.count - 3 >= 3, stemHasVowel(word.dropLast(3)) {
            word.removeLast(3)
            undouble = true
        }
        if undouble, word.count >= 3 {
            let letters = Array(word)
            let last = letters[letters.count - 1]
            if last == letters[letters.count - 2] && !"aeioulsz".contains(last) { word.removeLast() }
        }
        if word.hasSuffix("ly") && word.count - 2 >= 4 { word.removeLast(2) }
        if word.hasSuffix("nsion") { word = String(word.dropLast(4)) + "d" }
        if word.hasSuffix("e") && word.count > 3 { word.removeLast() }
        return word
    }
}

private extension Array where Element == Character {
    func suffixMatches(_ suffix: String) -> Bool {
        let tail = Array(suffix)
        return count >= tail.count && Array(self[(count - tail.count)...]) == tail
    }
}
