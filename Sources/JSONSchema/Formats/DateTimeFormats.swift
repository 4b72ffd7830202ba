import CivilDates

/// RFC 3339 dates and times, and ISO 8601 durations as RFC 3339 appendix A defines them.
enum DateTimeFormats {
    /// ASCII digits only ("২" is not a digit here).
    private static func number(_ u: ArraySlice<UInt8>) -> Int? {
        guard !u.isEmpty, u.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return u.reduce(0) { $0 * 10 + Int($1 - 48) }
    }

    /// RFC 3339 `full-date`: a real day, as `CivilDate` reads it. RFC 3339 also has year 0000,
    /// which `CivilDate` (years 0001-9999, the applications' range) has not: it is read as
    /// year 0400, whose calendar is the same (the Gregorian cycle is 400 years; both leap).
    static func isDate(_ s: String) -> Bool { s.hasPrefix("0000") ? isFullDate(Array(s.utf8)[...]) : CivilDate(iso: s) != nil }

    private static func isFullDate(_ u: ArraySlice<UInt8>) -> Bool {
        if u.count == 10, u.prefix(4).elementsEqual("0000".utf8) {
            return CivilDate(isoBytes: Array("0400".utf8) + u.dropFirst(4)) != nil
        }
        return CivilDate(isoBytes: u) != nil
    }

    static func isTime(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count >= 9, u[2] == UInt8(ascii: ":"), u[5] == UInt8(ascii: ":"),
              let h = number(u[0..<2]), let m = number(u[3..<5]), let sec = number(u[6..<8]),
              h <= 23, m <= 59, sec <= 60 else { return false }
        var i = 8
        if u[i] == UInt8(ascii: ".") {
            i += 1
            let start = i
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
            guard i > start else { return false }
        }
        guard i < u.count else { return false }
        var offsetMinutes = 0
        if u[i] == UInt8(ascii: "Z") || u[i] == UInt8(ascii: "z") {
            guard i + 1 == u.count else { return false }
        } else if u[i] == UInt8(ascii: "+") || u[i] == UInt8(ascii: "-") {
            guard u.count - i == 6, u[i + 3] == UInt8(ascii: ":"),
                  let oh = number(u[(i + 1)..<(i + 3)]), let om = number(u[(i + 4)..<(i + 6)]),
                  oh <= 23, om <= 59 else { return false }
            offsetMinutes = (oh * 60 + om) * (u[i] == UInt8(ascii: "+") ? 1 : -1)
        } else {
            return false
        }
        if sec == 60 {
            // A leap second happens at 23:59:60 UTC only.
            let utc = ((h * 60 + m - offsetMinutes) % 1440 + 1440) % 1440
            return utc == 23 * 60 + 59
        }
        return true
    }

    static func isDateTime(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.count > 11, u[10] == UInt8(ascii: "T") || u[10] == UInt8(ascii: "t") else { return false }
        return isFullDate(u[0..<10]) && isTime(String(decoding: u[11...], as: UTF8.self))
    }

    /// P[n Y [n M [n D]] | n M [n D] | n D][T (n H [n M [n S]] | n M [n S] | n S)] or P n W.
    static func isDuration(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard u.first == UInt8(ascii: "P"), u.count > 1 else { return false }
        // Split into (digits, unit) pairs, remembering where "T" is.
        var parts: [(Character, Bool)] = []  // (unit, inTimePart)
        var i = 1
        var inTime = false
        var sawT = false
        while i < u.count {
            if u[i] == UInt8(ascii: "T") {
                guard !sawT else { return false }
                sawT = true
                inTime = true
                i += 1
                continue
            }
            let start = i
            while i < u.count, u[i] >= 48, u[i] <= 57 { i += 1 }
            guard i > start, i < u.count else { return false }
            parts.append((Character(Unicode.Scalar(u[i])), inTime))
            i += 1
        }
        if sawT && !parts.contains(where: { $0.1 }) { return false }
        guard !parts.isEmpty else { return false }
        if parts.contains(where: { $0.0 == "W" }) { return parts.count == 1 && !sawT }
        let dateUnits = parts.filter { !$0.1 }.map(\.0)
        let timeUnits = parts.filter { $0.1 }.map(\.0)
        return isContiguous(dateUnits, in: ["Y", "M", "D"]) && isContiguous(timeUnits, in: ["H", "M", "S"])
    }

    /// Units in order, without gaps between the first and the last (Y D without M is invalid).
    private static func isContiguous(_ units: [Character], in order: [Character]) -> Bool {
        if units.isEmpty { return true }
        guard let first = order.firstIndex(of: units[0]), first + units.count <= order.count else { return false }
        return Array(order[first..<(first + units.count)]) == units
    }
}
