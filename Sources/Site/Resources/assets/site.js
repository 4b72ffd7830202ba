/* e-İzin guide: every page's script. Everything works without it; with it the language
   switch keeps the reader's place (#anchor), the contents box starts closed on a phone, and
   the header gets a search box. The search itself (search.js) and the index
   (search-index-<lang>.js) load on the box's first use, so this stays small (docs/site.md). */
(function (root, document) {
  "use strict";
  var script = document.currentScript, base = script && script.src;
  var WORDS = {
    tr: { label: "Kılavuzda ara", loading: "Arama dizini yükleniyor…", failed: "Arama dizini yüklenemedi." },
    en: { label: "Search the guide", loading: "Loading the search index…", failed: "The search index could not be loaded." },
  };

  function start() {
    // The anchors are the same in every language, so the switcher's link carries the #anchor.
    var links = document.querySelectorAll(".language-switch a[href]");
    function update() {
      var hash = root.location.hash;
      if (hash === "#site-nav" || hash === "#main-content") hash = "";
      links.forEach(function (a) { a.setAttribute("href", a.getAttribute("href").split("#")[0] + hash); });
    }
    if (links.length) {
      update();
      root.addEventListener("hashchange", update);
      links.forEach(function (a) { a.addEventListener("click", update); });
    }
    // The contents box is open in the HTML; on a phone it starts closed.
    var details = document.querySelector(".toc details");
    if (details && root.matchMedia && root.matchMedia("(max-width: 48rem)").matches) details.open = false;
    addSearch();
  }

  function addSearch() {
    var header = document.querySelector(".site-header");
    if (!header || !base) return;
    var lang = (document.documentElement.getAttribute("lang") || "tr").split("-")[0];
    var words = WORDS[lang] || WORDS.en;
    var box = document.createElement("div");
    box.className = "site-search";
    box.setAttribute("role", "search");
    box.innerHTML =
      '<label for="site-search-input"></label>' +
      '<input id="site-search-input" type="search" autocomplete="off" spellcheck="false" ' +
      'aria-describedby="site-search-status" aria-controls="site-search-results">' +
      '<div class="search-panel" id="site-search-panel" hidden>' +
      '<p id="site-search-status" class="search-status" role="status" aria-live="polite"></p>' +
      '<ol id="site-search-results" class="search-results"></ol></div>';
    box.querySelector("label").textContent = words.label;
    var input = box.querySelector("input"), status = box.querySelector(".search-status");
    var title = header.querySelector(".site-title");
    header.insertBefore(box, title ? title.nextSibling : header.firstChild);

    var requested = false;
    function load() {
      if (input.value.trim() && !root.EizinSearch) {
        box.querySelector(".search-panel").hidden = false;
        status.textContent = words.loading;
      }
      if (requested) return;
      requested = true;
      var tag = document.createElement("script");
      tag.src = new URL("search.js", base).href;
      tag.onload = function () { root.EizinSearch.attach(box, base); };
      tag.onerror = function () { status.textContent = words.failed; };
      document.head.appendChild(tag);
    }
    input.addEventListener("focus", load);
    input.addEventListener("input", load);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})(self, document);
