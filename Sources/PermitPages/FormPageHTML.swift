import Site
import Guide
import JSONSchema
import Permits
import SiteLayout

/// The body of one form page: generated from the form's definition, never written per kind.
///
/// Every field is an element with `data-field` (its JSON member name; "" for an array's
/// item) and `data-type` (`object`, `array`, `text`, `date`, `boolean`, `choice`,
/// `suggested`, `number`, `file`), nested as the JSON is, so `eizin-form.js` reads and
/// writes any form the same way. A branch field carries `data-when`: its
/// `Presence.requiredWhen` conditions as JSON (`[{"field":"path","equals":"exempt"}]`, on
/// sibling members). The form's schema and rules travel in a non-executed
/// `<script type="application/json" id="eizin-data">`.
struct FormPageHTML {
    let language: Language
    let guide: GuideContent
    let form: FormDefinition
    var strings: FormPageStrings { .forLanguage(language) }

    /// Placeholder for an array item's index inside its `<template>`; the script replaces it.
    static let itemToken = "__n__"

    func render() -> String {
        var html = "<p class=\"form-lead\">\(escapeHTML(form.description[language]))</p>\n"
        html += "<p class=\"form-privacy\">\(escapeHTML(strings.privacy))</p>\n"
        html += "<p>\(escapeHTML(strings.guideIntro)) \(guideLinkHTML(form.guide)) · <a href=\"\(PageAddress.link(to: FormPages.indexSlug))\">\(escapeHTML(strings.allForms))</a></p>\n"
        html += "<noscript><p class=\"form-noscript\">\(escapeHTML(strings.noScript))</p></noscript>\n"
        html += "<div id=\"form-status\" class=\"form-status\" role=\"status\"></div>\n"
        html += "<div id=\"form-summary\" class=\"form-summary\" tabindex=\"-1\" hidden></div>\n"
        html += "<div id=\"form-warnings\" class=\"form-warnings\" hidden></div>\n"
        html += "<form id=\"eizin-form\" class=\"eizin-form\" novalidate data-kind=\"\(form.kind.rawValue)\" data-schema-id=\"\(escapeHTML(form.kind.schemaID))\" data-lang=\"\(language.rawValue)\""
        for (key, word) in strings.scriptWords { html += " data-w-\(key.lowercased())=\"\(escapeHTML(word))\"" }
        html += ">\n"
        html += tools()
        for field in form.fields { html += render(field, tokens: [field.name], depth: 2) }
        html += actions()
        html += "</form>\n"
        html += "<script type=\"application/json\" id=\"eizin-data\">\(Self.scriptJSON(dataJSON()))</script>\n"
        return html
    }

    /// The table of contents: the form's top-level groups (the guide's steps).
    var toc: [TOCEntry] {
        form.fields.compactMap { field in
            switch field.type {
            case .object, .array: TOCEntry(level: 2, id: Self.headingID([field.name]), text: field.label[language])
            default: nil
            }
        }
    }

    // MARK: Tools and actions

    func tools() -> String {
        """
        <div class="form-tools" data-js hidden>
        <div class="form-tool"><label for="form-open">\(escapeHTML(strings.open))</label> <input type="file" id="form-open" accept=".json,application/json"></div>
        <div class="form-tool"><button type="button" id="form-save" class="button button-secondary">\(escapeHTML(strings.save))</button> <a href="../\(FormPages.blankPath(form.kind))" download="\(form.kind.rawValue).json">\(escapeHTML(strings.blankFile))</a></div>
        </div>

        """
    }

    func actions() -> String {
        """
        <div class="form-actions" data-js hidden>
        <fieldset class="field">
        <legend class="field-label">\(escapeHTML(strings.modeLegend))</legend>
        <div class="radios">
        <div class="radio"><input type="radio" name="form-mode" id="form-mode-draft" value="draft" aria-describedby="form-mode-draft-hint"><label for="form-mode-draft">\(portalWords(strings.draft))</label><div class="hint" id="form-mode-draft-hint">\(escapeHTML(strings.draftHint))</div></div>
        <div class="radio"><input type="radio" name="form-mode" id="form-mode-final" value="final" checked aria-describedby="form-mode-final-hint"><label for="form-mode-final">\(portalWords(strings.final))</label><div class="hint" id="form-mode-final-hint">\(escapeHTML(strings.finalHint))</div></div>
        </div>
        </fieldset>
        <button type="submit" id="form-check" class="button">\(escapeHTML(strings.check))</button>
        </div>

        """
    }

    /// The portal's Turkish words, marked as Turkish on English pages.
    func portalWords(_ text: String) -> String {
        language == .tr ? escapeHTML(text) : "<span lang=\"tr\">\(escapeHTML(text))</span>"
    }

    // MARK: Fields

    static func id(_ tokens: [String]) -> String { "f-" + tokens.joined(separator: "-") }
    static func headingID(_ tokens: [String]) -> String { "step-" + tokens.joined(separator: "-") }

    /// The label as the portal writes it: Turkish; on English pages the English words with
    /// the portal's Turkish label after them, marked `lang="tr"`.
    func labelHTML(_ label: LocalizedText) -> String {
        if language == .tr || label.tr == label.en { return escapeHTML(label[language]) }
        return "\(escapeHTML(label.en)) <span class=\"portal-label\" lang=\"tr\">(\(escapeHTML(label.tr)))</span>"
    }

    func optionalMark(_ field: Field) -> String {
        if case .optional = field.presence { return " <span class=\"optional\">\(escapeHTML(strings.optional))</span>" }
        return ""
    }

    /// Attributes every field container has: name, type, branch conditions.
    func containerAttributes(_ field: Field, type: String, tokens: [String], name: String? = nil) -> String {
        var attributes = "data-field=\"\(escapeHTML(name ?? field.name))\" data-type=\"\(type)\" id=\"\(Self.id(tokens))--field\""
        if case .requiredWhen(let conditions) = field.presence {
            let json = JSONValue.array(conditions.map { condition in
                var members = JSONValue.object([:])
                if case .object(var m) = members {
                    m["field"] = .string(condition.field)
                    m["equals"] = condition.equals
                    members = .object(m)
                }
                return members
            })
            attributes += " data-when=\"\(escapeHTML(JSONWriter.write(json, pretty: false)))\""
        }
        return attributes
    }

    /// Help, format hint and the guide step, then the (empty) error message.
    func hintAndError(_ field: Field, tokens: [String], extra: String? = nil) -> String {
        let id = Self.id(tokens)
        var parts: [String] = []
        if let help = field.help { parts.append(escapeHTML(help[language])) }
        if case .text(let format) = field.type, format != .plain, let hint = format.hint, field.help == nil {
            parts.append(escapeHTML(hint[language]))
        }
        if let extra { parts.append(extra) }
        let link = fieldGuide(tokens).map { "<span class=\"field-guide\">\(escapeHTML(strings.inGuide)) \(guideLinkHTML($0))</span>" } ?? ""
        let text = parts.joined(separator: " ")
        return "<div class=\"hint\" id=\"\(id)--hint\">\(text)\(text.isEmpty || link.isEmpty ? "" : " ")\(link)</div>\n"
            + "<p class=\"field-error\" id=\"\(id)--error\" hidden></p>\n"
    }

    func describedBy(_ tokens: [String]) -> String {
        let id = Self.id(tokens)
        return "aria-describedby=\"\(id)--hint \(id)--error\""
    }

    /// The guide step a field inherits, by its generalised path.
    func fieldGuide(_ tokens: [String]) -> GuideLink? {
        let path = FieldPath(tokens: tokens.map { $0 == Self.itemToken ? "*" : $0 })
        return form.field(at: path)?.guide
    }

    func render(_ field: Field, tokens: [String], depth: Int, name: String? = nil) -> String {
        let id = Self.id(tokens)
        switch field.type {
        case .constant:
            return ""
        case .object(let members):
            var html = "<fieldset class=\"group group-\(min(depth, 4))\" \(containerAttributes(field, type: "object", tokens: tokens, name: name))>\n"
            html += "<legend class=\"group-legend\"><h\(min(depth, 4)) id=\"\(Self.headingID(tokens))\">\(labelHTML(field.label))\(optionalMark(field))</h\(min(depth, 4))></legend>\n"
            html += hintAndError(field, tokens: tokens)
            for member in members { html += render(member, tokens: tokens + [member.name], depth: depth + 1) }
            return html + "</fieldset>\n"
        case .array(let item, let minItems, _):
            var html = "<fieldset class=\"group group-\(min(depth, 4))\" \(containerAttributes(field, type: "array", tokens: tokens, name: name)) data-min=\"\(minItems ?? 0)\">\n"
            html += "<legend class=\"group-legend\"><h\(min(depth, 4)) id=\"\(Self.headingID(tokens))\">\(labelHTML(field.label))\(optionalMark(field))</h\(min(depth, 4))></legend>\n"
            html += hintAndError(field, tokens: tokens)
            html += "<ol class=\"items\" id=\"\(id)--items\"></ol>\n"
            let itemTokens = tokens + [Self.itemToken]
            let itemField = Field("", field.label, guide: field.guide, item, .required)
            let itemType: String
            switch item {
            case .object: itemType = "object"
            default: itemType = typeName(item)
            }
            html += "<template id=\"\(id)--template\"><li class=\"item\" data-field=\"\" data-type=\"\(itemType)\">"
            html += "<div class=\"item-head\"><span class=\"item-title\">\(labelHTML(field.label)) <span class=\"item-number\"></span></span>"
            html += "<button type=\"button\" class=\"button button-secondary button-small\" data-remove>\(escapeHTML(strings.remove))<span class=\"visually-hidden\">: \(escapeHTML(field.label[language])) <span class=\"item-number\"></span></span></button></div>\n"
            if case .object(let members) = item {
                for member in members { html += render(member, tokens: itemTokens + [member.name], depth: depth + 1) }
            } else {
                html += render(itemField, tokens: itemTokens, depth: depth + 1, name: "")
            }
            html += "</li></template>\n"
            html += "<button type=\"button\" class=\"button button-secondary\" data-add data-js hidden>\(escapeHTML(strings.add)): \(escapeHTML(field.label[language]))</button>\n"
            return html + "</fieldset>\n"
        case .date:
            var html = "<fieldset class=\"field\" \(containerAttributes(field, type: "date", tokens: tokens, name: name)) \(describedBy(tokens))>\n"
            html += "<legend class=\"field-label\">\(labelHTML(field.label))\(optionalMark(field))</legend>\n"
            html += hintAndError(field, tokens: tokens, extra: escapeHTML(strings.dateHint))
            html += "<div class=\"date-input\">\n"
            let birth = field.name == "birthDate"
            for (part, word, size) in [("day", strings.day, 2), ("month", strings.month, 2), ("year", strings.year, 4)] {
                let auto = birth ? " autocomplete=\"bday-\(part)\"" : " autocomplete=\"off\""
                html += "<div class=\"date-part\"><label for=\"\(id)--\(part)\">\(escapeHTML(word))</label>"
                html += "<input class=\"input input-\(size)\" id=\"\(id)--\(part)\" data-part=\"\(part)\" type=\"text\" inputmode=\"numeric\" spellcheck=\"false\"\(auto)></div>\n"
            }
            return html + "</div>\n</fieldset>\n"
        case .boolean:
            return radios(field, tokens: tokens, name: name, type: "boolean",
                          options: [("true", strings.yes, "Evet"), ("false", strings.no, "Hayır")].map { value, word, portal in
                              (value, language == .tr ? escapeHTML(portal) : "\(escapeHTML(word)) <span class=\"portal-label\" lang=\"tr\">(\(portal))</span>")
                          })
        case .choice(let choices):
            return radios(field, tokens: tokens, name: name, type: "choice",
                          options: choices.map { ($0.value, labelHTML($0.label)) })
        case .suggested(let choices):
            var html = "<div class=\"field\" \(containerAttributes(field, type: "suggested", tokens: tokens, name: name))>\n"
            html += "<label class=\"field-label\" for=\"\(id)\">\(labelHTML(field.label))\(optionalMark(field))</label>\n"
            let examples = choices.map { "<code>\(escapeHTML($0.value))</code> (\(escapeHTML($0.label[language])))" }.joined(separator: ", ")
            html += hintAndError(field, tokens: tokens, extra: examples)
            html += "<input class=\"input\" id=\"\(id)\" type=\"text\" list=\"\(id)--list\" spellcheck=\"false\" autocomplete=\"off\" \(describedBy(tokens))>\n"
            html += "<datalist id=\"\(id)--list\">"
            for choice in choices { html += "<option value=\"\(escapeHTML(choice.value))\" label=\"\(escapeHTML(choice.label[language]))\"></option>" }
            return html + "</datalist>\n</div>\n"
        case .text(let format):
            var html = "<div class=\"field\" \(containerAttributes(field, type: "text", tokens: tokens, name: name))>\n"
            html += "<label class=\"field-label\" for=\"\(id)\">\(labelHTML(field.label))\(optionalMark(field))</label>\n"
            html += hintAndError(field, tokens: tokens)
            var attributes = "type=\"text\" spellcheck=\"false\""
            if let auto = Self.autocomplete[field.name], tokens.first != "eligibility" { attributes += " autocomplete=\"\(auto)\"" }
            if format.pattern?.contains("[0-9]") == true { attributes += " inputmode=\"numeric\"" }
            if format.format == "email" { attributes += " inputmode=\"email\"" }
            return html + "<input class=\"input\" id=\"\(id)\" \(attributes) \(describedBy(tokens))>\n</div>\n"
        case .positiveNumber:
            var html = "<div class=\"field\" \(containerAttributes(field, type: "number", tokens: tokens, name: name))>\n"
            html += "<label class=\"field-label\" for=\"\(id)\">\(labelHTML(field.label))\(optionalMark(field))</label>\n"
            html += hintAndError(field, tokens: tokens)
            return html + "<input class=\"input input-10\" id=\"\(id)\" type=\"text\" inputmode=\"decimal\" spellcheck=\"false\" \(describedBy(tokens))>\n</div>\n"
        case .file(let kind):
            var html = "<div class=\"field\" \(containerAttributes(field, type: "file", tokens: tokens, name: name)) data-file=\"\(kind.rawValue)\">\n"
            html += "<label class=\"field-label\" for=\"\(id)\">\(labelHTML(field.label))\(optionalMark(field))</label>\n"
            html += hintAndError(field, tokens: tokens)
            html += "<input class=\"input\" id=\"\(id)\" type=\"text\" spellcheck=\"false\" autocomplete=\"off\" \(describedBy(tokens))>\n"
            let types = kind == .photo ? strings.photoTypes : strings.documentTypes
            let accept = kind == .photo ? "image/jpeg,image/png,image/gif,.jpg,.jpeg,.png,.gif" : "application/pdf,.pdf"
            html += "<div class=\"file-pick\" data-js hidden><label for=\"\(id)--pick\">\(escapeHTML(strings.chooseFile)) (\(escapeHTML(types)))</label> "
            html += "<input type=\"file\" id=\"\(id)--pick\" data-pick accept=\"\(accept)\"></div>\n"
            return html + "</div>\n"
        }
    }

    func typeName(_ type: FieldType) -> String {
        switch type {
        case .object: "object"
        case .array: "array"
        case .text: "text"
        case .date: "date"
        case .boolean: "boolean"
        case .positiveNumber: "number"
        case .choice: "choice"
        case .suggested: "suggested"
        case .file: "file"
        case .constant: "constant"
        }
    }

    /// Evet/Hayır and the portal's options as radios (a select above six options).
    func radios(_ field: Field, tokens: [String], name: String?, type: String, options: [(String, String)]) -> String {
        let id = Self.id(tokens)
        var html = "<fieldset class=\"field\" \(containerAttributes(field, type: type, tokens: tokens, name: name)) \(describedBy(tokens))>\n"
        html += "<legend class=\"field-label\">\(labelHTML(field.label))\(optionalMark(field))</legend>\n"
        html += hintAndError(field, tokens: tokens)
        if options.count > 6 {
            html += "<select class=\"input\" id=\"\(id)\" aria-label=\"\(escapeHTML(field.label[language]))\"><option value=\"\"></option>"
            for (value, label) in options { html += "<option value=\"\(escapeHTML(value))\">\(label)</option>" }
            return html + "</select>\n</fieldset>\n"
        }
        html += "<div class=\"radios\(options.count <= 2 ? " radios-inline" : "")\">\n"
        for (index, option) in options.enumerated() {
            let optionID = index == 0 ? id : "\(id)--\(index)"
            html += "<div class=\"radio\"><input type=\"radio\" id=\"\(optionID)\" name=\"\(id)\" value=\"\(escapeHTML(option.0))\"><label for=\"\(optionID)\">\(option.1)</label></div>\n"
        }
        return html + "</div>\n</fieldset>\n"
    }

    /// Autocomplete tokens by member name (personal data only, never the eligibility query).
    static let autocomplete: [String: String] = [
        "givenName": "given-name", "surname": "family-name", "email": "email", "phone": "tel",
    ]

    /// A relative link to a guide step in this language, named by its heading (or the page title).
    func guideLinkHTML(_ link: GuideLink) -> String {
        GuideStepLink(guide: guide, language: language).html(link, text: .heading)
    }

    // MARK: Data

    /// What the page's checker needs: the rule catalogue, this form's checks and its schema.
    func dataJSON() -> String {
        let rules = FormsOutput.rulesDocument
        var catalogue = "[]", checks = "{}"
        if case .object(let document) = rules {
            if let list = document["rules"] { catalogue = JSONWriter.write(list, pretty: false) }
            if case .object(let forms)? = document["forms"], let entry = forms[form.kind.rawValue] {
                checks = JSONWriter.write(entry, pretty: false)
            }
        }
        let schema = JSONWriter.write(SchemaEmitter.schema(for: form), pretty: false)
        return "{\"kind\":\(JSONWriter.quoted(form.kind.rawValue)),\"rules\":{\"rules\":\(catalogue),\"forms\":{\(JSONWriter.quoted(form.kind.rawValue)):\(checks)}},\"schema\":\(schema)}"
    }

    /// JSON safe inside `<script>`: `<` only occurs in strings, where `\u003c` means the same.
    static func scriptJSON(_ json: String) -> String {
        json.replacingOccurrences(of: "<", with: "\\u003c")
    }
}
