// The authoring pages: the import form, and the editor (live checks, the form view that edits
// the YAML through the server, saving with conflict handling, the try-it panel, the suite).
"use strict";

(() => {
  const $ = (id) => document.getElementById(id);
  const el = (tag, attrs = {}, ...kids) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v === true ? "" : v);
    }
    for (const kid of kids) if (kid) node.append(kid);
    return node;
  };

  async function call(url, body, csrf) {
    const response = await fetch(url, {
      method: "POST", credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify(body),
    });
    let data = {};
    try { data = await response.json(); } catch (_) { /* an empty or HTML body */ }
    return { status: response.status, data };
  }
  const detail = (data) => (typeof data.detail === "string" ? data.detail
    : Array.isArray(data.detail) ? data.detail.map((d) => d.msg).join("; ") : "the server refused");

  // -- import (the list page) ----------------------------------------------------------------
  const importForm = $("import-form");
  if (importForm) {
    importForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const file = $("import-file").files[0];
      const out = $("import-result");
      if (!file) return;
      out.textContent = "Importing…";
      const { status, data } = await call("/api/author/import",
        { filename: file.name, text: await file.text() }, importForm.dataset.csrf);
      out.replaceChildren();
      if (status !== 200) {
        out.append(el("p", { class: "flash flash-error", text: "Nothing was imported: " + detail(data) }));
        return;
      }
      const list = el("ul", { class: "import-list" });
      for (const s of data.saved) {
        list.append(el("li", {}, el("a", { href: s.url, text: `${s.kind} ${s.doc_id}` }),
          ` version ${s.number}` + (s.valid ? "" : " (with errors)")));
      }
      out.append(el("p", { class: "flash flash-ok", text: `Imported ${data.saved.length} drafts.` }), list);
    });
  }

  const editor = $("editor");
  if (!editor) return;
  const { kind, doc, csrf } = editor.dataset;
  let base = Number(editor.dataset.base);
  const yaml = $("yaml");
  const choices = JSON.parse($("choices").textContent);
  let parsed = null;

  // -- live checks ---------------------------------------------------------------------------
  let checkTimer = null;
  let checkSeq = 0;
  async function check() {
    const mine = ++checkSeq;
    const { status, data } = await call("/api/author/check", { kind, doc_id: doc, text: yaml.value }, csrf);
    if (mine !== checkSeq) return; // a newer check is on its way
    const state = $("check-state");
    const list = $("problems");
    list.replaceChildren();
    if (status !== 200) { state.textContent = "Could not check: " + detail(data); return; }
    parsed = data.data;
    state.className = "check-state " + (data.valid ? "check-ok" : "check-bad");
    state.textContent = data.valid ? "Valid: this draft can be tried, tested and published."
      : `${data.problems.length} problem${data.problems.length === 1 ? "" : "s"}: saving keeps it as a draft.`;
    for (const p of data.problems) {
      const link = el("button", { type: "button", class: "problem", text: p.text,
        onclick: () => goToLine(p.line) });
      list.append(el("li", {}, link));
    }
    if (!$("pane-form").hidden) renderForm();
  }
  function goToLine(line) {
    showTab("yaml");
    const lines = yaml.value.split("\n");
    const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    yaml.focus();
    yaml.setSelectionRange(start, start + (lines[line - 1] || "").length);
    yaml.scrollTop = Math.max(0, (line - 5) * 19);
  }
  yaml.addEventListener("input", () => { clearTimeout(checkTimer); checkTimer = setTimeout(check, 350); });

  // -- tabs ----------------------------------------------------------------------------------
  function showTab(name) {
    for (const t of ["yaml", "form"]) {
      $("tab-" + t).setAttribute("aria-selected", String(t === name));
      $("pane-" + t).hidden = t !== name;
    }
    if (name === "form") renderForm();
  }
  $("tab-yaml").addEventListener("click", () => showTab("yaml"));
  $("tab-form").addEventListener("click", () => showTab("form"));

  // -- the form view: each change is an edit of the YAML at a path -----------------------------
  async function edit(path, value, remove = false) {
    const { status, data } = await call("/api/author/edit", { text: yaml.value, path, value, delete: remove }, csrf);
    if (status !== 200) { $("check-state").textContent = "Not changed: " + detail(data); return; }
    yaml.value = data.text;
    await check();
  }
  const get = (obj, path) => path.reduce((o, k) => (o == null ? undefined : o[k]), obj);
  function field(label, path, type = "text", opts = {}) {
    const id = "f-" + path.join("-");
    const found = get(parsed, path);
    const value = found === undefined ? opts.fallback : found; // the model's default
    let input;
    if (type === "select") {
      input = el("select", { id });
      for (const o of opts.options) input.append(el("option", { value: o, text: o, selected: o === value }));
    } else if (type === "textarea" || type === "lines") {
      input = el("textarea", { id, rows: type === "lines" ? 3 : 2 });
      input.value = type === "lines" ? (value || []).join("\n") : (value ?? "");
    } else if (type === "checkbox") {
      input = el("input", { id, type: "checkbox", checked: !!value });
    } else {
      input = el("input", { id, type: "text", inputmode: type === "number" ? "decimal" : null });
      input.value = type === "list" ? (value || []).join(", ") : (value ?? "");
    }
    input.addEventListener("change", () => {
      let v = input.value;
      if (type === "number") v = v === "" || isNaN(Number(v)) ? v : Number(v);
      else if (type === "list") v = v.split(",").map((s) => s.trim()).filter(Boolean);
      else if (type === "lines") v = v.split("\n").map((s) => s.trim()).filter(Boolean);
      else if (type === "checkbox") v = input.checked;
      const empty = v === null || v === "" || (Array.isArray(v) && !v.length);
      edit(path, v, empty && opts.optional);
    });
    return el("div", { class: "field" + (type === "checkbox" ? " field-check" : "") },
      el("label", { for: id, text: label }), input);
  }
  const group = (title, ...fields) => el("fieldset", { class: "form-group" }, el("legend", { text: title }), ...fields);
  const remove = (path, what) => el("button", { type: "button", class: "btn btn-danger-ghost btn-small",
    text: "Remove " + what, onclick: () => edit(path, null, true) });
  const add = (path, what, value) => el("button", { type: "button", class: "btn btn-secondary btn-small",
    text: "Add " + what, onclick: () => edit(path, value) });

  function caseForm() {
    const facts = parsed.facts || [];
    const out = [
      group("Case", field("Title", ["title"]), field("Specialty", ["specialty"]),
        field("Difficulty (1-5)", ["difficulty"], "number"), field("Competencies", ["competencies"], "list")),
      group("Door", field("Setting", ["door", "setting"]), field("Task", ["door", "task"], "textarea"),
        field("Station minutes", ["door", "station_minutes"], "number")),
      group("Persona", field("Name", ["persona", "name"]), field("Age", ["persona", "age"]),
        field("Sex", ["persona", "sex"], "select", { options: choices.sex }),
        field("Occupation", ["persona", "occupation"], "text", { optional: true }),
        field("Speaking style", ["persona", "speaking_style"]), field("Mood", ["persona", "mood"]),
        field("Opening line", ["persona", "opening_line"], "textarea")),
    ];
    const factGroup = group(`Facts (${facts.length})`);
    facts.forEach((f, i) => {
      const p = ["facts", i];
      factGroup.append(el("div", { class: "form-item", "data-fact": f.id || "" },
        el("h4", { text: f.id || `fact ${i + 1}` }),
        field("Id", [...p, "id"]), field("Category", [...p, "category"], "select", { options: choices.category }),
        field("Attribute", [...p, "attribute"]),
        field("Polarity", [...p, "polarity"], "select", { options: choices.polarity, fallback: "present" }),
        field("Value", [...p, "value"], "text", { optional: true }),
        field("Patient's words", [...p, "words"], "textarea"),
        field("Disclosure", [...p, "disclosure"], "select", { options: choices.disclosure, fallback: "on_question" }),
        field("Example questions (one a line)", [...p, "examples"], "lines"),
        remove(p, "fact")));
    });
    factGroup.append(add(["facts", facts.length], "fact", { id: `new-fact-${facts.length + 1}`,
      category: "hpc.other", attribute: "something", words: "What the patient says.",
      examples: ["A question that reaches it?"], disclosure: "on_question" }));
    out.push(factGroup);
    for (const [key, title] of [["exam", "Examination findings"], ["tests", "Test results"]]) {
      const items = parsed[key] || [];
      const g = group(title);
      items.forEach((x, i) => g.append(el("div", { class: "form-item" },
        field("Id", [key, i, "id"]), field("Name", [key, i, "name"]),
        field("Result", [key, i, "result"], "textarea"), remove([key, i], "finding"))));
      g.append(add([key, items.length], "finding", { id: `${key}-${items.length + 1}`, name: "name", result: "result" }));
      out.push(g);
    }
    const defaults = parsed.defaults || {};
    const dg = group("Defaults (what the patient says when asked about a category the case has no fact for)");
    for (const cat of Object.keys(defaults)) {
      dg.append(el("div", { class: "form-item" }, field(cat, ["defaults", cat], "textarea"), remove(["defaults", cat], "default")));
    }
    const pick = el("select", { "aria-label": "Category for a new default" });
    for (const c of choices.category) if (!(c in defaults)) pick.append(el("option", { value: c, text: c }));
    dg.append(el("div", { class: "inline-form" }, pick, el("button", { type: "button",
      class: "btn btn-secondary btn-small", text: "Add default",
      onclick: () => edit(["defaults", pick.value], "Nothing to mention there.") })));
    out.push(dg);
    out.push(group("Diagnosis (staff only)", field("Primary", ["diagnosis", "primary"]),
      field("Differentials", ["diagnosis", "differentials"], "list", { optional: true }),
      field("Must not miss", ["diagnosis", "must_not_miss"], "list", { optional: true })));
    return out;
  }

  function rubricForm() {
    const out = [group("Rubric", field("Title", ["title"]))];
    (parsed.stations || []).forEach((s, si) => {
      const g = group(`Station ${s.id || si + 1}`, field("Id", ["stations", si, "id"]),
        field("Case", ["stations", si, "case"]), field("Pass mark (%)", ["stations", si, "pass_mark"], "number"));
      const items = s.items || [];
      items.forEach((item, ii) => {
        const p = ["stations", si, "items", ii];
        g.append(el("div", { class: "form-item", "data-item": item.id || "" }, el("h4", { text: item.id || `item ${ii + 1}` }),
          field("Id", [...p, "id"]), field("Text", [...p, "text"], "textarea"),
          field("Domain", [...p, "domain"], "select", { options: choices.domain }),
          field("Weight", [...p, "weight"], "number", { fallback: 1 }),
          field("Critical", [...p, "critical"], "checkbox", { fallback: false }),
          field("Competencies", [...p, "competencies"], "list", { optional: true }),
          field("Rationale", [...p, "rationale"], "textarea"),
          field("Evidence: facts", [...p, "evidence", "facts"], "list", { optional: true }),
          field("Evidence: phrasings", [...p, "evidence", "phrasings"], "list", { optional: true }),
          remove(p, "item")));
      });
      g.append(add(["stations", si, "items", items.length], "item", { id: `item-${items.length + 1}`,
        text: "What the student does", domain: "data_gathering", weight: 1,
        rationale: "Why it matters for this patient.", evidence: { phrasings: ["a phrase"] } }));
      out.push(g);
    });
    return out;
  }

  function renderForm() {
    const view = $("form-view");
    view.replaceChildren();
    if (!parsed || typeof parsed !== "object") {
      view.append(el("p", { class: "muted", text: "The YAML does not parse: fix it in the YAML view first." }));
      return;
    }
    view.append(...(kind === "case" ? caseForm() : rubricForm()));
  }

  // -- saving ----------------------------------------------------------------------------------
  let theirs = null;
  async function save() {
    const state = $("save-state");
    state.textContent = "Saving…";
    const { status, data } = await call(`/api/author/${kind}/${doc}/versions`,
      { text: yaml.value, base, comment: $("save-comment").value }, csrf);
    if (status === 201) {
      base = data.number;
      state.textContent = `Saved as version ${data.number}` + (data.valid ? "." : " (a draft with errors).");
      location.assign(`/author/${kind}/${doc}`);
      return;
    }
    if (status === 409) {
      theirs = data.theirs;
      $("conflict").hidden = false;
      $("conflict-text").textContent = data.detail;
      $("conflict-copy").value = yaml.value;
      const pre = $("conflict-diff");
      pre.replaceChildren();
      for (const d of data.diff) {
        const cls = { "+": "add", "-": "del", "@": "hunk", " ": "same" }[d.op];
        pre.append(el("span", { class: "diff-line diff-" + cls, text: d.text }), "\n");
      }
      state.textContent = "Not saved: see below.";
      return;
    }
    state.textContent = "Not saved: " + detail(data);
  }
  $("save").addEventListener("click", save);
  $("conflict-mine").addEventListener("click", () => { base = theirs.number; $("conflict").hidden = true; save(); });
  $("conflict-theirs").addEventListener("click", () => {
    yaml.value = theirs.text; base = theirs.number; check();
    $("save-state").textContent = `Showing version ${theirs.number}; your text is in the box below.`;
  });

  // -- try it ------------------------------------------------------------------------------------
  const tryForm = $("try-form");
  if (tryForm) {
    let history = [];
    const log = $("try-log");
    tryForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      const question = $("try-question").value.trim();
      if (!question) return;
      $("try-question").value = "";
      const item = el("li", { class: "try-turn" }, el("p", { class: "msg msg-student", text: question }));
      log.append(item);
      const { status, data } = await call(`/api/author/case/${doc}/try`,
        { text: yaml.value, question, history, engine: $("try-engine").value }, csrf);
      if (status !== 200) { item.append(el("p", { class: "notice", text: detail(data) })); return; }
      history.push(data.turn);
      const g = data.turn.grounding;
      const staff = el("dl", { class: "staff-view" },
        el("dt", { text: "Kind" }), el("dd", { text: g.kind + (g.intent ? ` (${g.intent})` : "") }),
        el("dt", { text: "Facts disclosed" }), el("dd", { text: g.facts.join(", ") || "none" }));
      if (g.withheld.length) staff.append(el("dt", { text: "Withheld" }), el("dd", { text: g.withheld.join(", ") }));
      if (g.guard.length) {
        staff.append(el("dt", { text: "Guard" }), el("dd", {}, ...g.guard.map((n) =>
          el("span", { class: "guard-note guard-" + n.verdict, text: `${n.verdict}: “${n.sentence}” ${n.reason}` }))));
      }
      item.append(el("p", { class: "msg msg-patient", text: data.turn.patient }), staff);
      if (data.notice) item.append(el("p", { class: "notice", text: data.notice }));
      log.scrollTop = log.scrollHeight;
    });
    $("try-reset").addEventListener("click", () => { history = []; log.replaceChildren(); });
  }

  // -- the suite ---------------------------------------------------------------------------------
  const suiteButton = $("suite-run");
  if (suiteButton) {
    suiteButton.addEventListener("click", async () => {
      const out = $("suite-result");
      suiteButton.disabled = true;
      out.replaceChildren(el("p", { class: "muted", text: "Running the suite… (usually well under a minute)" }));
      const { status, data } = await call(`/api/author/case/${doc}/suite`,
        { number: Number(suiteButton.dataset.number) }, csrf);
      suiteButton.disabled = false;
      out.replaceChildren();
      if (status !== 200) { out.append(el("p", { class: "flash flash-error", text: detail(data) })); return; }
      out.append(el("p", {}, el("span", { class: "badge " + (data.passed ? "badge-pass" : "badge-fail"),
        text: data.passed ? "passed the gate" : "failed the gate" }),
        ` ${data.probes} probes in ${data.seconds} s · `,
        el("a", { href: data.report, target: "_blank", rel: "noopener", text: "full report" })));
      const checks = el("ul", { class: "gate" });
      for (const c of data.checks) {
        checks.append(el("li", { class: c.passed ? "gate-ok" : "gate-bad" },
          `${c.passed ? "✓" : "✗"} ${c.label}: ${c.value}`));
      }
      out.append(checks);
      if (data.failures.length) {
        const f = el("details", {}, el("summary", { text: `${data.failures.length} failing probe lines` }));
        const ul = el("ul", { class: "small" });
        for (const line of data.failures) ul.append(el("li", { text: line }));
        f.append(ul);
        out.append(f);
      }
      // the publish form now knows: a passing run needs no reason, a failing one does
      const reason = $("publish-reason");
      if (reason) reason.closest(".field").hidden = data.passed;
      const hint = $("reason-hint");
      if (hint && !data.passed) hint.textContent = "The suite failed on this version. Leave empty to be held back.";
    });
  }

  check();
})();
