"""The student's note against the case's answer key: diagnoses, investigations, plan.

"MI", "heart attack" and "acute myocardial infarction" must agree, so terms are compared
after expanding common abbreviations and dropping hedges ("probable", "?").
"""

from __future__ import annotations

import re

from osce.models.case import Case
from osce.models.note import Note
from osce.models.scorecard import DiagnosisMatch, NoteResult

ABBREVIATIONS = {
    "mi": "myocardial infarction", "ami": "myocardial infarction",
    "nstemi": "non st elevation myocardial infarction",
    "stemi": "st elevation myocardial infarction", "acs": "acute coronary syndrome",
    "pe": "pulmonary embolism", "dvt": "deep vein thrombosis", "vte": "venous thromboembolism",
    "sah": "subarachnoid haemorrhage", "dka": "diabetic ketoacidosis",
    "hhs": "hyperosmolar hyperglycaemic state", "uti": "urinary tract infection",
    "aki": "acute kidney injury", "ckd": "chronic kidney disease",
    "copd": "chronic obstructive pulmonary disease", "gord": "gastro oesophageal reflux",
    "gerd": "gastro oesophageal reflux", "ibd": "inflammatory bowel disease",
    "ibs": "irritable bowel syndrome", "pid": "pelvic inflammatory disease",
    "uc": "ulcerative colitis", "tia": "transient ischaemic attack",
    "cva": "stroke", "mdd": "major depressive disorder", "ecg": "electrocardiogram",
    "ekg": "electrocardiogram", "cxr": "chest x ray", "fbc": "full blood count",
    "cbc": "full blood count", "u&e": "urea and electrolytes", "ue": "urea and electrolytes",
    "lft": "liver function tests", "lfts": "liver function tests", "crp": "c reactive protein",
    "ctpa": "ct pulmonary angiogram", "abg": "arterial blood gas", "vbg": "venous blood gas",
    "uti's": "urinary tract infection", "hcg": "pregnancy test", "bhcg": "pregnancy test",
    "ct": "ct scan", "mri": "mri scan", "us": "ultrasound", "uss": "ultrasound",
    "lp": "lumbar puncture", "gtn": "glyceryl trinitrate", "ppi": "proton pump inhibitor",
    "nsaid": "anti inflammatory", "nsaids": "anti inflammatory",
}
HEDGES = frozenset({"probable", "probably", "possible", "possibly", "likely", "query",
                    "suspected", "suspect", "presumed", "?", "rule", "out", "r/o", "exclude",
                    "consider", "the", "a", "an", "of"})


def terms(text: str) -> list[str]:
    words = re.findall(r"[a-z0-9&']+|\?", text.lower().replace("-", " "))
    out: list[str] = []
    for w in words:
        out += ABBREVIATIONS.get(w, w).split()
    out = [re.sub(r"(ae|e)mia$", "aemia", w) for w in out]  # anemia ~ anaemia
    out = [w.replace("esophag", "oesophag").replace("hemorrh", "haemorrh")
           .replace("ischem", "ischaem").replace("edema", "oedema") for w in out]
    return [w for w in out if w not in HEDGES]


def agree(a: str, b: str) -> bool:
    """Two clinical terms name the same thing (order, hedges and abbreviations aside)."""
    ta, tb = terms(a), terms(b)
    if not ta or not tb:
        return False
    sa, sb = set(ta), set(tb)
    if sa == sb:
        return True
    small, big = (sa, sb) if len(sa) <= len(sb) else (sb, sa)
    # "myocardial infarction" within "acute myocardial infarction": all of the shorter
    # term, if it is specific enough to mean something alone.
    if small <= big and (len(small) >= 2 or len(next(iter(small))) >= 5):
        return True
    return len(sa & sb) / len(sa | sb) >= 0.75


def _any_agrees(text: str, options: list[str]) -> bool:
    return any(agree(text, o) for o in options)


def grade_note(case: Case, note: Note) -> NoteResult:
    key = case.diagnosis
    differential = [d for d in note.differential if d.strip()]
    leading = differential[0] if differential else ""
    if not leading:
        match = DiagnosisMatch.missing
    elif _any_agrees(leading, [key.primary, *key.synonyms]):
        match = DiagnosisMatch.correct
    elif _any_agrees(leading, key.differentials):
        match = DiagnosisMatch.acceptable
    else:
        match = DiagnosisMatch.wrong
    named = [m for m in key.must_not_miss if any(agree(d, m) for d in differential)]
    wanted_tests = [i for i in key.investigations
                    if any(agree(n, i) for n in note.investigations)]
    wanted_plan = [p for p in key.plan if any(agree(n, p) for n in note.plan)]
    return NoteResult(
        leading=leading, leading_match=match,
        must_not_miss_named=named,
        must_not_miss_missed=[m for m in key.must_not_miss if m not in named],
        investigations_matched=wanted_tests,
        investigations_missed=[i for i in key.investigations if i not in wanted_tests],
        plan_matched=wanted_plan,
        plan_missed=[p for p in key.plan if p not in wanted_plan],
    )
