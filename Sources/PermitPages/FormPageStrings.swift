import Site
import Permits

/// The form pages' own words, per language. Field labels and help come from the form
/// definitions (`Permits.FormCatalog`); the words the script shows travel to it as
/// `data-` attributes of the form (`FormPageHTML.scriptWords`).
struct FormPageStrings: Sendable {
    var indexTitle: String
    var indexDescription: String
    /// The forms index's user-facing paragraphs, as HTML.
    var indexIntroHTML: [String]
    var formsHeading: String
    var blankFile: String
    var helperHeading: String
    var helperIntro: String
    var helperNoScript: String
    var pageDescription: @Sendable (String) -> String
    /// One sentence on every form page: nothing leaves the machine.
    var privacy: String
    var guideIntro: String
    var allForms: String
    var noScript: String
    var toolsLabel: String
    var open: String
    var save: String
    var modeLegend: String
    var draft: String
    var draftHint: String
    var final: String
    var finalHint: String
    var check: String
    var optional: String
    var yes: String
    var no: String
    var day: String
    var month: String
    var year: String
    var dateHint: String
    var inGuide: String
    var chooseFile: String
    var filePathLabel: String
    var photoTypes: String
    var documentTypes: String
    var add: String
    var remove: String
    var item: String
    var formsInThisPage: String
    var fillForm: String
    var today: String
    var todayHint: String
    // Words the script shows, by key (see eizin-form.js).
    var scriptWords: [(String, String)]

    static func forLanguage(_ language: Language) -> FormPageStrings {
        language == .tr ? .turkish : .english
    }

    static let turkish = FormPageStrings(
        indexTitle: "Başvuru formları",
        indexDescription: "e-İzin başvurularını bu sitede doldurun, denetleyin ve JSON dosyası olarak kaydedin; hiçbir bilgi bilgisayarınızdan çıkmaz.",
        indexIntroHTML: [
            "Her başvuru türünün bir formu vardır. Formu bu sitede doldurup <strong>Denetle</strong> düğmesiyle <code>eizin validate</code> komutunun kurallarıyla denetleyebilir, <strong>JSON olarak kaydet</strong> ile bilgisayarınıza kaydedebilir, kaydettiğiniz dosyayı sonra <strong>Aç</strong> ile yeniden açabilirsiniz.",
            "Formlar sunucuya hiçbir şey göndermez ve hiçbir şeyi tarayıcıda saklamaz: yanıtlarınız yalnızca açık sekmede durur. Site bir USB bellekten (<code>file://</code>) açıldığında da çalışır. Formlar e-İzin portalının yerini tutmaz; başvuru portalda yapılır.",
        ],
        formsHeading: "Formlar", blankFile: "boş dosya",
        helperHeading: "Hangi başvuru yolu bana uygun?",
        helperIntro: "Birkaç soruyu yanıtlayın; size uygun formu ve okumanız gereken kılavuz adımlarını gösterelim.",
        helperNoScript: "Her durum, formu ve okunacak kılavuz adımlarıyla:",
        pageDescription: { "\($0): formu doldurun, kılavuzun kurallarıyla denetleyin ve JSON dosyası olarak kaydedin." },
        privacy: "Bu sayfa hiçbir sunucuya bağlanmaz ve hiçbir şeyi saklamaz: yanıtlarınız yalnızca bu sekmede durur, siz JSON olarak kaydedene kadar.",
        guideIntro: "Kılavuzda bu başvuru:",
        allForms: "Tüm başvuru formları",
        noScript: "Formu denetlemek, kaydetmek ve açmak için JavaScript gerekir. JavaScript olmadan alanları ve kılavuz bağlantılarını okuyabilirsiniz.",
        toolsLabel: "Dosya",
        open: "Aç", save: "JSON olarak kaydet",
        modeLegend: "Nasıl denetlensin?",
        draft: "Taslak Olarak Kaydet", draftHint: "Eksik alanlar, belgeler ve beyan sorulmaz (eizin validate --draft).",
        final: "e-İmza ile Tamamla", finalHint: "Başvuru eksiksiz olmalıdır.",
        check: "Denetle", optional: "(isteğe bağlı)", yes: "Evet", no: "Hayır",
        day: "Gün", month: "Ay", year: "Yıl", dateHint: "Örneğin 27 3 2007 (GG AA YYYY).",
        inGuide: "Kılavuzda:", chooseFile: "Dosya seçin", filePathLabel: "Dosya yolu",
        photoTypes: "JPEG, PNG ya da GIF", documentTypes: "PDF, en çok 2 MB",
        add: "Ekle", remove: "Kaldır", item: "Kayıt",
        formsInThisPage: "Bu sayfadaki adımların formları", fillForm: "Formu doldurun ve denetleyin:",
        today: "Denetim günü", todayHint: "Boş bırakılırsa bugün (İstanbul saatiyle) kullanılır.",
        scriptWords: [
            ("summary", "Sorun var"), ("warnings", "Uyarılar"), ("errorPrefix", "Hata: "),
            ("noProblems", "Sorun bulunmadı."), ("checkedAt", "Denetim günü"),
            ("saved", "Dosya kaydedildi:"), ("opened", "Dosya açıldı:"),
            ("notJSON", "Bu dosya okunamadı: geçerli bir JSON değil."),
            ("otherKind", "Bu dosya başka türde bir başvuru:"),
            ("kept", "Dosyadaki değer korunuyor; alanı değiştirirseniz silinir:"),
            ("extra", "Formda olmayan alanlar dosyadan korunuyor:"), ("discard", "Sil"),
            ("error", "Hata"), ("warning", "Uyarı"), ("guide", "Kılavuzda açıklaması"),
            ("leave", "Kaydedilmemiş yanıtlar var."),
            ("allForms", "Tüm başvuru formları"),
        ])

    static let english = FormPageStrings(
        indexTitle: "Application forms",
        indexDescription: "Fill in, check and save e-İzin applications as JSON files on this site; nothing leaves your computer.",
        indexIntroHTML: [
            "Every application kind has a form. Fill it in on this site, check it with the rules of the <code>eizin validate</code> command (<strong>Check</strong>), save it on your computer (<strong>Save as JSON</strong>) and open the saved file again later (<strong>Open</strong>).",
            "The forms send nothing to any server and store nothing in the browser: your answers stay in the open tab only. The site also works opened from a USB stick (<code>file://</code>). The forms do not replace the e-İzin portal, where the application is made.",
        ],
        formsHeading: "Forms", blankFile: "blank file",
        helperHeading: "Which path is mine?",
        helperIntro: "Answer a few questions to see the form that fits and the guide steps to read.",
        helperNoScript: "Each case, with its form and the guide steps to read:",
        pageDescription: { "\($0): fill in the form, check it with the guide's rules and save it as a JSON file." },
        privacy: "This page connects to no server and stores nothing: your answers stay in this tab only, until you save them as JSON.",
        guideIntro: "This application in the guide:",
        allForms: "All application forms",
        noScript: "Checking, saving and opening the form needs JavaScript. Without it you can read the fields and their guide links.",
        toolsLabel: "File",
        open: "Open", save: "Save as JSON",
        modeLegend: "How should it be checked?",
        draft: "Taslak Olarak Kaydet", draftHint: "Save as draft: missing fields, documents and the declaration are not required (eizin validate --draft).",
        final: "e-İmza ile Tamamla", finalHint: "Complete with e-signature: the application must be complete.",
        check: "Check", optional: "(optional)", yes: "Yes", no: "No",
        day: "Day", month: "Month", year: "Year", dateHint: "For example 27 3 2007 (DD MM YYYY, the portal's order).",
        inGuide: "In the guide:", chooseFile: "Choose a file", filePathLabel: "File path",
        photoTypes: "JPEG, PNG or GIF", documentTypes: "PDF, at most 2 MB",
        add: "Add", remove: "Remove", item: "Entry",
        formsInThisPage: "Forms for the steps on this page", fillForm: "Fill in and check the form:",
        today: "Date of the check", todayHint: "When empty, today (Istanbul time) is used.",
        scriptWords: [
            ("summary", "There is a problem"), ("warnings", "Warnings"), ("errorPrefix", "Error: "),
            ("noProblems", "No problems found."), ("checkedAt", "Date of the check"),
            ("saved", "File saved:"), ("opened", "File opened:"),
            ("notJSON", "This file could not be read: it is not valid JSON."),
            ("otherKind", "This file is another kind of application:"),
            ("kept", "The value from the file is kept; changing the field removes it:"),
            ("extra", "Members the form does not have are kept from the file:"), ("discard", "Remove"),
            ("error", "Error"), ("warning", "Warning"), ("guide", "Explained in the guide"),
            ("leave", "There are unsaved answers."),
            ("allForms", "All application forms"),
        ])
}
