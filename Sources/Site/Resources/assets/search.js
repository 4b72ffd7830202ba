/* e-İzin guide: the search, loaded by site.js on the first use of the box (so pages that
   never search, the form pages among them, do not carry it). It ranks the sections of
   assets/search-index-<lang>.js, a script assigning self.EizinSearchIndex[lang]: a page
   opened from a folder (file://) may load a script but not fetch a file.

   fold, tokens and stem are the twins of Sources/Site/Search/SearchText.swift; both are held
   to Tests/browser/js/search-vectors.json (node: Tests/browser/js/search.test.js). */
(function (root, factory) {
  "use strict";
  var core = factory();
  if (typeof module === "object" && module.exports) module.exports = core;
  else root.EizinSearch = core;
  core.attach = function (box, scriptURL) { attach(root, document, core, box, scriptURL); };
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var WORD = /[\p{L}\p{N}]/u;
  var NUMBER = /^\p{N}$/u;
  var LETTERS = /^\p{L}+$/u;

  /** Turkish lower-casing (İ → i, I → ı), then every mark dropped, ı → i included. */
  function fold(text) {
    var cased = "";
    for (var ch of String(text)) cased += ch === "\u0130" ? "i" : ch === "I" ? "\u0131" : ch;
    var out = "";
    for (var c of cased.toLowerCase().normalize("NFD")) {
      var code = c.codePointAt(0);
      if (code >= 0x300 && code <= 0x36f) continue;
      out += c === "\u0131" ? "i" : c;
    }
    return out;
  }

  /** Folded words; an apostrophe ends a word and drops the letters after it. */
  function tokens(text) {
    var result = [], current = "", skipping = false;
    function flush() {
      if ([...current].length >= 2 || NUMBER.test(current)) result.push(current);
      current = "";
    }
    for (var ch of fold(text)) {
      if (WORD.test(ch)) {
        if (!skipping) current += ch;
      } else if ((ch === "'" || ch === "\u2019") && current !== "" && !skipping) {
        flush();
        skipping = true;
      } else {
        flush();
        skipping = false;
      }
    }
    flush();
    return result;
  }

  var STOP_WORDS = {
    tr: new Set(["ve", "ile", "bir", "bu", "da", "de", "ya", "mi", "icin", "gibi", "ne", "nasil", "ki", "su", "daha", "en", "cok", "her", "hangi", "veya", "ama", "olan", "olarak"]),
    en: new Set(["the", "an", "and", "or", "of", "to", "in", "on", "for", "is", "are", "be", "by", "with", "how", "do", "does", "my", "what", "can", "it", "as", "at", "from", "this", "that", "your", "you", "if", "not", "which", "when"]),
  };

  var TURKISH_SUFFIXES = [
    "lar", "ler", "lari", "leri", "im", "in", "um", "un", "i", "u", "si", "su",
    "imiz", "umuz", "iniz", "unuz", "miz", "muz", "niz", "nuz",
    "a", "e", "ya", "ye", "da", "de", "ta", "te", "dan", "den", "tan", "ten",
    "ni", "nu", "yi", "yu", "nin", "nun", "sin", "sun",
    "la", "le", "yla", "yle", "ki", "daki", "deki",
    "dir", "dur", "tir", "tur",
    "mak", "mek", "ma", "me", "masi", "mesi", "yin", "yiniz", "il", "ul",
    "an", "en", "yan", "yen", "ilir", "ulur", "abilir", "ebilir",
    "mis", "mus",
    "iyor", "uyor", "yor", "acak", "ecek", "arak", "erek",
  ].sort(function (a, b) { return b.length - a.length || (a < b ? -1 : a > b ? 1 : 0); });

  var VOWEL_DROP = {
    izn: "izin", kayd: "kayit", ism: "isim", resm: "resim", sehr: "sehir", asl: "asil",
    fikr: "fikir", akl: "akil", ogl: "ogul", burn: "burun", agz: "agiz", nehr: "nehir",
    sabr: "sabir", omr: "omur", hukm: "hukum", zihn: "zihin", sekl: "sekil", bagr: "bagir",
  };
  var VOWELS = "aeiou", VOICELESS = "pctkfhs";

  function suffixFits(suffix, rest) {
    var first = suffix[0], last = rest[rest.length - 1];
    if (VOWELS.includes(first)) return !VOWELS.includes(last);
    if ("syn".includes(first) || suffix === "miz" || suffix === "muz") return VOWELS.includes(last);
    if (first === "t") return VOICELESS.includes(last);
    if (first === "d") return !VOICELESS.includes(last);
    return true;
  }

  /** Small Turkish suffix stripper on folded words (see SearchText.turkishStem). */
  function turkishStem(token) {
    if (!LETTERS.test(token)) return token;
    var word = token, changed = true;
    while (changed) {
      changed = false;
      for (var suffix of TURKISH_SUFFIXES) {
        if (word.length < suffix.length + 3 || !word.endsWith(suffix)) continue;
        var rest = word.slice(0, word.length - suffix.length);
        if (/[aeiou]/.test(rest) && suffixFits(suffix, rest)) {
          word = rest;
          changed = true;
          break;
        }
      }
    }
    if (Object.prototype.hasOwnProperty.call(VOWEL_DROP, word)) word = VOWEL_DROP[word];
    var last = word[word.length - 1];
    if (last === "b") word = word.slice(0, -1) + "p";
    else if (last === "d") word = word.slice(0, -1) + "t";
    else if (last === "g") word = word.slice(0, -1) + "k";
    return word;
  }

  /** A few of Porter's steps (see SearchText.englishStem). */
  function englishStem(token) {
    var word = token;
    if (word.length <= 3 || !LETTERS.test(word)) return token;
    var hasVowel = function (s) { return /[aeiouy]/.test(s); };
    if (word.endsWith("sses")) word = word.slice(0, -2);
    else if (word.endsWith("ies") && word.length > 4) word = word.slice(0, -3) + "y";
    else if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) word = word.slice(0, -1);
    var undouble = false;
    if (word.endsWith("ied") && word.length > 4) word = word.slice(0, -3) + "y";
    else if (word.endsWith("eed")) word = word.slice(0, -1);
    else if (word.endsWith("ed") && word.length - 2 >= 3 && hasVowel(word.slice(0, -2))) { word = word.slice(0, -2); undouble = true; }
    else if (word.endsWith("ing") && word.length - 3 >= 3 && hasVowel(word.slice(0, -3))) { word = word.slice(0, -3); undouble = true; }
    if (undouble && word.length >= 3) {
      var l = word[word.length - 1];
      if (l === word[word.length - 2] && !"aeioulsz".includes(l)) word = word.slice(0, -1);
    }
    if (word.endsWith("ly") && word.length - 2 >= 4) word = word.slice(0, -2);
    if (word.endsWith("nsion")) word = word.slice(0, -4) + "d";
    if (word.endsWith("e") && word.length > 3) word = word.slice(0, -1);
    return word;
  }

  function stem(token, language) { return language === "tr" ? turkishStem(token) : englishStem(token); }

  function stems(text, language) {
    var stop = STOP_WORDS[language] || STOP_WORDS.en;
    return tokens(text).filter(function (t) { return !stop.has(t); }).map(function (t) { return stem(t, language); });
  }

  /** The query's terms: stop words dropped (unless nothing else is left), each stem once;
      the last one also matches as a prefix while it is being typed. */
  function queryTerms(query, language) {
    var stop = STOP_WORDS[language] || STOP_WORDS.en;
    var words = tokens(query);
    var kept = words.filter(function (t) { return !stop.has(t); });
    if (kept.length === 0) kept = words;
    var seen = new Set(), terms = [];
    kept.forEach(function (word) {
      var s = stem(word, language);
      if (!seen.has(s)) { seen.add(s); terms.push({ word: word, stem: s, prefix: false }); }
    });
    if (terms.length && !/\s$/.test(query)) terms[terms.length - 1].prefix = terms[terms.length - 1].stem.length >= 3;
    return terms;
  }

  function matchesTerm(stemList, term) {
    if (stemList.includes(term.stem)) return 2;
    if (term.prefix && stemList.some(function (s) { return s.startsWith(term.stem) || s.startsWith(term.word); })) return 1;
    return 0;
  }

  /** Ranked sections for `query`: heading (or page title, for a page's own section) matches
      before body matches; every term must match when some section has them all. */
  function search(index, query, limit) {
    var language = index.lang;
    var terms = queryTerms(query, language);
    if (!terms.length) return { terms: terms, total: 0, results: [] };
    var pageStems = index.pages.map(function (p) { return p[2] ? p[2].split(" ") : []; });
    var scored = [];
    index.sections.forEach(function (row, position) {
      var head = row[4] ? row[4].split(" ") : [], body = row[5] ? row[5].split(" ") : [];
      var score = 0, matched = 0, headHits = 0;
      terms.forEach(function (term) {
        var h = matchesTerm(head, term), b = h ? 0 : matchesTerm(body, term);
        if (h) { score += h === 2 ? 10 : 6; headHits++; }
        else if (b) score += b === 2 ? 2 : 1;
        if (h || b) {
          matched++;
          if (matchesTerm(pageStems[row[0]], term)) score += 1;
        }
      });
      if (!matched) return;
      // Of two matching headings, the shorter one is about the words more.
      if (headHits && head.length) score += 2 * headHits / head.length;
      if (body.length) score += Math.min(countIn(row[5], terms), 5) * 0.1;
      // Generated pages (the rule catalogue) summarise the guide: the guide's text first.
      if (index.pages[row[0]][3]) score -= 3;
      scored.push({ row: row, score: score, matched: matched, position: position });
    });
    var best = scored.reduce(function (m, s) { return Math.max(m, s.matched); }, 0);
    var found = scored.filter(function (s) { return s.matched === best; });
    found.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
    var results = found.slice(0, limit || 10).map(function (s) {
      var page = index.pages[s.row[0]];
      return {
        href: page[0] + (s.row[2] ? "#" + s.row[2] : ""), page: page[1], heading: s.row[1],
        anchor: s.row[2], text: s.row[3], score: s.score,
      };
    });
    return { terms: terms, total: found.length, complete: best === terms.length, results: results };
  }

  function countIn(stemText, terms) {
    var n = 0;
    terms.forEach(function (t) { if ((" " + stemText + " ").includes(" " + t.stem + " ")) n++; });
    return n;
  }

  /** `text` cut into parts around the first match, marked: [{text, mark}]. */
  function highlight(text, terms, language, width) {
    var spans = [], re = /[\p{L}\p{N}\p{M}]+/gu, m;
    while ((m = re.exec(text))) {
      var folded = fold(m[0]);
      var hit = terms.some(function (term) {
        var s = stem(folded, language);
        return s === term.stem || (term.prefix && (s.startsWith(term.stem) || folded.startsWith(term.word)));
      });
      if (hit) spans.push([m.index, m.index + m[0].length]);
    }
    var start = 0, end = text.length;
    if (width && text.length > width) {
      var center = spans.length ? spans[0][0] : 0;
      start = Math.max(0, center - Math.floor(width / 3));
      end = Math.min(text.length, start + width);
      if (start > 0) { var sp = text.indexOf(" ", start); if (sp !== -1 && sp < center) start = sp + 1; }
      if (end < text.length) { var ep = text.lastIndexOf(" ", end); if (ep > start) end = ep; }
    }
    var parts = [], at = start;
    if (start > 0) parts.push({ text: "… ", mark: false });
    spans.forEach(function (span) {
      if (span[0] < at || span[1] > end) return;
      if (span[0] > at) parts.push({ text: text.slice(at, span[0]), mark: false });
      parts.push({ text: text.slice(span[0], span[1]), mark: true });
      at = span[1];
    });
    if (at < end) parts.push({ text: text.slice(at, end), mark: false });
    if (end < text.length) parts.push({ text: " …", mark: false });
    return parts;
  }

  return {
    fold: fold, tokens: tokens, stem: stem, stems: stems, turkishStem: turkishStem, englishStem: englishStem,
    queryTerms: queryTerms, search: search, highlight: highlight, stopWords: STOP_WORDS,
  };
});

/* The box's behaviour; site.js made the box (label, input, status, empty list). */
function attach(root, document, core, box, scriptURL) {
  "use strict";
  var WORDS = {
    tr: {
      loading: "Arama dizini yükleniyor…", none: "Sonuç bulunamadı.",
      count: function (n, shown) { return n + " sonuç" + (n > shown ? ", ilk " + shown + " tanesi gösteriliyor" : "") + "."; },
      partial: "Bütün sözcükleri içeren bölüm yok; bazılarını içerenler:",
      results: "Arama sonuçları", failed: "Arama dizini yüklenemedi.",
    },
    en: {
      loading: "Loading the search index…", none: "No results.",
      count: function (n, shown) { return n + (n === 1 ? " result" : " results") + (n > shown ? ", showing the first " + shown : "") + "."; },
      partial: "No section has all the words; sections with some of them:",
      results: "Search results", failed: "The search index could not be loaded.",
    },
  };
  var lang = (document.documentElement.getAttribute("lang") || "tr").split("-")[0];
  var words = WORDS[lang] || WORDS.en;
  var indexLang = WORDS[lang] ? lang : "en";
  var input = box.querySelector("input");
  var panel = box.querySelector(".search-panel"), status = box.querySelector(".search-status");
  var list = box.querySelector(".search-results");
  list.setAttribute("aria-label", words.results);

  var index = null, loading = false, timer = null;
  function load() {
    if (index || loading) return;
    var have = root.EizinSearchIndex && root.EizinSearchIndex[indexLang];
    if (have) { index = have; return; }
    loading = true;
    var tag = document.createElement("script");
    tag.src = new URL("search-index-" + indexLang + ".js", scriptURL).href;
    tag.onload = function () {
      loading = false;
      index = root.EizinSearchIndex && root.EizinSearchIndex[indexLang];
      if (!index) status.textContent = words.failed;
      else run();
    };
    tag.onerror = function () { loading = false; status.textContent = words.failed; };
    document.head.appendChild(tag);
  }

  function pageURL(href) {
    return new URL("../" + indexLang + "/" + href, scriptURL).href;
  }

  function show(open) { panel.hidden = !open; }

  function run() {
    var query = input.value;
    if (!query.trim()) { list.textContent = ""; status.textContent = ""; show(false); return; }
    show(true);
    if (!index) { status.textContent = words.loading; load(); return; }
    var found = core.search(index, query, 10);
    list.textContent = "";
    found.results.forEach(function (result) {
      var li = document.createElement("li"), a = document.createElement("a");
      a.href = pageURL(result.href);
      var heading = document.createElement("span");
      heading.className = "search-result-heading";
      append(heading, core.highlight(result.heading, found.terms, indexLang));
      var page = document.createElement("span");
      page.className = "search-result-page";
      page.textContent = result.page;
      a.appendChild(heading);
      if (result.anchor) a.appendChild(page);
      if (result.text) {
        var snippet = document.createElement("span");
        snippet.className = "search-result-snippet";
        append(snippet, core.highlight(result.text, found.terms, indexLang, 150));
        a.appendChild(snippet);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
    var message = found.total === 0 ? words.none
      : (found.complete ? "" : words.partial + " ") + words.count(found.total, found.results.length);
    // Announced once typing pauses, not on every key.
    clearTimeout(timer);
    timer = setTimeout(function () { status.textContent = message; }, 250);
  }

  function append(parent, parts) {
    parts.forEach(function (part) {
      if (part.mark) {
        var mark = document.createElement("mark");
        mark.textContent = part.text;
        parent.appendChild(mark);
      } else {
        parent.appendChild(document.createTextNode(part.text));
      }
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  // Focus only loads the index; the results open on typing or ArrowDown, so Escape
  // (which puts focus back here) really closes them.
  input.addEventListener("focus", load);
  input.addEventListener("input", run);
  input.addEventListener("keydown", function (event) {
    var items = links();
    if (event.key === "ArrowDown" && input.value.trim()) {
      event.preventDefault();
      if (panel.hidden) run();
      items = links();
      if (items.length) items[0].focus();
    } else if (event.key === "Enter") {
      event.preventDefault();
      if (items.length) root.location.href = items[0].href;
    } else if (event.key === "Escape") {
      if (!panel.hidden) { show(false); event.preventDefault(); }
      else if (input.value) { input.value = ""; run(); event.preventDefault(); }
    }
  });
  list.addEventListener("keydown", function (event) {
    var items = links(), at = items.indexOf(document.activeElement);
    if (at === -1) return;
    if (event.key === "ArrowDown") { event.preventDefault(); items[Math.min(at + 1, items.length - 1)].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at === 0 ? input : items[at - 1]).focus(); }
    else if (event.key === "Home") { event.preventDefault(); items[0].focus(); }
    else if (event.key === "End") { event.preventDefault(); items[items.length - 1].focus(); }
    else if (event.key === "Escape") { event.preventDefault(); show(false); input.focus(); }
  });
  box.addEventListener("focusout", function (event) {
    if (!event.relatedTarget || !box.contains(event.relatedTarget)) show(false);
  });
  document.addEventListener("click", function (event) { if (!box.contains(event.target)) show(false); });
  load();
  if (input.value.trim()) run(); else show(false);
}
