// The examiners' live monitor: one websocket, every station of the circuit.
//
// The server pushes `clock` (who is where, the phase and its time left) and `turn` (a
// student's turn, then again with the reply). Turns are drawn keyed by (encounter, seq), so
// the replay a reconnect brings updates lines instead of adding them; a station whose
// encounter changes (a new round) starts a fresh transcript.
(function () {
  "use strict";

  const MAX_BACKOFF_MS = 10000;
  const PING_EVERY_MS = 15000;
  const SILENCE_LIMIT_MS = 40000; // pings are answered at once: this long without a frame is a dead line
  // what the guard flags: the sentences an examiner should look at
  const FLAGGED = new Set(["unsupported", "contradiction", "leak", "break"]);

  function node(tag, className, text) {
    const el = document.createElement(tag);
    if (className) el.className = className;
    if (text !== undefined && text !== null) el.textContent = text;
    return el;
  }

  function format(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    const m = Math.floor(s / 60);
    return m + ":" + String(s % 60).padStart(2, "0");
  }

  function label(value) {
    const text = String(value || "").replace(/_/g, " ");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  document.addEventListener("DOMContentLoaded", () => {
    const root = document.getElementById("monitor");
    if (!root) return;
    const circuitId = root.dataset.circuit;
    const csrf = root.dataset.csrf;
    const $ = (id) => document.getElementById(id);
    const statusEl = $("monitor-status");
    const roundEl = $("monitor-round");
    const phaseEl = $("monitor-phase");
    const leftEl = $("monitor-left");
    const pauseBtn = $("monitor-pause");
    const resumeBtn = $("monitor-resume");
    const errorBox = $("monitor-error");
    const conn = $("conn");

    const cards = new Map(); // station index -> {card, encounter, turns: Map seq -> li}
    for (const card of root.querySelectorAll(".monitor-card[data-station]")) {
      cards.set(Number(card.dataset.station), { card, encounter: null, turns: new Map() });
    }

    let socket = null;
    let attempt = 0;
    let lastHeard = Date.now();
    let clock = null; // the last clock message, and when it came (by this device's clock)
    let clockAt = 0;

    function setConn(state, text) {
      conn.dataset.state = state;
      conn.querySelector(".conn-text").textContent =
        text || { online: "Live", connecting: "Connecting…", offline: "Reconnecting…",
          failed: "Not connected" }[state];
    }

    function showError(message) {
      errorBox.textContent = message || "";
      errorBox.hidden = !message;
    }

    // -- the clock -------------------------------------------------------------------------

    function secondsLeft() {
      if (!clock || clock.seconds_left === null) return null;
      if (clock.status !== "running") return clock.seconds_left;
      return clock.seconds_left - (Date.now() - clockAt) / 1000;
    }

    function tick() {
      const left = secondsLeft();
      const text = left === null ? "--:--" : format(left);
      leftEl.textContent = text;
      leftEl.classList.toggle("low", left !== null && left <= 60);
      for (const { card } of cards.values()) {
        card.querySelector(".monitor-card-left").textContent =
          left === null ? "" : label(clock.phase) + ": " + text + " left";
      }
    }

    function showClock(message) {
      clock = message;
      clockAt = Date.now();
      root.dataset.status = message.status;
      statusEl.textContent = label(message.status);
      statusEl.className = "stage stage-" + message.status;
      roundEl.textContent = message.round === null ? "" :
        "· round " + (message.round + 1) + " of " + message.rounds;
      phaseEl.textContent = message.phase ? "· " + label(message.phase) : "";
      pauseBtn.hidden = message.status !== "running";
      resumeBtn.hidden = message.status !== "paused";
      for (const s of message.stations) {
        const entry = cards.get(s.station_index);
        if (!entry) continue;
        if (s.encounter_id && s.encounter_id !== entry.encounter) startTranscript(entry, s.encounter_id);
        entry.card.classList.toggle("empty-station", !s.candidate);
        entry.card.querySelector(".monitor-candidate").textContent = s.candidate || "nobody";
        const mark = entry.card.querySelector(".monitor-mark");
        mark.hidden = !s.encounter_id;
        if (s.encounter_id) {
          mark.href = "/examiner/circuits/" + encodeURIComponent(circuitId) + "/encounters/" +
            encodeURIComponent(s.encounter_id) + "/mark";
        }
      }
      tick();
    }

    // -- transcripts -----------------------------------------------------------------------

    function startTranscript(entry, encounterId) {
      entry.encounter = encounterId;
      entry.turns.clear();
      entry.card.querySelector(".monitor-transcript").replaceChildren();
      entry.card.classList.remove("flagged");
      countFlags(entry);
    }

    function countFlags(entry) {
      let n = 0;
      for (const li of entry.turns.values()) n += Number(li.dataset.flags || 0);
      const badge = entry.card.querySelector(".monitor-flags");
      badge.hidden = n === 0;
      badge.textContent = n + (n === 1 ? " guard finding" : " guard findings");
      entry.card.classList.toggle("flagged", n > 0);
    }


    function drawTurn(m) {
      const examiner = m.action === "examine" || m.action === "order";
      const li = node("li", "turn turn-" + m.action);
      li.dataset.seq = String(m.seq);
      const student = node("div", "msg msg-student");
      student.append(node("span", "who", m.candidate + (m.action === "examine" ? " · examine" :
        m.action === "order" ? " · order test" : "")));
      student.append(node("p", "msg-text", m.action === "end" ? "(ends the interview)" : m.student));
      const reply = node("div", "msg " + (examiner ? "msg-examiner" : "msg-patient") +
        (m.patient === null ? " pending" : ""));
      reply.append(node("span", "who", examiner ? "Examiner" : "Patient"));
      reply.append(node("p", "msg-text", m.patient === null ? "…" : m.patient));
      li.append(student, reply);
      if (m.kind) {
        const facts = m.facts.length ? " · facts: " + m.facts.join(", ") : "";
        const line = node("p", "grounding");
        line.append(node("span", "grounding-kind", m.kind), document.createTextNode(facts +
          (m.voice ? " · voice: " + m.voice : "")));
        li.append(line);
      }
      const flags = m.guard.filter((n) => FLAGGED.has(n.verdict) || !n.released).length;
      li.dataset.flags = String(flags);
      li.classList.toggle("flagged", flags > 0);
      if (m.guard.length) li.append(window.osceGuardNotes(m.guard));
      return li;
    }

    function showTurn(m) {
      const entry = cards.get(m.station_index);
      if (!entry) return;
      if (m.encounter_id !== entry.encounter) startTranscript(entry, m.encounter_id);
      const list = entry.card.querySelector(".monitor-transcript");
      const li = drawTurn(m);
      const old = entry.turns.get(m.seq);
      if (old) old.replaceWith(li);
      else {
        const later = Array.from(entry.turns.entries()).filter(([seq]) => seq > m.seq)
          .sort((a, b) => a[0] - b[0])[0];
        list.insertBefore(li, later ? later[1] : null);
      }
      entry.turns.set(m.seq, li);
      countFlags(entry);
      // follow the conversation unless the examiner has scrolled back to read
      if (list.scrollHeight - list.scrollTop - list.clientHeight < 120) list.scrollTop = list.scrollHeight;
    }

    // -- the socket --------------------------------------------------------------------------

    function connect() {
      if (socket) return;
      setConn(attempt ? "offline" : "connecting");
      const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      const ws = new WebSocket(scheme + "//" + window.location.host + "/ws/circuits/" +
        encodeURIComponent(circuitId) + "/monitor");
      socket = ws;
      ws.onopen = () => {
        attempt = 0;
        lastHeard = Date.now();
        setConn("online");
      };
      ws.onmessage = (event) => {
        lastHeard = Date.now();
        let m;
        try { m = JSON.parse(event.data); } catch (e) { return; }
        if (m.type === "clock") showClock(m);
        else if (m.type === "turn") showTurn(m);
        else if (m.type === "error") showError(m.message);
      };
      ws.onclose = (event) => {
        if (ws !== socket) return;
        socket = null;
        if (event.code === 4401 || event.code === 4403 || event.code === 4404 || event.code === 1008) {
          setConn("failed", event.reason || "Not connected");
          return; // asking again would get the same answer
        }
        attempt += 1;
        setConn("offline");
        setTimeout(connect, Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt));
      };
    }

    setInterval(() => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return;
      if (Date.now() - lastHeard > SILENCE_LIMIT_MS) socket.close();
      else socket.send(JSON.stringify({ type: "ping" }));
    }, PING_EVERY_MS);
    setInterval(tick, 250);

    // -- pause and resume ------------------------------------------------------------------

    async function act(action, button) {
      button.disabled = true;
      showError("");
      try {
        const response = await fetch("/api/circuits/" + encodeURIComponent(circuitId) + "/" + action, {
          method: "POST", credentials: "same-origin",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
          body: "{}",
        });
        if (!response.ok) {
          const data = await response.json().catch(() => ({}));
          showError(typeof data.detail === "string" ? data.detail : "That did not work: try again.");
        }
      } catch (e) {
        showError("The server could not be reached: try again.");
      } finally {
        button.disabled = false; // the next clock message shows which button applies
      }
    }

    pauseBtn.addEventListener("click", () => act("pause", pauseBtn));
    resumeBtn.addEventListener("click", () => act("resume", resumeBtn));
    connect();
  });
})();
