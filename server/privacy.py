"""A learner's right of access and erasure: export everything stored, or delete it all."""

from __future__ import annotations

from osce.encounters.review import graded_in
from osce.library import Library
from osce.models.user import User
from osce.store.encounters import EncounterStore
from osce.store.learners import SqlLearnerStore
from osce.store.overrides import OverrideStore
from osce.store.users import UserStore


def collect(store: EncounterStore, learners: SqlLearnerStore, user: User,
            library: Library) -> dict:
    marks = OverrideStore(store.sessions)
    encounters = []
    for info in store.of_owner(user.id):
        note = store.note(info.id)
        card = graded_in(store, library, info)  # with any educator's marks, as shown
        encounters.append({
            "encounter": info.model_dump(mode="json", exclude={"owner_id"}),
            "turns": [{"seq": t.seq, "action": t.action.value, "student": t.student,
                       "patient": t.patient, "at": t.at} for t in store.turns(info.id)],
            "note": note[0].model_dump(mode="json") if note else None,
            # the learner's own marks; the case's answer key stays with the case
            "scorecard": card.student_view(_key(library, info.case_id))
            .model_dump(mode="json") if card else None,
            # an educator's marks over the grader's, with their comments (who gave them stays
            # with the staff, as on the learner's results page)
            "overrides": [o.model_dump(mode="json", exclude={"by", "encounter_id"})
                          for o in marks.of(info.id).values()],
        })
    return {"username": user.username, "role": user.role.value, "learner": user.pseudonym,
            "encounters": encounters,
            "attempts": [vars(a) for a in learners.attempts(user.pseudonym)],
            "mastery": {c: r.mastery for c, r in learners.ratings(user.pseudonym).items()}}


def erase(store: EncounterStore, learners: SqlLearnerStore, users: UserStore,
          user: User) -> int:
    """Encounters (with their turns, notes and scorecards), learner-model rows, the account."""
    removed = store.delete_owner(user.id)
    learners.forget(user.pseudonym)
    users.delete(user.id)
    return removed


def _key(library: Library, case_id: str) -> list[str]:
    case = library.cases.get(case_id)
    return case.answer_key() if case else []
