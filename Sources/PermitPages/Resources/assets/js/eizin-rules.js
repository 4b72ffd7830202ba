/* eizin-rules.js: checks applications with forms/rules.json and forms/<kind>.schema.json as
 * `eizin validate` does (Sources/Permits). No UI, no dependencies. See docs/browser-rules.md. */
(() => {
"use strict";
const has = Object.hasOwn;
const isObject = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
const T = (tr, en) => ({ tr, en });
const same = (s) => T(s, s);
const div = (a, b) => Math.trunc(a / b); // Swift's integer division

// ---- Civil dates (CivilDate.swift): days since 1970 (H. Hinnant), years 1...9999 ----
const isLeap = (y) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (m, y) => (m === 2 ? (isLeap(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);
class Day {
  constructor(y, m, d) { Object.assign(this, { y, m, d }); }
  toString() { const p = (n, w) => String(n).padStart(w, "0"); return `${p(this.y, 4)}-${p(this.m, 2)}-${p(this.d, 2)}`; }
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
// A day the target month lacks becomes its last day (2024-01-31 + 1 month = 2024-02-29).
function addMonths(t, n) {
  const i = t.y * 12 + t.m - 1 + n, y = i >= 0 ? div(i, 12) : div(i - 11, 12), m = i - y * 12 + 1;
  return y >= 1 && y <= 9999 ? day(y, m, Math.min(t.d, daysIn(m, y))) : null;
}
const STEPS = {
  addDays, addMonths, addYears: (t, n) => addMonths(t, 12 * n),
  // The day before the anniversary (29 February's is 1 March in a common year).
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
/** The concrete paths a wildcard path names in `value`. */
const expand = (tokens, value) => tokens.reduce((paths, t) => paths.flatMap((p) => {
  if (t !== "*") return [p.concat(t)];
  const items = resolve(value, p);
  return Array.isArray(items) ? items.map((_, i) => p.concat(String(i))) : [];
}), [[]]);
/** Wildcards shared with `pattern` take the indices `concrete` chose (FieldPath.binding). */
const bind = (tokens, pattern, concrete) => tokens.map((t, i) =>
  t === "*" && pattern[i] === "*" && tokens.slice(0, i).every((u, j) => u === pattern[j] || u === "*" || pattern[j] === "*") ? concrete[i] : t);
const generalized = (tokens) => tokens.map((t) => (INDEX.test(t) ? "*" : t));

// ---- Values ----
function equal(a, b) {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (!isObject(a) || !isObject(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => has(b, k) && equal(a[k], b[k]));
}
/** EvaluatedValue.description */
const describe = (v) => (v === null || v instanceof Day || typeof v !== "object" ? String(v) : "…");
/** As the form shows it (FieldType.describe): Evet/Hayır, a choice or suggestion by its label. */
function shown(v, node) {
  if (v === undefined) return same("");
  if (node && node.type === "boolean" && typeof v === "boolean") return v ? T("Evet", "Yes") : T("Hayır", "No");
  const o = node && typeof v === "string" && (node["x-options"] || node["x-suggestions"] || []).find((o) => o.value === v);
  return o ? T(o.label.tr, o.label.en) : same(describe(v));
}
const asDate = (v) => (v instanceof Day ? v : parseDate(v));

// ---- Named checks (NamedCheckEvaluator.swift): {passed, actual?, reason?}; undefined: unknown ----
function tcKimlik(s) {
  const d = [...s].map(Number), odd = d[0] + d[2] + d[4] + d[6] + d[8], even = d[1] + d[3] + d[5] + d[7];
  return /^[1-9][0-9]{10}$/.test(s) && d[9] === ((odd * 7 - even) % 10 + 10) % 10 && d[10] === (odd + even + d[9]) % 10;
}
/** Characters as Swift counts them. */
const chars = (s) => (typeof Intl === "object" && Intl.Segmenter ? [...new Intl.Segmenter().segment(s)].map((g) => g.segment) : [...s]);
/** What is wrong with a number (DigitString, SGKNumber.swift). */
function digitProblem(s, completion) {
  const cs = chars(s), i = cs.findIndex((c) => !/^[0-9]$/.test(c)), c = cs[i], ws = /^\p{White_Space}/u.test(c);
  if (i >= 0) return T(`${i + 1}. karakter (${ws ? (c === " " ? "boşluk" : "boşluk karakteri") : `"${c}"`}) rakam değil`,
    `character ${i + 1} (${ws ? "a space" : `"${c}"`}) is not a digit`);
  return completion && s.length === 23 ? T("23 rakam var; ana işverenin 23 haneli numarasının sonuna 000 eklenir",
    "it has 23 digits; a main employer's 23-digit number is completed with 000") : T(`${s.length} rakam var`, `it has ${s.length} digits`);
}
/** Why a text is not a usable date, and what to write (DateText.swift). */
function dateProblem(s) {
  if (parseDate(s)) return;
  const seps = s.match(/[-./]/g) || [], ps = new Set(seps).size === 1 && /^[-./0-9]*$/.test(s) ? s.split(seps[0]) : [];
  const n = ps.length === 3 && ps.every((p) => p) ? ps.map((p) => p.length) : [], at = (a, b, c) => day(+ps[a], +ps[b], +ps[c]);
  let d = n[2] === 4 && n[0] <= 2 && n[1] <= 2 && at(2, 1, 0);
  if (d) return T(`tarih portaldaki GG/AA/YYYY sırasıyla yazılmış; dosyada YYYY-AA-GG yazın: ${d}`,
    `the date is written in the portal's DD/MM/YYYY order; in the file write YYYY-MM-DD: ${d}`);
  if ((d = n[0] === 4 && n[1] <= 2 && n[2] <= 2 && at(0, 1, 2))) return T(`tarihler YYYY-AA-GG biçiminde, tire ile yazılır: ${d}`, `dates are written YYYY-MM-DD, with hyphens: ${d}`);
  return n.join() === "4,2,2" && seps[0] === "-" ? T("takvimde böyle bir gün yok (ör. 2023-02-29 yoktur)", "there is no such day in the calendar (e.g. 2023-02-29 does not exist)")
    : T("tarihler YYYY-AA-GG biçiminde yazılır (ör. 2025-09-01)", "dates are written YYYY-MM-DD (e.g. 2025-09-01)");
}
/** A phone number as people write it (PhoneNumber.swift). */
function phone(s) {
  const c = s.replace(/[ \-./()\u00A0]/g, ""), intl = (d) => /^[1-9][0-9]{6,14}$/.test(d);
  return c[0] === "+" ? intl(c.slice(1)) : c.startsWith("00") ? intl(c.slice(2)) : /^(0[1-9][0-9]{9}|[1-9][0-9]{9})$/.test(c);
}
const explained = (passed, value, reason) => ({ passed, actual: value, ...(!passed && { reason: reason() }) });
/** files(path): "outside", "missing" or {size, type}; without it file checks are unknown. */
function namedCheck(name, value, args, files) {
  if (typeof value !== "string") return;
  switch (name) {
    case "tcKimlik": return { passed: tcKimlik(value) };
    case "foreignIdentityPrefix": return { passed: /^9[89]/.test(value), actual: chars(value).slice(0, 2).join("") };
    case "notTemporaryProtection": return { passed: !value.startsWith("98") };
    case "sgkNumber": return explained(/^[0-9]{26}$/.test(value), value, () => digitProblem(value, true));
    case "consulateReference": return explained(/^[0-9]{16}$/.test(value), value, () => digitProblem(value));
    case "phoneNumber": return { passed: phone(value), actual: value };
    case "nationalityCode": return { passed: /^(KKTC|[A-Z]{3})$/.test(value), actual: value };
    case "calendarDate": return explained(!!parseDate(value), value, () => dateProblem(value));
  }
  if (!/^file(InsideFolder|Exists|NotEmpty|Type|MaxBytes)$/.test(name)) throw new Error("unknown check " + name);
  const f = files && files(value);
  if (!f) return;
  if (name === "fileInsideFolder") return f === "outside" ? { passed: false, actual: value } : { passed: true };
  if (name === "fileExists") return f === "missing" ? { passed: false, actual: value } : { passed: true };
  if (!isObject(f)) return; // reported above
  if (name === "fileNotEmpty") return { passed: f.size > 0 };
  if (name === "fileType") {
    return f.size > 0 ? { passed: (args.types || []).includes(f.type),
      actual: f.type !== "unknown" ? same(f.type.toUpperCase()) : T("tanınmayan bir biçim", "an unrecognised format") } : undefined;
  }
  return Number.isInteger(args.max) ? { passed: f.size <= args.max, actual: String(f.size) } : undefined;
}
const runCheck = ({ check, field, ...args }, v, files) => namedCheck(check, v, args, files);
/** What a check's finding may quote: {actual, reason?}; `actual` is the value unless the check says. */
const checkValues = (e, v, files) => { const { passed, ...r } = runCheck(e, v, files) || {}; return passed === undefined ? {} : { actual: describe(v), ...r }; };

// ---- Expressions (Evaluator.swift) in ctx {instance, today, files, pattern?, concrete?, unreadable?, schema?} ----
const KEYS = ["op", "check", "field", "const", "today", "addDays", "addMonths", "addYears", "lastDayOfYears", "all", "any", "not", "exists"];
function kindOf(e) {
  const key = isObject(e) && KEYS.find((k) => has(e, k));
  if (!key) throw new Error("not an expression: " + JSON.stringify(e));
  return key;
}
const bound = (ctx, p) => (ctx.pattern ? bind(parsePointer(p), ctx.pattern, ctx.concrete) : parsePointer(p));
/** The value at a path, ABSENT, or undefined (unknown) at or inside an unreadable value. */
function read(ctx, p) {
  const tokens = bound(ctx, p);
  return (ctx.unreadable || []).some((u) => u.length <= tokens.length && u.every((t, i) => t === tokens[i])) ? undefined : resolve(ctx.instance, tokens);
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
    case "check": v = read(ctx, e.field); v = v === undefined || v === ABSENT ? v : runCheck(e, v, ctx.files); return v && v.passed;
    case "all": case "any": {
      const decisive = key === "any", values = e[key].map((x) => truth(evaluate(x, ctx)));
      return values.includes(decisive) ? decisive : values.includes(undefined) ? undefined : !decisive;
    }
  }
  const base = evaluate(e[key][0], ctx), date = base === undefined ? null : asDate(base);
  return (date && STEPS[key](date, e[key][1])) || undefined;
}
/** Dates as dates, numbers by value, other values only for (in)equality. */
function compare(op, x, y) {
  if (x === undefined || y === undefined) return;
  let a = x, b = y;
  if (x instanceof Day || y instanceof Day || (typeof x === "string" && typeof y === "string" && op !== "eq" && op !== "ne")) {
    a = asDate(x); b = asDate(y);
    if (!a || !b) return;
    a = a.number(); b = b.number();
  } else if (typeof x !== "number" || typeof y !== "number") {
    return op === "eq" ? equal(x, y) : op === "ne" ? !equal(x, y) : undefined;
  }
  return { eq: a === b, ne: a !== b, lt: a < b, lte: a <= b, gt: a > b, gte: a >= b }[op];
}
/** What a failed assertion's message quotes (RuleRunner.explain). */
function explain(e, ctx) {
  const key = kindOf(e), node = (x) => { const f = x && fieldAt(ctx.schema, generalized(bound(ctx, x.field))); return f && f.node; };
  if (key === "op") {
    const f = [e.left, e.right].find((x) => kindOf(x) === "field"), side = (x) => shown(evaluate(x, ctx), node(kindOf(x) === "field" ? x : f));
    return { left: side(e.left), right: side(e.right) };
  }
  if (key === "all" || key === "any") {
    for (const x of e[key]) {
      const values = evaluate(x, ctx) === false ? explain(x, ctx) : {};
      if (Object.keys(values).length) return values;
    }
  }
  const v = key === "check" ? resolve(ctx.instance, bound(ctx, e.field)) : ABSENT;
  return v === ABSENT ? {} : checkValues(e, v, ctx.files);
}
function toDay(t) {
  if (t instanceof Day || (t = parseDate(t))) return t;
  throw new Error("today must be a YYYY-MM-DD date");
}

// ---- The JSON Schema subset of the forms; `format` and x-* are annotations ----
const typeOf = (v) => (Array.isArray(v) ? "array" : v === null ? "null" : typeof v);
/** Leaf errors {keyword, path, node, names?}, like the Swift validator's. */
function schemaErrors(node, value, path, out) {
  const fail = (keyword, extra) => out.push({ keyword, path, node, ...extra });
  if (node.type && ![].concat(node.type).includes(typeOf(value))) fail("type");
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
  const probe = [], branch = node.if && (schemaErrors(node.if, value, path, probe), probe.length ? node.else : node.then);
  if (branch) schemaErrors(branch, value, path, out);
}
/** A field's schema node, with the label and guide it inherits; null if none. */
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
const LIST = T("bir liste ([…])", "a list ([…])");
/** FieldType.typeName (FieldDescriptions.swift), for wrong-type. */
function typeName(node) {
  const o = node["x-options"], list = (l, or) => { const s = o.map((x) => `"${x.value}" (${x.label[l]})`), last = s.pop(); return s.length ? `${s.join(", ")} ${or} ${last}` : last || ""; };
  if (o) return T(`${list("tr", "ya da")} metinlerinden biri`, `one of the strings ${list("en", "or")}`);
  if (node.format === "date") return T('YYYY-AA-GG biçiminde bir tarih metni (ör. "2025-09-01")', 'a date string written YYYY-MM-DD (e.g. "2025-09-01")');
  if (node["x-file"]) return T("bir dosya yolu (metin)", "a file path (a string)");
  return { object: T("bir nesne ({…})", "an object ({…})"), array: LIST, number: T("bir sayı", "a number"),
    boolean: T("Evet (true) ya da Hayır (false), tırnaksız", "Yes (true) or No (false), without quotes") }[node.type] || T('bir metin ("…")', 'a string ("…")');
}

// ---- The checker ----
/** `rulesJSON`: forms/rules.json; `schemas`: {kind: schema}. */
function checker(rulesJSON, schemas) {
  const rules = Object.fromEntries(rulesJSON.rules.map((r) => [r.id, r]));
  /** `f`: the field it links to; `values`: what its message quotes. */
  function finding(id, tokens, member, label, f, values) {
    const r = rules[id], fill = (lang) => r.message[lang].replace(/\{(\w+)\}/g, (all, k) => {
      const v = values[k];
      return v === undefined ? all : typeof v === "string" ? v : v[lang];
    });
    return { rule: id, severity: r.severity, pointer: pointer(tokens), ...(member !== undefined && { member }),
      label, message: T(fill("tr"), fill("en")),
      guide: r.linksToField && f && f.guide ? f.guide : r.guide.page + "#" + r.guide.fragment };
  }
  /** The schema's findings, before drafts drop any (SchemaErrorMapper, ApplicationValidator). */
  function schemaFindings(kind, app, opts = {}) {
    const errors = [], out = [], schema = schemas[kind], at = (tokens) => fieldAt(schema, generalized(tokens));
    schemaErrors(schema, app, [], errors);
    for (const { keyword, path, node, names } of errors) {
      const f = at(path) || {}, label = f.label;
      if (keyword === "required") {
        for (const n of names) { const m = at(path.concat(n)); out.push(finding("required-field", path, n, m ? m.label : same(n), m || f, { name: n })); }
      } else if (keyword === "additionalProperties") {
        out.push(finding("unknown-field", path, names[0], same(names[0]), at(path.slice(0, -1)), { name: names[0] }));
      } else if (keyword === "type") out.push(finding("wrong-type", path, undefined, label, f, { allowed: typeName(node) }));
      else {
        const allowed = node["x-hint"] || LIST, value = resolve(app, path);
        if (keyword === "enum" || keyword === "const") { out.push(finding("not-allowed-value", path, undefined, label, f, { allowed })); continue; }
        const id = ((node.type !== "array" || keyword === "minItems") && node["x-rule"]) || "invalid-format";
        // Its rule's check says what is wrong ({reason}), as the rule's own finding would.
        const own = rulesJSON.forms[kind].checks.find((c) => c.rule === id && c.at === pointer(generalized(path)) && has(c.assert, "check"));
        out.push(finding(id, path, undefined, label, f, { actual: describe(value), ...(own && checkValues(own.assert, value, opts.files)), allowed }));
      }
    }
    // A value of the wrong type also fails `enum`/`const`: the type is the cause.
    const wrong = new Set(out.filter((f) => f.rule === "wrong-type").map((f) => f.pointer));
    return out.filter((f) => f.rule === "wrong-type" || f.member !== undefined || !wrong.has(f.pointer));
  }
  /** The findings of `checks`; a value `reported` by another rule is unknown to a check. */
  function run(kind, app, opts, checks, reported) {
    const out = [], schema = schemas[kind];
    for (const check of checks) {
      const r = rules[check.rule], pattern = parsePointer(check.at);
      const unreadable = [...reported].filter(([, ids]) => [...ids].some((id) => id !== r.id)).map(([p]) => parsePointer(p));
      for (const at of expand(pattern, app)) {
        const ctx = { instance: app, today: opts.today, files: opts.files, pattern, concrete: at, unreadable, schema };
        if ((check.when && evaluate(check.when, ctx) !== true) || evaluate(check.assert, ctx) !== false) continue;
        const f = fieldAt(schema, generalized(at));
        out.push(finding(r.id, at, undefined, f ? f.label : same(pointer(at)), f, explain(check.assert, ctx)));
      }
    }
    return out;
  }
  /** Every finding {rule, severity, pointer, member?, label, message, guide} in file order; opts {today, draft, files}. */
  function check(kind, app, opts = {}) {
    if (!schemas[kind] || !rulesJSON.forms[kind]) throw new Error("unknown application kind " + kind);
    opts = { ...opts, today: toDay(opts.today) };
    const schema = schemaFindings(kind, app, opts), seen = new Set(), reported = new Map();
    const note = (fs) => fs.forEach((f) => f.member ?? reported.set(f.pointer, (reported.get(f.pointer) || new Set()).add(f.rule)));
    const checks = rulesJSON.forms[kind].checks.filter((c) => !(opts.draft && !rules[c.rule].appliesToDrafts));
    const isValue = (c) => c.rule === "calendar-date";
    // A value reported as malformed (by the schema, then calendar-date) feeds no other rule (RuleRunner).
    note(schema);
    const first = run(kind, app, opts, checks.filter(isValue), reported);
    note(first);
    const all = first.concat(run(kind, app, opts, checks.filter((c) => !isValue(c)), reported), schema).filter((f) => {
      const key = [f.rule, f.pointer, f.member || ""].join("\0");
      if (seen.has(key) || (opts.draft && !rules[f.rule].appliesToDrafts)) return false;
      return seen.add(key);
    });
    return sortByDocument(all, app);
  }
  return { check, schemaFindings, rules, kinds: Object.keys(schemas), detectKind: (app) => detectKind(app, schemas) };
}
/** File order (Finding.fileOrder): the value's place (or its nearest parent's), pointer, rule, member. */
function sortByDocument(findings, app) {
  const order = new Map();
  (function walk(v, p) {
    order.set(p, order.size);
    if (Array.isArray(v) || isObject(v)) for (const k of Object.keys(v)) walk(v[k], p + pointer([k]));
  })(app, "");
  const rank = (t) => (order.has(pointer(t)) ? order.get(pointer(t)) : rank(t.slice(0, -1)));
  const key = (f) => [rank(parsePointer(f.pointer)), f.pointer, f.rule, f.member || ""];
  return findings.sort((a, b) => { const x = key(a), y = key(b); return x.reduce((c, v, i) => c || (v < y[i] ? -1 : v > y[i] ? 1 : 0), 0); });
}
/** The kind from `kind` or `$schema` (KindDetection.swift): {kind} or {error, pointer}. */
function detectKind(app, schemas) {
  const no = (error, pointer = "") => ({ error, pointer });
  if (!isObject(app)) return no("notAnObject");
  const byKind = app.kind, bySchema = Object.keys(schemas).find((k) => schemas[k].$id === app.$schema);
  if (has(app, "kind") && !(typeof byKind === "string" && has(schemas, byKind))) return no("unknownKind", "/kind");
  if (typeof app.$schema === "string" && !bySchema && !byKind) return no("unknownSchema", "/$schema");
  if (byKind && bySchema && byKind !== bySchema) return no("conflict", "/$schema");
  return byKind || bySchema ? { kind: byKind || bySchema } : no("noKind");
}

// ---- Files: the type told by the first bytes (FileType.swift) ----
function detectFileType(bytes) {
  const h = String.fromCharCode(...Array.from(bytes).slice(0, 8));
  return /^\xFF\xD8\xFF/.test(h) ? "jpeg" : /^\x89PNG\r\n\x1A\n/.test(h) ? "png" : /^GIF8[79]a/.test(h) ? "gif" : /^%PDF-/.test(h) ? "pdf" : "unknown";
}

const api = {
  checker, detectFileType, parseDate,
  evaluate: (expression, instance, today, files) => evaluate(expression, { instance, today: toDay(today), files }),
  namedCheck: (name, value, args = {}, files) => namedCheck(name, value, args, files),
  /** A picked File's (or Blob's) facts: a promise of {size, type}. */
  fileFacts: async (file) => ({ size: file.size, type: detectFileType(new Uint8Array(await file.slice(0, 8).arrayBuffer())) }),
  /** A `files` provider from {relativePath: {size, type}}, as InMemoryFileAccess. */
  filesFrom: (map) => (p) => (p === "" || p[0] === "/" || p.split("/").includes("..") ? "outside" : has(map, p) ? map[p] : "missing"),
  /** Today in Europe/Istanbul, where the ministry's system runs. */
  todayInIstanbul: () => new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Istanbul" }).format(new Date()),
};
globalThis.EizinRules = api;
if (typeof module !== "undefined") module.exports = api;
})();
