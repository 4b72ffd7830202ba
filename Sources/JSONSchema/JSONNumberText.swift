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
        let digits = significand.magnitude.description
        let sign = significand.sign == .minus && !significand.magnitude.isZero ? "-" : ""
        let k = digits.utf8.count
        if exponent >= 0 {
            if exponent <= 21 {
                return sign + digits + String(repeating: "0", count: exponent)
            }
            return sign + Self.scientific(digits, exponent: k - 1 + exponent)
        }
        let n = k + exponent
        if n > 0 {
            let point = digits.utf8.index(digits.startIndex, offsetBy: n)
            return sign + digits[..<point] + "." + digits[point...]
        }
        if n > -6 {
            return sign + "0." + String(repeating: "0", count: -n) + digits
        }
        return sign + Self.scientific(digits, exponent: n - 1)
    }

    /// `d.ddd e exponent`, without a "+" and without a point when there is one digit.
    private static func scientific(_ digits: String, exponent: Int) -> String {
        let first = digits.utf8.index(after: digits.startIndex)
        let rest = digits[first...]
        return digits[..<first] + (rest.isEmpty ? "" : "." + rest) + "e" + String(exponent)
    }
}
