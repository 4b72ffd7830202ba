/// RFC 3492 Punycode decoding, to check the Unicode form of "xn--" host name labels.
enum Punycode {
    static func decode(_ input: String) -> [Unicode.Scalar]? {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
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
            // Bias adaptation.
            var delta = oldI == 0 ? (i - oldI) / damp : (i - oldI) / 2
            delta += delta / (output.count + 1)
            var k2 = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k2 += base
            }
            bias = k2 + (((base - tMin + 1) * delta) / (delta + skew))
            n += i / (output.count + 1)
            i %= output.count + 1
            guard let scalar = Unicode.Scalar(UInt32(n)) else { return nil }
            output.insert(scalar, at: i)
            i += 1
        }
        return output
    }
}
