// Shared by the node tests: the repository's forms/ data and the interpreter under test.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "../../..");
const forms = path.join(root, "forms");
const EizinRules = require(path.join(root, "Sources/PermitPages/Resources/assets/js/eizin-rules.js"));
const readJSON = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

const rulesJSON = readJSON(path.join(forms, "rules.json"));
const schemas = {};
for (const name of fs.readdirSync(forms).filter((n) => n.endsWith(".schema.json"))) {
  schemas[name.slice(0, -".schema.json".length)] = readJSON(path.join(forms, name));
}

module.exports = { root, forms, EizinRules, readJSON, rulesJSON, schemas, checker: EizinRules.checker(rulesJSON, schemas) };
