"""Everything the routes need, built once from the settings and injected (FastAPI
dependencies read it from app.state): the store, the library, the patient engine, the grader."""

from __future__ import annotations

from dataclasses import dataclass

from osce.authoring.service import Authoring
from osce.encounters.clock import Clock, OffsetClock, SystemClock
from osce.encounters.service import EncounterService, Timing
from osce.engine.factory import LLM_ENGINES, make_engine
from osce.engine.worker import off_loop
from osce.examining.service import CircuitService
from osce.grading.factory import make_grader
from osce.library import BUNDLED_CASES, Library
from osce.store.circuits import CircuitStore
from osce.store.cohorts import CohortStore
from osce.store.database import database_url, migrate, open_engine, sessions
from osce.store.encounters import EncounterStore
from osce.store.learners import SqlLearnerStore
from osce.store.publications import PublicationStore
from osce.store.users import UserStore
from osce.store.versions import VersionStore
from server.config import ServerSettings
from server.limits import SignInLimiter


@dataclass
class Services:
    settings: ServerSettings
    library: Library
    users: UserStore
    learners: SqlLearnerStore
    encounters: EncounterService
    clock: Clock
    sign_in: SignInLimiter
    cohorts: CohortStore
    authoring: Authoring
    circuits: CircuitService


def build(settings: ServerSettings) -> Services:
    db = open_engine(settings.database_url or database_url(settings.data_dir))
    migrate(db)
    made = sessions(db)
    library = Library.load(settings.cases_dirs)
    clock: Clock = (OffsetClock(settings.clock_offset_file) if settings.clock_offset_file
                    else SystemClock())
    engine = _engine(settings)
    learners = SqlLearnerStore(made)
    cohorts = CohortStore(made)
    authoring = Authoring(VersionStore(made), PublicationStore(made), cohorts, library,
                          now=clock.now)
    authoring.load_published()  # published cases are in the library before any request
    service = EncounterService(
        store=EncounterStore(made), learners=learners, library=library, engine=engine,
        grader=make_grader(settings.grader), clock=clock,
        timing=Timing(settings.reading_seconds, settings.note_seconds),
        notes_search=_notes_search(settings, engine), cohorts_of=cohorts.of_user)
    users = UserStore(made)
    circuits = CircuitService(CircuitStore(made), service, users, clock)
    service.timetable = circuits  # a circuit's bells set its encounters' deadlines
    return Services(settings, library, users, learners, service, clock,
                    SignInLimiter(settings.sign_in_attempts, settings.sign_in_window_seconds),
                    cohorts, authoring, circuits)


def _engine(settings: ServerSettings):
    if settings.engine in LLM_ENGINES:
        # the case plans in the scripted engine (its own process); the model speaks from its
        # own worker (gguf) or server (openai); the guard checks here
        planner = _engine(settings.model_copy(update={"engine": "scripted"}))
        return make_engine(settings.engine, settings.data_dir, settings.guard, planner=planner)
    if settings.engine_process:
        from osce.engine.process import EngineProcess

        return EngineProcess(settings.engine, settings.data_dir, settings.cases_dirs)
    return off_loop(make_engine(settings.engine, settings.data_dir))


def _notes_search(settings: ServerSettings, engine):
    """Feedback quotes the reference notes, searched through the engine's own index when it
    has one in this process (no second copy of the embedder in memory), else an index of
    our own."""
    from retrieval.notes import notes_search

    inner = getattr(engine, "inner", engine)
    index = getattr(inner, "index", None)
    if index is None and settings.engine_process:
        from retrieval.embedder import default_embedder
        from retrieval.index import GroundingIndex

        # a folder of its own: chromadb's persistent client is not safe to share between
        # processes that write at once (one's unflushed vectors are "not found" by the other)
        index = GroundingIndex(settings.data_dir / "server-index", default_embedder())
    if index is None:
        return None
    folders = [BUNDLED_CASES / "notes", *(d / "notes" for d in settings.cases_dirs)]
    return notes_search(index, folders)
