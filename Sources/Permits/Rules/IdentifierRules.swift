/// Rules about identifiers: checksums and lengths are facts, so errors; the 98 prefix is
/// only reported, so a warning.
enum IdentifierRules {
    static let all: [Rule] = [
        Rule(
            id: "foreign-id-checksum", severity: .error, source: RuleSource.identityAlgorithm,
            title: LocalizedText(tr: "Yabancı kimlik numarası denetim basamakları", en: "Foreign identity number check digits"),
            message: LocalizedText(
                tr: "Yabancı kimlik numarası geçersiz: 11 rakam olmalı, 0 ile başlamamalı ve son iki denetim basamağı tutmalıdır.",
                en: "The foreign identity number is invalid: it must be 11 digits, not start with 0, and its two check digits must agree."),
            guide: .withForeignIdentityNumber),
        Rule(
            id: "foreign-id-prefix", severity: .error, source: RuleSource.identityAlgorithm,
            title: LocalizedText(tr: "Yabancı kimlik numarası 99 ile başlar", en: "Foreign identity numbers begin with 99"),
            message: LocalizedText(
                tr: "Yabancı kimlik numaraları 99 ile başlar; bu numara {actual} ile başlıyor (bir T.C. kimlik numarası olabilir).",
                en: "Foreign identity numbers begin with 99; this one begins with {actual} (it may be a Turkish citizen's number)."),
            guide: .withForeignIdentityNumber),
        Rule(
            id: "foreign-id-temporary-protection", severity: .warning,
            source: LocalizedText(tr: "Kamuya açık kaynaklarda bildirilen numaralandırma (ikincil kaynak)",
                                  en: "Numbering reported by public sources (secondary source)"),
            title: LocalizedText(tr: "98 ile başlayan kimlik numarası", en: "Identity number beginning with 98"),
            message: LocalizedText(
                tr: "98 ile başlayan numaraların geçici koruma kimlik numarası olduğu bildirilmektedir; Göç İdaresi'nin verdiği yabancı kimlik numarası 99 ile başlar. Yalnızca uyarıdır, çünkü bu bilgi ikincil kaynaktan gelir.",
                en: "Numbers beginning with 98 are reported to be temporary-protection numbers; a foreign identity number from the migration authority begins with 99. Only a warning, because this comes from a secondary source."),
            guide: .withForeignIdentityNumber),
        Rule(
            id: "sgk-number", severity: .error, source: RuleSource.faq(45),
            title: LocalizedText(tr: "SGK işyeri sicil numarası 26 hane", en: "SGK workplace number has 26 digits"),
            message: LocalizedText(
                tr: "SGK işyeri sicil numarası 26 rakam olmalıdır ({actual} karakter var); ana işverenin 23 haneli numarasının sonuna 000 eklenir.",
                en: "The SGK workplace registration number must be 26 digits (it has {actual} characters); a main employer's 23-digit number is completed with 000."),
            guide: .workplaceSelection),
        Rule(
            id: "consulate-reference", severity: .error, source: RuleSource.faq(10),
            title: LocalizedText(tr: "Dış temsilcilik referans numarası 16 hane", en: "Consulate reference number has 16 digits"),
            message: LocalizedText(
                tr: "En yakın dış temsilcilikten alınan referans numarası 16 rakam olmalıdır ({actual} karakter var).",
                en: "The reference number from the nearest consulate must be 16 digits (it has {actual} characters)."),
            guide: .abroad),
        Rule(
            id: "eligibility-passport-matches", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Aynı pasaport numarası", en: "Same passport number"),
            message: LocalizedText(
                tr: "Uygunluk adımındaki pasaport numarası ({left}) pasaport bilgisindekinden ({right}) farklı. Yalnızca uyarıdır: Türkiye'ye girişte kullanılan pasaport yenilenmiş olabilir.",
                en: "The passport number given for eligibility ({left}) differs from the passport details ({right}). Only a warning: the passport used to enter Turkey may since have been renewed."),
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
