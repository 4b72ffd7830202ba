// The search of assets/search.js (loaded by site.js on first use): folding, tokens and stems against the vectors shared with
// Swift (Tests/SiteTests/SearchTextTests.swift), then ranking and marking on a small index.
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { root, readJSON } = require("./helpers-search.js");

const S = require(path.join(root, "Sources/Site/Resources/assets/search.js"));
const vectors = readJSON(path.join(__dirname, "search-vectors.json"));

test("fold: Turkish casing, marks dropped", () => {
  for (const [input, expected] of vectors.fold) assert.equal(S.fold(input), expected, input);
});

test("tokens", () => {
  for (const [input, expected] of vectors.tokens) assert.deepEqual(S.tokens(input), expected, input);
});

for (const language of ["tr", "en"]) {
  test(`stem (${language})`, () => {
    for (const [word, expected] of vectors.stem[language]) assert.equal(S.stem(S.fold(word), language), expected, word);
  });
  test(`forms of one word share a stem (${language})`, () => {
    for (const group of vectors.sameStem[language]) {
      const stems = new Set(group.map((w) => S.stem(S.fold(w), language)));
      assert.equal(stems.size, 1, `${group.join(", ")}: ${[...stems].join(", ")}`);
    }
  });
}

// pages: [href, title, title stems, generated]; sections: [page, heading, anchor, text, heading stems, body stems]
function indexOf(language, pages, sections) {
  const stems = (t) => [...new Set(S.stems(t, language))].join(" ");
  return {
    lang: language,
    pages: pages.map(([href, title, generated]) => [href, title, stems(title), generated ? 1 : 0]),
    sections: sections.map(([page, heading, anchor, text]) => [page, heading, anchor, text, stems(heading), stems(text)]),
  };
}

const turkish = indexOf("tr", [["izin-sonrasi.html", "İzin Sonrası İşlemler"], ["kurallar.html", "Doğrulama kuralları", true]], [
  [0, "İzin Sonrası İşlemler", "", "Beş sekme vardır."],
  [0, "Kayıp kart talebi", "kayip-kart", "Çalışma izni belgesi kaybolursa başvurunuzu yaparsınız."],
  [0, "İzni uzatmak", "izin-uzatma", "Uzatma başvurusu 60 gün kala yapılabilir."],
  [1, "Uzatma başvurusu 60 günden erken", "extension-too-early", "Uzatma başvurusu erken."],
]);

test("a heading match ranks above a body match; İZİN and izin find the same", () => {
  const upper = S.search(turkish, "İZİN"), lower = S.search(turkish, "izin");
  assert.deepEqual(upper.results.map((r) => r.href), lower.results.map((r) => r.href));
  assert.equal(lower.results[0].href.split("#")[0], "izin-sonrasi.html");
  assert.ok(lower.results.findIndex((r) => r.anchor === "kayip-kart") > lower.results.findIndex((r) => r.anchor === "izin-uzatma"));
});

test("without marks and with suffixes", () => {
  assert.equal(S.search(turkish, "uzatma").results[0].href, "izin-sonrasi.html#izin-uzatma");
  assert.equal(S.search(turkish, "basvurularin").total, 3);
  assert.equal(S.search(turkish, "kayıp kart").results[0].anchor, "kayip-kart");
});

test("a generated page ranks below the guide", () => {
  const anchors = S.search(turkish, "uzatma").results.map((r) => r.anchor);
  assert.ok(anchors.indexOf("izin-uzatma") < anchors.indexOf("extension-too-early"), anchors.join());
});

test("every word must match when some section has them all; otherwise some", () => {
  const all = S.search(turkish, "kart belgesi");
  assert.equal(all.complete, true);
  assert.deepEqual(all.results.map((r) => r.anchor), ["kayip-kart"]);
  const some = S.search(turkish, "kart pasaport");
  assert.equal(some.complete, false);
  assert.equal(some.results[0].anchor, "kayip-kart");
  assert.equal(S.search(turkish, "zzzz").total, 0);
});

test("the last word matches as a prefix while it is typed", () => {
  assert.ok(S.search(turkish, "uza").total >= 2);
  assert.equal(S.search(turkish, "uza ").total, 0);
});

test("stop words are left out of a question", () => {
  const english = indexOf("en", [["post.html", "Post-Permit Procedures"]], [
    [0, "Extending the permit", "izin-uzatma", "An extension application can be made 60 days before."],
    [0, "Lost card request", "kayip-kart", "If the card is lost, request a new one."],
  ]);
  assert.equal(S.search(english, "how do I extend my permit").results[0].anchor, "izin-uzatma");
  assert.equal(S.search(english, "extensions").results[0].anchor, "izin-uzatma");
});

test("highlight marks every form of the word, and cuts a long text around the first", () => {
  const terms = S.queryTerms("basvuru", "tr");
  const parts = S.highlight("Başvurunuzu yapın; başvuruların listesi.", terms, "tr");
  assert.deepEqual(parts.filter((p) => p.mark).map((p) => p.text), ["Başvurunuzu", "başvuruların"]);
  assert.equal(parts.map((p) => p.text).join(""), "Başvurunuzu yapın; başvuruların listesi.");
  const long = "kelime ".repeat(60) + "pasaportun " + "kelime ".repeat(60);
  const cut = S.highlight(long, S.queryTerms("pasaport", "tr"), "tr", 80);
  const text = cut.map((p) => p.text).join("");
  assert.ok(text.startsWith("… ") && text.endsWith(" …") && text.length < 100, text);
  assert.deepEqual(cut.filter((p) => p.mark).map((p) => p.text), ["pasaportun"]);
});
