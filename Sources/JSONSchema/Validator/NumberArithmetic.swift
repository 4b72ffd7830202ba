import BigInt

// Exact arithmetic whose cost is bounded by the number of digits written, not by the
// exponents: `1e999999999` must not make the validator build a billion-digit integer.

extension JSONNumber {
    /// Number of decimal digits of the significand (1 for zero).
    private var digitCount: Int { significand == 0 ? 1 : String(significand.magnitude).count }

    /// Exact three-way comparison: -1, 0 or 1.
    func compare(to other: JSONNumber) -> Int {
        let a = significand.signum(), b = other.significand.signum()
        if a != b { return a < b ? -1 : 1 }
        if a == 0 { return 0 }
        // Same sign: compare magnitudes by the position of the leading digit first.
        let leadA = digitCount + exponent, leadB = other.digitCount + other.exponent
        var magnitude: Int
        if leadA != leadB {
            magnitude = leadA < leadB ? -1 : 1
        } else {
            // Same leading position: the exponent gap is below the digit counts.
            let e = Swift.min(exponent, other.exponent)
            let x = significand.magnitude * BigUInt(10).power(exponent - e)
            let y = other.significand.magnitude * BigUInt(10).power(other.exponent - e)
            magnitude = x == y ? 0 : (x < y ? -1 : 1)
        }
        return a > 0 ? magnitude : -magnitude
    }

    /// Exact test of `self / divisor` being an integer (`0.3` is a multiple of `0.1`).
    func isMultiple(of divisor: JSONNumber) -> Bool {
        if significand == 0 { return true }
        let a = significand.magnitude, b = divisor.significand.magnitude
        let gap = exponent - divisor.exponent
        if gap >= 0 {
            // b | a·10^gap. Writing b = 2^x·5^y·r, the power of ten only helps with the 2s
            // and 5s, so a gap beyond max(x, y) changes nothing.
            var rest = b, twos = 0, fives = 0
            while rest % 2 == 0 { rest /= 2; twos += 1 }
            while rest % 5 == 0 { rest /= 5; fives += 1 }
            return (a * BigUInt(10).power(Swift.min(gap, Swift.max(twos, fives)))) % b == 0
        }
        // b·10^-gap | a: impossible once b·10^-gap has more digits than a.
        if -gap > digitCount { return false }
        return a % (b * BigUInt(10).power(-gap)) == 0
    }
}
