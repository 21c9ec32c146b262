"""Misses the eighteenth fresh hand-written set (evals/guard/dev/written-dev-18.jsonl) and its
neighbours showed, each as a general rule with a counterpart that must keep its verdict. The
sentences here are new wordings, not the sets' own lines."""

from __future__ import annotations

import pytest

from osce.guard.models import Verdict
from osce.guard.numbers import iso_unit_spans, unit_spans
from osce.guard.part_rules import part_finding_denied
from tests.guard.conftest import verdict_of


def test_spans_by_unit() -> None:
    assert unit_spans("about eight weeks ago") == [("week", [8.0, 8.0])]
    assert unit_spans("two or three days")[0][0] == "day"
    assert iso_unit_spans("P7W") == [("week", [7.0])]
    assert iso_unit_spans("PT20H") == [("hour", [20.0])]


def test_a_part_the_complaint_owns_is_not_reassured(guard, library) -> None:
    # "my other knee's fine" keeps the complaint's own knee back
    idx = guard.index(library.case("msk-knee-pain"))
    assert part_finding_denied(idx, "my knee's gone puffy again this week.", []) is None
    idx = guard.index(library.case("paeds-fever"))
    assert part_finding_denied(idx, "her lids look a bit puffy and red this morning.", [])


def test_the_persona_age_reached_lately_is_no_contradiction(guard, library) -> None:
    got = verdict_of(guard, library, "derm-changing-mole",
                     "Julie noticed it a few months ago, right after I turned fifty-two.",
                     planned=["hpc-onset"], disclosed=["pc-mole"],
                     question="When did it all start?")
    assert got is not Verdict.contradiction


@pytest.mark.parametrize(("rule", "case", "planned", "disclosed", "question", "sentence",
                          "expected"), [
    # a part and its finding, where a fact or a default says that part is fine
    ("part-denied", "id-returned-traveller", ["hpc-vomiting"], ["pc-fever"],
     "have you been vomiting?", "Twice, and my neck has gone stiff since then.",
     Verdict.contradiction),
    ("part-fine", "id-returned-traveller", ["hpc-vomiting"], ["pc-fever"],
     "have you been vomiting?", "Twice, and my wee has turned a dark brown.",
     Verdict.contradiction),
    ("part-fine-complaint", "renal-reduced-urine", ["hpc-character"], ["pc-urine"],
     "what does your urine look like?", "My wee's gone a dark brown, like strong tea.",
     Verdict.supported),
    ("part-reassured", "paeds-fever", [], ["pc-fever-rash"], "any trouble with her eyes?",
     "Her lids look a bit puffy and red this morning.", Verdict.contradiction),
    # a condition the past-medical default rules out, by its whole name
    ("condition", "geri-confusion", ["pmh-dementia", "pmh-prostate"], ["pc-confusion"],
     "does he have any medical conditions?",
     "He's also got atrial fibrillation, they told us last year.",
     Verdict.contradiction),
    ("condition-unplanned", "psych-low-mood", [], ["pc-low-mood"],
     "have you noticed anything else?", "The practice nurse said I'm pre-diabetic.",
     Verdict.contradiction),
    # doses never missed, where the fact owns to missing them
    ("adherence", "neuro-headache", ["dh-amlodipine", "dh-sumatriptan"], [],
     "what medicines do you take?", "Amlodipine, and I've never once forgotten it.",
     Verdict.contradiction),
    ("adherence-kept", "neuro-headache", ["dh-amlodipine", "dh-sumatriptan"], [],
     "what medicines do you take?", "Amlodipine, though I do forget it more often than not.",
     Verdict.supported),
    ("adherence-other", "cardio-chest-pain", ["dh-amlodipine", "dh-atorvastatin"], [],
     "what medications are you on?", "The atorvastatin at night, I'm really good with it.",
     Verdict.contradiction),
    # an age reached lately that is not the persona's
    ("age-turned", "derm-changing-mole", ["hpc-onset"], ["pc-mole"], "When did it all start?",
     "Julie noticed it a few months ago, right after I turned thirty.", Verdict.contradiction),
    # a near miss in the unit the fact gives its span in
    ("span-unit", "obgyn-pelvic-pain", ["obs-lmp"], ["pc-pelvic-pain"],
     "when was your last period?", "About eight weeks ago.", Verdict.contradiction),
    ("span-unit-right", "obgyn-pelvic-pain", ["obs-lmp"], ["pc-pelvic-pain"],
     "when was your last period?", "Seven weeks ago now.", Verdict.supported),
    # what was being done when it began
    ("circumstance", "cardio-chest-pain", ["hpc-onset"], ["pc-chest-pain"],
     "When did it start?", "About three hours ago, while I was mowing the lawn.",
     Verdict.contradiction),
    ("circumstance-right", "cardio-chest-pain", ["hpc-onset"], ["pc-chest-pain"],
     "When did it start?", "About three hours ago, while I was lugging boxes up the stairs "
     "at work.", Verdict.supported),
    # a supplement or a condition named beside what a fact carries
    ("supplement", "id-returned-traveller", ["dh-paracetamol"], ["pc-fever"],
     "Are you on any medications?",
     "Paracetamol, and my wife's had me on a multivitamin every day.",
     Verdict.unsupported),
    ("condition-named", "gastro-abdominal-pain", ["pmh-asthma", "pmh-surgery"],
     ["pc-abdo-pain"], "Do you have any medical problems?",
     "I had asthma and a bit of eczema as a little one, but both settled by my "
     "teens.", Verdict.unsupported),
    ("condition-carried", "gastro-abdominal-pain", ["pmh-asthma", "pmh-surgery"],
     ["pc-abdo-pain"], "Do you have any medical problems?",
     "Only the asthma when I was a kid.", Verdict.supported),
    # the people about the patient by names the case does not give them
    ("partner-name", "derm-changing-mole", ["hpc-onset"], ["pc-mole"], "When did it start?",
     "My wife Brenda noticed it about four months ago.", Verdict.contradiction),
    ("partner-name-right", "derm-changing-mole", ["hpc-onset"], ["pc-mole"],
     "When did it start?", "My wife Julie noticed it about four months ago.",
     Verdict.supported),
    ("called", "derm-changing-mole", ["hpc-onset"], ["pc-mole"], "When did it start?",
     "About four months back Julie said, 'Kevin, that mole's changed.'",
     Verdict.contradiction),
])
def test_fresh_misses_18(guard, library, rule, case, planned, disclosed, question, sentence,
                         expected) -> None:
    got = verdict_of(guard, library, case, sentence, planned=planned, disclosed=disclosed,
                     question=question)
    assert got is expected, f"{rule}: {sentence!r} -> {got}"
