/// Rules about identifiers and codes: a checksum is a fact, and the SGK number's 26 digits
/// are the portal's own input format, so errors; lengths and prefixes reported by secondary
/// sources, and formats this project chose, are warnings.
enum IdentifierRules {
    static let all: [Rule] = [
        Rule(
            id: "foreign-id-checksum", severity: .error, source: RuleSource.identityAlgorithm,
            title: LocalizedText(tr: "Yabancı kimlik numarası denetim basamakları", en: "Foreign identity number check digits"),
            message: LocalizedText(
                tr: "Yabancı kimlik numarası geçersiz: 11 rakam olmalı, 0 ile başlamamalı ve son iki denetim basamağı tutmalıdır. Numarayı yabancı kimlik belgesinden yeniden yazın.",
                en: "The foreign identity number is invalid: it must be 11 digits, not start with 0, and its two check digits must agree. Copy the number again from the foreign identity document."),
            guide: .withForeignIdentityNumber),
        Rule(
            id: "foreign-id-prefix", severity: .warning,
            source: RuleSource.inference("yabancı kimlik numaraları kamuya açık test numaralarında 99 ile başlar (ikincil kaynak)",
                                         "foreign identity numbers begin with 99 in public test numbers (secondary source)"),
            title: LocalizedText(tr: "Yabancı kimlik numarası 99 ile başlar", en: "Foreign identity numbers begin with 99"),
            message: LocalizedText(
                tr: "Yabancı kimlik numaraları 99 ile başlar; bu numara {actual} ile başlıyor (bir T.C. kimlik numarası olabilir). Yalnızca uyarıdır, çünkü bu bilgi kılavuzdan değil kamuya açık test numaralarından gelir ve numara yine de geçerli olabilir.",
                en: "Foreign identity numbers begin with 99; this one begins with {actual} (it may be a Turkish citizen's number). Only a warning, because this comes from public test numbers, not the guide, and the number may still be valid."),
            guide: .withForeignIdentityNumber),
        Rule(
            id: "foreign-id-temporary-protection", severity: .warning,
            source: RuleSource.inference("98 ile başlayan numaraların geçici koruma numarası olduğu kamuya açık kaynaklarda bildirilir (ikincil kaynak)",
                                         "public sources report that numbers beginning with 98 are temporary-protection numbers (secondary source)"),
            title: LocalizedText(tr: "98 ile başlayan kimlik numarası", en: "Identity number beginning with 98"),
            message: LocalizedText(
                tr: "98 ile başlayan numaraların geçici koruma kimlik numarası olduğu bildirilmektedir; Göç İdaresi'nin verdiği yabancı kimlik numarası 99 ile başlar. Yalnızca uyarıdır, çünkü bu bilgi ikincil kaynaktan gelir.",
                en: "Numbers beginning with 98 are reported to be temporary-protection numbers; a foreign identity number from the migration authority begins with 99. Only a warning, because this comes from a secondary source."),
            guide: .withForeignIdentityNumber),
        Rule(
            id: "sgk-number", severity: .error, source: RuleSource.portalFormat(faqItem: 45),
            title: LocalizedText(tr: "SGK işyeri sicil numarası 26 hane", en: "SGK workplace number has 26 digits"),
            message: LocalizedText(
                tr: "e-İzin, SGK işyeri sicil numarasını 26 rakam olarak ister: {reason}. Ana işverenin 23 haneli numarasının sonuna 000 eklenir.",
                en: "e-İzin asks for the SGK workplace registration number as 26 digits: {reason}. A main employer's 23-digit number is completed with 000."),
            guide: .workplaceSelection),
        Rule(
            id: "consulate-reference", severity: .warning, source: RuleSource.faq(10),
            title: LocalizedText(tr: "Dış temsilcilik referans numarası 16 hane", en: "Consulate reference number has 16 digits"),
            message: LocalizedText(
                tr: "En yakın dış temsilcilikten alınan referans numarasının 16 rakam olduğu bildirilir: {reason}. Numarayı dış temsilciliğin verdiği belgeden denetleyin. Yalnızca uyarıdır, çünkü kaynak kılavuz değil Bakanlığın SSS sayfasıdır.",
                en: "The reference number from the nearest consulate is reported to have 16 digits: {reason}. Check the number against the consulate's document. Only a warning, because the source is the ministry's FAQ, not the guide."),
            guide: .abroad),
        Rule(
            id: "nationality-code", severity: .warning,
            source: RuleSource.inference("eizin dosyalarında uyruk ISO 3166-1 üç harfli ülke koduyla ya da KKTC ile yazılır",
                                         "eizin files write a nationality as an ISO 3166-1 three-letter country code, or KKTC"),
            title: LocalizedText(tr: "Uyruk kodu", en: "Nationality code"),
            message: LocalizedText(
                tr: "Uyruk \"{actual}\" bir ülke kodu gibi görünmüyor: büyük harfle üç harfli ISO 3166-1 kodu yazın (ör. DEU Almanya, GBR Birleşik Krallık) ya da KKTC uyrukluları için KKTC. Yalnızca uyarıdır: portal uyruğu kendi listesinden seçtirir; bu biçim eizin'in seçimidir.",
                en: "The nationality \"{actual}\" does not look like a country code: write the ISO 3166-1 three-letter code in capitals (e.g. DEU Germany, GBR United Kingdom), or KKTC for nationals of the Turkish Republic of Northern Cyprus. Only a warning: the portal picks the nationality from its own list; this form is eizin's choice."),
            guide: .inTurkey, linksToField: true),
        Rule(
            id: "phone-number", severity: .warning,
            source: RuleSource.inference("kılavuz telefon numarasının biçimini vermez", "the guide gives no format for phone numbers"),
            title: LocalizedText(tr: "Telefon numarası", en: "Phone number"),
            message: LocalizedText(
                tr: "\"{actual}\" bir telefon numarası gibi görünmüyor. Ülke koduyla (+90 532 123 45 67) ya da başında 0 ile (0532 123 45 67) yazın; boşluk, tire ve parantez kullanılabilir. Yalnızca uyarıdır: kılavuz telefon numarasının biçimini vermez.",
                en: "\"{actual}\" does not look like a phone number. Write it with the country code (+90 532 123 45 67) or with a leading 0 (0532 123 45 67); spaces, dashes and brackets are fine. Only a warning: the guide gives no format for phone numbers."),
            guide: .contactInformation),
        Rule(
            id: "eligibility-passport-matches", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Aynı pasaport numarası", en: "Same passport number"),
            message: LocalizedText(
                tr: "Uygunluk adımındaki pasaport numarası ({left}) pasaport bilgisindekinden ({right}) farklı. Yalnızca uyarıdır: Türkiye'ye girişte kullanılan pasaport yenilenmiş olabilir.",
                en: "The passport number given for eligibility ({left}) differs from the passport details ({right}). Only a warning: the passport used to enter Turkey may since have been renewed."),
            guide: .inTurkey),
        Rule(
            id: "eligibility-nationality-matches", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Aynı uyruk", en: "Same nationality"),
            message: LocalizedText(
                tr: "Uygunluk adımındaki uyruk ({left}) kişisel bilgilerdekinden ({right}) farklı. Yalnızca uyarıdır: birden çok uyruğu olan biri Türkiye'ye başka bir pasaportla girmiş olabilir.",
                en: "The nationality given for eligibility ({left}) differs from the personal information ({right}). Only a warning: someone with more than one nationality may have entered Turkey on another passport."),
            guide: .inTurkey),
        Rule(
            id: "eligibility-birth-date-matches", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Aynı doğum tarihi", en: "Same birth date"),
            message: LocalizedText(
                tr: "Uygunluk adımındaki doğum tarihi ({left}) kişisel bilgilerdekinden ({right}) farklı. Yalnızca uyarıdır: hangisinin yanlış olduğu bilinemez.",
                en: "The birth date given for eligibility ({left}) differs from the personal information ({right}). Only a warning: which one is wrong cannot be known."),
            guide: .withForeignIdentityNumber),
    ]
}
