// The browser interpreter's own behaviour, beyond the shared vectors and the examples:
// a malformed field gets exactly one finding, file facts, wildcards, calendar arithmetic.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { EizinRules, readJSON, forms, checker } = require("./helpers.js");

const example = (kind, name) => readJSON(path.join(forms, "examples", kind, name + ".json"));
const summary = (findings) => findings.map((f) => `${f.rule} ${f.pointer}${f.member ? " " + f.member : ""}`).sort();

test("a field with a schema finding is unknown to every rule, even with a default", () => {
  const app = example("extension-application", "valid");
  app.applicationDate = "2025/07/01"; // fails the pattern; extension-too-early/-late would read it
  assert.deepEqual(summary(checker.check("extension-application", app, { today: "2025-06-01" })), ["calendar-date /applicationDate"]);
  delete app.applicationDate; // absent: the default (today) applies again
  assert.deepEqual(summary(checker.check("extension-application", app, { today: "2026-01-01" })), ["extension-too-late /applicationDate"]);
});

test("a date written GG/AA/YYYY gets one finding that says what to write", () => {
  const app = example("academic-application", "valid-yok-approved");
  app.identity.personal.birthDate = "03/11/1984";
  const findings = checker.check("academic-application", app, { today: "2025-06-01" });
  assert.deepEqual(summary(findings), ["calendar-date /identity/personal/birthDate"]);
  assert.match(findings[0].message.tr, /GG\/AA\/YYYY sırasıyla yazılmış; dosyada YYYY-AA-GG yazın: 1984-11-03/);
  assert.match(findings[0].message.en, /in the file write YYYY-MM-DD: 1984-11-03/);
});

test("a missing required member hides nothing; a rule rewords its own schema finding", () => {
  const app = example("academic-application", "valid-yok-approved");
  delete app.identity.passport.number; // required: the eligibility rule comparing it does not apply (absent)
  app.employer.sgkNumber = "1234 5678901234567890123456";
  const findings = checker.check("academic-application", app, { today: "2025-06-01" });
  assert.deepEqual(summary(findings), ["required-field /identity/passport number", "sgk-number /employer/sgkNumber"]);
  const sgk = findings.find((f) => f.rule === "sgk-number");
  assert.match(sgk.message.tr, /5\. karakter \(boşluk\) rakam değil/);
  assert.match(sgk.message.en, /character 5 \(a space\) is not a digit/);
});

test("rule messages quote yes/no and choices as the form shows them", () => {
  const values = (e, instance) => {
    const c = EizinRules.checker({ rules: [{ id: "r", severity: "warning", message: { tr: "{left}|{right}", en: "{left}|{right}" }, guide: { page: "p", fragment: "f" } }],
      forms: { k: { checks: [{ rule: "r", at: "/a", assert: e }] } } },
    { k: { type: "object", properties: { a: { type: "boolean" }, b: { type: "string", enum: ["x"], "x-options": [{ value: "x", label: { tr: "İks", en: "Ex" } }] } } } });
    return c.check("k", instance, { today: "2025-06-01" }).map((f) => f.message);
  };
  assert.deepEqual(values({ op: "eq", left: { field: "/a" }, right: { const: true } }, { a: false }), [{ tr: "Hayır|Evet", en: "No|Yes" }]);
  assert.deepEqual(values({ op: "ne", left: { const: "x" }, right: { field: "/b" } }, { a: true, b: "x" }), [{ tr: "İks|İks", en: "Ex|Ex" }]);
});

test("phone numbers and nationality codes", () => {
  assert.deepEqual(EizinRules.namedCheck("phoneNumber", "0312 12"), { passed: false, actual: "0312 12" });
  assert.equal(EizinRules.namedCheck("phoneNumber", "0123456789").passed, false); // a leading 0 needs 11 digits
  assert.equal(EizinRules.namedCheck("nationalityCode", "KKTC").passed, true);
  assert.equal(EizinRules.namedCheck("nationalityCode", 3), undefined);
});

test("a value of the wrong type gets one finding, not wrong-type and not-allowed-value", () => {
  const app = example("academic-application", "valid-yok-approved");
  app.job.workType = 3;
  assert.deepEqual(summary(checker.check("academic-application", app, { today: "2025-06-01" })), ["wrong-type /job/workType"]);
  app.permit.end = 20260831; // a rule reads it: no rule finding besides the type
  assert.deepEqual(summary(checker.check("academic-application", app, { today: "2025-06-01" })),
    ["wrong-type /job/workType", "wrong-type /permit/end"]);
});

test("an object of the wrong type hides its members from the rules", () => {
  const app = example("academic-application", "valid-yok-approved");
  app.permit = "2026";
  assert.deepEqual(summary(checker.check("academic-application", app, { today: "2025-06-01" })), ["wrong-type /permit"]);
});

test("drafts skip completeness rules but check what is present", () => {
  const app = example("academic-application", "draft-incomplete");
  const final = checker.check("academic-application", app, { today: "2025-06-01" });
  assert.deepEqual([...new Set(final.map((f) => f.rule))].sort(), ["declaration-accepted", "required-field"]);
  assert.deepEqual(checker.check("academic-application", app, { today: "2025-06-01", draft: true }), []);
});

test("messages are filled in both languages", () => {
  const [f] = checker.check("academic-application", example("academic-application", "invalid-passport-60-days"), { today: "2025-06-01" });
  assert.equal(f.label.tr, "İzin bitiş tarihi");
  assert.match(f.message.tr, /bu pasaportla izin en geç 2026-08-30 tarihinde bitebilir/);
  assert.match(f.message.en, /2026-08-30/);
  assert.equal(f.guide, "basvuru-sonuclandirma#uyari-pasaport-60-gun");
});

test("file checks: unknown without a provider, facts from a provider, wildcards per element", () => {
  const app = example("document-upload", "valid");
  app.documents.push({ title: "Second", file: "files/photo.jpg" }, { title: "Third", file: "../x.pdf" });
  assert.deepEqual(checker.check("document-upload", app, { today: "2025-06-01" }), []);
  const files = EizinRules.filesFrom({ [app.documents[0].file]: { size: 3_000_000, type: "pdf" }, "files/photo.jpg": { size: 10, type: "jpeg" } });
  const findings = checker.check("document-upload", app, { today: "2025-06-01", files });
  assert.deepEqual(summary(findings), ["document-file-size /documents/0/file", "document-file-type /documents/1/file", "file-inside-folder /documents/2/file"]);
  assert.match(findings.find((f) => f.rule === "document-file-size").message.en, /this file has 3000000 bytes/);
  assert.match(findings.find((f) => f.rule === "document-file-type").message.tr, /JPEG/);
  assert.equal(EizinRules.namedCheck("fileType", "a", { types: ["pdf"] }, () => ({ size: 0, type: "unknown" })), undefined);
  assert.equal(EizinRules.namedCheck("fileNotEmpty", "a", {}, () => ({ size: 0, type: "unknown" })).passed, false);
  assert.equal(EizinRules.namedCheck("fileExists", "a", {}, () => "missing").passed, false);
  assert.equal(EizinRules.namedCheck("fileNotEmpty", "a", {}, () => "missing"), undefined);
});

test("file types are told by their first bytes", () => {
  const bytes = (s) => Uint8Array.from(s, (c) => c.charCodeAt(0));
  assert.equal(EizinRules.detectFileType([0xFF, 0xD8, 0xFF, 0xE0]), "jpeg");
  assert.equal(EizinRules.detectFileType([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), "png");
  assert.equal(EizinRules.detectFileType([0x89, 0x50, 0x4E, 0x47]), "unknown");
  assert.equal(EizinRules.detectFileType(bytes("GIF89a..")), "gif");
  assert.equal(EizinRules.detectFileType(bytes("%PDF-1.7")), "pdf");
  assert.equal(EizinRules.detectFileType(bytes("%PDF")), "unknown");
  assert.equal(EizinRules.detectFileType([]), "unknown");
});

test("fileFacts reads a Blob's size and first bytes", async () => {
  const facts = await EizinRules.fileFacts(new Blob([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2D, 0x31]), "x".repeat(100)]));
  assert.deepEqual(facts, { size: 106, type: "pdf" });
});

test("calendar arithmetic matches CivilDate.swift at the edges", () => {
  const iso = (e) => String(EizinRules.evaluate(e, {}, "2025-01-01"));
  assert.equal(iso({ addDays: [{ const: "2024-02-28" }, 1] }), "2024-02-29");
  assert.equal(iso({ addDays: [{ const: "1970-01-01" }, -1] }), "1969-12-31");
  assert.equal(iso({ addDays: [{ const: "0001-01-01" }, 0] }), "0001-01-01");
  assert.equal(EizinRules.evaluate({ addDays: [{ const: "0001-01-01" }, -1] }, {}, "2025-01-01"), undefined);
  assert.equal(EizinRules.evaluate({ addYears: [{ const: "9999-06-01" }, 1] }, {}, "2025-01-01"), undefined);
  assert.equal(iso({ addMonths: [{ const: "2024-03-31" }, -1] }), "2024-02-29");
  assert.equal(iso({ addMonths: [{ const: "2024-12-15" }, 1] }), "2025-01-15");
  assert.equal(iso({ addYears: [{ const: "2023-02-28" }, 1] }), "2024-02-28");
  assert.equal(iso({ lastDayOfYears: [{ const: "2024-02-29" }, 4] }), "2028-02-28");
  assert.equal(iso({ lastDayOfYears: [{ const: "2025-01-01" }, 1] }), "2025-12-31");
  // Every 997th day of years 1...9999 against JavaScript's own proleptic Gregorian calendar.
  const first = Date.UTC(2000, 0, 1) / 864e5 - 730119; // 0001-01-01 as days since 1970
  for (let n = first; n <= first + 3652058; n += 997) {
    const js = new Date(n * 864e5).toISOString().slice(0, 10);
    assert.equal(String(EizinRules.evaluate({ addDays: [{ const: "1970-01-01" }, n] }, {}, "2025-01-01")), js);
    assert.equal(String(EizinRules.evaluate({ addDays: [{ const: js }, -n] }, {}, "2025-01-01")), "1970-01-01");
  }
  assert.equal(String(EizinRules.evaluate({ addDays: [{ const: "9999-12-30" }, 1] }, {}, "2025-01-01")), "9999-12-31");
  assert.equal(EizinRules.evaluate({ addDays: [{ const: "9999-12-31" }, 1] }, {}, "2025-01-01"), undefined);
});

test("comparisons: JSON null is a value, numbers by value, dates against strings", () => {
  const ev = (e, instance = {}) => EizinRules.evaluate(e, instance, "2025-06-01");
  assert.equal(ev({ op: "eq", left: { field: "/a" }, right: { const: null } }, { a: null }), true);
  assert.equal(ev({ exists: "/a" }, { a: null }), true);
  assert.equal(ev({ op: "lt", left: { const: 1 }, right: { const: 1.5 } }), true);
  assert.equal(ev({ op: "lt", left: { const: true }, right: { const: false } }), undefined);
  assert.equal(ev({ op: "gte", left: { today: {} }, right: { const: "2025-06-01" } }), true);
  assert.equal(ev({ op: "eq", left: { today: {} }, right: { const: "2025-6-1" } }), undefined);
  assert.equal(ev({ op: "eq", left: { const: "a" }, right: { const: "a" } }), true);
  assert.equal(ev({ op: "eq", left: { const: { x: [1] } }, right: { const: { x: [1] } } }), true);
  assert.equal(ev({ field: "/a/1" }, { a: [5, 6] }), 6);
  assert.equal(ev({ field: "/a/01" }, { a: [5, 6] }), undefined);
  assert.equal(ev({ field: "/a~1b" }, { "a/b": 1 }), 1);
  assert.throws(() => ev({ nope: 1 }));
});

test("kind detection follows kind and $schema", () => {
  assert.deepEqual(checker.detectKind({ kind: "lost-card-request" }), { kind: "lost-card-request" });
  assert.deepEqual(checker.detectKind({ $schema: "https://eizin.example/forms/document-upload.schema.json" }), { kind: "document-upload" });
  assert.equal(checker.detectKind({ kind: "lost-card-request", $schema: "https://eizin.example/forms/document-upload.schema.json" }).error, "conflict");
  assert.equal(checker.detectKind({ kind: "visa" }).error, "unknownKind");
  assert.equal(checker.detectKind({}).error, "noKind");
  assert.equal(checker.detectKind([1]).error, "notAnObject");
});
