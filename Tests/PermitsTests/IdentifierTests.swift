import Testing
@testable import Permits

@Suite struct IdentifierTests {
    @Test func identityChecksum() {
        for valid in ["99001255472", "99031254452", "99007254028", "99000000042", "99123456740", "99555555592", "10000000146"] {
            #expect(IdentityNumber.hasValidChecksum(valid), "\(valid)")
        }
        for invalid in ["99999999999", "99012345678", "09000000042", "9900000004", "990000000420", "٩٩٠٠٠٠٠٠٠٤٢", ""] {
            #expect(!IdentityNumber.hasValidChecksum(invalid), "\(invalid)")
        }
    }

    @Test func everySingleDigitChangeBreaksTheChecksum() {
        let valid = Array("99123456740")
        for i in valid.indices {
            for digit in "0123456789" where digit != valid[i] {
                var changed = valid
                changed[i] = digit
                #expect(!IdentityNumber.hasValidChecksum(String(changed)), "\(String(changed))")
            }
        }
    }

    @Test func foreignPrefixes() {
        #expect(IdentityNumber.foreignPrefix("99000000042") == .foreigner)
        #expect(IdentityNumber.foreignPrefix("98123456750") == .temporaryProtection)
        #expect(IdentityNumber.foreignPrefix("10000000146") == .other)
    }

    @Test func sgkNumbers() {
        #expect(SGKNumber.isValid("21234010100123456034010000"))
        #expect(!SGKNumber.isValid("21234010100123456034010"))
        #expect(SGKNumber.problem("21234010100123456034010").en.contains("completed with 000"))
        #expect(!SGKNumber.isValid("2123401010012345603401000"))
        #expect(SGKNumber.problem("2123401010012345603401000").en == "it has 25 digits")
        #expect(!SGKNumber.isValid("２1234010100123456034010000"))
        // A letter is named with its position, not counted as a wrong length.
        #expect(SGKNumber.problem("2123O010100123456034010000").en == "character 5 (\"O\") is not a digit")
        #expect(SGKNumber.problem("2123O010100123456034010000").tr == "5. karakter (\"O\") rakam değil")
        #expect(SGKNumber.problem("21234 010100123456034010000").en == "character 6 (a space) is not a digit")
    }

    @Test func consulateReferences() {
        #expect(ConsulateReference.isValid("2025000012345678"))
        #expect(!ConsulateReference.isValid("202500001234567"))
        #expect(!ConsulateReference.isValid("20250000123456789"))
        #expect(!ConsulateReference.isValid("202500001234567x"))
    }

    @Test func fileTypesByTheirBytes() {
        #expect(FileType.detect([0xFF, 0xD8, 0xFF, 0xE0]) == .jpeg)
        #expect(FileType.detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) == .png)
        #expect(FileType.detect(Array("GIF89a".utf8)) == .gif)
        #expect(FileType.detect(Array("%PDF-1.7".utf8)) == .pdf)
        #expect(FileType.detect(Array("hello".utf8)) == .unknown)
        #expect(FileType.detect([UInt8]()) == .unknown)
    }
}
