import Testing
@testable import Permits

@Suite struct LanguageTests {
    @Test func languageFromEnvironment() {
        #expect(Language.fromEnvironment(["LANG": "tr_TR.UTF-8"]) == .tr)
        #expect(Language.fromEnvironment(["LC_ALL": "en_US.UTF-8", "LANG": "tr_TR.UTF-8"]) == .en)
        #expect(Language.fromEnvironment(["LC_ALL": "", "LC_MESSAGES": "tr_TR", "LANG": "en_US"]) == .tr)
        #expect(Language.fromEnvironment(["LANG": "C.UTF-8"]) == .en)
        #expect(Language.fromEnvironment([:]) == .en)
    }
}
