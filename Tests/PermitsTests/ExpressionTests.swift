import JSONSchema
import Testing
@testable import Permits

@Suite struct ExpressionTests {
    @Test func everyCheckRoundTripsThroughJSON() throws {
        var count = 0
        for form in FormCatalog.all {
            for check in form.allChecks {
                for expression in [check.assert] + (check.when.map { [$0] } ?? []) {
                    #expect(try Expression(json: expression.json) == expression)
                    count += 1
                }
            }
        }
        #expect(count > 50)
    }

    @Test func theBriefsExampleParses() throws {
        let text = #"{"op":"lte","left":{"field":"/permit/end"},"right":{"addDays":[{"field":"/passport/expiry"},-60]}}"#
        let expression = try Expression(json: try JSONParser.parse(Array(text.utf8)).value)
        #expect(expression == .lte(.field("/permit/end"), .addDays(.field("/passport/expiry"), -60)))
    }

    @Test func memberOrderDoesNotMatter() throws {
        let text = #"{"left":{"const":1},"right":{"const":1},"op":"eq"}"#
        let expression = try Expression(json: try JSONParser.parse(Array(text.utf8)).value)
        #expect(expression == .compare(.eq, .constant(1), .constant(1)))
    }

    @Test func unknownExpressionsAreRejected() {
        for text in [#"{"plus":[1,2]}"#, #"{"op":"between","left":{"const":1},"right":{"const":2}}"#, #"{"check":"nope","field":"/a"}"#, "[]"] {
            #expect(throws: Expression.DecodingError.self) {
                try Expression(json: try JSONParser.parse(Array(text.utf8)).value)
            }
        }
    }

    @Test func wildcardPathsExpandAndBind() {
        let instance = object(["documents": [object(["file": "a.pdf"]), object(["file": "b.pdf"])]])
        let pattern = FieldPath("/documents/*/file")
        let concrete = pattern.expand(in: instance)
        #expect(concrete.map(\.description) == ["/documents/0/file", "/documents/1/file"])
        #expect(FieldPath("/documents/*/title").binding(pattern, to: concrete[1]).description == "/documents/1/title")
        #expect(FieldPath("/documents/1/file").generalized(in: instance).description == "/documents/*/file")
    }

    @Test func pointerEscapes() {
        let path = FieldPath("/a~1b/c~0d")
        #expect(path.tokens == ["a/b", "c~d"])
        #expect(path.description == "/a~1b/c~0d")
        #expect(FieldPath("").tokens.isEmpty)
    }
}
