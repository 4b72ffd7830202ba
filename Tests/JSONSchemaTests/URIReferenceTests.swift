@testable import JSONSchema
import Testing

/// RFC 3986 §5.4 reference resolution examples, against base "http://a/b/c/d;p?q".
@Suite struct URIReferenceTests {
    static let examples: [(String, String)] = [
        ("g:h", "g:h"), ("g", "http://a/b/c/g"), ("./g", "http://a/b/c/g"), ("g/", "http://a/b/c/g/"),
        ("/g", "http://a/g"), ("//g", "http://g"), ("?y", "http://a/b/c/d;p?y"), ("g?y", "http://a/b/c/g?y"),
        ("#s", "http://a/b/c/d;p?q#s"), ("g#s", "http://a/b/c/g#s"), ("g?y#s", "http://a/b/c/g?y#s"),
        (";x", "http://a/b/c/;x"), ("g;x", "http://a/b/c/g;x"), ("g;x?y#s", "http://a/b/c/g;x?y#s"),
        ("", "http://a/b/c/d;p?q"), (".", "http://a/b/c/"), ("./", "http://a/b/c/"), ("..", "http://a/b/"),
        ("../", "http://a/b/"), ("../g", "http://a/b/g"), ("../..", "http://a/"), ("../../", "http://a/"),
        ("../../g", "http://a/g"),
        // Abnormal examples (§5.4.2).
        ("../../../g", "http://a/g"), ("../../../../g", "http://a/g"), ("/./g", "http://a/g"),
        ("/../g", "http://a/g"), ("g.", "http://a/b/c/g."), (".g", "http://a/b/c/.g"), ("g..", "http://a/b/c/g.."),
        ("..g", "http://a/b/c/..g"), ("./../g", "http://a/b/g"), ("./g/.", "http://a/b/c/g/"),
        ("g/./h", "http://a/b/c/g/h"), ("g/../h", "http://a/b/c/h"), ("g;x=1/./y", "http://a/b/c/g;x=1/y"),
        ("g;x=1/../y", "http://a/b/c/y"), ("g?y/./x", "http://a/b/c/g?y/./x"), ("g#s/../x", "http://a/b/c/g#s/../x"),
    ]

    @Test(arguments: examples)
    func resolvesLikeRFC3986(reference: String, expected: String) {
        let base = URIReference("http://a/b/c/d;p?q")
        #expect(base.resolving(reference).description == expected)
    }

    @Test func urnsAndFragments() {
        let base = URIReference("urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed")
        #expect(base.resolving("#/$defs/bar").description == "urn:uuid:deadbeef-1234-ffff-ffff-4321feebdaed#/$defs/bar")
        #expect(URIReference("http://x/y#").withoutFragment.description == "http://x/y")
        #expect(URIReference("json-schema:///").resolving("foo.json").description == "json-schema:///foo.json")
    }
}
