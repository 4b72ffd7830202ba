/* eizin-paths.js: the forms index's "which path is mine?" helper (docs/site.md). Without it
 * the page lists every case with its form and guide steps; with it, questions narrow the list.
 * A question or case shows when every `key=value` of its data-when is answered so. */
(() => {
  "use strict";
  const box = document.getElementById("path-helper-box");
  if (!box) return;
  const questions = [...box.querySelectorAll("[data-question]")];
  const outcomes = [...box.querySelectorAll(".path-outcomes > li")];
  const intro = box.querySelector(".path-list-intro");
  const answers = () => Object.fromEntries(questions.filter((q) => !q.hidden).map((q) => {
    const r = q.querySelector("input:checked");
    return [q.dataset.question, r ? r.value : ""];
  }));
  const holds = (when, a) => when.split(" ").filter(Boolean).every((c) => { const [k, v] = c.split("="); return a[k] === v; });
  function update() {
    for (const q of questions) {
      q.hidden = !holds(q.dataset.when || "", answers());
      if (q.hidden) q.querySelectorAll("input").forEach((i) => { i.checked = false; });
    }
    const a = answers();
    for (const o of outcomes) o.hidden = !holds(o.dataset.when, a);
    intro.hidden = true;
  }
  box.querySelectorAll("[data-js]").forEach((e) => { e.hidden = false; });
  box.addEventListener("change", update);
  update();
})();
