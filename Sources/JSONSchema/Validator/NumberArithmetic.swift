import BigInt

// Exact arithmetic whose cost is bounded by the number of digits written, not by the
// exponents: `1e999999999` must not make the validator build a billion-digit integer.
// Exponents may be anywhere in `Int` (`1e-9223372036854775808`, `12e9223372036854775807`),
// so sums and differences of exponents are taken in `Int128`, where they cannot overflow.

extension JSONNumber {
    /// The significand's magnitude when it fits in 64 bits, as nearly every number written
    /// does: such numbers are compared without BigInt arithmetic.
    var smallMagnitude: UInt64? {
        let words = significand.magnitude.words
        switch words.count {
        case 0: return 0
        case 1: return UInt64(words[words.startIndex])
        default: return nil
        }
    }

    /// Number of decimal digits of the significand (1 for zero).
    var digitCount: Int {
        if let small = smallMagnitude { return Self.digitCount(of: small) }
        return String(significand.magnitude).count
    }

    private static func digitCount(of value: UInt64) -> Int {
        var value = value, count = 1
        while value >= 10 { value /= 10; count += 1 }
        return count
    }

    /// The position of the leading digit: `digitCount + exponent`, exactly (`1e5` → 6,
    /// `0.05` → -1).
    var leadingDigitPosition: Int128 { Int128(digitCount) + Int128(exponent) }

    /// -1, 0 or 1, read from the sign and the magnitude without making a BigInt.
    private var signum: Int {
        if significand.magnitude.isZero { return 0 }
        return significand.sign == .minus ? -1 : 1
    }

    /// Exact three-way comparison: -1, 0 or 1.
    public func compare(to other: JSONNumber) -> Int {
        let a = signum, b = other.signum
        if a != b { return a < b ? -1 : 1 }
        if a == 0 { return 0 }
        let magnitude = compareMagnitude(to: other)
        return a > 0 ? magnitude : -magnitude
    }

    /// Compares the absolute values: by the position of the leading digit first.
    private func compareMagnitude(to other: JSONNumber) -> Int {
        let smallA = smallMagnitude, smallB = other.smallMagnitude
        let countA = smallA.map(Self.digitCount(of:)) ?? digitCount
        let countB = smallB.map(Self.digitCount(of:)) ?? other.digitCount
        let leadA = Int128(countA) + Int128(exponent), leadB = Int128(countB) + Int128(other.exponent)
        if leadA != leadB { return leadA < leadB ? -1 : 1 }
        // Same leading position: the exponent gap is below the digit counts, so the
        // powers below have at most as many digits as the numbers themselves.
        let e = Swift.min(exponent, other.exponent)
        let gapA = Int(Int128(exponent) - Int128(e)), gapB = Int(Int128(other.exponent) - Int128(e))
        if let smallA, let smallB {
            // Both scaled values have `lead - e` digits, at most 20 (the longer count):
            // below 10^20, within UInt128.
            let x = UInt128(smallA) * Self.powerOfTen(gapA), y = UInt128(smallB) * Self.powerOfTen(gapB)
            return x == y ? 0 : (x < y ? -1 : 1)
        }
        let x = significand.magnitude * BigUInt(10).power(gapA)
        let y = other.significand.magnitude * BigUInt(10).power(gapB)
        return x == y ? 0 : (x < y ? -1 : 1)
    }

    /// 10^n for n below 20 (a gap between two exponents of 64-bit significands).
    private static func powerOfTen(_ n: Int) -> UInt128 {
        var power: UInt128 = 1
        for _ in 0..<n { power *= 10 }
        return power
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
