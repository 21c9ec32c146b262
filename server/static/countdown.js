// Countdowns by the server's clock. The offset between the server's clock and this device's
// is taken when the page is drawn (and again from every live `state` message), so a device
// whose clock is wrong still counts down to the right moment.
(function () {
  "use strict";

  function format(seconds) {
    const s = Math.max(0, Math.ceil(seconds));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const rest = String(s % 60).padStart(2, "0");
    return h ? h + ":" + String(m).padStart(2, "0") + ":" + rest : m + ":" + rest;
  }

  class Countdown {
    constructor(el) {
      this.el = el;
      this.onZero = null;
      this.set(parseFloat(el.dataset.deadline), parseFloat(el.dataset.serverTime));
      this.timer = setInterval(() => this.tick(), 250);
      this.tick();
    }

    set(deadline, serverTime) {
      this.deadline = deadline;
      this.offset = Number.isFinite(serverTime) ? serverTime - Date.now() / 1000 : 0;
      this.fired = false;
      this.tick();
    }

    remaining() {
      return this.deadline - (Date.now() / 1000 + this.offset);
    }

    tick() {
      if (!Number.isFinite(this.deadline)) {
        this.el.textContent = "--:--";
        return;
      }
      const left = this.remaining();
      this.el.textContent = left > 0 ? format(left) : "Time is up";
      this.el.classList.toggle("low", left <= 60);
      if (left <= 0 && !this.fired) {
        this.fired = true;
        if (this.onZero) this.onZero();
      }
    }
  }

  window.OsceCountdown = Countdown;

  document.addEventListener("DOMContentLoaded", () => {
    const el = document.getElementById("countdown");
    if (!el) return;
    const countdown = new Countdown(el);
    el.osceCountdown = countdown;
    if (el.dataset.onZero === "reload") {
      // the server moves the stage at the deadline; asking again shows the next step
      countdown.onZero = () => setTimeout(() => window.location.reload(), 1500);
    }
    if (el.dataset.sync) keepInStep(countdown, el.dataset.sync, el.dataset.stage);
  });

  // Pages without a live socket ask the server now and then: a laptop woken from sleep, or a
  // stage moved from another tab, is noticed within SYNC_MS instead of at the old deadline.
  const SYNC_MS = 15000;

  function keepInStep(countdown, url, stage) {
    async function sync() {
      try {
        const response = await fetch(url, { credentials: "same-origin", cache: "no-store" });
        if (!response.ok) return;
        const view = await response.json();
        if (view.stage !== stage) window.location.reload();
        else countdown.set(view.deadline, view.server_time);
      } catch (e) { /* offline: the next round tries again */ }
    }
    setInterval(sync, SYNC_MS);
    document.addEventListener("visibilitychange", () => {
      if (document.visibilityState === "visible") sync();
    });
  }
})();
