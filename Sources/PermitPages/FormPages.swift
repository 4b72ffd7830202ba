import Foundation
import Site
import Guide
import JSONSchema
import Permits
import SiteLayout

/// The application forms on the help site: a page per kind and language
/// (`tr/form-academic-application.html`), generated from the same `FormDefinition` that
/// emits the schema, plus a forms index with the "which path is mine?" helper
/// (`formlar.html`), a blank file per kind (`forms/<kind>.json`), and a box on every guide
/// page a form or one of its fields links to. See docs/site.md, "The form pages".
public struct FormPages: SitePlugin {
    /// Stable slugs: the guide and help-desk staff link to them.
    static let indexSlug = "formlar"
    static func slug(_ kind: FormKind) -> String { "form-\(kind.rawValue)" }
    /// "forms/academic-application.json": `{"$schema": …, "kind": …}`, relative to the site root.
    static func blankPath(_ kind: FormKind) -> String { "forms/\(kind.rawValue).json" }

    /// Nothing from another host, no inline script, no requests of any kind (`connect-src
    /// 'none'`), no form submission. The page's data is a non-executed JSON script block.
    static let contentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'none'; form-action 'none'; base-uri 'none'"

    static let formScripts = ["assets/js/eizin-rules.js", "assets/js/eizin-form.js"]
    static let indexScripts = ["assets/js/eizin-paths.js"]
    static let stylesheet = "assets/forms.css"
    /// Files of Sources/PermitPages/Resources, copied into the site at the same paths.
    static let assets = [stylesheet] + formScripts + indexScripts

    let forms = FormCatalog.all

    public init() {}

    public var name: String { "forms" }

    public func contribute(guide: GuideContent, to contributions: inout SiteContributions) throws(DiagnosticsError) {
        let source = "Sources/PermitPages/FormPages.swift"
        let languages = RulesPage.languages(of: guide)
        guard !languages.isEmpty else { return }
        for language in languages {
            let strings = FormPageStrings.forLanguage(language)
            contributions.pages.append(SitePage(
                language: language.rawValue, slug: Self.indexSlug, title: strings.indexTitle,
                description: strings.indexDescription, updated: guide.configuration.revision.date,
                bodyHTML: FormsIndexHTML(language: language, guide: guide, forms: forms).render(),
                source: source,
                head: PageHead(contentSecurityPolicy: Self.contentSecurityPolicy, stylesheets: [Self.stylesheet], scripts: Self.indexScripts)))
            for form in forms {
                let page = FormPageHTML(language: language, guide: guide, form: form)
                contributions.pages.append(SitePage(
                    language: language.rawValue, slug: Self.slug(form.kind), title: form.title[language],
                    description: strings.pageDescription(form.title[language]),
                    updated: guide.configuration.revision.date,
                    bodyHTML: page.render(), toc: page.toc, source: source, inNavigation: false,
                    parentSlug: Self.indexSlug,
                    head: PageHead(contentSecurityPolicy: Self.contentSecurityPolicy, stylesheets: [Self.stylesheet], scripts: Self.formScripts)))
            }
            for (page, kinds) in Self.guidePages(forms: forms) where guide.page(language: language.rawValue, slug: page) != nil {
                var html = "<div class=\"form-links\">\n<h2 id=\"form-links\">\(escapeHTML(strings.formsInThisPage))</h2>\n<ul>\n"
                for kind in kinds {
                    let title = forms.first { $0.kind == kind }!.title[language]
                    html += "<li><a href=\"\(PageAddress.link(to: Self.slug(kind)))\">\(escapeHTML(title))</a></li>\n"
                }
                html += "</ul>\n</div>\n"
                contributions.guidePageAdditions[language.page(page).outputPath, default: []].append(html)
            }
        }
        let assets = try Assets.files(Self.assets, in: PermitPagesResources.folder, source: "Sources/PermitPages/Resources")
        for (path, bytes) in assets { contributions.files[path] = bytes }
        for form in forms {
            let blank = "{\n  \"$schema\": \(JSONWriter.quoted(form.kind.schemaID)),\n  \"kind\": \(JSONWriter.quoted(form.kind.rawValue))\n}\n"
            contributions.files[Self.blankPath(form.kind)] = Array(blank.utf8)
        }
    }

    /// Guide page → the kinds whose form or fields link to it, in catalogue order; pages sorted.
    static func guidePages(forms: [FormDefinition]) -> [(page: String, kinds: [FormKind])] {
        var pages: [String: [FormKind]] = [:]
        for form in forms {
            var links = [form.guide]
            for (_, field) in form.fieldsWithPaths() { if let g = field.guide { links.append(g) } }
            for link in links where !link.isRuleEntry && pages[link.page]?.contains(form.kind) != true {
                pages[link.page, default: []].append(form.kind)
            }
        }
        return pages.keys.sorted().map { ($0, pages[$0]!) }
    }
}

/// This module's own `Resources` folder: the form pages' scripts and stylesheet.
enum PermitPagesResources {
    static var folder: URL { Assets.resourcesFolder(of: .module) }
}

/// The forms index: a paragraph for users, the forms with their blank files, and the
/// decision helper. Without JavaScript the helper is the plain list of cases with links;
/// `eizin-paths.js` turns it into questions (`data-question`, `data-when="goal=new path=exempt"`).
struct FormsIndexHTML {
    let language: Language
    let guide: GuideContent
    let forms: [FormDefinition]
    var strings: FormPageStrings { .forLanguage(language) }
    var words: DecisionHelperStrings { .forLanguage(language) }

    func render() -> String {
        var html = strings.indexIntroHTML.map { "<p>\($0)</p>\n" }.joined()
        html += "<h2 id=\"forms\">\(escapeHTML(strings.formsHeading))</h2>\n<ul class=\"form-list\">\n"
        for form in forms {
            html += "<li><a href=\"\(PageAddress.link(to: FormPages.slug(form.kind)))\">\(escapeHTML(form.title[language]))</a>: \(escapeHTML(form.description[language])) "
            html += "(<a href=\"../\(FormPages.blankPath(form.kind))\" download=\"\(form.kind.rawValue).json\">\(escapeHTML(strings.blankFile))</a>)</li>\n"
        }
        html += "</ul>\n"
        html += "<h2 id=\"path-helper\">\(escapeHTML(strings.helperHeading))</h2>\n"
        html += "<div class=\"path-helper\" id=\"path-helper-box\">\n"
        html += "<p>\(escapeHTML(strings.helperIntro))</p>\n"
        html += "<div class=\"path-questions\" data-js hidden>\n"
        for question in words.questions {
            html += "<fieldset class=\"field\" data-question=\"\(question.key)\"\(question.when.isEmpty ? "" : " data-when=\"\(question.when)\" hidden")>\n"
            html += "<legend class=\"field-label\">\(escapeHTML(question.text))</legend>\n<div class=\"radios\">\n"
            for (index, answer) in question.answers.enumerated() {
                let id = "q-\(question.key)-\(index)"
                html += "<div class=\"radio\"><input type=\"radio\" id=\"\(id)\" name=\"q-\(question.key)\" value=\"\(answer.value)\"><label for=\"\(id)\">\(answer.html)</label></div>\n"
            }
            html += "</div>\n</fieldset>\n"
        }
        html += "</div>\n"
        html += "<p class=\"path-list-intro\">\(escapeHTML(strings.helperNoScript))</p>\n"
        html += "<ul class=\"path-outcomes\" aria-live=\"polite\">\n"
        for outcome in words.outcomes {
            let form = forms.first { $0.kind == outcome.kind }
            html += "<li data-when=\"\(outcome.when)\"><strong>\(escapeHTML(outcome.title))</strong>"
            if let form {
                html += "<br>\(escapeHTML(strings.fillForm)) <a href=\"\(PageAddress.link(to: FormPages.slug(form.kind)))\">\(escapeHTML(form.title[language]))</a>"
            }
            if !outcome.note.isEmpty { html += "<br>\(outcome.note)" }
            html += "<br>\(escapeHTML(strings.inGuide)) "
            html += outcome.steps.map { guideLinkHTML($0) }.joined(separator: " · ")
            html += "</li>\n"
        }
        html += "</ul>\n</div>\n"
        return html
    }

    func guideLinkHTML(_ link: GuideLink) -> String {
        GuideStepLink(guide: guide, language: language).html(link)
    }
}

/// The helper's questions and cases. A case's `when` lists the answers that lead to it;
/// its steps are guide anchors the forms already rely on (so the build checks them).
struct DecisionHelperStrings {
    struct Answer { var value: String; var html: String }
    struct Question { var key: String; var when: String; var text: String; var answers: [Answer] }
    struct Outcome { var when: String; var title: String; var kind: FormKind; var note: String; var steps: [GuideLink] }

    var questions: [Question]
    var outcomes: [Outcome]

    static func forLanguage(_ language: Language) -> DecisionHelperStrings {
        let tr = language == .tr
        func t(_ turkish: String, _ english: String) -> String { tr ? turkish : english }
        /// The portal's Turkish words, marked on English pages.
        func portal(_ words: String) -> String { tr ? escapeHTML(words) : "<span lang=\"tr\">\(escapeHTML(words))</span>" }
        func answer(_ value: String, _ turkish: String, _ english: String) -> Answer {
            Answer(value: value, html: escapeHTML(t(turkish, english)))
        }
        let questions = [
            Question(key: "goal", when: "", text: t("Ne yapmak istiyorsunuz?", "What do you want to do?"), answers: [
                answer("workplace", "Üniversiteyi (işyerini) e-İzin'e kaydetmek", "Register the university (workplace) in e-İzin"),
                answer("new", "Bir akademisyen için ilk çalışma iznine başvurmak", "Apply for an academic's first work permit"),
                answer("extend", "Mevcut çalışma iznini uzatmak", "Extend a current work permit"),
                answer("after", "İzin çıktıktan sonra bir işlem yapmak", "Do something after the permit is granted"),
            ]),
            Question(key: "path", when: "goal=new", text: t("Akademisyenin YÖK ön izni var mı ya da onay aşamasında mı?", "Does the academic have a YÖK pre-permit, approved or pending?"), answers: [
                answer("yok", "Evet, YÖK ön izni onaylandı ya da onay aşamasında", "Yes, the YÖK pre-permit is approved or pending"),
                answer("exempt", "Hayır: KKTC uyruklu ya da YÖK ön izninden muaf", "No: a KKTC national or exempt from the YÖK pre-permit"),
            ]),
            Question(key: "id", when: "goal=new path=exempt", text: t("Yabancı kimlik numarası var mı?", "Does the academic have a foreign identity number?"), answers: [
                Answer(value: "yes", html: portal("Evet") + (tr ? "" : " (yes)")),
                Answer(value: "no", html: portal("Hayır") + (tr ? "" : " (no)")),
            ]),
            Question(key: "where", when: "goal=new path=exempt id=no", text: t("Akademisyen şu anda nerede?", "Where is the academic now?"), answers: [
                Answer(value: "inTurkey", html: portal("Yurt İçinde") + (tr ? "" : " (in Turkey)")),
                Answer(value: "abroad", html: portal("Yurt Dışında") + (tr ? "" : " (abroad)")),
            ]),
            Question(key: "after", when: "goal=after", text: t("Hangi işlem?", "Which request?"), answers: [
                answer("start", "İşe başlama bildirimi", "Start-of-work notification"),
                answer("lost", "Kayıp, çalıntı ya da tahrip olmuş kart", "A lost, stolen or destroyed card"),
                answer("end", "İzni bitiş tarihinden önce sonlandırmak", "End the permit before its end date"),
                answer("upload", "Dilekçe ya da istenen belge yüklemek", "Upload a petition or a requested document"),
            ]),
        ]
        let choose = t("Formda seçin:", "In the form choose:")
        let yokOption = "YÖK Ön İzin Onayı olan ya da Onay Aşamasındaki Akademisyenler"
        let exemptOption = "KKTC Uyruklu ya da YÖK Ön İzninden Muaf Olan Akademisyenler"
        let finish = [GuideLink.personalInformation, .completeWithESignature]
        let outcomes = [
            Outcome(when: "goal=workplace", title: t("Yeni işyeri kaydı", "Workplace registration"), kind: .workplaceRegistration, note: "",
                    steps: [.workplaceSelection, .emailVerification, .documentList]),
            Outcome(when: "goal=new path=yok", title: t("YÖK ön izni olan akademisyen", "An academic with a YÖK pre-permit"), kind: .academicApplication,
                    note: "\(escapeHTML(choose)) \(portal(yokOption))",
                    steps: [.employerSelection, .yokPrePermitNumber] + finish),
            Outcome(when: "goal=new path=exempt id=yes", title: t("KKTC uyruklu ya da muaf, yabancı kimlik numarası var", "KKTC national or exempt, with a foreign identity number"),
                    kind: .academicApplication, note: "\(escapeHTML(choose)) \(portal(exemptOption)) › \(portal("Evet"))",
                    steps: [.employerSelection, .exemptionChoice, .withForeignIdentityNumber] + finish),
            Outcome(when: "goal=new path=exempt id=no where=inTurkey", title: t("KKTC uyruklu ya da muaf, kimlik numarası yok, yurt içinde", "KKTC national or exempt, no identity number, in Turkey"),
                    kind: .academicApplication, note: "\(escapeHTML(choose)) \(portal(exemptOption)) › \(portal("Hayır")) › \(portal("Yurt İçinde"))",
                    steps: [.employerSelection, .withoutForeignIdentityNumber, .inTurkey] + finish),
            Outcome(when: "goal=new path=exempt id=no where=abroad", title: t("KKTC uyruklu ya da muaf, kimlik numarası yok, yurt dışında", "KKTC national or exempt, no identity number, abroad"),
                    kind: .academicApplication, note: "\(escapeHTML(choose)) \(portal(exemptOption)) › \(portal("Hayır")) › \(portal("Yurt Dışında"))",
                    steps: [.employerSelection, .withoutForeignIdentityNumber, .abroad] + finish),
            Outcome(when: "goal=extend", title: t("Çalışma izninin uzatılması", "Extending a work permit"), kind: .extensionApplication, note: "",
                    steps: [.extensionPeriodWarning, .passport60DaysWarning]),
            Outcome(when: "goal=after after=start", title: t("İşe başlama bildirimi", "Start-of-work notification"), kind: .startOfWorkNotification, note: "",
                    steps: [.startOfWorkNotification]),
            Outcome(when: "goal=after after=lost", title: t("Kayıp kart talebi", "Lost card request"), kind: .lostCardRequest, note: "",
                    steps: [.lostCardRequest]),
            Outcome(when: "goal=after after=end", title: t("İzin sonlandırma talebi", "Early termination request"), kind: .terminationRequest, note: "",
                    steps: [.terminationRequest]),
            Outcome(when: "goal=after after=upload", title: t("Dilekçe / belge yükleme", "Petition / document upload"), kind: .documentUpload, note: "",
                    steps: [.documentUpload]),
        ]
        return DecisionHelperStrings(questions: questions, outcomes: outcomes)
    }
}
