// forms/rule-vectors.json, the vectors every interpreter of the rules must pass
// (the Swift twin is Tests/PermitsTests/RuleVectorTests.swift).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { EizinRules, readJSON, forms } = require("./helpers.js");

const vectors = readJSON(path.join(forms, "rule-vectors.json"));

test("there are vectors for every named check and enough expressions", () => {
  assert.ok(Object.keys(vectors.checks).length >= 6);
  assert.ok(vectors.expressions.length >= 15);
});

for (const [name, cases] of Object.entries(vectors.checks)) {
  test(`named check ${name}`, () => {
    for (const [expected, key] of [[true, "valid"], [false, "invalid"]]) {
      for (const value of cases[key]) {
        assert.equal(EizinRules.namedCheck(name, value)?.passed, expected, `${name}(${JSON.stringify(value)})`);
      }
    }
  });
}

for (const vector of vectors.expressions) {
  test(`expression: ${vector.name}`, () => {
    const value = EizinRules.evaluate(vector.expression, vector.instance, vector.today);
    // true, false, or null for "does not apply" (unknown, or not a boolean).
    assert.equal(typeof value === "boolean" ? value : null, vector.result);
  });
}
