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
                // One button each on the portal; the YÖK screen then has the single option
                // "YÖK Ön İzin Başvurusu Yapıldı veya Onaylandı" (no approved/pending choice),
                // and KKTC nationals and exempt academics share one button (no reason asked).
                Choice("yokPrePermit", .t("YÖK Ön İzin Onayı olan ya da Onay Aşamasındaki Akademisyenler",
                                          "Academics with a YÖK pre-permit, approved or pending")),
                Choice("exempt", .t("KKTC Uyruklu ya da YÖK Ön İzninden Muaf Olan Akademisyenler",
                                    "KKTC nationals or academics exempt from the YÖK pre-permit")),
            ])),
            Field("yokPrePermitNumber", .t("YÖK Ön İzin Numarası", "YÖK pre-permit number"),
                  help: .t("\"YÖK Ön İzin Başvurusu Yapıldı veya Onaylandı\" seçildikten sonra girilen numara.",
                           "The number entered after ticking \"YÖK Ön İzin Başvurusu Yapıldı veya Onaylandı\"."),
                  guide: .yokPrePermitNumber, .text(.plain), .requiredWhen([yokPath])),
            Field("hasForeignIdentityNumber", .t("Yabancı Kimlik Numarası var mı?", "Has a foreign identity number?"),
                  help: .t("Portaldaki \"Evet\" (true) ya da \"Hayır\" (false).", "The portal's \"Evet\" (yes: true) or \"Hayır\" (no: false)."),
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
                  CommonFields.nationality, .requiredWhen([exemptPath, noID, inTurkey])),
            Field("consulateReference", .t("Dış temsilcilik referans numarası", "Consulate reference number"), guide: .abroad,
                  .text(TextFormat(hint: .t("en yakın dış temsilcilikten alınan numara", "the number from the nearest consulate"))),
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
                // The guide does not show this list: suggestions, not a closed choice.
                Field("sex", .t("Cinsiyet", "Sex"), .suggested([
                    Choice("female", .t("Kadın", "Female")), Choice("male", .t("Erkek", "Male")),
                ])),
                Field("birthDate", .t("Doğum tarihi", "Birth date"), .date),
                Field("birthPlace", .t("Doğum yeri", "Place of birth"), .text(.plain), .optional),
                Field("nationality", .t("Uyruk", "Nationality"), CommonFields.nationality),
            ])),
            CommonFields.passport,
            Field("contact", .t("İletişim bilgileri", "Contact information"), guide: .contactInformation, .object([
                Field("email", .t("E-posta adresi", "E-mail address"), .text(CommonFields.email)),
                Field("phone", .t("Telefon", "Phone"),
                      .text(TextFormat(hint: .t("ör. +90 532 123 45 67 ya da 0532 123 45 67", "e.g. +90 532 123 45 67 or 0532 123 45 67")))),
                Field("address", .t("Adres", "Address"), .text(.plain)),
            ])),
        ]))

    static let general = Field(
        "general", .t("Genel bilgiler", "General information"), guide: .generalInformation,
        .object([
            Field("workAddress", .t("Çalışacağı adres", "Work address"), .text(.plain)),
            Field("languages", .t("Dil bilgisi", "Languages"), .array(of: .object([
                Field("language", .t("Dil", "Language"), .text(.plain)),
                Field("level", .t("Düzey", "Level"), .suggested([
                    Choice("basic", .t("Temel", "Basic")),
                    Choice("intermediate", .t("Orta", "Intermediate")),
                    Choice("advanced", .t("İleri", "Advanced")),
                    Choice("native", .t("Ana dil", "Native")),
                ])),
            ]), minItems: 1, minItemsRule: nil)),
            Field("education", .t("Eğitim durumu", "Education"), .object([
                Field("level", .t("Öğrenim düzeyi", "Level of education"), .suggested([
                    Choice("bachelor", .t("Lisans", "Bachelor's")),
                    Choice("master", .t("Yüksek lisans", "Master's")),
                    Choice("doctorate", .t("Doktora", "Doctorate")),
                    Choice("proficiencyInArt", .t("Sanatta yeterlik", "Proficiency in art")),
                    Choice("medicalSpecialty", .t("Tıpta uzmanlık", "Medical specialty")),
                ])),
                Field("institution", .t("Mezun olduğu kurum", "Institution"), .text(.plain)),
                Field("field", .t("Alan", "Field of study"), .text(.plain)),
                Field("graduationDate", .t("Mezuniyet tarihi", "Graduation date"), .date, .optional),
            ])),
        ]))

    static let job = Field(
        "job", .t("Görev bilgileri", "Job information"), guide: .jobInformation,
        .object([
            Field("position", .t("Görevi", "Position"), .suggested([
                Choice("professor", .t("Profesör", "Professor")),
                Choice("associateProfessor", .t("Doçent", "Associate professor")),
                Choice("assistantProfessor", .t("Doktor Öğretim Üyesi", "Assistant professor")),
                Choice("lecturer", .t("Öğretim Görevlisi", "Lecturer")),
                Choice("researchAssistant", .t("Araştırma Görevlisi", "Research assistant")),
                Choice("researcher", .t("Araştırmacı", "Researcher")),
                Choice("postdoctoralResearcher", .t("Doktora sonrası araştırmacı", "Postdoctoral researcher")),
            ])),
            Field("salary", .t("Alacağı ücret", "Salary"), .object([
                Field("amount", .t("Aylık ücret tutarı", "Monthly salary amount"), .positiveNumber),
                Field("currency", .t("Para birimi", "Currency"), .suggested([
                    Choice("TRY", .t("Türk lirası", "Turkish lira")),
                    Choice("EUR", .t("Avro", "Euro")),
                    Choice("USD", .t("ABD doları", "US dollar")),
                    Choice("GBP", .t("İngiliz sterlini", "Pound sterling")),
                ])),
            ])),
            Field("workType", .t("Çalışma tipi", "Work type"), .suggested([
                Choice("fullTime", .t("Tam zamanlı", "Full time")),
                Choice("partTime", .t("Kısmi zamanlı", "Part time")),
            ])),
            Field("employmentJustification", .t("İstihdam gerekçesi", "Employment justification"), .text(.plain)),
            Field("premiumsPaidAbroad", .t("Prim yurtdışından yatıyor", "Premiums paid abroad"),
                  help: .t("Primleri yurt dışında görev yaptığı üniversite tarafından yatırılıyorsa seçenek seçilir (true); değilse false ya da hiç yazılmaz.",
                           "Ticked (true) when the premiums are paid by the university abroad where the academic works; else false, or left out."),
                  // A tick box on the portal: left out means not ticked.
                  guide: .premiumsAbroad, .boolean, .optional),
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
            // The portal does not ask for the employer in the form: it is picked from "İşveren
            // Seçiniz" before the application starts. Noting it here is optional.
            Field("employer", .t("İşveren", "Employer"),
                  help: .t("\"İşveren Seçiniz\" listesinden seçilen işveren; isteğe bağlı bir not.",
                           "The employer picked from the \"İşveren Seçiniz\" list; an optional note."),
                  guide: .employerSelection, .object([
                      Field("name", .t("İşveren adı", "Employer's name"), .text(.plain), .optional),
                      CommonFields.sgkNumber.with(presence: .optional),
                  ]), .optional),
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
            CommonFields.nationalityCheck("/eligibility/nationality"),
            CommonFields.nationalityCheck("/identity/personal/nationality"),
            RuleCheck("phone-number", at: "/identity/contact/phone", assert: .check(.phoneNumber, "/identity/contact/phone")),
            RuleCheck("birth-date-past", at: "/identity/personal/birthDate", assert: .lt(.field("/identity/personal/birthDate"), .today)),
            RuleCheck("birth-date-past", at: "/eligibility/birthDate", assert: .lt(.field("/eligibility/birthDate"), .today)),
            RuleCheck("eligibility-birth-date-matches", at: "/eligibility/birthDate",
                      assert: .compare(.eq, .field("/eligibility/birthDate"), .field("/identity/personal/birthDate"))),
            RuleCheck("eligibility-passport-matches", at: "/eligibility/passportNumber",
                      assert: .compare(.eq, .field("/eligibility/passportNumber"), .field("/identity/passport/number"))),
            RuleCheck("eligibility-nationality-matches", at: "/eligibility/nationality",
                      assert: .compare(.eq, .field("/eligibility/nationality"), .field("/identity/personal/nationality"))),
        ] + CommonFields.passportChecks("/identity/passport") + [
            CommonFields.startBeforeEnd("/permit"),
            CommonFields.passport60Days(end: "/permit/end", passport: "/identity/passport"),
            RuleCheck("first-permit-max-1-year", at: "/permit/end",
                      assert: .lte(.field("/permit/end"), .lastDayOfYears(.field("/permit/start"), 1))),
            CommonFields.declarationCheck(),
        ])
}
