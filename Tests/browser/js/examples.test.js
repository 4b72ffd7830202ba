// Parity with the command line: every forms/examples/<kind>/<name>.json gives, in the
// browser's interpreter, the findings its <name>.expected lists (the Swift twin is
// Tests/PermitsTests/ExampleTests.swift). Data-driven: it follows whatever the files say.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { EizinRules, readJSON, forms, checker } = require("./helpers.js");

// Rules that need the application's folder on disk. Without a file provider (the default,
// as in Swift when files cannot be read) the browser does not apply them: the only allowed
// difference. The second test below gives them a provider reading the disk and expects all.
const FILE_SYSTEM_RULES = new Set([
  "file-inside-folder", "file-exists", "file-not-empty", "photo-file-type", "document-file-type", "document-file-size",
]);

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

/** Files relative to the application's folder, as Sources/Permits/Files/FileAccess.swift reads them. */
function diskFiles(folder) {
  const base = fs.realpathSync(folder);
  return (relative) => {
    if (relative === "" || relative.startsWith("/") || relative.startsWith("\\") || relative.includes("\0")) return "outside";
    const target = path.join(folder, relative);
    if (!fs.existsSync(target)) {
      let depth = 0;
      for (const part of relative.split("/").filter((p) => p !== "")) {
        depth += part === ".." ? -1 : part === "." ? 0 : 1;
        if (depth < 0) return "outside";
      }
      return "missing";
    }
    const resolved = fs.realpathSync(target);
    if (!resolved.startsWith(base + "/")) return "outside";
    if (!fs.statSync(resolved).isFile()) return "missing";
    const head = Buffer.alloc(8);
    const fd = fs.openSync(resolved, "r");
    const n = fs.readSync(fd, head, 0, 8, 0);
    fs.closeSync(fd);
    return { size: fs.statSync(resolved).size, type: EizinRules.detectFileType(head.subarray(0, n)) };
  };
}

const expectedFiles = fs.readdirSync(path.join(forms, "examples"), { recursive: true })
  .filter((p) => p.endsWith(".expected")).sort().map((p) => path.join(forms, "examples", p));

test("there are examples to compare with", () => assert.ok(expectedFiles.length >= 60, `${expectedFiles.length} examples`));

for (const file of expectedFiles) {
  const expected = loadExpected(file);
  const kind = path.basename(path.dirname(file));
  const jsonPath = file.slice(0, -".expected".length) + ".json";
  const name = path.relative(forms, jsonPath);
  const app = readJSON(jsonPath);

  if (expected.unreadable) {
    test(`${name}: its kind cannot be told`, () => assert.ok(checker.detectKind(app).error, "detectKind should fail"));
    continue;
  }
  test(`${name}: the expected findings, but for the file-system rules`, () => {
    assert.equal(checker.detectKind(app).kind, kind);
    const got = checker.check(kind, app, { today: expected.today, draft: expected.draft }).map(line);
    const want = expected.findings.filter((l) => !FILE_SYSTEM_RULES.has(ruleOf(l)));
    assert.deepEqual(got.sort(), want.sort());
    assert.equal(checker.schemaFindings(kind, app).length === 0, expected.schemaValid, "the schema verdict");
  });
  test(`${name}: every expected finding, with the files on disk`, () => {
    const findings = checker.check(kind, app, { today: expected.today, draft: expected.draft, files: diskFiles(path.dirname(jsonPath)) });
    assert.deepEqual(findings.map(line).sort(), expected.findings.slice().sort());
    for (const f of findings) {
      for (const lang of ["tr", "en"]) {
        assert.ok(f.message[lang] && !f.message[lang].includes("{"), `${f.rule} ${lang}: ${f.message[lang]}`);
        assert.ok(f.label[lang], `${f.rule} has a ${lang} label`);
      }
      assert.match(f.guide, /^[a-z0-9-]+#[a-z0-9-]+$/);
    }
  });
}
