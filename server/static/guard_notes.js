// The guard's word on each sentence of a reply, for staff: the same markup as
// templates/turn.html draws for a stored turn. Shared by the encounter page and the monitor.
"use strict";

window.osceGuardNotes = (notes) => {
  const node = (tag, className, text) => {
    const el = document.createElement(tag);
    el.className = className;
    if (text !== undefined && text !== null) el.textContent = text;
    return el;
  };
  const ul = node("ul", "guard-notes");
  ul.setAttribute("aria-label", "Guard findings");
  for (const n of notes) {
    const item = node("li", "guard-note verdict-" + n.verdict + (n.released ? "" : " withheld"));
    item.append(node("span", "guard-verdict", n.verdict), document.createTextNode(" "),
      node("span", "guard-action", n.action + (n.released ? "" : ", not shown")),
      document.createTextNode(" “"), node("span", "guard-sentence", n.sentence),
      document.createTextNode("”"));
    if (n.reason) item.append(document.createTextNode(" "), node("span", "guard-reason", n.reason));
    if (n.facts && n.facts.length) {
      item.append(document.createTextNode(" "), node("span", "guard-facts", "[" + n.facts.join(", ") + "]"));
    }
    ul.append(item);
  }
  return ul;
};
