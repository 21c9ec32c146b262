"""How fast the LLM-played patient is, and what it costs everyone else.

    python -m benchmarks.llm_speed                      # defaults: a few minutes
    python -m benchmarks.llm_speed --turns 60 --scripted 1000 --server   # bigger, and (3) over
                                                                         # real servers too

The patient is assembled as the server assembles it for `OSCE_ENGINE=gguf` (server/services.py):
the scripted engine plans in a process of its own (`EngineProcess`), SmolLM2 runs in its GGUF
worker process, the guard checks each sentence on the engine's own thread; all of it driven from
one event loop here. Questions are the fixed interview
(`evals/guard/interview.yaml`), asked of a few cases taking turns, each encounter's transcript
growing as it would.

(1) Guard delay, per sentence. The model's text is tapped where it enters the engine: the tap
    reads the model's stream as fast as it comes, stamps each piece on arrival and passes it
    on (the GGUF model already queues its pieces without back-pressure, so the tap changes
    nothing the engine sees). A sentence's delay is the time the engine released it (the
    student's next text piece) minus the time its last character arrived in the raw stream:
    what the student waits for, against being shown the raw tokens as they come. It is split
    into the wait for the sentence boundary (the cutter needs the next token, or the stream's
    end, to know a sentence ended: any sentence-level guard pays it) and the check (from the
    cut to the release: the guard's embedding, queueing behind the previous sentence's check,
    the hand-over to the student). Measured in the same run rather than by comparing two runs,
    so the model's own speed, which varies from run to run, cancels out.
(2) Time to the first released sentence, from the question to the first text piece, for turns
    the model words (answers, defaults, social replies; findings are scripted). Alongside it,
    the raw model's time to its first sentence: the same prompt (taken from the tap) streamed
    straight from the model afterwards, from the request to the first complete sentence. Before
    the replay the model is given the previous prompt again (one token), so llama.cpp's prompt
    cache is as the engine's request found it: replayed straight after, the prompt would be
    cached and skip its evaluation, most of the time to a first sentence. The difference is
    the planner, the prompt's making and the guard; the run's own split is printed too.
(3) Scripted replies while an LLM encounter runs beside them. In this process: scripted
    questions go to the same `EngineProcess` the LLM engine plans with, one after another with
    a short random pause, first alone, then while an LLM encounter asks question after
    question with no pause (sharing the planner process, the event loop, the guard's thread
    and the cores, as scripted and LLM encounters would in one server; today a server runs
    one engine for all its encounters, so this is the closest in-server case, without the
    websocket and the store). With `--server`, also over websockets on loopback: a scripted
    server's round trips (send to final reply), alone and then while a second server
    (`OSCE_ENGINE=gguf`) on the same machine plays an LLM encounter without pause: two
    stations on one machine, sharing only the cores.

Each run has fresh temporary data folders: copies of the prepared grounding index
(`benchmarks/live_server.py`; `--fresh-index` indexes from scratch instead), since two
processes writing one chromadb folder break each other.
The machine's other load shows in every figure: the lead takes the final ones on a quiet
machine. Greedy decoding (temperature 0), so runs repeat.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import contextlib
import json
import random
import sys
import tempfile
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.guard_corpus import interview
from benchmarks.live_server import (
    Client,
    LiveServer,
    add_user,
    copy_data_dir,
    prepared_data_dir,
    receive,
)
from benchmarks.questions import load_questions
from osce.engine.factory import make_engine
from osce.engine.llm.engine import LLMEngine, Policy
from osce.engine.llm.prompt import Message
from osce.engine.llm.voice import Voice
from osce.engine.process import EngineProcess
from osce.engine.protocol import Encounter, FinalReply, PatientEngine, Utterance, complete_reply
from osce.guard.models import Context, Finding, SentenceGuard
from osce.guard.sentences import SentenceCutter
from osce.hashing import case_hash
from osce.library import Library
from osce.models.transcript import Action, Turn

# the target for the guard; the others are this project's earlier ones, for comparison
GUARD_P99_MS = 40.0
SCRIPTED_P99_MS = 25.0  # benchmarks/latency.py: a scripted reply, warm, one thread
DEFAULT_CASES = ("cardio-chest-pain", "resp-breathless", "neuro-headache")


def now() -> float:
    return time.perf_counter()


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank on the sorted values, as benchmarks/latency.py and server_load.py do."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def summary(values: list[float], qs: tuple[float, ...] = (0.5, 0.95, 0.99)) -> str:
    if not values:
        return "n=0"
    parts = [f"p{round(q * 100)} {percentile(values, q):7.1f} ms" for q in qs]
    return f"{'  '.join(parts)}  max {max(values):7.1f} ms  n={len(values)}"


# --------------------------------------------------------------------------- instruments

@dataclass
class Tap:
    """One request to the model: its prompt and every piece with its arrival time."""

    messages: list[Message]
    start: float
    pieces: list[tuple[float, str]] = field(default_factory=list)
    end: float | None = None  # the stream's end, if it got there before the engine closed it


class TappedVoice:
    """A voice that stamps the model's pieces on arrival and passes them on unchanged.

    A task of its own reads the inner stream as fast as it comes, so a piece's stamp is when the
    model delivered it, not when the engine (busy checking a sentence) got round to reading it.
    """

    def __init__(self, inner: Voice) -> None:
        self.inner = inner
        self.name = inner.name
        self.taps: list[Tap] = []

    def speak(self, messages: list[Message]) -> AsyncIterator[str]:
        tap = Tap(list(messages), now())
        self.taps.append(tap)
        return self._relay(tap)

    async def _relay(self, tap: Tap) -> AsyncIterator[str]:
        queue: asyncio.Queue[tuple[str, object]] = asyncio.Queue()

        async def drain() -> None:
            stream = self.inner.speak(tap.messages)
            try:
                async for piece in stream:
                    tap.pieces.append((now(), piece))
                    queue.put_nowait(("piece", piece))
                tap.end = now()
                queue.put_nowait(("end", None))
            except Exception as exc:  # LLMUnavailable and the like: the engine's to handle
                queue.put_nowait(("error", exc))
            finally:
                with contextlib.suppress(Exception):
                    await stream.aclose()  # type: ignore[attr-defined]

        task = asyncio.create_task(drain())
        try:
            while True:
                kind, value = await queue.get()
                if kind == "end":
                    return
                if kind == "error":
                    assert isinstance(value, BaseException)
                    raise value
                assert isinstance(value, str)
                yield value
        finally:
            # the engine stopped reading (a rambling reply, a stopped one): stop the model too
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    def close(self) -> None:
        close = getattr(self.inner, "close", None)
        if close is not None:
            close()


class TimedGuard:
    """The guard, with the time each check took (on the engine's checking thread)."""

    def __init__(self, inner: SentenceGuard) -> None:
        self.inner = inner
        self.times_ms: list[float] = []

    def check(self, context: Context, sentence: str) -> Finding:
        start = now()
        try:
            return self.inner.check(context, sentence)
        finally:
            self.times_ms.append((now() - start) * 1000)


# --------------------------------------------------------------------------- one turn

@dataclass
class SentenceTiming:
    sentence: str
    last_char: float  # when the raw stream delivered the sentence's last character
    cut: float  # when a cutter reading the raw stream could first tell it had ended
    released: float  # when the engine handed it to the student

    @property
    def delay_ms(self) -> float:
        return (self.released - self.last_char) * 1000

    @property
    def boundary_ms(self) -> float:
        return (self.cut - self.last_char) * 1000

    @property
    def check_ms(self) -> float:
        return (self.released - self.cut) * 1000


@dataclass
class TurnTiming:
    question: str
    voice: str  # the final grounding's voice: llm, llm+scripted, scripted
    start: float
    first_piece: float | None
    released: list[str]  # the model's sentences the engine released, in order
    raw: list[str]  # the raw stream's sentences, as a cutter reads them
    sentences: list[SentenceTiming]
    tap: Tap | None
    raw_first_ms: float | None = None  # filled by the raw replay

    @property
    def first_ms(self) -> float | None:
        return None if self.first_piece is None else (self.first_piece - self.start) * 1000

    @property
    def planning_ms(self) -> float | None:
        return None if self.tap is None else (self.tap.start - self.start) * 1000

    @property
    def model_first_ms(self) -> float | None:
        """In this run: from the request to the model to its first complete raw sentence."""
        if self.tap is None or not self.sentences:
            return None
        return (self.sentences[0].cut - self.tap.start) * 1000


def raw_sentences(tap: Tap) -> list[tuple[str, float, float]]:
    """(sentence, arrival of its last character, time a cutter could cut it) for a tap."""
    cutter = SentenceCutter()
    cuts: list[tuple[str, float]] = []
    for t, piece in tap.pieces:
        cuts += [(s, t) for s in cutter.feed(piece)]
    # what the stream left unfinished is cut at its end (or when the engine closed it)
    closed = tap.end if tap.end is not None else (tap.pieces[-1][0] if tap.pieces else tap.start)
    cuts += [(s, closed) for s in cutter.flush()]
    text = "".join(p for _, p in tap.pieces)
    starts = []  # each piece's first character's offset in `text`
    offset = 0
    for _, piece in tap.pieces:
        starts.append(offset)
        offset += len(piece)
    out = []
    cursor = 0
    for sentence, cut in cuts:
        at = text.find(sentence, cursor)
        assert at >= 0, f"the cutter's sentence is not in the stream: {sentence!r}"
        last = at + len(sentence) - 1
        cursor = last + 1
        piece = bisect.bisect_right(starts, last) - 1
        out.append((sentence, tap.pieces[piece][0], cut))
    return out


async def timed_turn(engine: LLMEngine, voice: TappedVoice, encounter: Encounter,
                     question: str) -> tuple[TurnTiming, FinalReply]:
    """One question through the whole engine, with each released piece stamped."""
    taps_before = len(voice.taps)
    start = now()
    pieces: list[tuple[float, str]] = []
    final: FinalReply | None = None
    async for event in engine.reply(encounter, Utterance(text=question)):
        if isinstance(event, FinalReply):
            final = event
        else:
            pieces.append((now(), event.text))
    assert final is not None, "the engine ended a reply without a final event"
    g = final.grounding
    released = [n.sentence for n in g.guard if n.released]
    taps = voice.taps[taps_before:]
    # a repair's retry only happens before anything is out: what was released came from the
    # last request to the model
    tap = taps[-1] if taps else None
    raw = raw_sentences(tap) if tap is not None else []
    timings = []
    for i, sentence in enumerate(released):
        t_piece, text = pieces[i]
        assert text.strip() == sentence, (text, sentence)
        raw_sentence, last_char, cut = raw[i]
        assert raw_sentence == sentence, (raw_sentence, sentence)
        timings.append(SentenceTiming(sentence, last_char, cut, t_piece))
    turn = TurnTiming(question, g.voice or "", start, pieces[0][0] if pieces else None, released,
                      [s for s, _, _ in raw], timings, tap)
    return turn, final


async def raw_first_sentence(voice: Voice, messages: list[Message]) -> tuple[float | None, str]:
    """The model alone, the same prompt: ms to its first complete sentence, and its whole text."""
    cutter = SentenceCutter()
    start = now()
    first: float | None = None
    text = []
    stream = voice.speak(messages)
    try:
        async for piece in stream:
            text.append(piece)
            if first is None and cutter.feed(piece):
                first = (now() - start) * 1000
    finally:
        with contextlib.suppress(Exception):
            await stream.aclose()  # type: ignore[attr-defined]
    if first is None and cutter.flush():
        first = (now() - start) * 1000
    return first, "".join(text)


def schedule(cases: list[str], turns: int) -> list[tuple[str, str]]:
    """(case, question) in order: each case's interview in turn, the cases taking turns (as
    encounters side by side would), and round again if need be."""
    questions = interview()
    return [(cases[t % len(cases)], questions[(t // len(cases)) % len(questions)])
            for t in range(turns)]


def ask(encounters: dict[str, Encounter], library: Library, case_id: str) -> Encounter:
    if case_id not in encounters:
        case = library.case(case_id)
        encounters[case_id] = Encounter(case, case_hash(case))
    return encounters[case_id]


def remember(encounter: Encounter, question: str, final: FinalReply) -> None:
    encounter.turns.append(Turn(turn=len(encounter.turns) + 1, action=Action.say,
                                student=question, patient=final.text, grounding=final.grounding))


async def restore_cache(voice: Voice, messages: list[Message] | None) -> None:
    """Leave llama.cpp's prompt cache as the engine's request found it: holding the prompt
    before it. Replayed straight after the engine, the same prompt would find itself cached
    and skip its whole evaluation, which is most of the time to a first sentence."""
    model = getattr(voice, "model", None)
    if messages is None or model is None:
        return
    from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

    kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
    await model.ainvoke([kinds[m.role](content=m.content) for m in messages], max_tokens=1)


async def llm_turns(engine: LLMEngine, voice: TappedVoice, library: Library, cases: list[str],
                    turns: int, previous: list[Message] | None = None,
                    replay: bool = True) -> tuple[list[TurnTiming], int]:
    """Figures (1) and (2): `turns` questions through the engine, each then replayed raw.

    `previous`: the last prompt the model saw before the first turn. Returns the turns and
    how many raw replays did not start with the text the engine's request streamed (greedy
    decoding should make that none)."""
    out = []
    differ = 0
    encounters: dict[str, Encounter] = {}
    for case_id, question in schedule(cases, turns):
        encounter = ask(encounters, library, case_id)
        before = len(voice.taps)
        turn, final = await timed_turn(engine, voice, encounter, question)
        taps = voice.taps[before:]
        if len(taps) > 1:  # a repair's second try: its prompt came after the first try's
            previous = taps[-2].messages
        if replay and turn.tap is not None:
            await restore_cache(voice.inner, previous)
            turn.raw_first_ms, text = await raw_first_sentence(voice.inner, turn.tap.messages)
            differ += not text.startswith("".join(p for _, p in turn.tap.pieces))
        if turn.tap is not None:
            previous = turn.tap.messages
        remember(encounter, question, final)
        out.append(turn)
    return out, differ


# --------------------------------------------------------------------------- scripted beside

def scripted_pool() -> list[tuple[str, str]]:
    return [(item.case, item.question.q) for item in load_questions()
            if not item.question.context]  # follow-ups need their context


async def scripted_turns(planner: PatientEngine, library: Library, n: int, seed: int,
                         pause_s: tuple[float, float] = (0.0, 0.05)) -> list[float]:
    """ms per scripted reply, one question at a time, each in a fresh encounter."""
    rng = random.Random(seed)
    pool = scripted_pool()
    times = []
    for _ in range(n):
        case_id, question = rng.choice(pool)
        case = library.case(case_id)
        encounter = Encounter(case, case_hash(case))
        await asyncio.sleep(rng.uniform(*pause_s))
        start = now()
        await complete_reply(planner, encounter, Utterance(text=question))
        times.append((now() - start) * 1000)
    return times


async def beside(planner: PatientEngine, engine: LLMEngine, library: Library, cases: list[str],
                 n: int, seed: int) -> tuple[list[float], int]:
    """Scripted replies while an LLM encounter asks question after question, no pause.

    Returns the scripted times and how many LLM replies were begun meanwhile."""
    done = 0
    stop = asyncio.Event()

    async def talk() -> None:
        nonlocal done
        encounters: dict[str, Encounter] = {}
        for case_id, question in schedule(cases, 10_000):
            encounter = ask(encounters, library, case_id)
            done += 1
            final = await complete_reply(engine, encounter, Utterance(text=question))
            remember(encounter, question, final)
            if stop.is_set():
                return

    llm = asyncio.create_task(talk())
    await asyncio.sleep(1.0)  # let the model get going before the first scripted question
    try:
        times = await scripted_turns(planner, library, n, seed)
    finally:
        stop.set()
        llm.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await llm
    return times, done


# --------------------------------------------------------------------------- over the server

RATE = {"OSCE_WS_RATE": "1000", "OSCE_WS_BURST": "1000", "OSCE_READING_SECONDS": "3600"}


async def ws_scripted(client: Client, n: int, seed: int,
                      pause_s: tuple[float, float] = (0.0, 0.05)) -> list[float]:
    """ms per reply round trip (send to final reply) on a scripted server, one encounter."""
    rng = random.Random(seed)
    pool = scripted_pool()
    case_id = rng.choice(sorted({c for c, _ in pool}))
    questions = [q for c, q in pool if c == case_id]
    times = []
    eid = await asyncio.to_thread(client.start, case_id)
    async with await client.socket(eid) as ws:
        await receive(ws)
        for i in range(n):
            await asyncio.sleep(rng.uniform(*pause_s))
            start = now()
            await ws.send(json.dumps({"type": "say", "id": f"q{i}",
                                      "text": rng.choice(questions)}))
            while True:
                message = await receive(ws, timeout=120)
                if message["type"] == "error":
                    raise RuntimeError(f"the scripted server refused a question: {message}")
                if message["type"] == "reply":
                    times.append((now() - start) * 1000)
                    break
    return times


async def ws_talk(client: Client, case_id: str, stop: asyncio.Event,
                  first: asyncio.Event) -> int:
    """An LLM encounter asking the interview over and over, no pause, until `stop`."""
    replies = 0
    questions = interview()
    while not stop.is_set():
        eid = await asyncio.to_thread(client.start, case_id)
        async with await client.socket(eid) as ws:
            await receive(ws)
            for i, question in enumerate(questions):
                await ws.send(json.dumps({"type": "say", "id": f"q{i}", "text": question}))
                while (message := await receive(ws, timeout=300))["type"] not in (
                        "reply", "error"):
                    pass
                if message["type"] == "error":  # the station's time is up: a new encounter
                    break
                replies += 1
                first.set()
                if stop.is_set():
                    break
    return replies


def over_the_server(folder: Path, n: int, seed: int, policy: str, case_id: str) -> None:
    """(3) through real servers on loopback: a scripted one, alone and then beside a gguf one
    playing an LLM encounter (one engine per server: that is how both run on one machine)."""
    scripted_dir = copy_data_dir(prepared_data_dir(), folder / "scripted")
    llm_dir = copy_data_dir(prepared_data_dir(), folder / "llm")
    for where in (scripted_dir, llm_dir):
        add_user(where, "ann", "student")
    scripted = LiveServer(scripted_dir, env=RATE).start()
    try:
        client = Client(scripted, "ann")
        asyncio.run(ws_scripted(client, 10, seed + 1))  # warm
        alone = asyncio.run(ws_scripted(client, n, seed))
        print(f"(3) over websockets, scripted server alone:                     "
              f"{summary(alone, (0.5, 0.99))}", flush=True)
        started = now()
        llm = LiveServer(llm_dir, env={**RATE, "OSCE_ENGINE": "gguf",
                                       "OSCE_GUARD": policy}).start(timeout=300)
        print(f"      (a gguf server started beside it in {now() - started:.0f} s)", flush=True)
        try:
            talker = Client(llm, "ann")

            async def both() -> tuple[list[float], int]:
                stop, first = asyncio.Event(), asyncio.Event()
                talk = asyncio.create_task(ws_talk(talker, case_id, stop, first))
                await asyncio.wait_for(first.wait(), 600)  # the LLM server warm and talking
                try:
                    times = await ws_scripted(client, n, seed)
                finally:
                    stop.set()
                replies = await asyncio.wait_for(talk, 600)
                return times, replies

            with_llm, replies = asyncio.run(both())
            print(f"      the same, beside a gguf server's LLM encounter:           "
                  f"{summary(with_llm, (0.5, 0.99))}  ({replies} LLM replies; server round "
                  f"trip target p99 < 500 ms, benchmarks/server_load.py)", flush=True)
        finally:
            llm.stop()
    finally:
        scripted.stop()


# --------------------------------------------------------------------------- assembling

@dataclass
class Pipeline:
    planner: EngineProcess
    voice: TappedVoice
    guard: TimedGuard
    engine: LLMEngine

    def close(self) -> None:
        self.engine.close()  # the voice (its GGUF worker) and the planner process too


def build(data_dir: Path, policy: str) -> Pipeline:
    """The patient as server/services.py builds it for OSCE_ENGINE=gguf, instrumented."""
    planner = EngineProcess("scripted", data_dir)
    engine = make_engine("gguf", data_dir, policy, planner=planner)
    assert isinstance(engine, LLMEngine)
    voice = TappedVoice(engine.voice)
    guard = TimedGuard(engine.guard)
    engine.voice, engine.guard = voice, guard
    return Pipeline(planner, voice, guard, engine)


async def warm(pipeline: Pipeline, library: Library,
               cases: list[str]) -> list[Message] | None:
    """Each case indexed by the guard, the planner's process up, the model's first prompt
    evaluated: a server pays these once, at its first students, not on every turn."""
    for case_id in cases:
        case = library.case(case_id)
        pipeline.guard.inner.check(Context(case, question="warm up"), "I'm fine, thanks.")
        await complete_reply(pipeline.planner, Encounter(case, case_hash(case)),
                             Utterance(text="hello"))
    case = library.case(cases[0])
    await complete_reply(pipeline.engine, Encounter(case, case_hash(case)),
                         Utterance(text="Hello, what brings you in today?"))
    last = pipeline.voice.taps[-1].messages if pipeline.voice.taps else None
    pipeline.voice.taps.clear()
    pipeline.guard.times_ms.clear()
    return last


# --------------------------------------------------------------------------- report

def report_llm(turns: list[TurnTiming], guard_ms: list[float], policy: str,
               differ: int = 0) -> None:
    sentences = [s for t in turns for s in t.sentences]
    worded = [t for t in turns if t.tap is not None]
    print(f"LLM turns: {len(turns)} questions, {len(worded)} worded by the model "
          f"({sum(t.voice == 'llm' for t in turns)} wholly), policy {policy}; "
          f"{len(sentences)} released model sentences")
    print(f"(1) guard delay per sentence, release - raw arrival of its last character: "
          f"{summary([s.delay_ms for s in sentences])}  (target p99 < {GUARD_P99_MS:.0f} ms)")
    print(f"      of which waiting for the sentence boundary (next token / stream end): "
          f"{summary([s.boundary_ms for s in sentences])}")
    print(f"      of which check + release (cut -> student):                        "
          f"{summary([s.check_ms for s in sentences])}")
    print(f"      guard.check alone, per sentence (on its thread):                  "
          f"{summary(guard_ms)}")
    firsts = [t.first_ms for t in worded if t.first_ms is not None]
    raws = [t.raw_first_ms for t in worded if t.raw_first_ms is not None]
    planning = [t.planning_ms for t in worded if t.planning_ms is not None]
    in_run = [t.model_first_ms for t in worded if t.model_first_ms is not None]
    q = (0.5, 0.99)
    print(f"(2) time to first released sentence (planner + model + guard): {summary(firsts, q)}")
    print(f"      raw model to its first sentence, same prompt, alone:      {summary(raws, q)}"
          + (f"  ({differ} of {len(raws)} replays streamed other text than the engine's "
             "request)" if differ else ""))
    print(f"      in the pipeline run: planning (question -> model request): "
          f"{summary(planning, q)}")
    print(f"      in the pipeline run: model request -> first raw sentence:  {summary(in_run, q)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--turns", type=int, default=12,
                        help="LLM questions for figures (1) and (2)")
    parser.add_argument("--scripted", type=int, default=200,
                        help="scripted questions for figure (3), alone and again beside the LLM")
    parser.add_argument("--cases", nargs="+", default=list(DEFAULT_CASES))
    parser.add_argument("--policy", choices=[p.value for p in Policy], default="annotate",
                        help="annotate (default) releases every sentence, so every one is timed")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--skip", nargs="*", default=[], choices=["llm", "beside"])
    parser.add_argument("--server", action="store_true",
                        help="(3) also over websockets: a scripted server, alone and beside a "
                        "gguf server (two more servers to start: a few minutes more)")
    parser.add_argument("--fresh-index", action="store_true",
                        help="index every case in the temporary folder from scratch (minutes "
                        "on a busy machine) instead of copying the prepared index")
    args = parser.parse_args()
    library = Library.load()
    for case_id in args.cases:
        library.case(case_id)  # an unknown id fails here, not minutes in
    with tempfile.TemporaryDirectory(prefix="osce-llm-speed-") as tmp:
        started = now()
        data = Path(tmp) / "data"
        if args.fresh_index:
            data.mkdir()
        else:  # as server_load does: a copy, so no other process shares this folder
            copy_data_dir(prepared_data_dir(), data)
        pipeline = build(data, args.policy)
        try:
            previous = asyncio.run(warm(pipeline, library, args.cases))
            print(f"set up (planner process, index, embedder, GGUF worker) and warmed in "
                  f"{now() - started:.1f} s; data folder {data}", flush=True)
            if "llm" not in args.skip:
                turns, differ = asyncio.run(llm_turns(pipeline.engine, pipeline.voice, library,
                                                      args.cases, args.turns, previous))
                report_llm(turns, list(pipeline.guard.times_ms), args.policy, differ)
                sys.stdout.flush()
            if "beside" not in args.skip:
                alone = asyncio.run(scripted_turns(pipeline.planner, library, args.scripted,
                                                   args.seed))
                print(f"(3) scripted reply via EngineProcess (driven in-process), alone:   "
                      f"{summary(alone, (0.5, 0.99))}", flush=True)
                with_llm, llm_done = asyncio.run(beside(pipeline.planner, pipeline.engine,
                                                        library, args.cases, args.scripted,
                                                        args.seed))
                print(f"      the same, beside an LLM encounter talking without pause:  "
                      f"{summary(with_llm, (0.5, 0.99))}  ({llm_done} LLM replies begun; "
                      f"scripted engine alone, warm, one thread: target p99 < "
                      f"{SCRIPTED_P99_MS:.0f} ms)")
        finally:
            pipeline.close()
        if args.server and "beside" not in args.skip:
            over_the_server(Path(tmp), args.scripted, args.seed, args.policy, args.cases[0])


if __name__ == "__main__":
    main()
