"""A mock OSCE circuit under load, with examiners watching the live monitor.

    python -m benchmarks.circuit_load                      # 10 stations, 1 then 3 examiners
    python -m benchmarks.circuit_load --examiners 0 1 3 --seconds 60   # 0: the baseline

A live server (scripted engine, over loopback) runs a circuit of N stations (N different
bundled cases) with N candidates and an hour of station time. The server's clock is moved
past the reading time, so every station is in the interview; then, for each examiner count
in turn, every candidate asks questions on their own encounter socket (a random think time
between questions) while that many examiners watch `/ws/circuits/{id}/monitor`.

The monitor's delay behind the encounters: for each monitor connected, one sample per
student turn and one per reply asked during the run:

  turn   (the monitor receiving the first `turn` message for a student turn)
         - (the turn's `at`: the server's time the student's turn was stored).
  reply  (the monitor receiving the first `turn` message carrying that turn's reply)
         - (the candidate receiving the reply on the encounter socket).
         The store keeps no time for a reply; the server stores the reply just before it
         sends it to the candidate, so this is the monitor's lag behind what the candidate
         sees. It can be slightly negative when the monitor's poll wins the race.

Every time is on the server's clock: this machine's `time.time()` plus the offset the
benchmark wrote to the server's clock file (one machine, one clock). Turns the monitor was
sent as replay (asked before it connected) are not counted. The target: p99 < 500 ms with
one examiner watching; the figure with three is printed beside it. Also printed: the
candidates' reply round trip and the server's CPU use (its engine process included), so
the monitor's cost shows against a run with no examiner (`--examiners 0`).
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import statistics
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import websockets

from benchmarks.live_server import (
    Client,
    LiveServer,
    add_user,
    copy_data_dir,
    prepared_data_dir,
    receive,
)
from benchmarks.server_load import cpu_times, percentile, pool, stolen

READING = 60
TARGET_MS = 500.0


@dataclass
class Samples:
    """What one phase measured, in milliseconds."""

    turn: list[float] = field(default_factory=list)
    reply: list[float] = field(default_factory=list)
    round_trip: list[float] = field(default_factory=list)  # candidates: send to reply
    errors: list[str] = field(default_factory=list)

    @property
    def both(self) -> list[float]:
        return self.turn + self.reply


@dataclass
class Watched:
    """One monitor's first sight of each turn and of each reply, on the server's clock."""

    turns: dict[tuple[str, int], float] = field(default_factory=dict)
    replies: dict[tuple[str, int], float] = field(default_factory=dict)
    at: dict[tuple[str, int], float] = field(default_factory=dict)


def stations(count: int) -> list[dict]:
    """`count` stations of different bundled cases that the question set can ask about."""
    from osce.library import Library

    asked = pool()
    slots = [{"case_id": s.case, "station_id": s.id}
             for r in Library.load().rubrics.values() for s in r.stations if s.case in asked]
    slots = list({s["case_id"]: s for s in sorted(slots, key=lambda s: s["case_id"])}.values())
    if len(slots) < count:
        raise SystemExit(f"only {len(slots)} bundled stations have labelled questions")
    return slots[:count]


def set_up(server: LiveServer, examiner: Client, candidates: list[str],
           count: int) -> tuple[str, dict[str, tuple[str, str]]]:
    """A running circuit, its clock moved into the interview; each candidate's encounter."""
    plan = {"id": "load", "title": "Load test circuit", "stations": stations(count),
            "reading_seconds": READING, "station_seconds": 3600, "changeover_seconds": 0,
            "candidates": candidates}
    examiner.post("/api/circuits", plan).raise_for_status()
    examiner.post("/api/circuits/load/start").raise_for_status()
    (server.data_dir / "clock-offset").write_text(str(READING + 1))
    staff = examiner.http.get("/api/circuits/load").json()
    cases = {p["candidate_id"]: p["station"]["case_id"]
             for p in staff["moment"]["positions"] if p["station"]}
    where = {}
    for name in candidates:
        me = Client(server, name).http.get("/api/circuits/load/me").json()
        assert me["view"]["phase"] == "station" and me["encounter_id"], me
        where[name] = (me["encounter_id"], cases[name])
    return "load", where


def cpu_seconds(pid: int) -> float:
    """CPU time the server (and its engine process, a child) has used so far."""
    import os

    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    total = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            total += cpu_seconds(int(child))
    return total


def server_clock(offset: float) -> float:
    return time.time() + offset


async def candidate(client: Client, encounter_id: str, questions: list[str],
                    think: tuple[float, float], rng: random.Random, stop: asyncio.Event,
                    offset: float, replied: dict[tuple[str, int], float], samples: Samples,
                    tag: str) -> None:
    try:
        async with await client.socket(encounter_id) as ws:
            await receive(ws)
            i = 0
            while not stop.is_set():
                await asyncio.sleep(rng.uniform(*think))
                if stop.is_set():
                    break
                i += 1
                start = time.perf_counter()
                await ws.send(json.dumps({"type": "say", "id": f"{tag}-{i}",
                                          "text": rng.choice(questions)}))
                seq = None
                while True:
                    message = await receive(ws, timeout=60)
                    if message["type"] == "ack":
                        seq = message["seq"]
                    elif message["type"] == "error":
                        samples.errors.append(message["code"])
                        break
                    elif message["type"] == "reply" and message["seq"] == seq:
                        replied[(encounter_id, seq)] = server_clock(offset)
                        samples.round_trip.append((time.perf_counter() - start) * 1000)
                        break
    except Exception as exc:  # a failed candidate is a figure, not a crash of the benchmark
        samples.errors.append(type(exc).__name__)


async def examiner(client: Client, circuit_id: str, offset: float, stop: asyncio.Event,
                   seen: Watched, ready: asyncio.Event, samples: Samples) -> None:
    try:
        async with websockets.connect(
                f"{client.server.ws_url}/ws/circuits/{circuit_id}/monitor",
                additional_headers={"Cookie": client.cookie()}, open_timeout=30,
                max_size=2 ** 22) as ws:
            ready.set()
            while not stop.is_set():
                try:
                    raw = await asyncio.wait_for(ws.recv(), 0.5)
                except TimeoutError:
                    continue
                now = server_clock(offset)  # first, before any parsing
                message = json.loads(raw)
                if message["type"] != "turn" or message["replay"]:
                    continue
                key = (message["encounter_id"], message["seq"])
                seen.turns.setdefault(key, now)
                seen.at[key] = message["at"]
                if message["patient"] is not None:
                    seen.replies.setdefault(key, now)
    except Exception as exc:
        samples.errors.append(f"monitor {type(exc).__name__}")
        ready.set()


async def phase(server: LiveServer, circuit_id: str, watchers: list[Client],
                candidates: dict[str, tuple[Client, str, str]], seconds: float,
                think: tuple[float, float], offset: float, seed: int) -> Samples:
    questions = pool()
    samples = Samples()
    stop, drained = asyncio.Event(), asyncio.Event()
    sights = [Watched() for _ in watchers]
    readies = [asyncio.Event() for _ in watchers]
    monitors = [asyncio.create_task(examiner(w, circuit_id, offset, drained, s, r, samples))
                for w, s, r in zip(watchers, sights, readies, strict=True)]
    for ready in readies:
        await ready.wait()
    replied: dict[tuple[str, int], float] = {}
    talkers = [asyncio.create_task(candidate(
        client, eid, questions[case], think, random.Random(seed * 1000 + i), stop, offset,
        replied, samples, f"p{seed}"))
        for i, (client, eid, case) in enumerate(candidates.values())]
    await asyncio.sleep(seconds)
    stop.set()
    await asyncio.gather(*talkers)
    await asyncio.sleep(1.0)  # what is in flight reaches the monitors
    drained.set()
    await asyncio.gather(*monitors)
    for seen in sights:
        for key, got in seen.turns.items():
            samples.turn.append((got - seen.at[key]) * 1000)
        for key, got in seen.replies.items():
            if key in replied:
                samples.reply.append((got - replied[key]) * 1000)
        missing = [key for key in replied if key not in seen.replies]
        samples.errors += ["reply never reached a monitor"] * len(missing)
    return samples


def figures(values: list[float]) -> str:
    if not values:
        return "n 0"
    return (f"n {len(values)}, p50 {statistics.median(values):.0f} ms, "
            f"p95 {percentile(values, 95):.0f} ms, p99 {percentile(values, 99):.0f} ms, "
            f"max {max(values):.0f} ms")


def report(watchers: int, samples: Samples, seconds: float, cpu: str, busy: float) -> None:
    label = f"{watchers} examiner{'s' if watchers != 1 else ''}"
    if watchers:
        both = samples.both
        p99 = percentile(both, 99) if both else float("inf")
        print(f"[{label}] monitor delay, all: {figures(both)}; "
              f"p99 < {TARGET_MS:.0f} ms: {'yes' if p99 < TARGET_MS else 'NO'}")
        print(f"[{label}]   student turns (vs stored `at`): {figures(samples.turn)}")
        print(f"[{label}]   replies (vs candidate received): {figures(samples.reply)}")
    print(f"[{label}]   candidates' reply round trip: {figures(samples.round_trip)} "
          f"({len(samples.round_trip) / seconds:.1f} questions/s); "
          f"errors {len(samples.errors)} {sorted(set(samples.errors))}")
    print(f"[{label}]   server cpu {busy:.0%} of one core; cpu stolen by the host {cpu}",
          flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stations", type=int, default=10, help="stations and candidates")
    parser.add_argument("--examiners", type=int, nargs="+", default=[1, 3],
                        help="examiner counts to measure in turn (0: the cost baseline)")
    parser.add_argument("--seconds", type=float, default=30.0, help="per examiner count")
    parser.add_argument("--think", type=float, nargs=2, default=[1.0, 3.0],
                        help="a candidate's pause between questions, seconds (low high)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = copy_data_dir(prepared_data_dir(), Path(tmp) / "data")
        names = [f"c{i:02d}" for i in range(args.stations)]
        for name in names:
            add_user(folder, name, "student")
        lookers = [f"x{i}" for i in range(max(1, *args.examiners))]
        for name in lookers:
            add_user(folder, name, "examiner")
        clock = folder / "clock-offset"
        clock.write_text("0")
        server = LiveServer(folder, env={"OSCE_CLOCK_OFFSET_FILE": str(clock)}).start()
        try:
            watchers = [Client(server, name) for name in lookers]
            circuit_id, where = set_up(server, watchers[0], names, args.stations)
            offset = float(clock.read_text())
            candidates = {name: (Client(server, name), eid, case)
                          for name, (eid, case) in where.items()}
            print(f"circuit of {args.stations} stations, {args.stations} candidates asking "
                  f"every {args.think[0]:g}-{args.think[1]:g} s, scripted engine, "
                  f"{args.seconds:g} s per examiner count", flush=True)
            # the load generator shares the cores: its own full collections would otherwise
            # show up as the server's delay
            gc.collect()
            gc.freeze()
            assert server.process is not None
            for n, count in enumerate(args.examiners):
                before, used, start = cpu_times(), cpu_seconds(server.process.pid), \
                    time.perf_counter()
                samples = asyncio.run(phase(server, circuit_id, watchers[:count], candidates,
                                            args.seconds, tuple(args.think), offset,
                                            args.seed + n))
                busy = (cpu_seconds(server.process.pid) - used) / (time.perf_counter() - start)
                report(count, samples, args.seconds, stolen(before, cpu_times()), busy)
        finally:
            server.stop()


if __name__ == "__main__":
    main()
