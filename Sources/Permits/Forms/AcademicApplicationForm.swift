import JSONSchema

/// Akademisyen Başvurusu: the work-permit application for a foreign academic.
enum AcademicApplicationForm {
    // Branch discriminators, as conditions on the eligibility object's members.
    static let yokPath = Condition("path", .string("yokPrePermit"))
    static let exemptPath = Condition("path", .string("exempt"))
    static let hasID = Condition("hasForeignIdentityNumber", .bool(true))
    static let noID = Condition("hasForeignIdentityNumber", .bool(false))
    static let inTurkey = Condition("location", .string("inTurkey"))
    static let abroad = Condition("location", .string("abroad"))

    static let eligibility = Field(
        "eligibility", .t("Başvuru yolu", "Eligibility path"),
        help: .t("YÖK ön izni olan (ya da onay aşamasında) akademisyenler, ya da KKTC uyruklu veya YÖK ön izninden muaf olanlar.",
                 "Academics with a YÖK pre-permit (approved or pending), or KKTC nationals and those exempt from it."),
        guide: .exemptionChoice,
        .object([
            Field("path", .t("Başvuru yolu", "Eligibility path"), guide: .exemptionChoice, .choice([
                Choice("yokPrePermit", .t("YÖK Ön İzin Onayı olan ya da Onay Aşamasındaki Akademisyenler",
                                          "Academics with a YÖK pre-permit, approved or pending")),
                Choice("exempt", .t("KKTC Uyruklu ya da YÖK Ön İzninden Muaf Olan Akademisyenler",
                                    "KKTC nationals or academics exempt from the YÖK pre-permit")),
            ])),
            Field("yokPrePermitNumber", .t("YÖK Ön İzin Numarası", "YÖK pre-permit number"), guide: .yokPrePermitNumber,
                  .text(TextFormat(pattern: "^[0-9A-Za-z-]{1,30}$", hint: .t("1–30 harf, rakam ya da tire", "1–30 letters, digits or hyphens"))),
                  .requiredWhen([yokPath])),
            Field("yokPrePermitStatus", .t("YÖK ön izin durumu", "YÖK pre-permit status"), guide: .yokPrePermitNumber,
                  .choice([
                      Choice("approved", .t("Onaylandı", "Approved")),
                      Choice("pending", .t("Başvuru yapıldı, onay aşamasında", "Applied for, pending approval")),
                  ]), .requiredWhen([yokPath])),
            Field("exemptionReason", .t("Muafiyet nedeni", "Reason for exemption"), guide: .exemptionChoice,
                  .choice([
                      Choice("kktcNational", .t("KKTC uyruklu", "KKTC national")),
                      Choice("yokExempt", .t("YÖK ön izninden muaf", "Exempt from the YÖK pre-permit")),
                  ]), .requiredWhen([exemptPath])),
            Field("hasForeignIdentityNumber", .t("Yabancı kimlik numarası var mı?", "Has a foreign identity number?"),
                  guide: .exemptionChoice, .boolean, .requiredWhen([exemptPath])),
            Field("foreignIdentityNumber", .t("Yabancı Kimlik Numarası", "Foreign identity number"), guide: .withForeignIdentityNumber,
                  .text(TextFormat(pattern: "^[0-9]{11}$", rule: "foreign-id-checksum", hint: .t("11 rakam", "11 digits"))),
                  .requiredWhen([exemptPath, hasID])),
            Field("birthDate", .t("Doğum tarihi (kimlik sorgusu)", "Birth date (identity query)"), guide: .withForeignIdentityNumber,
                  .date, .requiredWhen([exemptPath, hasID])),
            Field("location", .t("Yabancının bulunduğu yer", "Where the foreigner is"), guide: .withoutForeignIdentityNumber,
                  .choice([
                      Choice("inTurkey", .t("Yurt İçinde", "In Turkey")),
                      Choice("abroad", .t("Yurt Dışında", "Abroad")),
                  ]), .requiredWhen([exemptPath, noID])),
            Field("passportNumber", .t("Türkiye'ye girişte kullanılan pasaport numarası", "Passport number used to enter Turkey"),
                  guide: .inTurkey, .text(CommonFields.passportNumber), .requiredWhen([exemptPath, noID, inTurkey])),
            Field("nationality", .t("Uyruk", "Nationality"), guide: .inTurkey,
                  .text(CommonFields.nationality), .requiredWhen([exemptPath, noID, inTurkey])),
            Field("consulateReference", .t("Dış temsilcilik referans numarası", "Consulate reference number"), guide: .abroad,
                  .text(TextFormat(pattern: "^[0-9]{16}$", rule: "consulate-reference", hint: .t("16 rakam", "16 digits"))),
                  .requiredWhen([exemptPath, noID, abroad])),
        ]))

    static let identity = Field(
        "identity", .t("Yabancı kimlik bilgileri", "Foreigner's identity"), guide: .personalInformation,
        .object([
            Field("personal", .t("Kişisel bilgiler", "Personal information"), guide: .personalInformation, .object([
                Field("givenName", .t("Adı", "Given name"), .text(.plain)),
                Field("surname", .t("Soyadı", "Surname"), .text(.plain)),
                Field("fatherName", .t("Baba adı", "Father's name"), .text(.plain), .optional),
                Field("motherName", .t("Anne adı", "Mother's name"), .text(.plain), .optional),
                Field("sex", .t("Cinsiyet", "Sex"), .choice([
                    Choice("female", .t("Kadın", "Female")), Choice("male", .t("Erkek", "Male")),
                ])),
                Field("birthDate", .t("Doğum tarihi", "Birth date"), .date),
                Field("birthPlace", .t("Doğum yeri", "Place of birth"), .text(.plain), .optional),
                Field("nationality", .t("Uyruk", "Nationality"), .text(CommonFields.nationality)),
            ])),
            CommonFields.passport,
            Field("contact", .t("İletişim bilgileri", "Contact information"), guide: .contactInformation, .object([
                Field("email", .t("E-posta adresi", "E-mail address"),
                      .text(TextFormat(pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", format: "email",
                                       hint: .t("bir e-posta adresi", "an e-mail address")))),
                Field("phone", .t("Telefon", "Phone"),
                      .text(TextFormat(pattern: "^\\+[0-9]{7,15}$", hint: .t("+ ile başlayan uluslararası numara (ör. +905321234567)",
                                                                             "an international number starting with + (e.g. +905321234567)")))),
                Field("address", .t("Adres", "Address"), .text(.plain)),
            ])),
        ]))

    static let general = Field(
        "general", .t("Genel bilgiler", "General information"), guide: .generalInformation,
        .object([
            Field("workAddress", .t("Çalışacağı adres", "Work address"), .text(.plain)),
            Field("languages", .t("Dil bilgisi", "Languages"), .array(of: .object([
                Field("language", .t("Dil", "Language"), .text(.plain)),
                Field("level", .t("Düzey", "Level"), .choice([
                    Choice("basic", .t("Temel", "Basic")),
                    Choice("intermediate", .t("Orta", "Intermediate")),
                    Choice("advanced", .t("İleri", "Advanced")),
                    Choice("native", .t("Ana dil", "Native")),
                ])),
            ]), minItems: 1, minItemsRule: nil)),
            Field("education", .t("Eğitim durumu", "Education"), .object([
                Field("level", .t("Öğrenim düzeyi", "Level of education"), .choice([
                    Choice("bachelor", .t("Lisans", "Bachelor's")),
                    Choice("master", .t("Yüksek lisans", "Master's")),
                    Choice("doctorate", .t("Doktora", "Doctorate")),
                ])),
                Field("institution", .t("Mezun olduğu kurum", "Institution"), .text(.plain)),
                Field("field", .t("Alan", "Field of study"), .text(.plain)),
                Field("graduationDate", .t("Mezuniyet tarihi", "Graduation date"), .date, .optional),
            ])),
        ]))

    static let job = Field(
        "job", .t("Görev bilgileri", "Job information"), guide: .jobInformation,
        .object([
            Field("position", .t("Görevi", "Position"), .choice([
                Choice("professor", .t("Profesör", "Professor")),
                Choice("associateProfessor", .t("Doçent", "Associate professor")),
                Choice("assistantProfessor", .t("Doktor Öğretim Üyesi", "Assistant professor")),
                Choice("lecturer", .t("Öğretim Görevlisi", "Lecturer")),
                Choice("researchAssistant", .t("Araştırma Görevlisi", "Research assistant")),
                Choice("researcher", .t("Araştırmacı", "Researcher")),
            ])),
            Field("salary", .t("Alacağı ücret", "Salary"), .object([
                Field("amount", .t("Aylık ücret tutarı", "Monthly salary amount"), .positiveNumber),
                Field("currency", .t("Para birimi", "Currency"),
                      .text(TextFormat(pattern: "^[A-Z]{3}$", hint: .t("ISO 4217 üç harfli kod (ör. TRY)", "an ISO 4217 three-letter code (e.g. TRY)")))),
            ])),
            Field("workType", .t("Çalışma tipi", "Work type"), .choice([
                Choice("fullTime", .t("Tam zamanlı", "Full time")),
                Choice("partTime", .t("Kısmi zamanlı", "Part time")),
            ])),
            Field("employmentJustification", .t("İstihdam gerekçesi", "Employment justification"), .text(.plain)),
            Field("premiumsPaidAbroad", .t("Prim yurtdışından yatıyor", "Premiums paid abroad"),
                  help: .t("Primleri yurt dışında görev yaptığı üniversite tarafından yatırılıyorsa true.",
                           "True when the premiums are paid by the university abroad where the academic works."),
                  guide: .premiumsAbroad, .boolean),
        ]))

    static let permit = Field(
        "permit", .t("İstenen izin süresi", "Requested permit period"), guide: .jobInformation,
        .object([
            Field("start", .t("İzin başlangıç tarihi", "Permit start date"), .date),
            Field("end", .t("İzin bitiş tarihi", "Permit end date"), .date),
        ]))

    static let definition = FormDefinition(
        kind: .academicApplication,
        title: .t("Akademisyen başvurusu", "Academic work-permit application"),
        description: .t("Yabancı akademisyenin çalışma izni başvurusu: başvuru yolu, kimlik, fotoğraf, genel ve görev bilgileri, izin süresi ve beyan.",
                        "A foreign academic's work-permit application: eligibility path, identity, photo, general and job information, permit period and declaration."),
        guide: .employerSelection,
        fields: [
            Field("employer", .t("İşveren", "Employer"), guide: .employerSelection, .object([CommonFields.sgkNumber])),
            eligibility,
            identity,
            Field("photo", .t("Biyometrik fotoğraf", "Biometric photo"),
                  help: .t("JPEG, PNG ya da GIF; başvuru dosyasının klasörüne göre göreli yol.",
                           "JPEG, PNG or GIF; a path relative to the application file's folder."),
                  guide: .biometricPhoto, .file(.photo)),
            general,
            job,
            permit,
            CommonFields.declarationAccepted,
        ],
        checks: [
            RuleCheck("sgk-number", at: "/employer/sgkNumber", assert: .check(.sgkNumber, "/employer/sgkNumber")),
            RuleCheck("foreign-id-checksum", at: "/eligibility/foreignIdentityNumber",
                      assert: .check(.tcKimlik, "/eligibility/foreignIdentityNumber")),
            RuleCheck("foreign-id-prefix", at: "/eligibility/foreignIdentityNumber",
                      assert: .check(.foreignIdentityPrefix, "/eligibility/foreignIdentityNumber")),
            RuleCheck("foreign-id-temporary-protection", at: "/eligibility/foreignIdentityNumber",
                      assert: .check(.notTemporaryProtection, "/eligibility/foreignIdentityNumber")),
            RuleCheck("consulate-reference", at: "/eligibility/consulateReference",
                      assert: .check(.consulateReference, "/eligibility/consulateReference")),
            RuleCheck("birth-date-past", at: "/identity/personal/birthDate", assert: .lt(.field("/identity/personal/birthDate"), .today)),
            RuleCheck("birth-date-past", at: "/eligibility/birthDate", assert: .lt(.field("/eligibility/birthDate"), .today)),
            RuleCheck("eligibility-birth-date-matches", at: "/eligibility/birthDate",
                      assert: .compare(.eq, .field("/eligibility/birthDate"), .field("/identity/personal/birthDate"))),
            RuleCheck("eligibility-passport-matches", at: "/eligibility/passportNumber",
                      assert: .compare(.eq, .field("/eligibility/passportNumber"), .field("/identity/passport/number"))),
        ] + CommonFields.passportChecks("/identity/passport") + [
            CommonFields.startBeforeEnd("/permit"),
            CommonFields.passport60Days(end: "/permit/end", passport: "/identity/passport"),
            RuleCheck("first-permit-max-1-year", at: "/permit/end",
                      assert: .lte(.field("/permit/end"), .lastDayOfYears(.field("/permit/start"), 1))),
            CommonFields.declarationCheck(),
        ])
}
