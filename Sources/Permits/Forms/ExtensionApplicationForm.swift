import JSONSchema

/// Uzatma: extending a permit. The guide's second warning sets the window.
enum ExtensionApplicationForm {
    static let definition = FormDefinition(
        kind: .extensionApplication,
        title: .t("Uzatma başvurusu", "Extension application"),
        description: .t("Mevcut çalışma izninin uzatılması: mevcut izin, başvuru tarihi, istenen yeni bitiş tarihi ve pasaport.",
                        "Extending the current work permit: the current permit, the application date, the requested new end date and the passport."),
        guide: .extensionPeriodWarning,
        fields: [
            CommonFields.permit("currentPermit", .t("Mevcut çalışma izni", "Current work permit"), guide: .extensionPeriodWarning),
            Field("applicationDate", .t("Başvuru tarihi", "Application date"),
                  help: .t("Verilmezse doğrulama günü (--today) kullanılır.", "When absent, the validation date (--today) is used."),
                  guide: .extensionPeriodWarning, .date, .optional),
            Field("requestedEndDate", .t("İstenen yeni bitiş tarihi", "Requested new end date"), guide: .extensionPeriodWarning, .date),
            Field("firstExtensionWithEmployer", .t("Aynı işverenle ilk uzatma mı?", "First extension with this employer?"),
                  help: .t("Evet (true) ya da Hayır (false). 6735 sayılı Kanun'a göre ilk uzatma en çok 2, sonrakiler en çok 3 yıldır.",
                           "Yes (true) or No (false). Under Law 6735 a first extension is at most 2 years, later ones at most 3."),
                  guide: .extensionPeriodWarning, .boolean, .optional),
            CommonFields.passport,
            CommonFields.declarationAccepted,
        ],
        checks: [CommonFields.startBeforeEnd("/currentPermit")] + [
            RuleCheck("extension-too-early", at: "/applicationDate",
                      assert: .gte(applicationDate, .addDays(.field("/currentPermit/end"), -60))),
            // The last day counts: on its end date the permit has not yet expired ("süresi dolmadan").
            RuleCheck("extension-too-late", at: "/applicationDate",
                      assert: .lte(applicationDate, .field("/currentPermit/end"))),
            RuleCheck("extension-extends", at: "/requestedEndDate",
                      assert: .gt(.field("/requestedEndDate"), .field("/currentPermit/end"))),
            // The extension runs from the day after the current permit ends; a period of n
            // years from 1 March 2026 ends on 29 February 2028, which adding n years to the
            // old end date (28 February) would miss.
            RuleCheck("extension-max-duration", at: "/requestedEndDate",
                      when: .equals("/firstExtensionWithEmployer", .bool(true)),
                      assert: .lte(.field("/requestedEndDate"), .lastDayOfYears(extensionStart, 2))),
            RuleCheck("extension-max-duration", at: "/requestedEndDate",
                      when: .equals("/firstExtensionWithEmployer", .bool(false)),
                      assert: .lte(.field("/requestedEndDate"), .lastDayOfYears(extensionStart, 3))),
            CommonFields.passport60Days(end: "/requestedEndDate", passport: "/passport"),
        ] + CommonFields.passportChecks("/passport") + [CommonFields.declarationCheck()])

    /// The first day of the extension: the day after the current permit ends.
    static let extensionStart = Expression.addDays(.field("/currentPermit/end"), 1)

    /// The application date, or the validation date when the file gives none.
    static let applicationDate = Expression.field(FieldPath("/applicationDate"), default: .today)
}
