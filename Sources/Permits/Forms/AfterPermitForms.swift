import JSONSchema

/// The requests made after a permit is granted (İzin Sonrası İşlemler).
enum AfterPermitForms {
    static let startOfWork = FormDefinition(
        kind: .startOfWorkNotification,
        title: .t("İşe başlama bildirimi", "Start-of-work notification"),
        description: .t("İzni çıkan yabancının işe başladığının bildirilmesi ve bildirim belgesinin yüklenmesi.",
                        "Notifying that the foreigner has started work, with the notification document."),
        guide: .startOfWorkNotification,
        fields: [
            CommonFields.permit("permit", .t("Çalışma izni", "Work permit"), guide: .startOfWorkNotification),
            Field("appliedFrom", .t("Başvurunun yapıldığı yer", "Where the application was made from"), guide: .startOfWorkNotification,
                  .choice([
                      Choice("inTurkey", .t("Yurt içinden", "From inside Turkey")),
                      Choice("abroad", .t("Yurt dışından", "From abroad")),
                  ])),
            Field("entryDate", .t("Türkiye'ye giriş tarihi", "Date of entry into Turkey"), guide: .startOfWorkNotification,
                  .date, .requiredWhen([Condition("appliedFrom", .string("abroad"))])),
            Field("startDate", .t("İşe başlama tarihi", "Start-of-work date"), guide: .startOfWorkNotification, .date),
            Field("notificationDate", .t("Bildirim tarihi", "Notification date"),
                  help: .t("Verilmezse doğrulama günü (--today) kullanılır.", "When absent, the validation date (--today) is used."),
                  guide: .startOfWorkNotification, .date, .optional),
            Field("document", .t("İşe başlama bildirimi belgesi", "Start-of-work notification document"),
                  guide: .startOfWorkNotification, .file(.document)),
        ],
        checks: [
            CommonFields.startBeforeEnd("/permit"),
            RuleCheck("start-of-work-within-permit", at: "/startDate",
                      assert: .all([.gte(.field("/startDate"), .field("/permit/start")), .lte(.field("/startDate"), .field("/permit/end"))])),
            RuleCheck("start-of-work-within-1-month", at: "/startDate", when: .equals("/appliedFrom", .string("inTurkey")),
                      assert: .lte(.field("/startDate"), .addMonths(.field("/permit/start"), 1))),
            RuleCheck("start-of-work-after-entry", at: "/startDate", when: .equals("/appliedFrom", .string("abroad")),
                      assert: .lte(.field("/startDate"), .addMonths(.field("/entryDate"), 1))),
            RuleCheck("start-of-work-after-entry", at: "/startDate", when: .equals("/appliedFrom", .string("abroad")),
                      assert: .lte(.field("/startDate"), .addMonths(.field("/permit/start"), 6))),
            RuleCheck("notification-within-15-days", at: "/notificationDate",
                      assert: .lte(notificationDate, .addDays(.field("/startDate"), 15))),
            RuleCheck("notification-after-start-of-work", at: "/notificationDate",
                      assert: .gte(notificationDate, .field("/startDate"))),
        ])

    /// The notification date, or the validation date when the file gives none.
    static let notificationDate = Expression.field(FieldPath("/notificationDate"), default: .today)

    static let lostCard = FormDefinition(
        kind: .lostCardRequest,
        title: .t("Kayıp kart talebi", "Lost card request"),
        description: .t("Çalışma izni belgesi kaybolduğunda, çalındığında ya da tahrip olduğunda yeni kart talebi.",
                        "Requesting a new card when the work permit card is lost, stolen or destroyed."),
        guide: .lostCardRequest,
        fields: [
            CommonFields.permit("permit", .t("Çalışma izni", "Work permit"), guide: .lostCardRequest, withDates: false),
            Field("incident", .t("Olay", "Incident"), guide: .lostCardRequest, .object([
                Field("type", .t("Ne oldu?", "What happened?"), .choice([
                    Choice("lost", .t("Kayıp", "Lost")),
                    Choice("stolen", .t("Çalınma", "Stolen")),
                    Choice("destroyed", .t("Tahrip", "Destroyed")),
                ])),
                Field("date", .t("Olay tarihi", "Date of the incident"), .date),
            ])),
        ],
        checks: [
            RuleCheck("event-date-not-future", at: "/incident/date", assert: .lte(.field("/incident/date"), .today)),
        ])

    static let termination = FormDefinition(
        kind: .terminationRequest,
        title: .t("İzin sonlandırma talebi", "Early termination request"),
        description: .t("Yabancının çalışmasının izin bitiş tarihinden önce sonlandırılması talebi.",
                        "Requesting that the foreigner's employment end before the permit's end date."),
        guide: .terminationRequest,
        fields: [
            CommonFields.permit("permit", .t("Çalışma izni", "Work permit"), guide: .terminationRequest),
            Field("requestedEndDate", .t("İstenen sonlandırma tarihi", "Requested end date"), guide: .terminationRequest, .date),
            Field("reason", .t("Sonlandırma gerekçesi", "Reason for termination"), guide: .terminationRequest, .text(.plain)),
        ],
        checks: [
            CommonFields.startBeforeEnd("/permit"),
            RuleCheck("termination-before-permit-end", at: "/requestedEndDate",
                      assert: .lt(.field("/requestedEndDate"), .field("/permit/end"))),
            RuleCheck("termination-after-permit-start", at: "/requestedEndDate",
                      assert: .gte(.field("/requestedEndDate"), .field("/permit/start"))),
        ])

    static let documentUpload = FormDefinition(
        kind: .documentUpload,
        title: .t("Dilekçe / belge yükleme", "Petition / document upload"),
        description: .t("Onay sonrası istenen belgelerin ya da talep dilekçelerinin yüklenmesi.",
                        "Uploading documents requested after approval, or petitions."),
        guide: .documentUpload,
        fields: [
            CommonFields.permit("permit", .t("Çalışma izni", "Work permit"), guide: .documentUpload, withDates: false),
            Field("uploadType", .t("Yükleme türü", "What is uploaded"), guide: .documentUpload, .choice([
                Choice("petition", .t("Talep dilekçesi", "Petition")),
                Choice("requestedDocument", .t("İstenen belge", "Requested document")),
            ])),
            Field("description", .t("Açıklama", "Description"), guide: .documentUpload, .text(.plain), .optional),
            CommonFields.documents(guide: .documentUpload),
        ],
        checks: [])
}
