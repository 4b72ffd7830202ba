/// The sources rules cite. Errors cite the guide, the calendar or an algorithm; warnings
/// cite secondary sources, and their messages say why they are only warnings.
enum RuleSource {
    static let guide = "Kılavuz, rev. 2 (31.07.2024)"
    static let guideEn = "Guide, rev. 2 (31 July 2024)"

    static func guide(_ tr: String, _ en: String) -> LocalizedText {
        LocalizedText(tr: "\(guide), \(tr)", en: "\(guideEn), \(en)")
    }

    static let calendar = LocalizedText(
        tr: "Takvim gerçeği (hata: tartışmaya açık değildir)",
        en: "A fact of the calendar (an error: not open to interpretation)")

    static let identityAlgorithm = LocalizedText(
        tr: "T.C./Yabancı Kimlik No algoritması (python-stdnum stdnum/tr/tckimlik.py; Göç İdaresi test numaraları)",
        en: "T.C./foreign identity number algorithm (python-stdnum stdnum/tr/tckimlik.py; the identity service's test numbers)")

    static let formDefinition = LocalizedText(
        tr: "eizin form tanımı (yayımlanan JSON Schema), kılavuzun başvuru ekranlarından",
        en: "eizin form definition (the emitted JSON Schema), from the guide's application screens")

    static func faq(_ item: Int) -> LocalizedText {
        LocalizedText(
            tr: "Bakanlığın e-İzin Sıkça Sorulan Sorular sayfası, madde \(item) (ikincil kaynak)",
            en: "The ministry's e-İzin FAQ, item \(item) (secondary source)")
    }

    static let law6735 = LocalizedText(
        tr: "6735 sayılı Uluslararası İşgücü Kanunu, madde 10 (ikincil kaynak: kılavuzda yer almaz)",
        en: "International Labour Force Law No. 6735, article 10 (secondary source: not in the guide)")

    static let inference = LocalizedText(
        tr: "Çıkarım: kılavuz açıkça söylemez",
        en: "Inference: the guide does not say so explicitly")
}
