import BigInt

// Exact arithmetic whose cost is bounded by the number of digits written, not by the
// exponents: `1e999999999` must not make the validator build a billion-digit integer.
// Exponents may be anywhere in `Int` (`1e-9223372036854775808`, `12e9223372036854775807`),
// so sums and differences of exponents are taken in `Int128`, where they cannot overflow.

extension JSONNumber {
    /// Number of decimal digits of the significand (1 for zero).
    var digitCount: Int {
        let magnitude = significand.magnitude
        if magnitude.bitWidth <= 64 {
            var value = UInt64(magnitude.words.first ?? 0), count = 1
            while value >= 10 { value /= 10; count += 1 }
            return count
        }
        return String(magnitude).count
    }

    /// The position of the leading digit: `digitCount + exponent`, exactly (`1e5` → 6,
    /// `0.05` → -1).
    var leadingDigitPosition: Int128 { Int128(digitCount) + Int128(exponent) }

    /// Exact three-way comparison: -1, 0 or 1.
    public func compare(to other: JSONNumber) -> Int {
        let a = significand.signum(), b = other.significand.signum()
        if a != b { return a < b ? -1 : 1 }
        if a == 0 { return 0 }
        // Same sign: compare magnitudes by the position of the leading digit first.
        let leadA = leadingDigitPosition, leadB = other.leadingDigitPosition
        var magnitude: Int
        if leadA != leadB {
            magnitude = leadA < leadB ? -1 : 1
        } else {
            // Same leading position: the exponent gap is below the digit counts, so the
            // powers below have at most as many digits as the numbers themselves.
            let e = Swift.min(exponent, other.exponent)
            let x = significand.magnitude * BigUInt(10).power(Int(Int128(exponent) - Int128(e)))
            let y = other.significand.magnitude * BigUInt(10).power(Int(Int128(other.exponent) - Int128(e)))
            magnitude = x == y ? 0 : (x < y ? -1 : 1)
        }
        return a > 0 ? magnitude : -magnitude
    }

    /// Exact test of `self / divisor` being an integer (`0.3` is a multiple of `0.1`).
    func isMultiple(of divisor: JSONNumber) -> Bool {
        if significand == 0 { return true }
        let a = significand.magnitude, b = divisor.significand.magnitude
        let gap = Int128(exponent) - Int128(divisor.exponent)
        if gap >= 0 {
            // b | a·10^gap. Writing b = 2^x·5^y·r, the power of ten only helps with the 2s
            // and 5s, so a gap beyond max(x, y) changes nothing.
            var rest = b
            let twos = rest.trailingZeroBitCount
            rest >>= twos
            var fives = 0
            while rest % 5 == 0 { rest /= 5; fives += 1 }
            let useful = Swift.min(gap, Int128(Swift.max(twos, fives)))
            return (a * BigUInt(10).power(Int(useful))) % b == 0
        }
        // b·10^-gap | a: impossible once b·10^-gap has more digits than a.
        if -gap > Int128(digitCount) { return false }
        return a % (b * BigUInt(10).power(Int(-gap))) == 0
    }
}
