/// RFC 3492 Punycode, to check the Unicode form of "xn--" host name labels and the length
/// of the A-label a Unicode label becomes.
enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700

    private static func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
        var delta = first ? delta / damp : delta / 2
        delta += delta / count
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (((base - tMin + 1) * delta) / (delta + skew))
    }

    private static func digitScalar(_ d: Int) -> Unicode.Scalar {
        Unicode.Scalar(UInt8(d < 26 ? d + 97 : d + 22))
    }

    /// Encodes code points (without the "xn--" prefix); nil on overflow.
    static func encode(_ input: [Unicode.Scalar]) -> String? {
        var n = 128, delta = 0, bias = 72
        var output = String(String.UnicodeScalarView(input.filter(\.isASCII)))
        let basicCount = output.unicodeScalars.count
        var handled = basicCount
        if basicCount > 0 { output += "-" }
        while handled < input.count {
            guard let m = input.map({ Int($0.value) }).filter({ $0 >= n }).min() else { break }
            guard (m - n) <= (Int(Int32.max) - delta) / (handled + 1) else { return nil }
            delta += (m - n) * (handled + 1)
            n = m
            for c in input {
                let v = Int(c.value)
                if v < n { delta += 1 }
                if v == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.unicodeScalars.append(digitScalar(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.unicodeScalars.append(digitScalar(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }

    static func decode(_ input: String) -> [Unicode.Scalar]? {
        var n = 128, i = 0, bias = 72
        var output: [Unicode.Scalar] = []
        let scalars = Array(input.unicodeScalars)
        guard scalars.allSatisfy(\.isASCII) else { return nil }
        var rest = scalars[...]
        if let dash = scalars.lastIndex(of: "-") {
            output = Array(scalars[..<dash])
            rest = scalars[(dash + 1)...]
        }
        func digit(_ c: Unicode.Scalar) -> Int? {
            switch c {
            case "a"..."z": return Int(c.value - 97)
            case "A"..."Z": return Int(c.value - 65)
            case "0"..."9": return Int(c.value - 22)
            default: return nil
            }
        }
        var it = rest.makeIterator()
        var pending = it.next()
        while pending != nil {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard let c = pending, let d = digit(c) else { return nil }
                pending = it.next()
                i += d * w
                if i > Int(Int32.max) { return nil }
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if d < t { break }
                w *= base - t
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard let scalar = Unicode.Scalar(UInt32(n)) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        return output
    }
}
