"""The server under load, over loopback, with the scripted engine.

    python -m benchmarks.server_load                 # all three figures
    python -m benchmarks.server_load --encounters 50 --questions 5   # a quick look

(a) N concurrent encounters, each asking Q questions with a random 1-5 s pause between them:
    reply round trip (send to final reply) p50/p99, errors, the server's memory.
(b) closed-loop clients with no pause, at rising concurrency: questions per second and p99;
    the highest rate with p99 under 500 ms.
(c) from starting `osce serve` (set up, index built) to the first page served.

Questions are drawn at random from the labelled question set of each encounter's case, so no
cache can make them free.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from benchmarks.live_server import (
    Client,
    LiveServer,
    add_user,
    copy_data_dir,
    prepared_data_dir,
    receive,
)
from benchmarks.questions import load_questions


def pool() -> dict[str, list[str]]:
    by_case: dict[str, list[str]] = {}
    for item in load_questions():
        if not item.question.context:  # follow-ups need their context: keep to standalone ones
            by_case.setdefault(item.case, []).append(item.question.q)
    return by_case


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def cpu_times() -> tuple[int, int]:
    """(all, stolen) jiffies: on a virtual machine the host may take cores away mid-run,
    and the figures mean little without saying how much it took."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n")[0].split()[1:]]
    return sum(fields[:8]), fields[7]


def stolen(before: tuple[int, int], after: tuple[int, int]) -> str:
    total = after[0] - before[0]
    return f"{(after[1] - before[1]) / total:.0%}" if total else "n/a"


def rss_mb(pid: int) -> float:
    """The server's resident memory, its engine process (a child) included."""
    total = 0.0
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            total = int(line.split()[1]) / 1024
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            total += rss_mb(int(child))
    return total


async def encounter(client: Client, case: str, questions: list[str], n: int,
                    pause: tuple[float, float], rng: random.Random, times: list[float],
                    errors: list[str]) -> None:
    try:
        eid = await asyncio.to_thread(client.start, case)
        async with await client.socket(eid) as ws:
            await receive(ws)
            for i in range(n):
                if pause[1] > 0:
                    await asyncio.sleep(rng.uniform(*pause))
                start = time.perf_counter()
                await ws.send(json.dumps({"type": "say", "id": f"q{i}",
                                          "text": rng.choice(questions)}))
                while True:
                    message = await receive(ws, timeout=120)
                    if message["type"] == "error":
                        errors.append(message["code"])
                        break
                    if message["type"] == "reply":
                        times.append((time.perf_counter() - start) * 1000)
                        break
    except Exception as exc:  # a failed encounter is a figure, not a crash of the benchmark
        errors.append(type(exc).__name__)


async def run_many(server: LiveServer, clients: list[Client], encounters: int, questions: int,
                   pause: tuple[float, float], seed: int) -> tuple[list[float], list[str], float]:
    questions_by_case = pool()
    cases = sorted(questions_by_case)
    rng = random.Random(seed)
    times: list[float] = []
    errors: list[str] = []
    start = time.perf_counter()
    await asyncio.gather(*(
        encounter(clients[i % len(clients)], case := rng.choice(cases), questions_by_case[case],
                  questions, pause, random.Random(seed * 1000 + i), times, errors)
        for i in range(encounters)))
    return times, errors, time.perf_counter() - start


def first_page_seconds(data_dir: Path) -> float:
    """`osce serve` from a cold process to the sign-in page answering."""
    from benchmarks.live_server import free_port

    port = free_port()
    start = time.perf_counter()
    process = subprocess.Popen([sys.executable, "-m", "osce", "serve", "--port", str(port),
                                "--data-dir", str(data_dir)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/signin", timeout=1).status_code == 200:
                    return time.perf_counter() - start
            except httpx.HTTPError:
                time.sleep(0.05)
    finally:
        process.terminate()
        process.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--encounters", type=int, default=200)
    parser.add_argument("--questions", type=int, default=20)
    parser.add_argument("--levels", default="1,2,4,8,16,32")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--runs", type=int, default=1, help="repeat (a): the figures vary "
                        "from run to run on a shared virtual machine")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = copy_data_dir(prepared_data_dir(), Path(tmp) / "data")
        students = [f"s{i:02d}" for i in range(10)]
        for name in students:
            add_user(folder, name, "student")
        print(f"(c) first page after `osce serve`: {first_page_seconds(folder):.2f} s")
        # (b) measures the server, not the per-socket flood limit (3 a second by default),
        # which a client that never pauses would hit at once; (a)'s clients never come near it
        server = LiveServer(folder, env={"OSCE_READING_SECONDS": "3600", "OSCE_WS_RATE": "1000",
                                         "OSCE_WS_BURST": "1000"}).start()
        try:
            clients = [Client(server, name) for name in students]
            asyncio.run(run_many(server, clients, 8, 3, (0, 0), args.seed))  # warm every case
            # the load generator shares the two cores: its own full collections (it holds 200
            # sockets) would otherwise show up as the server's latency
            gc.collect()
            gc.freeze()
            p99s = []
            for run in range(args.runs):
                before = cpu_times()
                times, errors, wall = asyncio.run(run_many(
                    server, clients, args.encounters, args.questions, (1.0, 5.0),
                    args.seed + 100 * run))
                assert server.process is not None
                p99s.append(percentile(times, 99))
                print(f"(a) {args.encounters} encounters x {args.questions} questions, 1-5 s "
                      f"pauses: {len(times)} replies in {wall:.0f} s "
                      f"({len(times) / wall:.1f}/s); round trip p50 "
                      f"{statistics.median(times):.1f} ms, p99 {p99s[-1]:.1f} ms; "
                      f"errors {len(errors)} {sorted(set(errors))}; "
                      f"server memory {rss_mb(server.process.pid):.0f} MB; "
                      f"cpu stolen by the host {stolen(before, cpu_times())}", flush=True)
            if args.runs > 1:
                print(f"(a) p99 over {args.runs} runs: median {statistics.median(p99s):.1f} ms, "
                      f"range {min(p99s):.1f}-{max(p99s):.1f} ms")
            best = 0.0
            for level in (int(x) for x in args.levels.split(",")):
                before = cpu_times()
                times, errors, wall = asyncio.run(run_many(
                    server, clients, level, max(10, 200 // level), (0, 0), args.seed + level))
                rate, p99 = len(times) / wall, percentile(times, 99)
                if p99 < 500 and not errors:
                    best = max(best, rate)
                print(f"(b) {level:3d} clients, no pause: {rate:6.1f} questions/s, "
                      f"p50 {statistics.median(times):6.1f} ms, p99 {p99:6.1f} ms, "
                      f"errors {len(errors)}, cpu stolen {stolen(before, cpu_times())}",
                      flush=True)
            print(f"(b) most questions per second with p99 < 500 ms: {best:.1f}")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
