/// Yeni İşyeri Kaydı: registering the university as an employer in e-İzin.
enum WorkplaceRegistrationForm {
    static let definition = FormDefinition(
        kind: .workplaceRegistration,
        title: .t("Yeni işyeri kaydı", "Workplace registration"),
        description: .t("İşyerinin (üniversitenin) e-İzin'e kaydı: SGK sicil numarası, unvan, doğrulanmış e-posta ve istenen belgeler.",
                        "Registering the workplace (the university) in e-İzin: SGK number, title, verified e-mail and the requested documents."),
        guide: .workplaceSelection,
        fields: [
            CommonFields.sgkNumber,
            Field("workplaceTitle", .t("İşyeri unvanı", "Workplace title"), guide: .workplaceSelection, .text(.plain)),
            Field("email", .t("E-posta adresi", "E-mail address"), guide: .emailVerification, .text(CommonFields.email)),
            Field("emailVerified", .t("E-posta doğrulama kodu girildi", "E-mail verified with the code"),
                  help: .t("\"Doğrulama Kodu Gönder\" ile gelen kod girildi ve doğrulama sağlandı mı?",
                           "Was the code sent by \"Doğrulama Kodu Gönder\" entered and the address verified?"),
                  guide: .emailVerification, .boolean),
            CommonFields.documents(guide: .documentList),
        ],
        checks: [
            RuleCheck("sgk-number", at: "/sgkNumber", assert: .check(.sgkNumber, "/sgkNumber")),
            RuleCheck("email-verified", at: "/emailVerified", assert: .equals("/emailVerified", .bool(true))),
        ])
}
