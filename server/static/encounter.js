// The live interview: one websocket per page, kept alive across drops.
//
// Every message the student sends carries a client id and stays "pending" (in memory and in
// sessionStorage) until the server acknowledges it. After a drop the page reconnects with
// backoff, says hello with the last turn it has complete, and resends what is pending under
// the SAME ids, so the server stores each turn once however often it is sent. Turns are drawn
// keyed by the server's sequence number, so a replayed turn updates its line, never adds one.
(function () {
  "use strict";

  const MAX_BACKOFF_MS = 10000;
  const PING_EVERY_MS = 15000;
  const SILENCE_LIMIT_MS = 40000; // no frame for this long: the connection is dead
  // ...unless a reply is awaited: the server answers a socket's frames in order, so a pong
  // waits behind a slow reply, and dropping then would only queue the question again
  const REPLY_SILENCE_LIMIT_MS = 180000;

  document.addEventListener("DOMContentLoaded", () => {
    const root = document.getElementById("station");
    if (!root) return;

    const encounterId = root.dataset.encounter;
    const speaker = root.dataset.speaker || "Patient";
    const list = document.getElementById("transcript");
    const empty = document.getElementById("transcript-empty");
    const form = document.getElementById("composer");
    const input = document.getElementById("composer-text");
    const errorBox = document.getElementById("composer-error");
    const conn = document.getElementById("conn");
    const endOpen = document.getElementById("end-open");
    const dialog = document.getElementById("end-dialog");
    const countdownEl = document.getElementById("countdown");
    const storeKey = "osce:pending:" + encounterId;

    let socket = null;
    let attempt = 0;
    let leaving = false;
    let reconnectTimer = null;
    let pingTimer = null;
    let lastHeard = Date.now();
    const pending = new Map(); // client id -> message, until acknowledged
    const complete = new Set(); // seqs whose final reply is on the page
    const streamed = new Map(); // seq -> reply text received so far, piece by piece

    // -- what is on the page ---------------------------------------------------------------

    for (const li of list.querySelectorAll("li.turn[data-seq]")) {
      if (!li.querySelector(".msg.pending")) complete.add(Number(li.dataset.seq));
    }

    function lastComplete() {
      // the highest n with every turn up to n answered here: a replay from n misses nothing
      let n = 0;
      while (complete.has(n + 1)) n += 1;
      return n;
    }

    function node(tag, className, text) {
      const el = document.createElement(tag);
      if (className) el.className = className;
      if (text !== undefined) el.textContent = text;
      return el;
    }


    function isExaminer(action) {
      return action === "examine" || action === "order";
    }

    function buildTurn(action, student) {
      // the same markup as templates/turn.html
      const li = node("li", "turn turn-" + action);
      const you = node("div", "msg msg-student");
      const verb = action === "examine" ? " · examine" : action === "order" ? " · order test" : "";
      you.append(node("span", "who", "You" + verb));
      you.append(node("p", "msg-text", action === "end" ? "(You end the interview)" : student));
      const reply = node("div", "msg pending " + (isExaminer(action) ? "msg-examiner" : "msg-patient"));
      reply.append(node("span", "who", isExaminer(action) ? "Examiner" : speaker));
      reply.append(node("p", "msg-text", "…"));
      li.append(you, reply);
      li.dataset.action = action;
      return li;
    }

    function turnBySeq(seq) {
      return list.querySelector('li.turn[data-seq="' + seq + '"]');
    }

    function place(li, seq) {
      li.dataset.seq = String(seq);
      delete li.dataset.client;
      li.classList.remove("unsent");
      const status = li.querySelector(".send-state");
      if (status) status.remove();
      const later = Array.from(list.querySelectorAll("li.turn[data-seq]"))
        .find((other) => other !== li && Number(other.dataset.seq) > seq);
      const firstUnsent = list.querySelector("li.turn.unsent");
      list.insertBefore(li, later || firstUnsent || null);
    }

    function reveal(li) {
      empty.hidden = true;
      li.scrollIntoView({ block: "nearest" });
    }

    function replyText(li, text) {
      const action = li.dataset.action || (li.className.match(/turn-(\w+)/) || [])[1];
      const prefix = "Examiner: ";
      return isExaminer(action) && text.startsWith(prefix) ? text.slice(prefix.length) : text;
    }

    function showError(message) {
      errorBox.textContent = message;
      errorBox.hidden = !message;
    }

    // -- pending messages ------------------------------------------------------------------

    function persist() {
      try {
        sessionStorage.setItem(storeKey, JSON.stringify(Array.from(pending.values())));
      } catch (e) { /* private mode: pending stays in memory only */ }
    }

    function addUnsent(message) {
      const li = buildTurn(message.type, message.text || "");
      li.classList.add("unsent");
      li.dataset.client = message.id;
      li.querySelector(".msg-student").append(node("span", "send-state", "Sending…"));
      list.append(li);
      reveal(li);
    }

    try {
      for (const message of JSON.parse(sessionStorage.getItem(storeKey) || "[]")) {
        pending.set(message.id, message);
        addUnsent(message);
      }
    } catch (e) { /* nothing usable was stored */ }

    function newId() {
      const random = Math.random().toString(36).slice(2, 10);
      return "c" + Date.now().toString(36) + "-" + random;
    }

    function transmit(message) {
      if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    }

    function send(type, text) {
      const message = { type: type, id: newId() };
      if (type !== "end") message.text = text;
      pending.set(message.id, message);
      persist();
      addUnsent(message);
      transmit(message);
    }

    // -- server messages -------------------------------------------------------------------

    function onAck(m) {
      const unsent = list.querySelector('li.turn[data-client="' + CSS.escape(m.id) + '"]');
      const known = turnBySeq(m.seq);
      if (known) {
        if (unsent) unsent.remove(); // a resend of a turn already on the page
      } else {
        const li = unsent || buildTurn(m.action, m.text);
        li.dataset.action = m.action;
        place(li, m.seq);
        reveal(li);
      }
      pending.delete(m.id);
      persist();
    }

    function onText(m) {
      const li = turnBySeq(m.seq);
      if (!li || complete.has(m.seq)) return;
      const before = streamed.get(m.seq) || "";
      const joined = before && !/\s$/.test(before) && !/^\s/.test(m.text) ? before + " " + m.text
        : before + m.text;
      streamed.set(m.seq, joined);
      li.querySelector(".msg-patient, .msg-examiner").querySelector(".msg-text").textContent =
        replyText(li, joined);
    }

    function onReply(m) {
      const li = turnBySeq(m.seq);
      if (!li) return; // an ack always comes first; without one there is no line to fill
      const box = li.querySelector(".msg-patient, .msg-examiner");
      box.classList.remove("pending");
      box.querySelector(".msg-text").textContent = replyText(li, m.text);
      streamed.delete(m.seq);
      complete.add(m.seq);
      if (m.notice && !li.querySelector(".notice")) {
        li.append(node("p", "notice", m.notice));
      }
      if (m.grounding && !li.querySelector(".grounding")) {
        // only staff receive grounding; students never do
        const facts = m.grounding.facts && m.grounding.facts.length
          ? " · facts: " + m.grounding.facts.join(", ") : "";
        const line = node("p", "grounding");
        line.append(node("span", "grounding-kind", m.grounding.kind), document.createTextNode(facts));
        if (m.grounding.voice) {
          line.append(document.createTextNode(" · voice: "),
            node("span", "grounding-voice", m.grounding.voice));
        }
        li.append(line);
        if (m.grounding.guard && m.grounding.guard.length) {
          li.append(window.osceGuardNotes(m.grounding.guard));
        }
      }
      reveal(li);
    }

    function onState(m) {
      if (countdownEl && countdownEl.osceCountdown) {
        countdownEl.osceCountdown.set(m.deadline, m.server_time);
      }
      if (m.stage === "door" || m.stage === "interview") return;
      // the interview is over (ended here, on another device, or by the clock)
      leaving = true;
      pending.clear();
      persist();
      form.querySelectorAll("textarea, button").forEach((el) => { el.disabled = true; });
      endOpen.disabled = true;
      setConn("done", m.reason === "deadline" ? "Time is up: opening your note…"
        : "Interview ended: opening your note…");
      if (socket) socket.close(1000, "interview over");
      setTimeout(() => window.location.reload(), m.reason === "ended" ? 600 : 1200);
    }

    function onError(m) {
      if (m.id && pending.has(m.id)) {
        pending.delete(m.id);
        persist();
        const unsent = list.querySelector('li.turn[data-client="' + CSS.escape(m.id) + '"]');
        if (unsent) unsent.remove();
      }
      if (m.code === "rate_limited") {
        // the server dropped a message it could not take yet: send what is pending again
        setTimeout(() => { for (const p of pending.values()) transmit(p); }, 1500);
      }
      showError(m.message);
    }

    function handle(m) {
      switch (m.type) {
        case "state": onState(m); break;
        case "ack": onAck(m); break;
        case "text": onText(m); break;
        case "reply": onReply(m); break;
        case "error": onError(m); break;
        default: break; // pong: lastHeard is enough
      }
    }

    // -- the connection --------------------------------------------------------------------

    function setConn(state, text) {
      conn.dataset.state = state;
      const words = { connecting: "Connecting…", online: "Connected", offline: "Reconnecting…" };
      conn.querySelector(".conn-text").textContent = text || words[state] || state;
    }

    function stopPing() {
      clearInterval(pingTimer);
      pingTimer = null;
    }

    function drop(ws) {
      // a dead connection may take minutes to report its close: give it up now
      if (ws !== socket) return;
      socket = null;
      stopPing();
      try { ws.close(); } catch (e) { /* already closed */ }
      if (!leaving) scheduleReconnect();
    }

    function scheduleReconnect() {
      clearTimeout(reconnectTimer);
      const delay = Math.min(MAX_BACKOFF_MS, 500 * 2 ** attempt) * (0.75 + Math.random() / 2);
      attempt += 1;
      setConn("offline", "Connection lost: reconnecting in " + Math.ceil(delay / 1000) + " s…");
      reconnectTimer = setTimeout(connect, delay);
    }

    function connect() {
      clearTimeout(reconnectTimer);
      if (leaving || socket) return;
      setConn(attempt ? "offline" : "connecting", attempt ? "Reconnecting…" : undefined);
      const scheme = window.location.protocol === "https:" ? "wss:" : "ws:";
      const ws = new WebSocket(scheme + "//" + window.location.host + "/ws/encounters/" + encounterId);
      socket = ws;
      ws.onopen = () => {
        if (ws !== socket) return;
        attempt = 0;
        lastHeard = Date.now();
        setConn("online");
        showError("");
        // the server handles frames in order: the replay comes before any resend is answered
        ws.send(JSON.stringify({ type: "hello", last_seq: lastComplete() }));
        for (const message of pending.values()) ws.send(JSON.stringify(message));
        stopPing();
        pingTimer = setInterval(() => {
          const waiting = pending.size > 0 || list.querySelector(".msg.pending") !== null;
          const limit = waiting ? REPLY_SILENCE_LIMIT_MS : SILENCE_LIMIT_MS;
          if (Date.now() - lastHeard > limit) drop(ws);
          else if (ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: "ping" }));
        }, PING_EVERY_MS);
      };
      ws.onmessage = (event) => {
        if (ws !== socket) return;
        lastHeard = Date.now();
        let message;
        try { message = JSON.parse(event.data); } catch (e) { return; }
        handle(message);
      };
      ws.onclose = (event) => {
        if (ws !== socket) return;
        socket = null;
        stopPing();
        if (leaving) return;
        if (event.code === 4401) {
          window.location.assign("/signin?next=" + encodeURIComponent(window.location.pathname));
        } else if (event.code === 4404 || event.code === 1008) {
          leaving = true;
          setConn("failed", event.reason ? "Disconnected: " + event.reason : "Disconnected");
        } else {
          scheduleReconnect();
        }
      };
    }

    window.addEventListener("online", () => { if (!socket) { attempt = 0; connect(); } });
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible" && !socket && !leaving) connect();
    });
    window.addEventListener("pagehide", () => { leaving = true; });

    // -- the controls ----------------------------------------------------------------------

    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const kind = (event.submitter && event.submitter.value) || "say";
      const text = input.value.trim();
      if (!text) {
        showError(kind === "say" ? "Type a question first."
          : kind === "examine" ? "Type what to examine, for example “chest”."
            : "Type which test to order, for example “ECG”.");
        input.focus();
        return;
      }
      showError("");
      send(kind, text);
      input.value = "";
      input.focus();
    });

    input.addEventListener("keydown", (event) => {
      // Enter asks; Shift+Enter starts a new line
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit(document.getElementById("ask"));
      }
    });

    endOpen.addEventListener("click", () => dialog.showModal());
    dialog.addEventListener("close", () => {
      if (dialog.returnValue !== "end") return;
      endOpen.disabled = true;
      endOpen.textContent = "Ending…";
      send("end", "");
    });

    if (countdownEl && countdownEl.osceCountdown) {
      countdownEl.osceCountdown.onZero = () => {
        // the server's clock ends the interview and says so; if that word is lost, ask again
        setTimeout(() => { if (!leaving) window.location.reload(); }, 6000);
      };
    }

    // for the browser tests and for anyone debugging from the console
    window.osceStation = {
      get socket() { return socket; },
      pending: pending,
      lastComplete: lastComplete,
    };

    connect();
  });
})();
