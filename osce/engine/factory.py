"""Choosing a patient engine by name, as configuration does."""

from __future__ import annotations

from pathlib import Path

from osce.engine.protocol import PatientEngine

ENGINES = ("scripted", "openai", "gguf")
LLM_ENGINES = ("openai", "gguf")
GUARD_POLICIES = ("annotate", "repair", "strict")


def make_engine(name: str, data_dir: Path, guard: str = "strict",
                planner: PatientEngine | None = None) -> PatientEngine:
    """`planner`: the scripted engine an LLM engine plans with, where the caller already runs
    one (the server's engine process); otherwise one is made here."""
    if name == "scripted":
        from osce.engine.scripted.engine import ScriptedEngine
        from retrieval.embedder import default_embedder
        from retrieval.index import GroundingIndex

        embedder = default_embedder()
        return ScriptedEngine(embedder, GroundingIndex(data_dir, embedder))
    if name in LLM_ENGINES:
        if guard not in GUARD_POLICIES:
            raise ValueError(f"unknown guard policy {guard!r}; available: "
                             f"{', '.join(GUARD_POLICIES)}")
        return _llm_engine(name, data_dir, guard, planner)
    raise ValueError(f"unknown engine {name!r}; available: {', '.join(ENGINES)}")


def _llm_engine(name: str, data_dir: Path, guard: str,
                planner: PatientEngine | None) -> PatientEngine:
    try:
        from osce.engine.llm.engine import LLMEngine, Policy
        from osce.engine.llm.voice import ChatVoice
        from osce.llm.chat import make_chat_model
        from osce.llm.settings import LLMSettings
    except ImportError as exc:  # the llm extra is not installed
        raise ValueError(f"the {name} engine needs the llm extra (pip install -e '.[llm]'): "
                         f"{exc}") from None
    from osce.guard.checker import CaseGuard
    from osce.llm.errors import LLMConfigError
    from retrieval.embedder import default_embedder

    # settings first: a missing key or model file is a start-up error, not a first-question one
    try:
        settings = LLMSettings.from_env(engine=name)
        voice = ChatVoice(make_chat_model(settings), name=name)
    except LLMConfigError as exc:
        raise ValueError(f"the {name} engine cannot start: {exc}") from None
    if planner is None:
        planner = make_engine("scripted", data_dir)
    embedder = getattr(planner, "embedder", None) or default_embedder()
    return LLMEngine(planner, voice, CaseGuard(embedder), Policy(guard))
