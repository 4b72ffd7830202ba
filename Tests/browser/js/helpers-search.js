// Shared by the search's node tests: the repository root and a JSON reader.
"use strict";
const fs = require("node:fs");
const path = require("node:path");

const root = path.resolve(__dirname, "../../..");
const readJSON = (file) => JSON.parse(fs.readFileSync(file, "utf8"));

module.exports = { root, readJSON };
