import BigInt

extension JSONNumber {
    /// The number as JSON text, exact and deterministic (no binary floating point involved).
    ///
    /// With `k` significant digits and the decimal point `n = k + exponent` digits from the
    /// left (the layout ECMAScript's `Number.prototype.toString` uses):
    /// - integers with `exponent <= 21`: all digits, e.g. `100`, `123456789012345678901234567890`;
    /// - other integers: scientific, e.g. `1e400`, `1.25e30`;
    /// - fractions with `n > 0`: `1.5`, `123.456`;
    /// - fractions with `-6 < n <= 0`: `0.001`, `0.000001`;
    /// - smaller fractions: scientific, e.g. `1e-7`, `1.5e-10`.
    /// `-0` is the same number as `0` and is written `0`.
    public var jsonText: String {
        var bytes: [UInt8] = []
        appendJSONText(to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `jsonText`'s UTF-8 bytes; significands of up to 64 bits need no allocation.
    func appendJSONText(to output: inout [UInt8]) {
        let magnitude = significand.magnitude
        if significand.sign == .minus && !magnitude.isZero { output.append(UInt8(ascii: "-")) }
        if magnitude.bitWidth <= 64 {
            var value = UInt64(magnitude.words.first ?? 0)
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { buffer in
                var start = 20
                repeat {
                    start -= 1
                    buffer[start] = UInt8(ascii: "0") + UInt8(value % 10)
                    value /= 10
                } while value > 0
                Self.appendLayout(digits: UnsafeBufferPointer(rebasing: buffer[start..<20]), exponent: exponent, to: &output)
            }
        } else {
            var digits = magnitude.description
            digits.withUTF8 { Self.appendLayout(digits: $0, exponent: exponent, to: &output) }
        }
    }

    private static func appendLayout(digits: UnsafeBufferPointer<UInt8>, exponent: Int, to output: inout [UInt8]) {
        let k = digits.count
        if exponent >= 0 {
            if exponent <= 21 {
                output.append(contentsOf: digits)
                output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: exponent))
            } else {
                // In Int128: `12e9223372036854775807` is written `1.2e9223372036854775808`.
                appendScientific(digits: digits, exponent: Int128(k - 1) + Int128(exponent), to: &output)
            }
            return
        }
        let n = k + exponent  // cannot overflow: k > 0 > exponent
        if n > 0 {
            output.append(contentsOf: digits[..<n])
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[n...])
        } else if n > -6 {
            output.append(UInt8(ascii: "0"))
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: -n))
            output.append(contentsOf: digits)
        } else {
            appendScientific(digits: digits, exponent: Int128(n) - 1, to: &output)
        }
    }

    /// `d.ddd e exponent`, without a "+" and without a point when there is one digit.
    private static func appendScientific(digits: UnsafeBufferPointer<UInt8>, exponent: Int128, to output: inout [UInt8]) {
        // Trailing zeros occur only with the exponent `Int.max` (see `JSONNumber.init`).
        var count = digits.count
        while count > 1 && digits[count - 1] == UInt8(ascii: "0") { count -= 1 }
        output.append(digits[0])
        if count > 1 {
            output.append(UInt8(ascii: "."))
            output.append(contentsOf: digits[1..<count])
        }
        output.append(UInt8(ascii: "e"))
        output.append(contentsOf: String(exponent).utf8)
    }
}
