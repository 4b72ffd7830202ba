/// Rules the emitted schema checks: a failing keyword becomes a finding of one of these
/// (or of the field's own rule, e.g. `sgk-number` for its pattern).
enum SchemaRules {
    static let all: [Rule] = [
        Rule(
            id: "required-field", severity: .error, stage: .schema,
            source: RuleSource.guide("Başvuru Sonuçlandırma: bilgi ve belgeler eksiksiz doldurulur",
                                     "Completing the application: all information and documents are filled in"),
            title: LocalizedText(tr: "Zorunlu alan", en: "Required field"),
            message: LocalizedText(
                tr: "Bu alan zorunludur ve doldurulmalıdır (dosyada \"{name}\" alanı yok).",
                en: "This field is required and must be filled in (the file has no \"{name}\" field)."),
            guide: .completeWithESignature, appliesToDrafts: false, linksToField: true),
        Rule(
            id: "unknown-field", severity: .error, stage: .schema, source: RuleSource.fileFormat,
            title: LocalizedText(tr: "Bilinmeyen alan", en: "Unknown field"),
            message: LocalizedText(
                tr: "Bu başvuru türünde \"{name}\" adlı bir alan yok: adının yazımını denetleyin ya da alanı silin.",
                en: "This kind of application has no field named \"{name}\": check the spelling of its name, or remove it."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "wrong-type", severity: .error, stage: .schema, source: RuleSource.fileFormat,
            title: LocalizedText(tr: "Yanlış değer türü", en: "Wrong kind of value"),
            message: LocalizedText(tr: "Değer {allowed} olmalıdır.", en: "The value must be {allowed}."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "not-allowed-value", severity: .error, stage: .schema,
            source: RuleSource.guide("portalın seçenekleri (düğmeler, Evet/Hayır, listeler)", "the portal's options (buttons, Evet/Hayır, lists)"),
            title: LocalizedText(tr: "Seçeneklerde olmayan değer", en: "Value not among the options"),
            message: LocalizedText(tr: "Değer şunlardan biri olmalıdır: {allowed}.", en: "The value must be one of: {allowed}."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "invalid-format", severity: .error, stage: .schema, source: RuleSource.fileFormat,
            title: LocalizedText(tr: "Geçersiz biçim", en: "Invalid format"),
            message: LocalizedText(tr: "Değer beklenen biçimde değil: {allowed}.", en: "The value is not in the expected form: {allowed}."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "value-not-checked", severity: .warning, stage: .schema, source: RuleSource.checkerLimit,
            title: LocalizedText(tr: "Değer denetlenemedi", en: "Value not checked"),
            message: LocalizedText(
                tr: "Bu değer denetlenemedi: beklenen biçimde olup olmadığına ({allowed}) karar vermek, denetleyicinin bir değer için izin verdiği işten fazlasını gerektirdi. Yalnızca uyarıdır: değer yanlış olmayabilir; portalda kontrol edin.",
                en: "This value could not be checked: deciding whether it is in the expected form ({allowed}) needed more work than the checker allows for one value. Only a warning: the value may well be right; check it on the portal."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "email-address", severity: .error, stage: .schema,
            source: RuleSource.guide("Yeni İşyeri Kaydının Yapılması: doğrulama kodu e-posta adresine gönderilir",
                                     "New workplace registration: the verification code is sent to the e-mail address"),
            title: LocalizedText(tr: "E-posta adresi", en: "E-mail address"),
            message: LocalizedText(
                tr: "\"{actual}\" bir e-posta adresi değil: ad@alan.tr biçiminde, boşluksuz yazın.",
                en: "\"{actual}\" is not an e-mail address: write it as name@domain.tr, without spaces."),
            guide: .emailVerification, linksToField: true),
    ]
}
