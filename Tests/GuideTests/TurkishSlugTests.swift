import Testing
@testable import Guide

@Suite struct TurkishSlugTests {
    @Test(arguments: [
        ("Çalışma İzni", "calisma-izni"),
        ("İzin", "izin"),
        ("Iğdır", "igdir"),
        ("IŞIK ılık", "isik-ilik"),
        ("Şirket Öğrenci Ünvanı", "sirket-ogrenci-unvani"),
        ("Adım 10.2: Pasaport bilgisi", "adim-10-2-pasaport-bilgisi"),
        ("  --Kâğıt  &  Hâkim-- ", "kagit-hakim"),
        ("e-İzin'e Giriş", "e-izin-e-giris"),
        ("!!!", ""),
    ])
    func slug(_ input: String, _ expected: String) {
        #expect(TurkishSlug.make(input) == expected)
    }

    @Test func neverLeavesCombiningDot() {
        // Swift's lowercased() gives "i̇zin" (i + U+0307); the slug must be plain ASCII.
        #expect("İzin".lowercased() != "izin")
        #expect(TurkishSlug.make("İZİN İŞLEMLERİ").unicodeScalars.allSatisfy { $0.isASCII })
        #expect(TurkishSlug.make("İZİN İŞLEMLERİ") == "izin-islemleri")
    }

    @Test func validIDs() {
        #expect(TurkishSlug.isValidID("adim-10-2"))
        #expect(!TurkishSlug.isValidID("Adim"))
        #expect(!TurkishSlug.isValidID("adim--2"))
        #expect(!TurkishSlug.isValidID("-adim"))
        #expect(!TurkishSlug.isValidID("adım"))
        #expect(!TurkishSlug.isValidID(""))
    }
}
