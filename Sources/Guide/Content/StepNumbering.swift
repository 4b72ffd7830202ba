import Foundation

/// Help-desk staff link to numbered steps (`basvuru-adimlari.html#adim-10-2`), so a step
/// heading "Adım N.M" ("Step N.M" in English) must carry the explicit id `adim-N-M`, and N
/// must be the page's `order` (docs/authoring.md). Checked here so a renumbered page or a
/// reworded heading cannot silently break those links.
enum StepNumbering {
    private static let pattern = try! NSRegularExpression(pattern: #"^(?:Adım|Step)\s+(\d+)\.(\d+)(?!\d)"#)

    static func check(_ page: Page) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for anchor in page.body.anchors where anchor.kind == .heading {
            let text = anchor.text
            guard let match = pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let section = Int(text.matchedText(match.range(at: 1))),
                  let step = Int(text.matchedText(match.range(at: 2))) else { continue }
            let expected = "adim-\(section)-\(step)"
            if !anchor.isExplicit {
                diagnostics.append(Diagnostic(anchor.location, "step heading needs its stable id: add {#\(expected)} at the end"))
            } else if anchor.id != expected {
                diagnostics.append(Diagnostic(anchor.location, "step \(section).\(step) has id '\(anchor.id)'; numbered steps use '\(expected)'"))
            }
            if section != page.frontMatter.order {
                diagnostics.append(Diagnostic(anchor.location, "step \(section).\(step) is on the page with order \(page.frontMatter.order); steps are numbered \(page.frontMatter.order).M"))
            }
        }
        return diagnostics
    }
}
