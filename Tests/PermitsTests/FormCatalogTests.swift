import Testing
@testable import Permits

/// What the catalogues know of each other, derived once in `FormCatalog`.
@Suite struct FormCatalogTests {
    @Test func applicabilityComesFromTheFormDefinitions() {
        for rule in RuleCatalog.all {
            #expect(!FormCatalog.kinds(checking: rule).isEmpty, "\(rule.id) applies to no application kind")
        }
        let kinds = { (id: String) in RuleCatalog.rule(id).map(FormCatalog.kinds(checking:)) ?? [] }
        #expect(kinds("required-field") == FormKind.allCases)
        #expect(kinds("passport-expiry-60-days").contains(.academicApplication))
        #expect(!kinds("passport-expiry-60-days").contains(.workplaceRegistration))
        // Named only by a field's text format: forms with an SGK number.
        #expect(kinds("sgk-number").contains(.workplaceRegistration))
        // Named only by an array's minItems: forms that upload documents.
        #expect(kinds("documents-uploaded").contains(.documentUpload))
        // In catalogue order.
        #expect(kinds("required-field") == FormCatalog.all.map(\.kind))
    }

    @Test func guideLinkUsersAreEveryGuideLinkWithWhoUsesIt() throws {
        #expect(FormCatalog.guideLinkUsers.map(\.link) == FormCatalog.allGuideLinks)
        #expect(FormCatalog.allGuideLinks == FormCatalog.allGuideLinks.sorted())
        #expect(FormCatalog.guideLinkUsers.allSatisfy { !$0.users.isEmpty && Set($0.users).count == $0.users.count })
        let users = try #require(FormCatalog.guideLinkUsers.first { $0.link == .passportInformation }?.users)
        #expect(users.contains { $0.hasPrefix("rule ") })
        #expect(users.contains("field academic-application /identity/passport"))
        // A rule's own rules-page entry is that page's to provide.
        #expect(FormCatalog.allGuideLinks.allSatisfy { !$0.isRuleEntry })
    }
}
