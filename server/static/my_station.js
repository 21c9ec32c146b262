// A candidate's circuit page: counts down, and reloads when the bell moves them on.
"use strict";
(() => {
  const root = document.getElementById("my-station");
  if (!root) return;
  const left = document.getElementById("time-left");
  let seconds = left ? Number(left.dataset.seconds) : null;
  const paused = root.dataset.state.startsWith("paused");
  if (left && !paused) {
    setInterval(() => {
      seconds = Math.max(0, seconds - 1);
      left.textContent = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
    }, 1000);
  }
  async function poll() {
    try {
      const r = await fetch(`/api/circuits/${root.dataset.circuit}/me`, { credentials: "same-origin" });
      if (r.ok) {
        const { view } = await r.json();
        const state = `${view.status}|${view.round ?? "None"}|${view.phase ?? ""}`;
        if (state !== root.dataset.state) { location.reload(); return; }
      }
    } catch (_) { /* the next poll tries again */ }
    setTimeout(poll, 2000);
  }
  setTimeout(poll, 2000);
})();
