/* eizin-rules.js: the browser's interpreter of the emitted forms (docs/browser-rules.md).
 * Evaluates the rule expressions of forms/rules.json and the subset of JSON Schema that
 * forms/<kind>.schema.json uses, with the semantics of the Swift validator
 * (Sources/Permits/Rules/Evaluator.swift, Validation/SchemaErrorMapper.swift, RuleRunner.swift).
 * No UI, no dependencies: loads by <script> (globalThis.EizinRules) and by require(). */
(function () {
  "use strict";
  var has = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  var isObject = function (v) { return v !== null && typeof v === "object" && !Array.isArray(v); };

  // ---- Civil dates (CivilDate.swift): day numbers after H. Hinnant, years 1...9999 ----
  function isLeap(y) { return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0; }
  function daysIn(m, y) { return m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].indexOf(m) >= 0 ? 30 : 31; }
  function Day(y, m, d) { this.y = y; this.m = m; this.d = d; }
  Day.prototype.toString = function () {
    var p = function (n, w) { return String(n).padStart(w, "0"); };
    return p(this.y, 4) + "-" + p(this.m, 2) + "-" + p(this.d, 2);
  };
  Day.prototype.number = function () {
    var y = this.m <= 2 ? this.y - 1 : this.y, era = Math.trunc((y >= 0 ? y : y - 399) / 400);
    var yoe = y - era * 400, doy = Math.trunc((153 * ((this.m + 9) % 12) + 2) / 5) + this.d - 1;
    return era * 146097 + yoe * 365 + Math.trunc(yoe / 4) - Math.trunc(yoe / 100) + doy - 719468;
  };
  function day(y, m, d) {
    return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) ? new Day(y, m, d) : null;
  }
  function fromNumber(n) {
    var z = n + 719468, era = Math.trunc((z >= 0 ? z : z - 146096) / 146097), doe = z - era * 146097;
    var yoe = Math.trunc((doe - Math.trunc(doe / 1460) + Math.trunc(doe / 36524) - Math.trunc(doe / 146096)) / 365);
    var doy = doe - (365 * yoe + Math.trunc(yoe / 4) - Math.trunc(yoe / 100)), mp = Math.trunc((5 * doy + 2) / 153);
    var m = mp < 10 ? mp + 3 : mp - 9;
    return day(yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - Math.trunc((153 * mp + 2) / 5) + 1);
  }
  /** Exactly YYYY-MM-DD with ASCII digits, and a day that exists; else null. */
  function parseDate(text) {
    var g = typeof text === "string" && /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    return g ? day(+g[1], +g[2], +g[3]) : null;
  }
  function addDays(t, n) { return fromNumber(t.number() + n); }
  /** A day missing from the target month becomes its last day (2024-01-31 + 1 month = 2024-02-29). */
  function addMonths(t, n) {
    var i = t.y * 12 + t.m - 1 + n, y = i >= 0 ? Math.trunc(i / 12) : Math.trunc((i - 11) / 12), m = i - y * 12 + 1;
    return y >= 1 && y <= 9999 ? day(y, m, Math.min(t.d, daysIn(m, y))) : null;
  }
  /** The day before the anniversary; 29 February's anniversary in a common year is 1 March. */
  function lastDayOfYears(t, n) {
    var a = day(t.y + n, t.m, t.d) || day(t.y + n, t.m + 1, 1);
    return a && addDays(a, -1);
  }
  var DATE_STEPS = {
    addDays: addDays, addMonths: addMonths, lastDayOfYears: lastDayOfYears,
    addYears: function (t, n) { return addMonths(t, 12 * n); }
  };

  // ---- JSON Pointers, `*` standing for every array element (FieldPath.swift) ----
  function parsePointer(p) {
    return p === "" ? [] : p.slice(1).split("/").map(function (t) { return t.replace(/~1/g, "/").replace(/~0/g, "~"); });
  }
  function pointer(tokens) {
    return tokens.map(function (t) { return "/" + t.replace(/~/g, "~0").replace(/\//g, "~1"); }).join("");
  }
  var ABSENT = {}; // a missing value; `undefined` below means "unknown"
  function resolve(value, tokens) {
    for (var i = 0; i < tokens.length; i++) {
      var t = tokens[i];
      if (Array.isArray(value)) {
        if (!/^(0|[1-9][0-9]*)$/.test(t) || +t >= value.length) return ABSENT;
        value = value[+t];
      } else if (isObject(value) && has(value, t)) value = value[t];
      else return ABSENT;
    }
    return value;
  }
  /** Every concrete path a wildcard path names in `value`, in document order. */
  function expand(tokens, value) {
    var out = [[]];
    tokens.forEach(function (t) {
      var next = [];
      out.forEach(function (prefix) {
        if (t !== "*") return next.push(prefix.concat(t));
        var items = resolve(value, prefix);
        if (Array.isArray(items)) items.forEach(function (_, i) { next.push(prefix.concat(String(i))); });
      });
      out = next;
    });
    return out;
  }
  /** The wildcards a path shares with `pattern` take the indices `concrete` chose for them. */
  function bind(tokens, pattern, concrete) {
    var out = tokens.slice();
    pattern.forEach(function (p, i) {
      if (p !== "*" || out[i] !== "*") return;
      for (var j = 0; j < i; j++) if (out[j] !== pattern[j] && out[j] !== "*" && pattern[j] !== "*") return;
      out[i] = concrete[i];
    });
    return out;
  }
  function related(a, b) { // one path is a prefix of the other
    for (var i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return false;
    return true;
  }

  // ---- Values ----
  function equal(a, b) {
    if (a === b) return true;
    if (Array.isArray(a) || Array.isArray(b)) {
      return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every(function (x, i) { return equal(x, b[i]); });
    }
    if (!isObject(a) || !isObject(b)) return false;
    var ka = Object.keys(a), kb = Object.keys(b);
    return ka.length === kb.length && ka.every(function (k) { return has(b, k) && equal(a[k], b[k]); });
  }
  /** How a value is quoted in messages ({left}, {right}, {actual}). */
  function describe(v) {
    if (v === undefined) return "";
    if (v instanceof Day || typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null) return String(v);
    return "…";
  }
  function asDate(v) { return v instanceof Day ? v : parseDate(v); }
  var same = function (s) { return { tr: s, en: s }; };

  // ---- Named checks (NamedCheckEvaluator.swift); a value that is not a string is unknown ----
  var digits = function (n) { return new RegExp("^[0-9]{" + n + "}$"); };
  function tcKimlik(s) {
    if (!/^[1-9][0-9]{10}$/.test(s)) return false;
    var d = s.split("").map(Number), odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
    return d[9] === ((odd * 7 - even) % 10 + 10) % 10 && d[10] === d.slice(0, 10).reduce(function (a, b) { return a + b; }) % 10;
  }
  var TYPE_NAMES = { jpeg: "JPEG", png: "PNG", gif: "GIF", pdf: "PDF" };
  /** {passed, actual?} or undefined (unknown). `files(path)` gives "outside", "missing" or {size, type}. */
  function namedCheck(name, value, args, files) {
    if (typeof value !== "string") return undefined;
    var length = String(Array.from(value).length);
    switch (name) {
      case "tcKimlik": return { passed: tcKimlik(value) };
      case "foreignIdentityPrefix": return { passed: /^9[89]/.test(value), actual: Array.from(value).slice(0, 2).join("") };
      case "notTemporaryProtection": return { passed: !/^98/.test(value) };
      case "sgkNumber": return { passed: digits(26).test(value), actual: length };
      case "consulateReference": return { passed: digits(16).test(value), actual: length };
      case "calendarDate": return { passed: parseDate(value) !== null, actual: value };
    }
    if (!/^file(InsideFolder|Exists|NotEmpty|Type|MaxBytes)$/.test(name)) throw new Error("unknown check " + name);
    if (!files) return undefined;
    var f = files(value);
    if (name === "fileInsideFolder") return f === "outside" ? { passed: false, actual: value } : { passed: true };
    if (name === "fileExists") return f === "missing" ? { passed: false, actual: value } : { passed: true };
    if (!isObject(f)) return undefined; // outside or missing: another check says so
    if (name === "fileNotEmpty") return { passed: f.size > 0 };
    if (name === "fileType") {
      if (!(f.size > 0)) return undefined;
      return { passed: (args.types || []).indexOf(f.type) >= 0,
        actual: TYPE_NAMES[f.type] ? same(TYPE_NAMES[f.type]) : { tr: "tanınmayan bir biçim", en: "an unrecognised format" } };
    }
    return Number.isInteger(args.max) ? { passed: f.size <= args.max, actual: String(f.size) } : undefined;
  }

  // ---- Expressions (Evaluator.swift). ctx: {instance, today, files, pattern, concrete, unknown} ----
  var KEYS = ["op", "check", "field", "const", "today", "addDays", "addMonths", "addYears", "lastDayOfYears", "all", "any", "not", "exists"];
  function kindOf(e) {
    for (var i = 0; isObject(e) && i < KEYS.length; i++) if (has(e, KEYS[i])) return KEYS[i];
    throw new Error("not an expression: " + JSON.stringify(e));
  }
  /** The value at a path, ABSENT, or undefined when the field has a schema finding. */
  function read(ctx, p) {
    var tokens = ctx.pattern ? bind(parsePointer(p), ctx.pattern, ctx.concrete) : parsePointer(p);
    if ((ctx.unknown || []).some(function (u) { return related(u, tokens); })) return undefined;
    return resolve(ctx.instance, tokens);
  }
  function truth(v) { return typeof v === "boolean" ? v : undefined; }
  function evaluate(e, ctx) {
    var key = kindOf(e), v;
    switch (key) {
      case "field":
        v = read(ctx, e.field);
        return v !== ABSENT ? v : has(e, "default") ? evaluate(e["default"], ctx) : undefined;
      case "const": return e["const"];
      case "today": return ctx.today;
      case "op": return compare(e.op, evaluate(e.left, ctx), evaluate(e.right, ctx));
      case "all": case "any":
        var decisive = key === "any", unknown = false;
        for (var i = 0; i < e[key].length; i++) {
          v = truth(evaluate(e[key][i], ctx));
          if (v === decisive) return decisive;
          if (v === undefined) unknown = true;
        }
        return unknown ? undefined : !decisive;
      case "not": v = truth(evaluate(e.not, ctx)); return v === undefined ? v : !v;
      case "exists": v = read(ctx, e.exists); return v === undefined ? v : v !== ABSENT;
      case "check": var r = runCheck(e, ctx); return r && r.passed;
    }
    var base = evaluate(e[key][0], ctx), date = base === undefined ? null : asDate(base);
    return (date && DATE_STEPS[key](date, e[key][1])) || undefined;
  }
  function runCheck(e, ctx) {
    var v = read(ctx, e.field), args = {};
    Object.keys(e).forEach(function (k) { if (k !== "check" && k !== "field") args[k] = e[k]; });
    return v === undefined || v === ABSENT ? undefined : namedCheck(e.check, v, args, ctx.files);
  }
  /** Dates as dates (a string side must be a real date), numbers by value, other values only for (in)equality. */
  function compare(op, x, y) {
    if (x === undefined || y === undefined) return undefined;
    var a, b;
    if (x instanceof Day || y instanceof Day || (typeof x === "string" && typeof y === "string" && op !== "eq" && op !== "ne")) {
      a = asDate(x); b = asDate(y);
      if (!a || !b) return undefined;
      a = a.number(); b = b.number();
    } else if (typeof x === "number" && typeof y === "number") {
      a = x; b = y;
    } else {
      return op === "eq" ? equal(x, y) : op === "ne" ? !equal(x, y) : undefined;
    }
    return { eq: a === b, ne: a !== b, lt: a < b, lte: a <= b, gt: a > b, gte: a >= b }[op];
  }
  /** The values a failed assertion's message may quote (RuleRunner.explain). */
  function explain(e, ctx) {
    var key = kindOf(e);
    if (key === "op") return { left: same(describe(evaluate(e.left, ctx))), right: same(describe(evaluate(e.right, ctx))) };
    if (key === "all" || key === "any") {
      for (var i = 0; i < e[key].length; i++) {
        if (evaluate(e[key][i], ctx) !== false) continue;
        var values = explain(e[key][i], ctx);
        if (Object.keys(values).length) return values;
      }
    }
    if (key === "check") {
      var r = runCheck(e, ctx);
      if (r) return { actual: typeof r.actual === "object" ? r.actual : same(r.actual !== undefined ? r.actual : describe(read(ctx, e.field))) };
    }
    return {};
  }
  function toDay(today) {
    var t = today instanceof Day ? today : parseDate(today);
    if (!t) throw new Error("today must be a date written YYYY-MM-DD: " + today);
    return t;
  }

  // ---- The schema subset the forms use, with SchemaErrorMapper's findings ----
  var TYPE_OK = {
    string: function (v) { return typeof v === "string"; }, boolean: function (v) { return typeof v === "boolean"; },
    number: function (v) { return typeof v === "number"; }, integer: Number.isInteger, object: isObject,
    array: Array.isArray, "null": function (v) { return v === null; }
  };
  /** Leaf errors {keyword, path, node, names?} of `value` against `node` (annotations are ignored; `format` too). */
  function schemaErrors(node, value, path, out) {
    var fail = function (keyword, extra) { out.push(Object.assign({ keyword: keyword, path: path, node: node }, extra)); };
    if (node === false) return fail("false");
    if (!isObject(node)) return;
    var types = [].concat(node.type || []);
    if (types.length && !types.some(function (t) { return TYPE_OK[t](value); })) fail("type");
    if (has(node, "const") && !equal(value, node["const"])) fail("const");
    if (node["enum"] && !node["enum"].some(function (x) { return equal(value, x); })) fail("enum");
    if (typeof value === "string") {
      var n = Array.from(value).length;
      if (n < (node.minLength || 0)) fail("minLength");
      if (n > (has(node, "maxLength") ? node.maxLength : Infinity)) fail("maxLength");
      if (node.pattern && !new RegExp(node.pattern, "u").test(value)) fail("pattern");
    }
    if (typeof value === "number" && has(node, "exclusiveMinimum") && !(value > node.exclusiveMinimum)) fail("exclusiveMinimum");
    if (Array.isArray(value)) {
      if (value.length < (node.minItems || 0)) fail("minItems");
      if (has(node, "items")) value.forEach(function (item, i) { schemaErrors(node.items, item, path.concat(String(i)), out); });
    }
    if (isObject(value)) {
      var props = node.properties || {};
      Object.keys(props).forEach(function (k) { if (has(value, k)) schemaErrors(props[k], value[k], path.concat(k), out); });
      var missing = (node.required || []).filter(function (k) { return !has(value, k); });
      if (missing.length) fail("required", { names: missing });
      if (node.additionalProperties === false) {
        Object.keys(value).forEach(function (k) { if (!has(props, k)) fail("additionalProperties", { path: path.concat(k), names: [k] }); });
      }
    }
    (node.allOf || []).forEach(function (sub) { schemaErrors(sub, value, path, out); });
    if (has(node, "if")) {
      var probe = [];
      schemaErrors(node["if"], value, path, probe);
      var branch = probe.length ? node["else"] : node.then;
      if (branch !== undefined) schemaErrors(branch, value, path, out);
    }
  }
  /** The schema node of a field, with its inherited label and guide; null when the schema has none. */
  function fieldAt(schema, tokens) {
    var node = schema, label = schema["x-label"], guide = schema["x-guide"];
    for (var i = 0; i < tokens.length; i++) {
      if (node.properties && has(node.properties, tokens[i])) node = node.properties[tokens[i]];
      else if (node.items && /^(0|[1-9][0-9]*|\*)$/.test(tokens[i])) node = node.items;
      else return null;
      if (node["x-label"]) label = node["x-label"]; // array items keep the array's label
      if (node["x-guide"]) guide = node["x-guide"];
    }
    return { node: node, label: label, guide: guide };
  }
  var T = function (tr, en) { return { tr: tr, en: en }; };
  var DATE_WORDS = T("YYYY-AA-GG biçiminde bir tarih (ör. 2025-09-01)", "a date written YYYY-MM-DD (e.g. 2025-09-01)");
  /** What a field expects, in words (FieldDescriptions.swift), from its schema. */
  function expectation(node, forType) {
    var options = node["x-options"];
    if (options) {
      var list = function (lang, or) {
        var items = options.map(function (o) { return "\"" + o.value + "\" (" + o.label[lang] + ")"; });
        if (!forType) return items.join(", ");
        return items.length < 2 ? items.join("") : items.slice(0, -1).join(", ") + " " + or + " " + items[items.length - 1];
      };
      return forType ? T(list("tr", "ya da") + " metinlerinden biri", "one of the strings " + list("en", "or")) : T(list("tr"), list("en"));
    }
    if (node.format === "date") {
      return forType ? T("YYYY-AA-GG biçiminde bir tarih metni (ör. \"2025-09-01\")", "a date string written YYYY-MM-DD (e.g. \"2025-09-01\")") : DATE_WORDS;
    }
    if (node["x-file"]) return T("bir dosya yolu (metin)", forType ? "a file path (a string)" : "a file path (string)");
    if (has(node, "const")) return forType ? T("bir metin (\"…\")", "a string (\"…\")") : same("\"" + node["const"] + "\"");
    if (node.type === "number") return forType ? T("bir sayı", "a number") : T("sıfırdan büyük bir sayı", "a number greater than zero");
    return {
      object: T("bir nesne ({…})", "an object ({…})"), array: T("bir liste ([…])", "a list ([…])"),
      boolean: T("true ya da false", "true or false")
    }[node.type] || (forType ? T("bir metin (\"…\")", "a string (\"…\")") : node["x-hint"] ||
      (node.pattern ? T("bir metin", "a string") : T("boş olmayan bir metin", "a non-empty text")));
  }
  /** The rule a field names for its own constraint failures (SchemaErrorMapper.specificRule):
   * `x-rule` when the schema says; else a date's calendar-date, a text field's identifier rule
   * (the first identifier check of rules.json on that field), a document list's documents-uploaded. */
  function ownRule(node, keyword, general, checks) {
    if (node["x-rule"]) return node["x-rule"];
    if (node.format === "date") return "calendar-date";
    if (node.type === "string") {
      var at = general, c = checks.filter(function (c) {
        return c.at === at && !c.when && c["assert"].field === at && /^(tcKimlik|sgkNumber|consulateReference)$/.test(c["assert"].check);
      })[0];
      return c && c.rule;
    }
    var item = node.items && node.items.properties;
    if (keyword === "minItems" && item && Object.keys(item).some(function (k) { return item[k]["x-file"] === "document"; })) {
      return "documents-uploaded";
    }
  }
  function generalized(tokens) { return tokens.map(function (t) { return /^(0|[1-9][0-9]*)$/.test(t) ? "*" : t; }); }

  /** A checker for the forms: `rulesJSON` is forms/rules.json, `schemas` maps each kind to its schema. */
  function checker(rulesJSON, schemas) {
    var rules = {};
    rulesJSON.rules.forEach(function (r) { rules[r.id] = r; });
    var guideOf = function (r, field) { return r.linksToField && field && field.guide ? field.guide : r.guide.page + "#" + r.guide.fragment; };
    function finding(kind, ruleID, tokens, member, values, allowed) {
      var r = rules[ruleID], f = fieldAt(schemas[kind], tokens);
      var label = f && f.label ? f.label : same(pointer(tokens));
      if (ruleID === "required-field") {
        var m = fieldAt(schemas[kind], tokens.concat(member));
        label = m && m.label ? m.label : same(member);
        f = m || f;
      } else if (ruleID === "unknown-field") {
        label = same(member); f = fieldAt(schemas[kind], tokens.slice(0, -1));
      }
      var message = {};
      ["tr", "en"].forEach(function (lang) {
        message[lang] = r.message[lang].replace(/\{(left|right|actual|name|allowed)\}/g, function (all, k) {
          var v = k === "allowed" ? allowed : values[k];
          return v === undefined ? all : typeof v === "string" ? v : v[lang];
        });
      });
      var out = { rule: ruleID, severity: r.severity, pointer: pointer(tokens), label: label, message: message, guide: guideOf(r, f) };
      if (member !== undefined) out.member = member;
      return out;
    }
    /** Schema findings, before any draft filtering (SchemaErrorMapper + ApplicationValidator). */
    function schemaFindings(kind, app, opts) {
      var errors = [], out = [], checks = rulesJSON.forms[kind].checks;
      schemaErrors(schemas[kind], app, [], errors);
      errors.forEach(function (e) {
        if (e.keyword === "required") {
          e.names.forEach(function (n) { out.push(finding(kind, "required-field", e.path, n, { name: n })); });
        } else if (e.keyword === "additionalProperties") {
          out.push(finding(kind, "unknown-field", e.path, e.names[0], { name: e.names[0] }));
        } else if (e.keyword === "type") {
          out.push(finding(kind, "wrong-type", e.path, undefined, {}, expectation(e.node, true)));
        } else if (e.keyword === "enum" || e.keyword === "const") {
          out.push(finding(kind, "not-allowed-value", e.path, undefined, {}, expectation(e.node)));
        } else {
          var general = pointer(generalized(e.path)), rule = ownRule(e.node, e.keyword, general, checks) || "invalid-format";
          // The rule's own check quotes the values better ("it has 23 characters"), as in Swift.
          var own = checks.filter(function (c) { return c.rule === rule && c.at === general; })[0];
          var values = own ? explain(own["assert"], { instance: app, today: opts && opts.today ? toDay(opts.today) : undefined, pattern: parsePointer(own.at), concrete: e.path }) : {};
          if (!values.actual) values.actual = describe(resolve(app, e.path));
          out.push(finding(kind, rule, e.path, undefined, values, expectation(e.node)));
        }
      });
      // A value of the wrong type also fails `enum`/`const`: the type is the cause.
      var wrong = out.filter(function (f) { return f.rule === "wrong-type"; }).map(function (f) { return f.pointer; });
      return out.filter(function (f) { return f.rule === "wrong-type" || f.member !== undefined || wrong.indexOf(f.pointer) < 0; });
    }
    /** Findings of the rule checks; `unknown` lists the paths every expression reads as unknown. */
    function ruleFindings(kind, app, opts, unknown) {
      var out = [], today = toDay(opts.today);
      rulesJSON.forms[kind].checks.forEach(function (check) {
        var r = rules[check.rule], pattern = parsePointer(check.at);
        if (opts.draft && !r.appliesToDrafts) return;
        expand(pattern, app).forEach(function (at) {
          var ctx = { instance: app, today: today, files: opts.files, pattern: pattern, concrete: at, unknown: unknown };
          if (check.when && evaluate(check.when, ctx) !== true) return;
          if (evaluate(check["assert"], ctx) !== false) return;
          out.push(finding(kind, r.id, at, undefined, explain(check["assert"], ctx)));
        });
      });
      return out;
    }
    /** Every finding for `app`: {rule, severity, pointer, member?, label, message {tr, en}, guide}, in document order.
     * opts: {today: "YYYY-MM-DD", draft: bool, files: path => "outside" | "missing" | {size, type}}. */
    function check(kind, app, opts) {
      if (!schemas[kind] || !rulesJSON.forms[kind]) throw new Error("unknown application kind " + kind);
      opts = opts || {};
      var schema = schemaFindings(kind, app, opts);
      // A field with a schema finding is unknown to every rule, so it gets exactly one finding.
      var unknown = schema.map(function (f) {
        return parsePointer(f.pointer).concat(f.rule === "required-field" ? [f.member] : []);
      });
      var seen = {}, all = [];
      ruleFindings(kind, app, opts, unknown).concat(schema).forEach(function (f) {
        var key = f.rule + "\u0000" + f.pointer + "\u0000" + (f.member || "");
        if (seen[key] || (opts.draft && !rules[f.rule].appliesToDrafts)) return;
        seen[key] = true;
        all.push(f);
      });
      return sortByDocument(all, app);
    }
    return { check: check, schemaFindings: schemaFindings, rules: rules, kinds: Object.keys(schemas), detectKind: function (app) { return detectKind(app, schemas); } };
  }
  /** File order: by the first value at or above the pointer, then pointer, rule and member. */
  function sortByDocument(findings, app) {
    var order = {}, n = 0;
    (function walk(v, p) {
      order[p] = n++;
      if (Array.isArray(v)) v.forEach(function (x, i) { walk(x, p + "/" + i); });
      else if (isObject(v)) Object.keys(v).forEach(function (k) { walk(v[k], p + pointer([k])); });
    })(app, "");
    var rank = function (f) {
      for (var t = parsePointer(f.pointer); t.length && !has(order, pointer(t)); t.pop());
      return order[pointer(t)];
    };
    var cmp = function (a, b) { return a < b ? -1 : a > b ? 1 : 0; };
    return findings.map(function (f) { return [rank(f), f]; }).sort(function (a, b) {
      return cmp(a[0], b[0]) || cmp(a[1].pointer, b[1].pointer) || cmp(a[1].rule, b[1].rule) || cmp(a[1].member || "", b[1].member || "");
    }).map(function (x) { return x[1]; });
  }
  /** The kind from `kind` or `$schema` (KindDetection.swift): {kind} or {error, pointer}. */
  function detectKind(app, schemas) {
    if (!isObject(app)) return { error: "notAnObject", pointer: "" };
    var byKind, bySchema;
    if (has(app, "kind")) {
      if (typeof app.kind !== "string" || !schemas[app.kind]) return { error: "unknownKind", pointer: "/kind" };
      byKind = app.kind;
    }
    if (typeof app.$schema === "string") {
      bySchema = Object.keys(schemas).filter(function (k) { return schemas[k].$id === app.$schema; })[0];
      if (!bySchema && !byKind) return { error: "unknownSchema", pointer: "/$schema" };
    }
    if (byKind && bySchema && byKind !== bySchema) return { error: "conflict", pointer: "/$schema" };
    return byKind || bySchema ? { kind: byKind || bySchema } : { error: "noKind", pointer: "" };
  }

  // ---- Files: the type told by the first bytes (FileType.swift) ----
  function detectFileType(bytes) {
    var starts = function (magic) { return magic.every(function (b, i) { return bytes[i] === b; }); };
    var ascii = function (s) { return s.split("").map(function (c) { return c.charCodeAt(0); }); };
    if (starts([0xFF, 0xD8, 0xFF])) return "jpeg";
    if (starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
    if (starts(ascii("GIF87a")) || starts(ascii("GIF89a"))) return "gif";
    return starts(ascii("%PDF-")) ? "pdf" : "unknown";
  }
  /** Facts about a File (or Blob) the user picked: a promise of {size, type}. */
  function fileFacts(file) {
    return file.slice(0, 8).arrayBuffer().then(function (b) { return { size: file.size, type: detectFileType(new Uint8Array(b)) }; });
  }
  /** A `files` provider from {relativePath: facts} (InMemoryFileAccess.swift). */
  function filesFrom(map) {
    return function (path) {
      if (path === "" || path[0] === "/" || path.split("/").indexOf("..") >= 0) return "outside";
      return has(map, path) ? map[path] : "missing";
    };
  }
  /** Today in Europe/Istanbul, where the ministry's system runs. */
  function todayInIstanbul() {
    return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul", year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date());
  }

  var api = {
    checker: checker, detectFileType: detectFileType, fileFacts: fileFacts, filesFrom: filesFrom, todayInIstanbul: todayInIstanbul,
    parseDate: parseDate,
    /** An expression's value: true, false, another JSON value, a date, or undefined (unknown). */
    evaluate: function (expression, instance, today, files) {
      return evaluate(expression, { instance: instance, today: toDay(today), files: files });
    },
    /** A named check on one value: {passed, actual?}, or undefined when it does not apply. */
    namedCheck: function (name, value, args, files) { return namedCheck(name, value, args || {}, files); }
  };
  globalThis.EizinRules = api;
  if (typeof module !== "undefined") module.exports = api;
})();
