/// Rules a final application must meet and a draft need not.
enum CompletenessRules {
    static let all: [Rule] = [
        Rule(
            id: "declaration-accepted", severity: .error,
            source: RuleSource.guide("3. Başvuru Adımları, sonuç aşaması; Başvuru Sonuçlandırma",
                                     "3. Application steps, final stage; Completing the application"),
            title: LocalizedText(tr: "Beyan onaylandı", en: "Declaration accepted"),
            message: LocalizedText(
                tr: "e-İmza ile tamamlanacak başvuruda \"Başvuru dilekçesini inceledim, okudum, onaylıyorum.\" beyanı onaylanmalıdır (declarationAccepted: true). Taslak için --draft kullanın.",
                en: "An application completed with e-signature needs the declaration \"Başvuru dilekçesini inceledim, okudum, onaylıyorum.\" (I have examined, read and approve the application petition) accepted (declarationAccepted: true). For a draft, use --draft."),
            guide: .declaration, appliesToDrafts: false),
        Rule(
            id: "email-verified", severity: .error,
            source: RuleSource.guide("Yeni İşyeri Kaydının Yapılması: doğrulama kodu", "New workplace registration: verification code"),
            title: LocalizedText(tr: "E-posta doğrulandı", en: "E-mail verified"),
            message: LocalizedText(
                tr: "İşyeri kaydı için e-posta adresi, gönderilen doğrulama koduyla doğrulanmalıdır (emailVerified: true).",
                en: "Workplace registration needs the e-mail address verified with the code sent to it (emailVerified: true)."),
            guide: .emailVerification, appliesToDrafts: false),
        Rule(
            id: "documents-uploaded", severity: .error, stage: .schema,
            source: RuleSource.guide("Yeni İşyeri Kaydının Yapılması: Yüklenmesi Gereken Belge Listesi",
                                     "New workplace registration: list of documents to upload"),
            title: LocalizedText(tr: "Belgeler yüklendi", en: "Documents uploaded"),
            message: LocalizedText(
                tr: "En az bir belge yüklenmelidir; istenen belgeler eksiksiz yüklenmeden işlem tamamlanmaz.",
                en: "At least one document must be uploaded; the request is not complete until the requested documents are."),
            guide: .documentList, appliesToDrafts: false, linksToField: true),
        Rule(
            id: "field-outside-branch", severity: .warning, source: RuleSource.inference,
            title: LocalizedText(tr: "Başka bir yolun alanı", en: "Field of another branch"),
            message: LocalizedText(
                tr: "Bu alan başka bir seçime aittir: \"{right}\" seçildiğinde kullanılır, ancak \"{left}\" seçilmiş. Yalnızca uyarıdır: portal bu yolda bu bilgiyi sormaz; ya yanlış yol seçilmiştir ya da alan gereksizdir.",
                en: "This field belongs to another choice: it is used when \"{right}\" is chosen, but \"{left}\" is. Only a warning: the portal does not ask for it on this path; either the wrong path was chosen or the field is not needed."),
            guide: .exemptionChoice, linksToField: true),
    ]
}
