// Parity with the command line: for every forms/examples/<kind>/<name>.json the browser's
// interpreter gives exactly the findings of `eizin validate --format json` (rule, severity,
// pointer, member, field label, message and guide link, in order, in Turkish and English),
// with the example's `today:` and `draft:`; and the findings its <name>.expected lists (the
// Swift twin is Tests/PermitsTests/ExampleTests.swift). Data-driven: new examples are tested
// without changing the test. Needs the built CLI (.build/debug/eizin or .build/release/eizin;
// scripts/test builds it first): this test builds nothing.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { spawnSync } = require("node:child_process");
const { EizinRules, readJSON, root, forms, checker } = require("./helpers.js");

// Rules that need the application's folder on disk. Without a file provider (the default,
// as in Swift when files cannot be read) the browser does not apply them: the only allowed
// difference from the command line, which reads the example's files/ folder.
const FILE_SYSTEM_RULES = new Set([
  "file-inside-folder", "file-exists", "file-not-empty", "photo-file-type", "document-file-type", "document-file-size",
]);
const LANGUAGES = ["tr", "en"];

function loadExpected(file) {
  const e = { file, today: "", draft: false, schemaValid: true, unreadable: false, findings: [] };
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (line.startsWith("#") || line === "") continue;
    if (line.startsWith("today: ")) e.today = line.slice(7);
    else if (line.startsWith("draft: ")) e.draft = line.endsWith("yes");
    else if (line.startsWith("schema: ")) e.schemaValid = line.endsWith(" valid");
    else if (line === "unreadable") e.unreadable = true;
    else e.findings.push(line);
  }
  return e;
}

const line = (f) => [f.severity, f.rule, f.pointer === "" ? '""' : f.pointer].concat(f.member !== undefined ? [f.member] : []).join(" ");
const ruleOf = (l) => l.split(" ")[1];

/** Files relative to the application's folder, as DiskFileAccess (Sources/Permits/Files/FileAccess.swift) reads them. */
function diskFiles(folder) {
  const base = fs.realpathSync(folder);
  return (written) => {
    const relative = written.replace(/\\/g, "/"); // a Windows path names the same folders
    if (relative === "" || relative.startsWith("/") || relative.includes("\0") || /^[a-z]:/i.test(relative)) return "outside";
    const found = locate(relative, base);
    if (!found) {
      let depth = 0;
      for (const part of relative.split("/").filter((p) => p !== "")) {
        depth += part === ".." ? -1 : part === "." ? 0 : 1;
        if (depth < 0) return "outside";
      }
      return "missing";
    }
    let resolved;
    try { resolved = fs.realpathSync(found); } catch { return "outside"; }
    if (!resolved.startsWith(base === "/" ? base : base + "/")) return "outside";
    const stat = fs.statSync(resolved);
    if (!stat.isFile()) return "missing";
    const head = Buffer.alloc(8);
    const fd = fs.openSync(resolved, "r");
    const n = fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
    return { size: stat.size, type: EizinRules.detectFileType(head.subarray(0, n)) };
  };
}
/** The path a relative name leads to: as written, or each name matched in its folder up to canonical equivalence. */
function locate(relative, base) {
  if (fs.existsSync(base + "/" + relative)) return base + "/" + relative;
  let current = base;
  for (const name of relative.split("/").filter((p) => p !== "")) {
    if (name === "." || name === ".." || fs.existsSync(current + "/" + name)) { current += "/" + name; continue; }
    let entries;
    try { entries = fs.readdirSync(current).sort(); } catch { return null; }
    const entry = entries.find((e) => e.normalize("NFC") === name.normalize("NFC"));
    if (entry === undefined) return null;
    current += "/" + entry;
  }
  return current;
}

const expectedFiles = fs.readdirSync(path.join(forms, "examples"), { recursive: true })
  .filter((p) => p.endsWith(".expected")).sort().map((p) => path.join(forms, "examples", p));
const examples = expectedFiles.map((file) => {
  const expected = loadExpected(file), jsonPath = file.slice(0, -".expected".length) + ".json";
  return { expected, jsonPath, kind: path.basename(path.dirname(file)), name: path.relative(forms, jsonPath), app: readJSON(jsonPath) };
});

// ---- The command line's findings, one run per language and (folder, today, draft) ----
const cliPath = [".build/debug/eizin", ".build/release/eizin"].map((p) => path.join(root, p)).filter((p) => fs.existsSync(p))
  .sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0]; // the newest build
const cli = new Map(); // "lang\0relative path" -> {status, findings}
let cliError = cliPath ? null : "the eizin executable is missing (.build/debug/eizin or .build/release/eizin): run `swift build` (scripts/test does) before scripts/test-js";
if (cliPath) {
  const groups = new Map();
  for (const e of examples) {
    const key = [path.dirname(e.jsonPath), e.expected.today, e.expected.draft].join("\0");
    groups.set(key, (groups.get(key) || []).concat(e));
  }
  for (const group of groups.values()) {
    const { today, draft } = group[0].expected;
    for (const lang of LANGUAGES) {
      const args = ["validate", "--format", "json", "--lang", lang].concat(today ? ["--today", today] : [], draft ? ["--draft"] : [],
        group.map((e) => path.relative(root, e.jsonPath)));
      const run = spawnSync(cliPath, args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 26 });
      try {
        for (const file of JSON.parse(run.stdout).files) cli.set(lang + "\0" + file.path, file);
      } catch (error) {
        cliError ??= `${cliPath} ${args.join(" ")} failed (exit ${run.status}): ${run.stderr || error.message}`;
      }
    }
  }
}
/** A finding as the command line's JSON report words it in `lang`. */
const words = (f, lang) => ({ rule: f.rule, severity: f.severity, pointer: f.pointer, ...(f.member !== undefined && { member: f.member }),
  field: f.label[lang], message: f.message[lang], guide: f.guide });
const fromCLI = (f) => words({ ...f, label: { cli: f.field }, message: { cli: f.message } }, "cli");

test("there are examples to compare with", () => assert.ok(examples.length >= 60, `${examples.length} examples`));
test("the command line ran on every example", () => {
  assert.equal(cliError, null);
  for (const e of examples) for (const lang of LANGUAGES) assert.ok(cli.has(lang + "\0" + path.relative(root, e.jsonPath)), `${lang} ${e.name}`);
});

for (const { expected, jsonPath, kind, name, app } of examples) {
  const cliFile = (lang) => cli.get(lang + "\0" + path.relative(root, jsonPath));
  if (expected.unreadable) {
    test(`${name}: its kind cannot be told, as on the command line`, () => {
      assert.ok(checker.detectKind(app).error, "detectKind should fail");
      if (cliFile("en")) assert.equal(cliFile("en").status, "unreadable");
    });
    continue;
  }
  const opts = { today: expected.today, draft: expected.draft };
  test(`${name}: the command line's findings and words, with the files on disk`, { skip: !cliFile("tr") && "no CLI output" }, () => {
    assert.equal(checker.detectKind(app).kind, kind);
    const findings = checker.check(kind, app, { ...opts, files: diskFiles(path.dirname(jsonPath)) });
    for (const lang of LANGUAGES) {
      assert.deepEqual(findings.map((f) => words(f, lang)), cliFile(lang).findings.map(fromCLI), `${lang} findings`);
    }
  });
  test(`${name}: without files, the command line's findings but for the file-system rules`, { skip: !cliFile("tr") && "no CLI output" }, () => {
    const findings = checker.check(kind, app, opts);
    for (const lang of LANGUAGES) {
      const want = cliFile(lang).findings.filter((f) => !FILE_SYSTEM_RULES.has(f.rule)).map(fromCLI);
      assert.deepEqual(findings.map((f) => words(f, lang)), want, `${lang} findings`);
    }
  });
  test(`${name}: the findings of its .expected and its schema verdict`, () => {
    const got = checker.check(kind, app, { ...opts, files: diskFiles(path.dirname(jsonPath)) }).map(line);
    assert.deepEqual(got.sort(), expected.findings.slice().sort());
    const without = checker.check(kind, app, opts).map(line);
    assert.deepEqual(without.sort(), expected.findings.filter((l) => !FILE_SYSTEM_RULES.has(ruleOf(l))).sort());
    assert.equal(checker.schemaFindings(kind, app).length === 0, expected.schemaValid, "the schema verdict");
  });
}
