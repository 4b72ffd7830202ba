import BigInt

enum BigIntPower {
    static func ten(_ exponent: Int) -> BigInt { BigInt(10).power(exponent) }
}

extension JSONNumber {
    /// Exact test of `self / divisor` being an integer (`0.3` is a multiple of `0.1`).
    func isMultiple(of divisor: JSONNumber) -> Bool {
        if significand == 0 { return true }
        // Both as integers over a common power of ten.
        let e = Swift.min(exponent, divisor.exponent)
        let a = significand * BigIntPower.ten(exponent - e)
        let b = divisor.significand * BigIntPower.ten(divisor.exponent - e)
        return a % b == 0
    }
}
