/* eizin-rules.js: checks applications against forms/rules.json and forms/<kind>.schema.json
 * as `eizin validate` does (Sources/Permits). No UI, no dependencies; <script> or require().
 * See docs/browser-rules.md. */
(() => {
  "use strict";
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const T = (tr, en) => ({ tr, en });
  const same = (s) => T(s, s);
  const div = (a, b) => Math.trunc(a / b); // Swift's integer division

  // ---- Civil dates (CivilDate.swift): days since 1970 after H. Hinnant; years 1...9999 ----
  const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const daysIn = (m, y) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
  class Day {
    constructor(y, m, d) { Object.assign(this, { y, m, d }); }
    toString() { return [[this.y, 4], [this.m, 2], [this.d, 2]].map(([n, w]) => String(n).padStart(w, "0")).join("-"); }
    number() {
      const y = this.m <= 2 ? this.y - 1 : this.y, era = div(y >= 0 ? y : y - 399, 400), yoe = y - era * 400;
      const doy = div(153 * ((this.m + 9) % 12) + 2, 5) + this.d - 1;
      return era * 146097 + yoe * 365 + div(yoe, 4) - div(yoe, 100) + doy - 719468;
    }
  }
  const day = (y, m, d) => (y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) ? new Day(y, m, d) : null);
  function fromNumber(n) {
    const z = n + 719468, era = div(z >= 0 ? z : z - 146096, 146097), doe = z - era * 146097;
    const yoe = div(doe - div(doe, 1460) + div(doe, 36524) - div(doe, 146096), 365);
    const doy = doe - (365 * yoe + div(yoe, 4) - div(yoe, 100)), mp = div(5 * doy + 2, 153), m = mp < 10 ? mp + 3 : mp - 9;
    return day(yoe + era * 400 + (m <= 2 ? 1 : 0), m, doy - div(153 * mp + 2, 5) + 1);
  }
  /** Exactly YYYY-MM-DD in ASCII digits, a day that exists; else null. */
  function parseDate(text) {
    const g = typeof text === "string" && /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(text);
    return g ? day(+g[1], +g[2], +g[3]) : null;
  }
  const addDays = (t, n) => fromNumber(t.number() + n);
  /** A day the target month lacks becomes its last day (2024-01-31 + 1 month = 2024-02-29). */
  function addMonths(t, n) {
    const i = t.y * 12 + t.m - 1 + n, y = i >= 0 ? div(i, 12) : div(i - 11, 12), m = i - y * 12 + 1;
    return y >= 1 && y <= 9999 ? day(y, m, Math.min(t.d, daysIn(m, y))) : null;
  }
  const STEPS = {
    addDays, addMonths, addYears: (t, n) => addMonths(t, 12 * n),
    // The day before the anniversary; 29 February's anniversary in a common year is 1 March.
    lastDayOfYears: (t, n) => { const a = day(t.y + n, t.m, t.d) || day(t.y + n, t.m + 1, 1); return a && addDays(a, -1); },
  };

  // ---- JSON Pointers; `*` stands for every array element (FieldPath.swift) ----
  const INDEX = /^(0|[1-9][0-9]*)$/;
  const parsePointer = (p) => (p === "" ? [] : p.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~")));
  const pointer = (tokens) => tokens.map((t) => "/" + t.replace(/~/g, "~0").replace(/\//g, "~1")).join("");
  const ABSENT = Symbol("absent"); // `undefined` means unknown
  function resolve(value, tokens) {
    for (const t of tokens) {
      if (Array.isArray(value) ? !INDEX.test(t) || +t >= value.length : !isObject(value) || !has(value, t)) return ABSENT;
      value = value[t];
    }
    return value;
  }
  /** Every concrete path a wildcard path names in `value`, in document order. */
  const expand = (tokens, value) => tokens.reduce((paths, t) => paths.flatMap((p) => {
    if (t !== "*") return [p.concat(t)];
    const items = resolve(value, p);
    return Array.isArray(items) ? items.map((_, i) => p.concat(String(i))) : [];
  }), [[]]);
  /** The wildcards a path shares with `pattern` take the indices `concrete` chose (RuleRunner's binding). */
  const bind = (tokens, pattern, concrete) => tokens.map((t, i) =>
    t === "*" && pattern[i] === "*" && tokens.slice(0, i).every((u, j) => u === pattern[j] || u === "*" || pattern[j] === "*") ? concrete[i] : t);
  const related = (a, b) => a.every((t, i) => i >= b.length || t === b[i]); // one is a prefix of the other
  const generalized = (tokens) => tokens.map((t) => (INDEX.test(t) ? "*" : t));

  // ---- Values ----
  function equal(a, b) {
    if (a === b) return true;
    if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
    if (!isObject(a) || !isObject(b)) return false;
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => has(b, k) && equal(a[k], b[k]));
  }
  /** How a value is quoted in messages. */
  const describe = (v) => (v === undefined ? "" : v === null || v instanceof Day || typeof v !== "object" ? String(v) : "…");
  const asDate = (v) => (v instanceof Day ? v : parseDate(v));

  // ---- Named checks (NamedCheckEvaluator.swift): {passed, actual?}, undefined when unknown ----
  function tcKimlik(s) {
    if (!/^[1-9][0-9]{10}$/.test(s)) return false;
    const d = [...s].map(Number), sum = (from, to, step) => { let n = 0; for (let i = from; i < to; i += step) n += d[i]; return n; };
    return d[9] === ((sum(0, 9, 2) * 7 - sum(1, 8, 2)) % 10 + 10) % 10 && d[10] === sum(0, 10, 1) % 10;
  }
  const TYPE_NAMES = { jpeg: "JPEG", png: "PNG", gif: "GIF", pdf: "PDF" };
  /** `files(path)` says "outside", "missing" or {size, type}; without it file checks are unknown. */
  function namedCheck(name, value, args, files) {
    if (typeof value !== "string") return undefined;
    const length = String([...value].length);
    switch (name) {
      case "tcKimlik": return { passed: tcKimlik(value) };
      case "foreignIdentityPrefix": return { passed: /^9[89]/.test(value), actual: [...value].slice(0, 2).join("") };
      case "notTemporaryProtection": return { passed: !value.startsWith("98") };
      case "sgkNumber": return { passed: /^[0-9]{26}$/.test(value), actual: length };
      case "consulateReference": return { passed: /^[0-9]{16}$/.test(value), actual: length };
      case "calendarDate": return { passed: parseDate(value) !== null, actual: value };
    }
    if (!/^file(InsideFolder|Exists|NotEmpty|Type|MaxBytes)$/.test(name)) throw new Error("unknown check " + name);
    const f = files && files(value);
    if (!f) return undefined;
    if (name === "fileInsideFolder") return f === "outside" ? { passed: false, actual: value } : { passed: true };
    if (name === "fileExists") return f === "missing" ? { passed: false, actual: value } : { passed: true };
    if (!isObject(f)) return undefined; // outside or missing: the checks above report it
    if (name === "fileNotEmpty") return { passed: f.size > 0 };
    if (name === "fileType") {
      return f.size > 0 ? { passed: (args.types || []).includes(f.type),
        actual: TYPE_NAMES[f.type] ? same(TYPE_NAMES[f.type]) : T("tanınmayan bir biçim", "an unrecognised format") } : undefined;
    }
    return Number.isInteger(args.max) ? { passed: f.size <= args.max, actual: String(f.size) } : undefined;
  }

  // ---- Expressions (Evaluator.swift). ctx: {instance, today, files, pattern?, concrete?, unknown?} ----
  const KEYS = ["op", "check", "field", "const", "today", "addDays", "addMonths", "addYears", "lastDayOfYears", "all", "any", "not", "exists"];
  function kindOf(e) {
    const key = isObject(e) && KEYS.find((k) => has(e, k));
    if (!key) throw new Error("not an expression: " + JSON.stringify(e));
    return key;
  }
  /** The value at a path, ABSENT, or undefined when the field has a schema finding. */
  function read(ctx, p) {
    const tokens = ctx.pattern ? bind(parsePointer(p), ctx.pattern, ctx.concrete) : parsePointer(p);
    return (ctx.unknown || []).some((u) => related(u, tokens)) ? undefined : resolve(ctx.instance, tokens);
  }
  const truth = (v) => (typeof v === "boolean" ? v : undefined);
  function evaluate(e, ctx) {
    const key = kindOf(e);
    let v;
    switch (key) {
      case "field": v = read(ctx, e.field); return v !== ABSENT ? v : has(e, "default") ? evaluate(e.default, ctx) : undefined;
      case "const": return e.const;
      case "today": return ctx.today;
      case "op": return compare(e.op, evaluate(e.left, ctx), evaluate(e.right, ctx));
      case "not": v = truth(evaluate(e.not, ctx)); return v === undefined ? v : !v;
      case "exists": v = read(ctx, e.exists); return v === undefined ? v : v !== ABSENT;
      case "check": v = runCheck(e, ctx); return v && v.passed;
      case "all": case "any": {
        const decisive = key === "any", values = e[key].map((x) => truth(evaluate(x, ctx)));
        return values.includes(decisive) ? decisive : values.includes(undefined) ? undefined : !decisive;
      }
    }
    const base = evaluate(e[key][0], ctx), date = base === undefined ? null : asDate(base);
    return (date && STEPS[key](date, e[key][1])) || undefined;
  }
  function runCheck(e, ctx) {
    const v = read(ctx, e.field), args = { ...e };
    delete args.check; delete args.field;
    return v === undefined || v === ABSENT ? undefined : namedCheck(e.check, v, args, ctx.files);
  }
  /** Dates as dates (a string side must be a real date), numbers by value, other values only for (in)equality. */
  function compare(op, x, y) {
    if (x === undefined || y === undefined) return undefined;
    let a = x, b = y;
    if (x instanceof Day || y instanceof Day || (typeof x === "string" && typeof y === "string" && op !== "eq" && op !== "ne")) {
      a = asDate(x); b = asDate(y);
      if (!a || !b) return undefined;
      a = a.number(); b = b.number();
    } else if (typeof x !== "number" || typeof y !== "number") {
      return op === "eq" ? equal(x, y) : op === "ne" ? !equal(x, y) : undefined;
    }
    return { eq: a === b, ne: a !== b, lt: a < b, lte: a <= b, gt: a > b, gte: a >= b }[op];
  }
  /** The values a failed assertion's message quotes (RuleRunner.explain): {left, right} or {actual}. */
  function explain(e, ctx) {
    const key = kindOf(e);
    if (key === "op") return { left: same(describe(evaluate(e.left, ctx))), right: same(describe(evaluate(e.right, ctx))) };
    if (key === "all" || key === "any") {
      for (const x of e[key]) {
        const values = evaluate(x, ctx) === false ? explain(x, ctx) : {};
        if (Object.keys(values).length) return values;
      }
    }
    const r = key === "check" && runCheck(e, ctx);
    if (!r) return {};
    return { actual: typeof r.actual === "object" ? r.actual : same(r.actual !== undefined ? r.actual : describe(read(ctx, e.field))) };
  }
  function toDay(today) {
    const t = today instanceof Day ? today : parseDate(today);
    if (!t) throw new Error("today must be a date written YYYY-MM-DD, not " + today);
    return t;
  }

  // ---- The JSON Schema subset of the forms; `format` and x-* are annotations ----
  const TYPES = { string: (v) => typeof v === "string", boolean: (v) => typeof v === "boolean", number: (v) => typeof v === "number",
    object: isObject, array: Array.isArray };
  /** Leaf errors {keyword, path, node, names?}, like the Swift validator's. */
  function schemaErrors(node, value, path, out) {
    const fail = (keyword, extra) => out.push({ keyword, path, node, ...extra });
    const types = [].concat(node.type || []);
    if (types.length && !types.some((t) => TYPES[t](value))) fail("type");
    if (has(node, "const") && !equal(value, node.const)) fail("const");
    if (node.enum && !node.enum.some((x) => equal(value, x))) fail("enum");
    if (typeof value === "string") {
      const n = [...value].length;
      if (n < (node.minLength || 0)) fail("minLength");
      if (has(node, "maxLength") && n > node.maxLength) fail("maxLength");
      if (node.pattern && !new RegExp(node.pattern, "u").test(value)) fail("pattern");
    }
    if (typeof value === "number" && has(node, "exclusiveMinimum") && !(value > node.exclusiveMinimum)) fail("exclusiveMinimum");
    if (Array.isArray(value)) {
      if (value.length < (node.minItems || 0)) fail("minItems");
      if (node.items) value.forEach((item, i) => schemaErrors(node.items, item, path.concat(String(i)), out));
    }
    if (isObject(value)) {
      const props = node.properties || {}, missing = (node.required || []).filter((k) => !has(value, k));
      for (const k of Object.keys(props)) if (has(value, k)) schemaErrors(props[k], value[k], path.concat(k), out);
      if (missing.length) fail("required", { names: missing });
      if (node.additionalProperties === false) {
        for (const k of Object.keys(value)) if (!has(props, k)) fail("additionalProperties", { path: path.concat(k), names: [k] });
      }
    }
    for (const sub of node.allOf || []) schemaErrors(sub, value, path, out);
    if (node.if) {
      const probe = [];
      schemaErrors(node.if, value, path, probe);
      const branch = probe.length ? node.else : node.then;
      if (branch) schemaErrors(branch, value, path, out);
    }
  }
  /** A field's schema node with the label and guide it inherits (array items: the array's); null if none. */
  function fieldAt(schema, tokens) {
    let node = schema, label = schema["x-label"], guide = schema["x-guide"];
    for (const t of tokens) {
      if (node.properties && has(node.properties, t)) node = node.properties[t];
      else if (node.items && (t === "*" || INDEX.test(t))) node = node.items;
      else return null;
      label = node["x-label"] || label;
      guide = node["x-guide"] || guide;
    }
    return { node, label, guide };
  }
  /** What a field expects, in words (as FieldDescriptions.swift; `x-hint` when the schema has one). */
  function expectation(node) {
    const options = node["x-options"], words = {
      object: T("bir nesne ({…})", "an object ({…})"), array: T("bir liste ([…])", "a list ([…])"),
      boolean: T("true ya da false", "true or false"), number: T("sıfırdan büyük bir sayı", "a number greater than zero") };
    if (options) return T(options.map((o) => `"${o.value}" (${o.label.tr})`).join(", "), options.map((o) => `"${o.value}" (${o.label.en})`).join(", "));
    if (node.format === "date") return T("YYYY-AA-GG biçiminde bir tarih metni (ör. \"2025-09-01\")", "a date string written YYYY-MM-DD (e.g. \"2025-09-01\")");
    if (node["x-file"]) return T("bir dosya yolu (metin)", "a file path (a string)");
    if (has(node, "const")) return same(`"${node.const}"`);
    return node["x-hint"] || words[node.type] || (node.pattern ? T("bir metin", "a string") : T("boş olmayan bir metin", "a non-empty text"));
  }
  /** The rule a field names for its own constraint failures (SchemaErrorMapper.specificRule): its `x-rule`;
   * else a date's calendar-date, a text's identifier rule (its first identifier check in rules.json),
   * a list of documents' documents-uploaded. */
  function ownRule(node, keyword, at, checks) {
    if (node["x-rule"]) return node["x-rule"];
    if (node.format === "date") return "calendar-date";
    if (node.type === "string") {
      const c = checks.find((c) => c.at === at && !c.when && c.assert.field === at && /^(tcKimlik|sgkNumber|consulateReference)$/.test(c.assert.check));
      return c && c.rule;
    }
    const item = node.items && node.items.properties;
    if (keyword === "minItems" && item && Object.values(item).some((p) => p["x-file"] === "document")) return "documents-uploaded";
  }

  // ---- The checker ----
  /** `rulesJSON`: forms/rules.json; `schemas`: {kind: forms/<kind>.schema.json}. */
  function checker(rulesJSON, schemas) {
    const rules = Object.fromEntries(rulesJSON.rules.map((r) => [r.id, r]));
    function finding(kind, id, tokens, member, values, allowed) {
      const r = rules[id];
      let f = fieldAt(schemas[kind], tokens), label = f && f.label;
      if (id === "required-field") { const m = fieldAt(schemas[kind], tokens.concat(member)); label = m ? m.label : same(member); f = m || f; }
      if (id === "unknown-field") { f = fieldAt(schemas[kind], tokens.slice(0, -1)); label = same(member); }
      const fill = (lang) => r.message[lang].replace(/\{(left|right|actual|name|allowed)\}/g, (all, k) => {
        const v = k === "allowed" ? allowed : values[k];
        return v === undefined ? all : typeof v === "string" ? v : v[lang];
      });
      return { rule: id, severity: r.severity, pointer: pointer(tokens), ...(member !== undefined && { member }),
        label: label || same(pointer(tokens)), message: T(fill("tr"), fill("en")),
        guide: r.linksToField && f && f.guide ? f.guide : r.guide.page + "#" + r.guide.fragment };
    }
    /** The schema's findings, before drafts drop any (SchemaErrorMapper, ApplicationValidator). */
    function schemaFindings(kind, app, opts = {}) {
      const errors = [], out = [], checks = rulesJSON.forms[kind].checks;
      schemaErrors(schemas[kind], app, [], errors);
      for (const e of errors) {
        if (e.keyword === "required") for (const n of e.names) out.push(finding(kind, "required-field", e.path, n, { name: n }));
        else if (e.keyword === "additionalProperties") out.push(finding(kind, "unknown-field", e.path, e.names[0], { name: e.names[0] }));
        else if (e.keyword === "type") out.push(finding(kind, "wrong-type", e.path, undefined, {}, expectation(e.node)));
        else if (e.keyword === "enum" || e.keyword === "const") out.push(finding(kind, "not-allowed-value", e.path, undefined, {}, expectation(e.node)));
        else {
          const at = pointer(generalized(e.path)), id = ownRule(e.node, e.keyword, at, checks) || "invalid-format";
          // The rule's own check quotes the value better ("it has 23 characters"), as its finding does in Swift.
          const own = checks.find((c) => c.rule === id && c.at === at);
          const values = own ? explain(own.assert, { instance: app, today: opts.today && toDay(opts.today), pattern: parsePointer(at), concrete: e.path }) : {};
          out.push(finding(kind, id, e.path, undefined, { actual: describe(resolve(app, e.path)), ...values }, expectation(e.node)));
        }
      }
      // A value of the wrong type also fails `enum`/`const`: the type is the cause.
      const wrong = new Set(out.filter((f) => f.rule === "wrong-type").map((f) => f.pointer));
      return out.filter((f) => f.rule === "wrong-type" || f.member !== undefined || !wrong.has(f.pointer));
    }
    /** The rule checks' findings; `unknown` lists the paths every expression reads as unknown. */
    function ruleFindings(kind, app, opts, unknown) {
      const out = [], today = toDay(opts.today);
      for (const check of rulesJSON.forms[kind].checks) {
        const r = rules[check.rule], pattern = parsePointer(check.at);
        if (opts.draft && !r.appliesToDrafts) continue;
        for (const at of expand(pattern, app)) {
          const ctx = { instance: app, today, files: opts.files, pattern, concrete: at, unknown };
          if ((check.when && evaluate(check.when, ctx) !== true) || evaluate(check.assert, ctx) !== false) continue;
          out.push(finding(kind, r.id, at, undefined, explain(check.assert, ctx)));
        }
      }
      return out;
    }
    /** Every finding {rule, severity, pointer, member?, label, message: {tr, en}, guide}, in document order.
     * opts: {today: "YYYY-MM-DD", draft, files: path => "outside" | "missing" | {size, type}}. */
    function check(kind, app, opts = {}) {
      if (!schemas[kind] || !rulesJSON.forms[kind]) throw new Error("unknown application kind " + kind);
      const schema = schemaFindings(kind, app, opts), seen = new Set();
      // A field with a schema finding is unknown to every rule: a malformed value gets one finding.
      const unknown = schema.map((f) => parsePointer(f.pointer).concat(f.rule === "required-field" ? [f.member] : []));
      const all = ruleFindings(kind, app, opts, unknown).concat(schema).filter((f) => {
        const key = [f.rule, f.pointer, f.member || ""].join("\0");
        if (seen.has(key) || (opts.draft && !rules[f.rule].appliesToDrafts)) return false;
        return seen.add(key);
      });
      return sortByDocument(all, app);
    }
    return { check, schemaFindings, rules, kinds: Object.keys(schemas), detectKind: (app) => detectKind(app, schemas) };
  }
  /** File order: by the value at (or nearest above) the pointer, then pointer, rule, member. */
  function sortByDocument(findings, app) {
    const order = new Map();
    (function walk(v, p) {
      order.set(p, order.size);
      if (Array.isArray(v) || isObject(v)) for (const k of Object.keys(v)) walk(v[k], p + pointer([k]));
    })(app, "");
    const rank = (f) => { const t = parsePointer(f.pointer); while (!order.has(pointer(t))) t.pop(); return order.get(pointer(t)); };
    const cmp = (a, b) => (a < b ? -1 : a > b ? 1 : 0);
    return findings.map((f) => [rank(f), f]).sort(([ra, a], [rb, b]) =>
      cmp(ra, rb) || cmp(a.pointer, b.pointer) || cmp(a.rule, b.rule) || cmp(a.member || "", b.member || "")).map(([, f]) => f);
  }
  /** The kind from `kind` or `$schema` (KindDetection.swift): {kind} or {error, pointer}. */
  function detectKind(app, schemas) {
    if (!isObject(app)) return { error: "notAnObject", pointer: "" };
    let byKind, bySchema;
    if (has(app, "kind")) {
      if (typeof app.kind !== "string" || !has(schemas, app.kind)) return { error: "unknownKind", pointer: "/kind" };
      byKind = app.kind;
    }
    if (typeof app.$schema === "string") {
      bySchema = Object.keys(schemas).find((k) => schemas[k].$id === app.$schema);
      if (!bySchema && !byKind) return { error: "unknownSchema", pointer: "/$schema" };
    }
    if (byKind && bySchema && byKind !== bySchema) return { error: "conflict", pointer: "/$schema" };
    return byKind || bySchema ? { kind: byKind || bySchema } : { error: "noKind", pointer: "" };
  }

  // ---- Files: the type told by the first bytes (FileType.swift) ----
  function detectFileType(bytes) {
    const starts = (magic) => [...magic].every((c, i) => bytes[i] === (typeof c === "string" ? c.charCodeAt(0) : c));
    if (starts([0xFF, 0xD8, 0xFF])) return "jpeg";
    if (starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])) return "png";
    if (starts("GIF87a") || starts("GIF89a")) return "gif";
    return starts("%PDF-") ? "pdf" : "unknown";
  }

  const api = {
    checker, detectFileType, parseDate,
    /** An expression's value: true, false, another JSON value, a date, or undefined (unknown). */
    evaluate: (expression, instance, today, files) => evaluate(expression, { instance, today: toDay(today), files }),
    /** A named check of one value: {passed, actual?}, or undefined when it does not apply. */
    namedCheck: (name, value, args = {}, files) => namedCheck(name, value, args, files),
    /** Facts about a File or Blob the user picked: a promise of {size, type}. */
    fileFacts: async (file) => ({ size: file.size, type: detectFileType(new Uint8Array(await file.slice(0, 8).arrayBuffer())) }),
    /** A `files` provider from {relativePath: {size, type}} (InMemoryFileAccess.swift). */
    filesFrom: (map) => (p) => (p === "" || p[0] === "/" || p.split("/").includes("..") ? "outside" : has(map, p) ? map[p] : "missing"),
    /** Today in Europe/Istanbul, where the ministry's system runs. */
    todayInIstanbul: () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date()),
  };
  globalThis.EizinRules = api;
  if (typeof module !== "undefined") module.exports = api;
})();
