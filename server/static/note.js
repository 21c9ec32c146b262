// The note saves itself as a draft while the student writes (submit=false), so the note the
// clock grades at the deadline is what was on the screen, not what was last saved by hand.
(function () {
  "use strict";

  const DEBOUNCE_MS = 800;

  document.addEventListener("DOMContentLoaded", () => {
    const form = document.getElementById("note-form");
    if (!form) return;
    const url = "/api/encounters/" + form.dataset.encounter + "/note";
    const csrf = form.dataset.csrf;
    const stateEl = document.getElementById("save-state");
    let timer = null;
    let submitting = false;

    function lines(text) {
      // the same reading as the server's form handler: one item a line, list marks dropped
      return text.split(/\r?\n/)
        .map((line) => line.trim().replace(/^[-*•]+/, "").trim().replace(/^\d{1,2}[.)]\s+/, ""))
        .filter((line) => line.length > 0)
        .slice(0, 30);
    }

    function collect() {
      const value = (name) => form.elements[name].value;
      return {
        summary: value("summary").trim(),
        differential: lines(value("differential")),
        investigations: lines(value("investigations")),
        plan: lines(value("plan")),
      };
    }

    let saved = JSON.stringify(collect());

    function say(text) {
      stateEl.textContent = text;
    }

    async function save(keepalive) {
      const note = collect();
      const key = JSON.stringify(note);
      if (key === saved) return;
      try {
        const response = await fetch(url, {
          method: "POST",
          credentials: "same-origin",
          keepalive: Boolean(keepalive),
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
          body: JSON.stringify({ note: note, submit: false }),
        });
        if (response.ok) {
          saved = key;
          say("Draft saved at " + new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit" }));
        } else if (response.status === 409) {
          say("The note time is over: opening your results…");
          setTimeout(() => window.location.reload(), 1000);
        } else if (response.status === 401) {
          say("You have been signed out. Copy your note, then sign in again.");
        } else {
          say("The draft could not be saved (error " + response.status + "); it is still on this page.");
        }
      } catch (e) {
        say("Offline: the draft is kept on this page and saved when you are back online.");
      }
    }

    function queue() {
      clearTimeout(timer);
      say("Unsaved changes…");
      timer = setTimeout(() => save(false), DEBOUNCE_MS);
    }

    form.addEventListener("input", queue);
    window.addEventListener("online", () => save(false));
    form.addEventListener("submit", () => {
      submitting = true;
      clearTimeout(timer);
    });
    window.addEventListener("pagehide", () => {
      clearTimeout(timer);
      if (!submitting) save(true);
    });

    const countdownEl = document.getElementById("countdown");
    if (countdownEl && countdownEl.osceCountdown) {
      const countdown = countdownEl.osceCountdown;
      const early = setInterval(() => {
        // save what is written just before the deadline, while a save is still accepted
        if (countdown.remaining() < 3) {
          clearInterval(early);
          clearTimeout(timer);
          save(false);
        }
      }, 500);
    }
  });
})();
