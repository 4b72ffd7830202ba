/// Where a rule comes from. The basis decides how much a finding may claim (docs/rules.md,
/// "Severity follows the source"): only what the ministry's system would refuse is an error.
public struct RuleSource: Sendable, Hashable {
    public enum Basis: String, Sendable, Hashable, CaseIterable {
        /// The guide states it.
        case guide
        /// A fact of the calendar (a day that does not exist, a birth date in the future).
        case calendar
        /// An identifier's check digits (a published algorithm).
        case checksum
        /// The ministry describes the input format of its own portal field.
        case portalFormat
        /// The application file's own structure (JSON types, member names): a value that
        /// cannot be read as the field it stands for.
        case fileFormat
        /// The ministry's FAQ: a secondary source.
        case faq
        /// The law (6735): the guide does not say it.
        case law
        /// Something this project inferred from the guide or public sources.
        case inference
        /// A limit of eizin's own checker (a pattern that needs more work on a value than the
        /// regular-expression engine allows): the value was not checked, which says nothing
        /// about the application.
        case checkerLimit

        /// The bases an error may rest on: the ministry's system would refuse the value.
        public var supportsErrors: Bool {
            switch self {
            case .guide, .calendar, .checksum, .portalFormat, .fileFormat: true
            case .faq, .law, .inference, .checkerLimit: false
            }
        }
    }

    public let basis: Basis
    public let text: LocalizedText

    public init(basis: Basis, text: LocalizedText) {
        self.basis = basis
        self.text = text
    }

    public subscript(_ language: Language) -> String { text[language] }

    static let guideName = "Kılavuz, rev. 2 (31.07.2024)"
    static let guideNameEn = "Guide, rev. 2 (31 July 2024)"

    static func guide(_ tr: String, _ en: String) -> RuleSource {
        RuleSource(basis: .guide, text: LocalizedText(tr: "\(guideName), \(tr)", en: "\(guideNameEn), \(en)"))
    }

    static let calendar = RuleSource(basis: .calendar, text: LocalizedText(
        tr: "Takvim gerçeği (hata: tartışmaya açık değildir)",
        en: "A fact of the calendar (an error: not open to interpretation)"))

    static let identityAlgorithm = RuleSource(basis: .checksum, text: LocalizedText(
        tr: "T.C./Yabancı Kimlik No denetim basamakları algoritması (python-stdnum stdnum/tr/tckimlik.py; NVİ KPS test numaraları)",
        en: "The check-digit algorithm of T.C./foreign identity numbers (python-stdnum stdnum/tr/tckimlik.py; the identity service's (NVİ KPS) test numbers)"))

    static let fileFormat = RuleSource(basis: .fileFormat, text: LocalizedText(
        tr: "eizin başvuru dosyasının yapısı (yayımlanan JSON Schema): başka türde bir değer bu alan olarak okunamaz",
        en: "The structure of the eizin application file (the emitted JSON Schema): a value of another kind cannot be read as this field"))

    static func portalFormat(faqItem item: Int) -> RuleSource {
        RuleSource(basis: .portalFormat, text: LocalizedText(
            tr: "Bakanlığın e-İzin Sıkça Sorulan Sorular sayfası, madde \(item): portalın bu alanın giriş biçimini tarif eder",
            en: "The ministry's e-İzin FAQ, item \(item): it describes the portal's input format for this field"))
    }

    static func faq(_ item: Int) -> RuleSource {
        RuleSource(basis: .faq, text: LocalizedText(
            tr: "Bakanlığın e-İzin Sıkça Sorulan Sorular sayfası, madde \(item) (ikincil kaynak)",
            en: "The ministry's e-İzin FAQ, item \(item) (secondary source)"))
    }

    static let law6735 = RuleSource(basis: .law, text: LocalizedText(
        tr: "6735 sayılı Uluslararası İşgücü Kanunu, madde 10 (ikincil kaynak: kılavuzda yer almaz)",
        en: "International Labour Force Law No. 6735, article 10 (secondary source: not in the guide)"))

    static let inference = RuleSource(basis: .inference, text: LocalizedText(
        tr: "Çıkarım: kılavuz açıkça söylemez",
        en: "Inference: the guide does not say so explicitly"))

    static let checkerLimit = RuleSource(basis: .checkerLimit, text: LocalizedText(
        tr: "eizin denetleyicisinin sınırı: değer denetlenemedi (başvurunun hatası değildir)",
        en: "A limit of eizin's checker: the value could not be checked (not a mistake in the application)"))

    static func inference(_ tr: String, _ en: String) -> RuleSource {
        RuleSource(basis: .inference, text: LocalizedText(tr: "Çıkarım: \(tr)", en: "Inference: \(en)"))
    }
}
