import Foundation
import Guide

/// Wide tables scroll inside their own box on a phone. The box is a focusable, named region
/// (`tabindex="0"`, `role="region"`, `aria-label`), so a keyboard user can scroll it too
/// (axe `scrollable-region-focusable`). Its name is "Tablo: <column headings>", made unique
/// on the page with " (2)", " (3)", because a region is a landmark.
enum TableRegions {
    static let words = ["tr": "Tablo", "en": "Table"]

    static func wrap(_ html: String, language: String) -> String {
        guard html.containsBytes("<table") else { return html }
        let word = words[language] ?? words["en"]!
        var out = ""
        var rest = Substring(html)
        var used: [String: Int] = [:]
        while let start = rest.range(of: "<table"), let end = rest.range(of: "</table>", range: start.upperBound..<rest.endIndex) {
            out += rest[..<start.lowerBound]
            let table = rest[start.lowerBound..<end.upperBound]
            let headers = headerTexts(table)
            var label = headers.isEmpty ? word : "\(word): \(headers.joined(separator: ", "))"
            used[label, default: 0] += 1
            if let count = used[label], count > 1 { label += " (\(count))" }
            out += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(escapeHTML(label))\">"
            out += table
            out += "</div>"
            rest = rest[end.upperBound...]
        }
        return out + rest
    }

    /// The plain text of each `<th>`, tags dropped, entities decoded for the few cmark writes.
    static func headerTexts(_ table: Substring) -> [String] {
        var result: [String] = []
        var rest = table
        while let open = rest.range(of: "<th"), let close = rest.range(of: "</th>", range: open.upperBound..<rest.endIndex) {
            // "<thead>" is not a cell.
            guard open.upperBound < rest.endIndex, [">", " "].contains(rest[open.upperBound]) else {
                rest = rest[open.upperBound...]
                continue
            }
            guard let tagEnd = rest.range(of: ">", range: open.upperBound..<close.lowerBound) else { break }
            var text = ""
            var inTag = false
            for character in rest[tagEnd.upperBound..<close.lowerBound] {
                if character == "<" { inTag = true } else if character == ">" { inTag = false } else if !inTag { text.append(character) }
            }
            text = text.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&lt;", with: "<")
                .replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
            let words = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if !words.isEmpty { result.append(words) }
            rest = rest[close.upperBound...]
        }
        return result
    }
}
