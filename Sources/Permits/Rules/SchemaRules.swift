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
                tr: "Bu alan zorunludur; bu nesnede \"{name}\" anahtarı yok.",
                en: "This field is required; the key \"{name}\" is missing from this object."),
            guide: .completeWithESignature, appliesToDrafts: false, linksToField: true),
        Rule(
            id: "unknown-field", severity: .error, stage: .schema, source: RuleSource.formDefinition,
            title: LocalizedText(tr: "Bilinmeyen alan", en: "Unknown field"),
            message: LocalizedText(
                tr: "Bu başvuru türünde \"{name}\" diye bir alan yok; yazımını denetleyin.",
                en: "This kind of application has no field \"{name}\"; check its spelling."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "wrong-type", severity: .error, stage: .schema, source: RuleSource.formDefinition,
            title: LocalizedText(tr: "Yanlış değer türü", en: "Wrong kind of value"),
            message: LocalizedText(tr: "Değer {allowed} olmalıdır.", en: "The value must be {allowed}."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "not-allowed-value", severity: .error, stage: .schema, source: RuleSource.formDefinition,
            title: LocalizedText(tr: "Seçeneklerde olmayan değer", en: "Value not among the options"),
            message: LocalizedText(tr: "Değer şunlardan biri olmalıdır: {allowed}.", en: "The value must be one of: {allowed}."),
            guide: .completeWithESignature, linksToField: true),
        Rule(
            id: "invalid-format", severity: .error, stage: .schema, source: RuleSource.formDefinition,
            title: LocalizedText(tr: "Geçersiz biçim", en: "Invalid format"),
            message: LocalizedText(tr: "Değer beklenen biçimde değil: {allowed}.", en: "The value is not in the expected form: {allowed}."),
            guide: .completeWithESignature, linksToField: true),
    ]
}
