import BigInt

/// Numbers: RFC 8259 grammar, exact decimal value.
extension JSONByteParser {
    /// Parses `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` into an exact
    /// `significand × 10^exponent`, trailing zeros stripped from the digits as they are read
    /// (cheaper than normalising a BigInt by division).
    @inline(never)
    mutating func parseNumber() throws(JSONParseError) -> JSONNumber {
        let start = index
        let negative = bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw error(.expectedDigitAfterMinus(found: found(at: index)), at: index)
        }
        let integerStart = index
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count && isDigit(bytes[index]) {
                throw error(.leadingZero(digit: Character(Unicode.Scalar(bytes[index]))), at: start)
            }
        } else {
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        let integerEnd = index
        var fractionStart = index
        var fractionEnd = index
        if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
            guard index > fractionStart else {
                throw error(.expectedFractionDigit(found: found(at: index)), at: index)
            }
            fractionEnd = index
        }
        // The written exponent in Int128, saturated far beyond `Int`: the digits can bring
        // an exponent just outside `Int` back inside (`1.2e9223372036854775808` is
        // 12e9223372036854775807), while a saturated value stays outside whatever they do.
        var writtenExponent: Int128 = 0
        let saturation: Int128 = 1 << 100
        if index < bytes.count && bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < bytes.count && (bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-")) {
                exponentNegative = bytes[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            while index < bytes.count && isDigit(bytes[index]) {
                if writtenExponent < saturation {
                    writtenExponent = writtenExponent * 10 + Int128(bytes[index] - UInt8(ascii: "0"))
                }
                index += 1
            }
            if exponentNegative { writtenExponent = -writtenExponent }
            guard index > exponentStart else {
                throw error(.expectedExponentDigit(found: found(at: index)), at: index)
            }
        }

        // The digits, integer part then fraction, as one sequence of `total` digits.
        let integerCount = integerEnd - integerStart
        let total = integerCount + (fractionEnd - fractionStart)
        func digit(_ k: Int) -> UInt8 {
            (k < integerCount ? bytes[integerStart + k] : bytes[fractionStart + k - integerCount]) &- UInt8(ascii: "0")
        }
        var first = 0
        while first < total && digit(first) == 0 { first += 1 }
        guard first < total else { return JSONNumber(normalizedSignificand: 0, exponent: 0) }
        var end = total
        while digit(end - 1) == 0 { end -= 1 }
        guard end - first <= options.maximumSignificantDigits else {
            throw error(.tooManyDigits(count: end - first, limit: options.maximumSignificantDigits), at: start)
        }

        // value = digits[first..<end] × 10^(writtenExponent - fractionCount + trailingZeros)
        var exponent128 = writtenExponent + Int128(total - end) - Int128(fractionEnd - fractionStart)
        // Just above `Int`, the value is still representable with zeros kept in the
        // significand (`1e9223372036854775808` is 10 × 10^Int.max), as
        // `JSONNumber.init(significand:exponent:)` keeps them: at most
        // `maximumExponentPadding` zeros, within the digit limit. More would let 21 bytes
        // (`2e9223372036854785087`) become a 9,281-digit number, whose every use (writing it
        // out, comparing it) costs milliseconds: a file of them took minutes (fuzz-json).
        var padding = 0
        if exponent128 > Int128(Int.max) {
            let excess = exponent128 - Int128(Int.max)
            if excess <= Int128(min(Self.maximumExponentPadding, options.maximumSignificantDigits - (end - first))) {
                padding = Int(excess)
                exponent128 = Int128(Int.max)
            }
        }
        guard let exponent = Int(exactly: exponent128) else {
            throw error(.exponentTooLarge, at: start)
        }

        var magnitude: BigUInt
        if end - first <= 19 {
            var small: UInt64 = 0
            for k in first..<end { small = small &* 10 &+ UInt64(digit(k)) }
            magnitude = Self.bigUInt(small)
        } else {
            // 19 digits at a time: 10^19 still fits in a UInt64.
            magnitude = 0
            var chunk: UInt64 = 0
            var chunkLength = 0
            for k in first..<end {
                chunk = chunk &* 10 &+ UInt64(digit(k))
                chunkLength += 1
                if chunkLength == 19 {
                    magnitude = magnitude * Self.bigUInt(10_000_000_000_000_000_000) + Self.bigUInt(chunk)
                    chunk = 0
                    chunkLength = 0
                }
            }
            if chunkLength > 0 {
                magnitude = magnitude * BigUInt(10).power(chunkLength) + Self.bigUInt(chunk)
            }
        }
        if padding > 0 { magnitude *= BigUInt(10).power(padding) }
        return JSONNumber(normalizedSignificand: BigInt(sign: negative ? .minus : .plus, magnitude: magnitude), exponent: exponent)
    }

    /// How many zeros past `Int.max` an exponent may move into the significand.
    static let maximumExponentPadding = 40

    /// BigUInt's generic `init(_: BinaryInteger)` is not specialised across modules and took
    /// a sixth of the parse time; its non-generic big-endian bytes initialiser is cheap.
    static func bigUInt(_ value: UInt64) -> BigUInt {
        withUnsafeBytes(of: value.bigEndian) { BigUInt($0) }
    }
}
