import JSONSchema

/// Field shapes several forms share.
enum CommonFields {
    static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"

    static let sgkNumber = Field(
        "sgkNumber", .t("SGK işyeri sicil numarası", "SGK workplace registration number"),
        help: .t("26 rakam; ana işverenin 23 haneli numarasının sonuna 000 eklenir.",
                 "26 digits; a main employer's 23-digit number is completed with 000."),
        guide: .workplaceSelection,
        .text(TextFormat(pattern: "^[0-9]{26}$", rule: "sgk-number",
                         hint: .t("26 rakam", "26 digits"))))

    static let nationality = TextFormat(
        pattern: "^[A-Z]{3}$", hint: .t("ISO 3166-1 üç harfli ülke kodu (ör. DEU)", "an ISO 3166-1 three-letter country code (e.g. DEU)"))

    static let passportNumber = TextFormat(
        pattern: "^[A-Za-z0-9]{5,20}$", hint: .t("5–20 harf ya da rakam", "5–20 letters or digits"))

    /// A permit already granted: its number and period.
    static func permit(_ name: String, _ label: LocalizedText, guide: GuideLink, withDates: Bool = true) -> Field {
        var members = [
            Field("number", .t("Çalışma izni numarası", "Work permit number"),
                  .text(TextFormat(pattern: "^[0-9A-Za-z-]{1,30}$", hint: .t("1–30 harf, rakam ya da tire", "1–30 letters, digits or hyphens")))),
        ]
        if withDates {
            members += [
                Field("start", .t("İzin başlangıç tarihi", "Permit start date"), .date),
                Field("end", .t("İzin bitiş tarihi", "Permit end date"), .date),
            ]
        }
        return Field(name, label, guide: guide, .object(members))
    }

    static let passport = Field(
        "passport", .t("Pasaport bilgisi", "Passport"), guide: .passportInformation,
        .object([
            Field("number", .t("Pasaport numarası", "Passport number"), .text(passportNumber)),
            Field("issueDate", .t("Pasaport veriliş tarihi", "Passport issue date"), .date),
            Field("expiryDate", .t("Pasaport geçerlilik bitiş tarihi", "Passport expiry date"), .date),
        ]))

    static let declarationAccepted = Field(
        "declarationAccepted", .t("Beyan onayı", "Declaration accepted"),
        help: .t("\"Başvuru dilekçesini inceledim, okudum, onaylıyorum.\" beyanı; e-İmza ile tamamlanan başvuruda true olmalıdır.",
                 "The declaration \"Başvuru dilekçesini inceledim, okudum, onaylıyorum.\"; must be true for an application completed with e-signature."),
        guide: .declaration, .boolean, .optional)

    /// Uploaded documents: a title and a PDF each.
    static func documents(guide: GuideLink) -> Field {
        Field("documents", .t("Yüklenen belgeler", "Uploaded documents"), guide: guide,
              .array(of: .object([
                  Field("title", .t("Belge adı", "Document title"), .text(.plain)),
                  Field("file", .t("Belge dosyası", "Document file"),
                        help: .t("PDF, en çok 2 MB; başvuru dosyasının klasörüne göre göreli yol.",
                                 "PDF, at most 2 MB; a path relative to the application file's folder."),
                        .file(.document)),
              ]), minItems: 1, minItemsRule: "documents-uploaded"))
    }

    static func declarationCheck() -> RuleCheck {
        RuleCheck("declaration-accepted", at: "/declarationAccepted",
                  assert: .compare(.eq, .field(FieldPath("/declarationAccepted"), default: .constant(.bool(false))), .constant(.bool(true))))
    }

    static func startBeforeEnd(_ object: String) -> RuleCheck {
        RuleCheck("permit-start-before-end", at: "\(object)/end", assert: .lt(.field("\(object)/start"), .field("\(object)/end")))
    }

    static func passportChecks(_ passport: String) -> [RuleCheck] {
        [
            RuleCheck("passport-issue-before-expiry", at: "\(passport)/issueDate",
                      assert: .lt(.field("\(passport)/issueDate"), .field("\(passport)/expiryDate"))),
            RuleCheck("passport-issue-not-future", at: "\(passport)/issueDate",
                      assert: .lte(.field("\(passport)/issueDate"), .today)),
        ]
    }

    /// The guide's first warning: the permit ends no later than 60 days before the passport expires.
    static func passport60Days(end: String, passport: String) -> RuleCheck {
        RuleCheck("passport-expiry-60-days", at: end,
                  assert: .lte(.field(end), .addDays(.field("\(passport)/expiryDate"), -60)))
    }
}
