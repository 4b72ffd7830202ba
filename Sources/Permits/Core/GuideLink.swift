import SiteLayout

/// A place in the guide: a page of the help site (its file name without `.md`) and a
/// heading or callout anchor on it. The site build checks that each one exists.
public struct GuideLink: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public var page: String
    public var fragment: String

    public init(page: String, fragment: String) {
        self.page = page
        self.fragment = fragment
    }

    /// "page#fragment": the page's file name and the anchor, independent of language.
    public var description: String { "\(page)#\(fragment)" }

    /// The linked page in `language`'s folder of the built site.
    public func page(in language: Language) -> PageAddress { PageAddress(language: language.rawValue, slug: page) }

    /// The link relative to the root of the built help site, in `language`'s pages
    /// (`tr/basvuru-sonuclandirma.html#uyari-pasaport-60-gun`): what the validator prints,
    /// so a reader can open it in `site/` or append it to the published site's address.
    public func sitePath(in language: Language) -> String { page(in: language).outputPath(anchor: fragment) }

    public static func < (a: GuideLink, b: GuideLink) -> Bool {
        (a.page, a.fragment) < (b.page, b.fragment)
    }
}

extension GuideLink {
    /// The page of the help site that lists the rules (`kurallar.html`): each rule's id is
    /// its anchor there.
    public static let rulesPage = "kurallar"

    /// A rule's own entry on the rules page: where a rule links when the guide says nothing
    /// that explains it (durations from the law, the FAQ's deadlines, calendar facts).
    public static func rule(_ id: String) -> GuideLink { GuideLink(page: rulesPage, fragment: id) }

    /// True for a link to the rules page rather than to the guide's own text.
    public var isRuleEntry: Bool { page == Self.rulesPage }
}

/// Every guide anchor the form definitions and rules refer to.
extension GuideLink {
    // yeni-isyeri-kaydi
    public static let workplaceSelection = GuideLink(page: "yeni-isyeri-kaydi", fragment: "isyeri-secimi")
    public static let emailVerification = GuideLink(page: "yeni-isyeri-kaydi", fragment: "e-posta-dogrulama")
    public static let documentList = GuideLink(page: "yeni-isyeri-kaydi", fragment: "belge-listesi")
    // kayitli-isyeri-secimi
    public static let employerSelection = GuideLink(page: "kayitli-isyeri-secimi", fragment: "isveren-secimi")
    // yok-on-izin
    public static let yokPrePermitNumber = GuideLink(page: "yok-on-izin", fragment: "yok-on-izin-numarasi")
    // kktc-muaf
    public static let exemptionChoice = GuideLink(page: "kktc-muaf", fragment: "muafiyet-secimi")
    public static let withForeignIdentityNumber = GuideLink(page: "kktc-muaf", fragment: "yabanci-kimlik-numarasi-var")
    public static let withoutForeignIdentityNumber = GuideLink(page: "kktc-muaf", fragment: "yabanci-kimlik-numarasi-yok")
    public static let inTurkey = GuideLink(page: "kktc-muaf", fragment: "yurt-icinde")
    public static let abroad = GuideLink(page: "kktc-muaf", fragment: "yurt-disinda")
    // basvuru-adimlari
    public static let personalInformation = GuideLink(page: "basvuru-adimlari", fragment: "kisisel-bilgiler")
    public static let passportInformation = GuideLink(page: "basvuru-adimlari", fragment: "pasaport-bilgisi")
    public static let contactInformation = GuideLink(page: "basvuru-adimlari", fragment: "iletisim-bilgileri")
    public static let biometricPhoto = GuideLink(page: "basvuru-adimlari", fragment: "biyometrik-fotograf")
    public static let generalInformation = GuideLink(page: "basvuru-adimlari", fragment: "genel-bilgiler")
    public static let jobInformation = GuideLink(page: "basvuru-adimlari", fragment: "gorev-bilgileri")
    public static let premiumsAbroad = GuideLink(page: "basvuru-adimlari", fragment: "prim-yurtdisi")
    public static let declaration = GuideLink(page: "basvuru-adimlari", fragment: "beyan")
    // basvuru-sonuclandirma
    public static let completeWithESignature = GuideLink(page: "basvuru-sonuclandirma", fragment: "e-imza-ile-tamamla")
    public static let passport60DaysWarning = GuideLink(page: "basvuru-sonuclandirma", fragment: "uyari-pasaport-60-gun")
    public static let extensionPeriodWarning = GuideLink(page: "basvuru-sonuclandirma", fragment: "uyari-uzatma-suresi")
    // izin-sonrasi-islemler
    public static let startOfWorkNotification = GuideLink(page: "izin-sonrasi-islemler", fragment: "ise-baslama-bildirimi")
    public static let documentUpload = GuideLink(page: "izin-sonrasi-islemler", fragment: "dilekce-belge-yukleme")
    public static let lostCardRequest = GuideLink(page: "izin-sonrasi-islemler", fragment: "kayip-kart-talebi")
    public static let terminationRequest = GuideLink(page: "izin-sonrasi-islemler", fragment: "izin-sonlandirma-talebi")
}
