import JSONSchema

/// Field shapes several forms share.
enum CommonFields {
    static let sgkNumber = Field(
        "sgkNumber", .t("SGK işyeri sicil numarası", "SGK workplace registration number"),
        help: .t("26 rakam; ana işverenin 23 haneli numarasının sonuna 000 eklenir.",
                 "26 digits; a main employer's 23-digit number is completed with 000."),
        guide: .workplaceSelection,
        .text(TextFormat(pattern: "^[0-9]{26}$", rule: "sgk-number",
                         hint: .t("26 rakam", "26 digits"))))

    /// An ISO 3166-1 alpha-3 code, or `KKTC`: the Turkish Republic of Northern Cyprus has no
    /// ISO code (`CYP` is the Republic of Cyprus), and the guide names its nationals as a path
    /// of their own. Checked by `nationality-code`, a warning: the portal picks from its own list.
    static let nationality = FieldType.suggested([
        Choice("KKTC", .t("KKTC (Kuzey Kıbrıs Türk Cumhuriyeti)", "KKTC (Turkish Republic of Northern Cyprus)")),
    ])

    static func nationalityCheck(_ pointer: String) -> RuleCheck {
        RuleCheck("nationality-code", at: pointer, assert: .check(.nationalityCode, pointer))
    }

    /// Any non-empty text: the guide gives no format for passport numbers, and they differ by country.
    static let passportNumber = TextFormat(hint: .t("pasaporttaki numara", "the number in the passport"))

    /// An address the verification code can be sent to (the guide's workplace registration).
    static let email = TextFormat(pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", format: "email", rule: "email-address",
                                  hint: .t("bir e-posta adresi (ad@alan.tr)", "an e-mail address (name@domain.tr)"))

    /// A permit already granted: its number and period.
    static func permit(_ name: String, _ label: LocalizedText, guide: GuideLink, withDates: Bool = true) -> Field {
        var members = [
            Field("number", .t("Çalışma izni numarası", "Work permit number"), .text(.plain)),
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
        help: .t("\"Başvuru dilekçesini inceledim, okudum, onaylıyorum.\" beyanı; e-İmza ile tamamlanan başvuruda onaylanmış olmalıdır (true).",
                 "The declaration \"Başvuru dilekçesini inceledim, okudum, onaylıyorum.\"; must be accepted (true) for an application completed with e-signature."),
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
