/* eizin-form.js: the form pages (docs/site.md). Fields carry data-field and data-type, nested
 * as the JSON is; this reads and writes them, checks with EizinRules as `eizin validate` does,
 * saves and opens JSON. Nothing is sent or stored. */
(() => {
  "use strict";
  const form = document.getElementById("eizin-form"), R = window.EizinRules;
  if (!form || !R) return;
  const $ = (s, el = document) => el.querySelector(s), $$ = (s, el = document) => [...el.querySelectorAll(s)];
  const has = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  const isObj = (v) => v !== null && typeof v === "object" && !Array.isArray(v);
  const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
  const data = JSON.parse($("#eizin-data").textContent), kind = data.kind, lang = form.dataset.lang;
  const W = (k) => form.dataset["w" + k[0].toUpperCase() + k.slice(1).toLowerCase()] || k;
  const checker = R.checker(data.rules, { [kind]: data.schema });
  const baseTitle = document.title, summary = $("#form-summary"), warningsBox = $("#form-warnings"), statusBox = $("#form-status");
  const openInput = $("#form-open");
  let facts = {}, rootExtra = {}, dirty = false, fileName = kind + ".json", counter = 0;

  // ---- The field tree ----
  const kids = (el) => $$("[data-field]", el).filter((c) => c.parentElement.closest("[data-field], form") === el);
  const items = (el) => [...el.querySelector(":scope > ol.items").children];
  const own = (el) => $$("input, select", el).filter((i) => i.closest("[data-field]") === el && !i.hasAttribute("data-pick"));
  const type = (el) => el.dataset.type;
  const pad = (s) => (/^[0-9]$/.test(s) ? "0" + s : s);

  /** The field's JSON value, or undefined for none. Hidden branches are never read. */
  function read(el) {
    if (el.kept !== undefined) return el.kept;
    const t = type(el);
    if (t === "object") {
      const o = { ...(el.extra || {}) };
      for (const c of kids(el)) {
        const v = c.hidden ? undefined : read(c);
        if (v !== undefined) o[c.dataset.field] = v;
      }
      return Object.keys(o).length ? o : undefined;
    }
    if (t === "array") {
      const a = items(el).map(read).filter((v) => v !== undefined);
      return a.length ? a : undefined;
    }
    const inputs = own(el);
    if (t === "date") {
      const [d, m, y] = ["day", "month", "year"].map((p) => $(`[data-part=${p}]`, el).value.trim());
      return d || m || y ? `${y}-${pad(m)}-${pad(d)}` : undefined;
    }
    if (t === "boolean" || t === "choice") {
      const r = inputs.find((i) => i.checked || (i.tagName === "SELECT" && i.value));
      return r ? (t === "boolean" ? r.value === "true" : r.value) : undefined;
    }
    const v = inputs[0].value;
    if (v === "") return undefined;
    return t === "number" && /^[0-9]+(\.[0-9]+)?$/.test(v.trim()) ? Number(v.trim()) : v;
  }

  /** Shows `v` in the field; a value the field cannot show exactly is kept as it is. */
  function write(el, v) {
    const t = type(el);
    if (t === "object") {
      if (!isObj(v)) return keep(el, v);
      const names = kids(el).map((c) => c.dataset.field);
      for (const c of kids(el)) if (has(v, c.dataset.field)) write(c, v[c.dataset.field]);
      const extra = Object.fromEntries(Object.entries(v).filter(([k]) => !names.includes(k)));
      if (Object.keys(extra).length) { el.extra = extra; note(el, "extra", Object.keys(extra).join(", ")); }
      if (!Object.keys(v).length) keep(el, v);
      return;
    }
    if (t === "array") {
      if (!Array.isArray(v) || !v.length) return keep(el, v);
      for (const x of v) write(addItem(el), x);
      return;
    }
    const inputs = own(el);
    if (t === "date") {
      const g = typeof v === "string" && /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/.exec(v);
      if (g) ["year", "month", "day"].forEach((p, i) => { $(`[data-part=${p}]`, el).value = g[i + 1]; });
    } else if (t === "boolean" || t === "choice") {
      for (const i of inputs) {
        if (i.tagName === "SELECT") i.value = typeof v === "string" ? v : "";
        else i.checked = i.value === String(v) && typeof v === (t === "boolean" ? "boolean" : "string");
      }
    } else {
      inputs[0].value = typeof v === "string" || typeof v === "number" ? String(v) : "";
    }
    if (!same(read(el), v)) keep(el, v);
  }

  function keep(el, v) {
    el.kept = v;
    note(el, "kept", JSON.stringify(v));
  }
  /** A note under the field about what the file held that the field cannot show, with a remove button. */
  function note(el, key, text) {
    const p = document.createElement("p"), code = document.createElement("code"), b = document.createElement("button");
    p.className = "kept-note";
    code.textContent = text;
    b.type = "button";
    b.className = "button button-secondary button-small";
    b.textContent = W("discard");
    b.addEventListener("click", () => {
      delete el[key === "kept" ? "kept" : "extra"];
      if (el === form) rootExtra = {};
      p.remove();
      edited();
    });
    p.append(W(key) + " ", code, " ", b);
    const anchor = el === form ? null : el.querySelector(":scope > .field-error");
    if (anchor) anchor.after(p); else el.prepend(p);
    el["note-" + key] = p;
  }
  function dropKept(el) {
    if (el.kept === undefined) return;
    delete el.kept;
    if (el["note-kept"]) el["note-kept"].remove();
  }

  function addItem(arr) {
    const tpl = arr.querySelector(":scope > template"), ol = arr.querySelector(":scope > ol.items");
    ol.insertAdjacentHTML("beforeend", tpl.innerHTML.replaceAll("__n__", "n" + counter++));
    const li = ol.lastElementChild;
    $$("[data-js]", li).forEach((e) => { e.hidden = false; });
    renumber(arr);
    return li;
  }
  function renumber(arr) {
    items(arr).forEach((li, i) => $$(":scope > .item-head .item-number", li).forEach((s) => { s.textContent = String(i + 1); }));
  }

  /** Branches: a data-when field shows while its siblings hold the values (`shown`: only shown
   * siblings count). A value a file held outside its branch stays shown until emptied or the branch changes. */
  function chosen(el, shown) {
    const parent = el.parentElement.closest("[data-field], form");
    return JSON.parse(el.dataset.when).every((c) => {
      const s = kids(parent).find((k) => k.dataset.field === c.field);
      return s && !(shown && s.hidden) && same(read(s), c.equals);
    });
  }
  function update() {
    for (const el of $$("[data-when]", form)) {
      if (el.stray && read(el) === undefined) el.stray = false;
      el.hidden = !chosen(el, true) && !el.stray;
    }
  }

  function readAll() {
    const o = { $schema: form.dataset.schemaId, kind, ...rootExtra };
    for (const c of kids(form)) {
      const v = c.hidden ? undefined : read(c);
      if (v !== undefined) o[c.dataset.field] = v;
    }
    return o;
  }

  function reset() {
    for (const el of $$("[data-field]", form)) { delete el.kept; delete el.extra; delete el.stray; }
    $$(".kept-note", form).forEach((n) => n.remove());
    $$("ol.items", form).forEach((ol) => { ol.textContent = ""; });
    for (const i of $$("[data-field] input, [data-field] select", form)) {
      if (i.type === "radio") i.checked = false; else i.value = "";
    }
    rootExtra = {};
    facts = {};
    initArrays();
  }
  function initArrays() {
    for (const arr of $$("[data-type=array]", form)) {
      for (let n = items(arr).length; n < +(arr.dataset.min || 0); n++) addItem(arr);
    }
  }

  function load(app) {
    reset();
    const names = kids(form).map((c) => c.dataset.field);
    for (const c of kids(form)) if (has(app, c.dataset.field)) write(c, app[c.dataset.field]);
    rootExtra = Object.fromEntries(Object.entries(app).filter(([k]) => !names.includes(k) && k !== "$schema" && k !== "kind"));
    if (Object.keys(rootExtra).length) note(form, "extra", Object.keys(rootExtra).join(", "));
    initArrays();
    // What the file holds outside the chosen branch stays visible, so its warning can point at it.
    for (const el of $$("[data-when]", form)) el.stray = !chosen(el, false);
    update();
    clearFindings();
  }
  // ---- Check ----
  function today() {
    const t = new URLSearchParams(location.search).get("today");
    return t && R.parseDate(t) ? t : R.todayInIstanbul();
  }
  const filesProvider = (p) => (p === "" || p[0] === "/" || p.split("/").includes("..") ? "outside" : facts[p]);

  /** The field a finding points at (a required member's own field), or the nearest shown one above. */
  function locate(f) {
    const tokens = f.pointer === "" ? [] : f.pointer.slice(1).split("/").map((t) => t.replace(/~1/g, "/").replace(/~0/g, "~"));
    if (f.rule === "required-field") tokens.push(f.member);
    let el = form;
    for (const t of tokens) {
      const next = type(el) === "array" ? items(el)[+t] : kids(el).find((k) => k.dataset.field === t);
      if (!next || next.hidden) break;
      el = next;
    }
    return el;
  }
  const focusable = (el) => (el === form ? null : $$("input, select", el).find((i) => !i.closest("[hidden]") && !i.hasAttribute("data-pick")));

  function clearFindings() {
    for (const p of $$(".field-error", form)) { p.hidden = true; p.textContent = ""; }
    $$("[aria-invalid]", form).forEach((i) => i.removeAttribute("aria-invalid"));
    $$(".has-error, .has-warning", form).forEach((e) => e.classList.remove("has-error", "has-warning"));
    for (const box of [summary, warningsBox]) { box.hidden = true; box.textContent = ""; }
    document.title = baseTitle;
  }

  function el(tag, attrs, ...content) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    e.append(...content);
    return e;
  }

  function runCheck() {
    const findings = checker.check(kind, readAll(), { today: today(), draft: $("#form-mode-draft").checked, files: filesProvider });
    clearFindings();
    const lists = { error: el("ul"), warning: el("ul") };
    for (const f of findings) {
      const field = locate(f), target = focusable(field), word = W(f.severity);
      const link = target ? el("a", { href: "#" + target.id }, f.label[lang] + ": " + f.message[lang]) : el("span", {}, f.label[lang] + ": " + f.message[lang]);
      if (target) link.addEventListener("click", (e) => { e.preventDefault(); target.focus(); });
      const guide = el("a", { href: f.guide.replace("#", ".html#"), class: "finding-guide" }, W("guide"));
      lists[f.severity].append(el("li", { "data-rule": f.rule, "data-pointer": f.pointer, "data-member": f.member || "", "data-severity": f.severity },
        link, " (", el("code", {}, f.rule), ") ", guide));
      const p = field.querySelector(":scope > .field-error");
      if (p) {
        p.hidden = false;
        p.append(el("span", { class: "finding finding-" + f.severity }, el("span", { class: "visually-hidden" }, word + ": "), f.message[lang]));
        field.classList.add(f.severity === "error" ? "has-error" : "has-warning");
        if (f.severity === "error") own(field).forEach((i) => i.setAttribute("aria-invalid", "true"));
      }
    }
    const n = { error: lists.error.children.length, warning: lists.warning.children.length };
    statusBox.textContent = `${W("checkedAt")}: ${today()}.` + (n.error + n.warning ? "" : " " + W("noProblems"));
    if (n.warning) {
      warningsBox.append(el("h2", { id: "form-warnings-title" }, W("warnings")), lists.warning);
      warningsBox.hidden = false;
    }
    if (n.error) {
      summary.append(el("div", { role: "alert" }, el("h2", { id: "form-summary-title" }, W("summary")), lists.error));
      summary.hidden = false;
      document.title = W("errorPrefix") + baseTitle;
      summary.focus();
    } else if (n.warning) {
      warningsBox.setAttribute("tabindex", "-1");
      warningsBox.focus();
    }
    return findings;
  }

  // ---- Save and open ----
  function save() {
    const a = el("a", { download: fileName });
    a.href = URL.createObjectURL(new Blob([JSON.stringify(readAll(), null, 2) + "\n"], { type: "application/json" }));
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
    dirty = false;
    statusBox.textContent = W("saved") + " " + fileName;
  }

  async function open() {
    const file = openInput.files[0];
    if (!file) return;
    let app;
    try { app = JSON.parse(await file.text()); } catch { statusBox.textContent = W("notJSON"); return; }
    if (!isObj(app)) { statusBox.textContent = W("notJSON"); return; }
    if (typeof app.kind === "string" && app.kind !== kind) {
      statusBox.textContent = W("otherKind") + " " + app.kind + " ";
      statusBox.append(el("a", { href: "formlar.html" }, W("allForms")));
      return;
    }
    load(app);
    fileName = file.name;
    dirty = false;
    openInput.value = "";
    statusBox.textContent = W("opened") + " " + file.name;
  }

  // ---- Events ----
  function edited() { dirty = true; update(); }
  function onEdit(e) {
    const t = e.target, field = t.closest && t.closest("[data-field]");
    if (!field) return;
    for (let f = field; f; f = f.parentElement.closest("[data-field]")) dropKept(f);
    if (t.type === "radio") $$("[data-when]", form).forEach((x) => { x.stray = false; });
    edited();
  }
  form.addEventListener("input", onEdit);
  form.addEventListener("change", async (e) => {
    onEdit(e);
    const pick = e.target;
    if (!pick.hasAttribute || !pick.hasAttribute("data-pick") || !pick.files[0]) return;
    const file = pick.files[0], path = "files/" + file.name.normalize("NFC"), field = pick.closest("[data-field]");
    facts[path] = await R.fileFacts(file);
    own(field)[0].value = path;
    dropKept(field);
    edited();
  });
  form.addEventListener("click", (e) => {
    const b = e.target.closest("button");
    if (!b) return;
    const arr = b.closest("[data-type=array]");
    if (b.hasAttribute("data-add")) {
      dropKept(arr);
      const li = addItem(arr), first = focusable(li);
      if (first) first.focus();
      edited();
    } else if (b.hasAttribute("data-remove")) {
      b.closest("li.item").remove();
      renumber(arr);
      arr.querySelector(":scope > [data-add]").focus();
      edited();
    }
  });
  form.addEventListener("submit", (e) => { e.preventDefault(); runCheck(); });
  $("#form-save").addEventListener("click", save);
  openInput.addEventListener("change", open);
  addEventListener("beforeunload", (e) => { if (dirty) { e.preventDefault(); e.returnValue = ""; } });

  $$("[data-js]").forEach((e) => { e.hidden = false; });
  initArrays();
  update();
  window.EizinForm = { read: readAll, load, check: runCheck };
})();
