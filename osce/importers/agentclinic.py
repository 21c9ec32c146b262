"""Import AgentClinic OSCE cases (JSON lines) as osce case files with a generic rubric.

AgentClinic (MIT licence) describes each case as free text written for an examiner:
"The patient reports a 1-month history of double vision...". This module turns each
record into atomic facts in the patient's own words, examination findings and test
results, a door note that does not give the diagnosis away, and a history-taking
rubric whose evidence is the case's own facts.

`convert_record` is the pure conversion; `import_agentclinic` adds reading, checking and
writing. Nothing is written unless every line converts.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import statistics
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML

from osce.importers import _facts as facts
from osce.importers import _lexicon as lex
from osce.importers._rubric import build_rubric
from osce.importers._text import (
    article,
    clean,
    sentence_case,
    slug,
    split_list,
    strip_parens,
    unique_id,
    words_of,
)
from osce.importers._voice import Voice
from osce.models.case import (
    Case,
    Diagnosis,
    Door,
    Finding,
    Informant,
    InformantRole,
    Persona,
    Sex,
)
from osce.models.rubric import Rubric

SOURCE = "AgentClinic (https://github.com/SamuelSchmidgall/AgentClinic, MIT licence)"


class ImportFailed(Exception):
    """The input cannot be imported; the message names the file and line."""


# --- the patient ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Age:
    """An age as the record gives it: '35-year-old', '8-month-old', 'newborn'."""

    amount: int | None
    unit: str  # year, month, week, day, hour, newborn, unknown

    @property
    def years(self) -> float:
        per_year = {"year": 1, "month": 12, "week": 52, "day": 365, "hour": 8760}
        if self.unit == "newborn":
            return 0.0
        if self.amount is None or self.unit not in per_year:
            return 40.0  # no age given: treat as an adult
        return self.amount / per_year[self.unit]

    @property
    def persona_text(self) -> str:
        if self.unit == "year" and self.amount is not None:
            return str(self.amount)
        if self.amount is not None and self.unit in {"month", "week", "day", "hour"}:
            return f"{self.amount} {self.unit}{'s' if self.amount != 1 else ''}"
        return "newborn" if self.unit == "newborn" else "adult"

    @property
    def adjective(self) -> str:
        if self.amount is not None and self.unit in {"year", "month", "week", "day", "hour"}:
            return f"{self.amount}-{self.unit}-old"
        return "newborn" if self.unit == "newborn" else "adult"

    @property
    def door_text(self) -> str:
        if self.unit == "year" and self.amount is not None and self.years >= 16:
            return str(self.amount)
        if self.unit == "year" and self.amount is not None:
            return f"{self.amount} year{'s' if self.amount != 1 else ''} old"
        if self.amount is not None and self.unit != "newborn":
            return f"{self.persona_text} old"
        return "a newborn" if self.unit == "newborn" else "an adult"


def parse_age(demographics: str) -> Age:
    match = re.search(r"(\d+)[- ](year|month|week|day|hour)s?[- ]old", demographics, re.I)
    if match:
        return Age(int(match.group(1)), match.group(2).lower())
    if re.search(r"\bnew-?born\b|\bneonate\b", demographics, re.I):
        return Age(None, "newborn")
    return Age(None, "unknown")


_FEMALE = re.compile(r"\b(?:female|woman|girl|lady|gravida|nulliparous|mother of)\b", re.I)
_MALE = re.compile(r"\b(?:male|man|boy|gentleman)\b", re.I)


def parse_sex(demographics: str, story: str, number: int) -> Sex:
    """Sex from the demographics, else from pronouns in the story, else a fixed pick."""
    if _FEMALE.search(demographics) and not _MALE.search(demographics):
        return Sex.female
    if _MALE.search(demographics) and not _FEMALE.search(demographics):
        return Sex.male
    she = len(re.findall(r"\b(?:she|her|herself|daughter|girl)\b", story, re.I))
    he = len(re.findall(r"\b(?:he|his|him|himself|son|boy)\b", story, re.I))
    if she != he:
        return Sex.female if she > he else Sex.male
    # The record does not say: alternate by case number so imports stay reproducible.
    return Sex.female if number % 2 else Sex.male


_FIRST_NAMES = {
    Sex.female: ["Anna", "Beth", "Clara", "Dana", "Ella", "Fiona", "Grace", "Hana", "Iris",
                 "Jade", "Kate", "Lena", "Maya", "Nina", "Olivia", "Priya", "Rosa", "Sara",
                 "Tara", "Vera"],
    Sex.male: ["Adam", "Ben", "Carl", "David", "Eric", "Frank", "George", "Henry", "Ivan",
               "James", "Karl", "Leo", "Mark", "Nick", "Omar", "Paul", "Ravi", "Sam", "Tom",
               "Victor"],
}
_SURNAMES = ["Morgan", "Ellis", "Hayes", "Patel", "Novak", "Okafor", "Reyes", "Larsen", "Khan",
             "Murphy", "Costa", "Fischer", "Tanaka", "Walsh", "Mendes", "Kowalski", "Bennett",
             "Ahmed", "Silva", "Doyle", "Lindqvist", "Nair", "Byrne"]


def placeholder_name(sex: Sex, number: int, offset: int = 0) -> str:
    """A neutral invented name, fixed by case number so re-imports do not change it."""
    firsts = _FIRST_NAMES[Sex.female if sex is Sex.female else Sex.male]
    first = firsts[(number - 1 + offset) % len(firsts)]
    return f"{first} {_SURNAMES[(number - 1) % len(_SURNAMES)]}"


_OCCUPATION = [
    re.compile(r"\bworks? as an? ([a-z][a-z ]+?)(?:[.,;]| in | at | for |$)", re.I),
    re.compile(r"\b(retired [a-z ]+?)(?:[.,;]|$)", re.I),
    re.compile(r"\b([a-z]+) by profession\b", re.I),
    re.compile(r"\b(?:is an?|as an?) ((?:high school |college |elementary school )?"
               r"(?:student|teacher|engineer|farmer|cashier|accountant|clerk|nurse|"
               r"nursing assistant|traffic warden))\b", re.I),
    re.compile(r"^((?:college |high school )?student)\b", re.I),
]


def find_occupation(social: str) -> str:
    for pattern in _OCCUPATION:
        match = pattern.search(social)
        if match:
            return clean(match.group(1)).lower()
    return ""


# --- door, title, setting ----------------------------------------------------------------------

def diagnosis_words(diagnosis: str) -> set[str]:
    """Words of the diagnosis that would give it away (not 'disease' or 'acute')."""
    words = {w for w in words_of(diagnosis) if len(w) >= 4 and w not in
             lex.GENERIC_DIAGNOSIS_WORDS}
    words |= {a.lower() for a in re.findall(r"\(([A-Z]{2,})\)", diagnosis)}
    return words


def gives_away(text: str, diagnosis: str, known: str) -> bool:
    """True if the text names the diagnosis, beyond words the complaint itself uses."""
    if diagnosis.lower() in text.lower():
        return True
    allowed = words_of(known)
    return bool((diagnosis_words(diagnosis) - allowed) & words_of(text))


_OBJECTIVE_LEAD = re.compile(
    r"^(?:(?:assess|evaluate|diagnose|manage|examine|identify|determine|"
    r"conduct a (?:thorough |complete )?(?:assessment|evaluation) of)(?:,?\s+and\s+|,\s+|\s+))+",
    re.I,
)
_OBJECTIVE_CUTS = [
    re.compile(p, re.I) for p in (
        r",?\s*(?:and\s+)?(?:diagnose|manage|treat)(?:\s+\w+ly)?\b(?:\s+the condition)?",
        r",?\s*(?:and\s+)?perform (?:the )?necessary examinations",
        r",?\s*(?:and\s+)?(?:establish|make|reach) (?:a|the) diagnosis",
        r",?\s*suspect\w*[^,.;]*",
        r",?\s*with consideration of[^.;]*",
        r"^the underlying condition based on [^,;]*? in ",
        r",?\s*focusing on[^.;]*",
        r"\s+for possible [^,.;]*",
        r",?\s+and (?:assess|evaluate|consider|provide|perform|order|discuss|formulate|"
        r"develop|outline|plan)\b.*$",
    )
]


def _objective_phrase(objective: str) -> str:
    text = clean(objective).rstrip(".")
    text = _OBJECTIVE_LEAD.sub("", text)
    for pattern in _OBJECTIVE_CUTS:
        text = pattern.sub("", text)
    text = re.sub(r"\s+(?:and )?(?:determine |identify |find )?(?:for )?the (?:underlying )?"
                  r"(?:cause|etiology|aetiology)(?: of)?\b", " with", text, flags=re.I)
    return clean(text)


def door_task(objective: str, complaint: str, diagnosis: str) -> str:
    """'Assess the patient presenting with ...', never naming the diagnosis."""
    phrase = _objective_phrase(objective)
    if phrase and gives_away(phrase, diagnosis, complaint):
        kept = [p for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", phrase)
                if not gives_away(p, diagnosis, complaint)]
        phrase = ", ".join(kept)
    if not phrase or len(phrase.split()) < 3 or gives_away(phrase, diagnosis, complaint):
        phrase = f"the patient presenting with {complaint}"
    return sentence_case(f"Assess {phrase}")


def case_title(primary: str, age: Age, sex: Sex, diagnosis: str) -> str:
    adult = age.years >= 18
    noun = {Sex.female: "woman" if adult else "girl", Sex.male: "man" if adult else "boy"}.get(
        sex, "person")
    who = f"{age.adjective} {noun}"
    complaint = facts.short_complaint(primary)
    title = f"{complaint[0].upper()}{complaint[1:]} in {article(who)} {who}"
    if diagnosis.lower() in title.lower():
        title = f"Presenting problem in {article(who)} {who}"
    return title


def setting_for(story: str, age: Age) -> str:
    if re.search(r"emergency (?:department|room)|\bED\b|\bER\b", story):
        return "Emergency department"
    if re.search(r"\bmedical floor\b|\bward\b|\badmitted\b|\bhospitali[sz]ed\b", story, re.I):
        return "Hospital ward"
    if age.unit in {"newborn", "day", "hour"}:
        return "Neonatal unit"
    return "Outpatient clinic"


def specialty_for(diagnosis: str, complaint: str, age: Age) -> str:
    if age.years < 16:
        return "paediatrics"
    for pattern, specialty in lex.SPECIALTIES:
        if pattern.search(diagnosis):
            return specialty
    for pattern, specialty in lex.SPECIALTIES:
        if pattern.search(complaint):
            return specialty
    return "general medicine"


def diagnosis_block(text: str) -> Diagnosis:
    """The answer key, with the bracketed abbreviation and the plain name as synonyms."""
    primary = clean(text)
    synonyms = []
    plain = strip_parens(primary)
    if plain and plain != primary:
        synonyms.append(plain)
    synonyms += re.findall(r"\(([^()]+)\)", primary)
    return Diagnosis(primary=primary, synonyms=list(dict.fromkeys(s for s in synonyms if s)))


# --- examination and tests --------------------------------------------------------------------

_GENERIC_KEYS = {"findings", "finding", "result", "results", "description", "value", "values",
                 "details", "notes", "impression", "report", "other", "general"}
_ALIASES = {
    "complete blood count": ["cbc", "full blood count", "fbc", "blood count"],
    "cbc": ["complete blood count", "full blood count", "fbc"],
    "ecg": ["electrocardiogram", "ekg", "heart tracing"],
    "electrocardiogram": ["ecg", "ekg"],
    "ct": ["ct scan", "computed tomography"],
    "mri": ["mri scan", "magnetic resonance imaging"],
    "chest x-ray": ["cxr", "chest radiograph"],
    "x-ray": ["radiograph", "xray"],
    "blood pressure": ["bp"],
    "heart rate": ["pulse", "hr"],
    "pulse": ["heart rate"],
    "respiratory rate": ["rr", "breathing rate"],
    "temperature": ["temp"],
    "oxygen saturation": ["sats", "spo2", "oxygen level"],
    "vital signs": ["observations", "obs", "vitals"],
    "urinalysis": ["urine dip", "urine test"],
    "liver function tests": ["lfts", "lft"],
    "basic metabolic panel": ["bmp", "electrolytes", "u&e"],
    "c-reactive protein": ["crp"],
    "erythrocyte sedimentation rate": ["esr"],
    "ultrasound": ["us", "sonography", "scan"],
}


def _human(key: str) -> str:
    return clean(str(key).replace("_", " "))


def _result_text(value: object) -> str:
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list | tuple):
        return "; ".join(clean(_result_text(v)) for v in value if _result_text(v))
    return clean(str(value)) if value is not None else ""


def _leaves(value: object, path: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], str]]:
    if isinstance(value, dict):
        for key, inner in value.items():
            yield from _leaves(inner, (*path, _human(key)))
        return
    if isinstance(value, list) and any(isinstance(v, dict) for v in value):
        for index, inner in enumerate(value, 1):
            yield from _leaves(inner, (*path, str(index)))
        return
    text = _result_text(value)
    if text:
        yield path, text


def findings(value: object, prefix: str, taken: set[str]) -> list[Finding]:
    """Nested examination or test dictionaries as one finding per leaf."""
    out = []
    for path, result in _leaves(value):
        parts = [p for p in path if p]
        if len(parts) > 1 and parts[-1].lower() in _GENERIC_KEYS:
            parts = parts[:-1]
        name = ": ".join(parts) or ("Examination" if prefix == "ex" else "Test")
        out.append(Finding(id=unique_id(f"{prefix}-{slug(name, 60)}", taken), name=name,
                           aliases=_aliases(parts), result=result))
    return out


def _aliases(parts: list[str]) -> list[str]:
    names = [p.lower() for p in parts if p.lower() not in _GENERIC_KEYS]
    aliases: list[str] = []
    for name in names:
        aliases.append(name)
        aliases += _ALIASES.get(name, [])
        for word in name.split():
            aliases += _ALIASES.get(word, [])
    full = ": ".join(parts).lower()
    return [a for a in dict.fromkeys(aliases) if a and a != full]


# --- one record ---------------------------------------------------------------------------------

_KNOWN_KEYS = {"Demographics", "History", "Symptoms", "Past_Medical_History", "Social_History",
               "Review_of_Systems"}


@dataclass
class _Record:
    """The parts of an AgentClinic record, whatever shape each part came in."""

    objective: str
    actor: dict[str, Any]
    exam: object
    tests: object
    diagnosis: str
    primary: str
    secondary: list[str]
    timing: list[str]  # a Symptoms key such as Duration: '1 day'


def _text_of(value: object) -> str:
    return " ".join(text for _, text in facts.texts(value))


def _symptoms(actor: dict[str, Any], objective: str) -> tuple[str, list[str], list[str]]:
    symptoms = actor.get("Symptoms")
    primary, secondary, timing = "", [], []
    if isinstance(symptoms, dict):
        primary = _text_of(symptoms.get("Primary_Symptom") or symptoms.get("Primary_Symptoms"))
        for key, value in symptoms.items():
            if key in {"Primary_Symptom", "Primary_Symptoms"}:
                continue
            found = [t for _, t in facts.texts(value)]
            if re.search(r"duration|onset|timing|since", key, re.I):
                timing += found
            else:
                secondary += found
    elif isinstance(symptoms, list):
        items = [t for _, t in facts.texts(symptoms)]
        primary, secondary = (items[0], items[1:]) if items else ("", [])
    elif isinstance(symptoms, str):
        items = split_list(symptoms)
        primary, secondary = (items[0], items[1:]) if items else ("", [])
    if not primary:
        match = re.search(r"presenting with ([^,.;]+)", objective, re.I)
        primary = match.group(1) if match else ""
    return clean(primary), secondary, timing


def _record(record: dict[str, Any]) -> _Record:
    exam = record.get("OSCE_Examination", record)
    if not isinstance(exam, dict):
        raise ValueError("OSCE_Examination is not an object")
    actor = exam.get("Patient_Actor")
    if not isinstance(actor, dict):
        raise ValueError("no Patient_Actor object")
    diagnosis = _text_of(exam.get("Correct_Diagnosis"))
    if not diagnosis:
        raise ValueError("no Correct_Diagnosis")
    objective = _text_of(exam.get("Objective_for_Doctor"))
    primary, secondary, timing = _symptoms(actor, objective)
    if not primary:
        raise ValueError("no Primary_Symptom to present with")
    return _Record(objective, actor, exam.get("Physical_Examination_Findings"),
                   exam.get("Test_Results"), diagnosis, primary, secondary, timing)


def _voice(age: Age, sex: Sex) -> Voice:
    if age.years >= 12:
        return Voice(sex)
    child = "baby" if age.years < 1 else ("daughter" if sex is Sex.female else "son")
    return Voice(sex, proxy="mother", child_noun=child)


def _history_facts(rec: _Record, context: facts.Context) -> tuple[facts.FactBook, list[str]]:
    book = facts.FactBook(context)
    observations: list[str] = []
    actor = rec.actor
    facts.add_presenting_complaint(book, rec.primary)
    for item in rec.secondary:
        facts.add_secondary(book, item, observations)
    for text in rec.timing:
        facts.add_symptom_duration(book, text)
    for _, text in facts.texts(actor.get("Social_History")):
        facts.add_social_text(book, text)
    for _, text in facts.texts(actor.get("Past_Medical_History")):
        facts.add_pmh_text(book, text, observations)
    for key, value in actor.items():
        if key not in _KNOWN_KEYS:
            facts.add_extra(book, key, value, observations)
    for label, text in facts.texts(actor.get("Review_of_Systems")):
        facts.add_ros_text(book, label, text, observations)
    for _, text in facts.texts(actor.get("History")):
        facts.add_history(book, text, observations)
    return book, observations


def convert_record(record: dict[str, Any], number: int) -> tuple[Case, Rubric]:
    """One AgentClinic record (a parsed JSON line) as a case and its rubric.

    Raises ValueError (or pydantic's ValidationError) when the record cannot make a
    valid case.
    """
    rec = _record(record)
    actor = rec.actor
    demographics = _text_of(actor.get("Demographics"))
    story = " ".join([_text_of(actor.get("History")), rec.objective, rec.primary,
                      *rec.secondary])
    age = parse_age(demographics or story)
    sex = parse_sex(demographics, story, number)
    voice = _voice(age, sex)
    context = facts.Context(voice=voice, child=age.years < 18, female=sex is Sex.female)
    book, observations = _history_facts(rec, context)
    case_facts = book.facts()
    opening = case_facts[0].words

    case_id = f"agentclinic-{number:03d}"
    name = placeholder_name(sex, number)
    taken: set[str] = {f.id for f in case_facts}
    exam = findings(rec.exam, "ex", taken)
    if observations:
        exam.insert(0, Finding(id=unique_id("ex-observations", taken),
                               name="Observations recorded with the history",
                               aliases=["general appearance", "general inspection",
                                        "how does the patient look"],
                               result=facts.join_observations(observations)))
    social_text = _text_of(actor.get("Social_History"))
    complaint = case_facts[0].attribute
    setting = setting_for(story, age)
    informant = Informant()
    if voice.proxy:
        mother = placeholder_name(Sex.female, number, offset=7)
        informant = Informant(role=InformantRole.parent, name=mother, relationship="mother")
        intro = (f"{name}, {age.door_text}, has been brought in by {voice.his} mother, "
                 f"{mother}.")
    else:
        intro = f"{name}, {age.door_text}, has come to the {setting.lower()}."
    task = (f"{intro} {door_task(rec.objective, complaint, rec.diagnosis)} Take a focused "
            "history. You may ask for examination findings and test results at the end.")
    case = Case(
        id=case_id,
        title=case_title(rec.primary, age, sex, rec.diagnosis),
        specialty=specialty_for(rec.diagnosis, rec.primary, age),
        difficulty=3,
        competencies=["history-taking"],
        reviewed_by="",
        door=Door(setting=setting, task=task, station_minutes=10),
        persona=Persona(
            name=name, age=age.persona_text, sex=sex,
            occupation=find_occupation(social_text) if age.years >= 16 else "",
            speaking_style=("a parent answering for their child: clear, concerned, sticks to "
                            "what they have seen") if voice.proxy else
            "plain and straightforward; answers what is asked without volunteering much",
            mood="worried about their child" if voice.proxy else "a little worried",
            opening_line=opening,
        ),
        informant=informant,
        facts=case_facts,
        exam=exam,
        tests=findings(rec.tests, "tx", taken),
        diagnosis=diagnosis_block(rec.diagnosis),
    )
    return case, build_rubric(case)


# --- files ----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class CaseCounts:
    """What one imported case contains."""

    case_id: str
    line: int
    facts: int
    absent_facts: int
    exam: int
    tests: int


def _stats(values: list[int]) -> str:
    if not values:
        return "none"
    return (f"min {min(values)} / median {statistics.median(values):g} / "
            f"mean {statistics.mean(values):.1f} / max {max(values)}")


@dataclass
class ImportReport:
    """What an import wrote, with per-case counts."""

    source: Path
    out_dir: Path
    cases: list[CaseCounts] = field(default_factory=list)

    @property
    def fact_counts(self) -> list[int]:
        return [c.facts for c in self.cases]

    def summary(self) -> str:
        return "\n".join([
            f"imported {len(self.cases)} case(s) from {self.source} into {self.out_dir}",
            f"facts per case: {_stats(self.fact_counts)}",
            f"absent facts per case: {_stats([c.absent_facts for c in self.cases])}",
            f"exam findings per case: {_stats([c.exam for c in self.cases])}",
            f"tests per case: {_stats([c.tests for c in self.cases])}",
            "cases are unreviewed (reviewed_by is empty); check them before teaching with them",
        ])


def read_records(path: Path) -> list[tuple[int, dict[str, Any]]]:
    """(line number, record) for every non-blank line; bad lines raise ImportFailed."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed(f"{path}: cannot read: {exc}") from exc
    records = []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ImportFailed(f"{path}:{number}: not valid JSON ({exc.msg}, column "
                               f"{exc.colno})") from None
        if not isinstance(record, dict) or not isinstance(record.get("OSCE_Examination"), dict):
            raise ImportFailed(f"{path}:{number}: no OSCE_Examination object on this line")
        records.append((number, record))
    if not records:
        raise ImportFailed(f"{path}: no cases found")
    return records


def _yaml() -> YAML:
    yaml = YAML()
    yaml.default_flow_style = False
    yaml.width = 4096  # one value per line reads better than wrapped prose
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _plain(model: Case | Rubric) -> dict[str, Any]:
    """The model as plain data without default values, keeping the version up front."""
    data = model.model_dump(mode="json", exclude_defaults=True)
    head = {"schema_version": model.schema_version, "id": data.pop("id")}
    if isinstance(model, Case):
        rest = dict(data)
        out = {**head, "title": rest.pop("title"), "specialty": rest.pop("specialty"),
               "difficulty": rest.pop("difficulty"), "competencies": rest.pop("competencies"),
               "reviewed_by": "", **rest}
        return out
    data["stations"] = [
        {"id": s["id"], "case": s["case"], "task": s.get("task", "history"),
         "pass_mark": s["pass_mark"], **{k: v for k, v in s.items()
                                         if k not in {"id", "case", "task", "pass_mark"}}}
        for s in data["stations"]
    ]
    return _whole_numbers({**head, **data})


def _whole_numbers(value: Any) -> Any:
    """3.0 -> 3 so weights and pass marks read as people write them."""
    if isinstance(value, dict):
        return {k: _whole_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole_numbers(v) for v in value]
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def render(model: Case | Rubric, line: int, source: Path) -> str:
    buffer = io.StringIO()
    buffer.write(f"# Imported from {SOURCE}\n# {source.name}, line {line}. Unreviewed: "
                 "wording and facts were generated by rule and need a clinician's check.\n")
    _yaml().dump(_plain(model), buffer)
    return buffer.getvalue()


def convert_file(path: Path) -> list[tuple[int, Case, Rubric]]:
    """Every record in the file converted, or ImportFailed naming the first bad line."""
    converted = []
    for number, record in read_records(path):
        try:
            case, rubric = convert_record(record, number)
        except (ValueError, ValidationError) as exc:
            first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ImportFailed(f"{path}:{number}: cannot convert this case: {first}") from None
        converted.append((number, case, rubric))
    return converted


def import_agentclinic(path: Path, out_dir: Path) -> ImportReport:
    """Write out_dir/cases/agentclinic-NNN.yaml and out_dir/rubrics/agentclinic-NNN.yaml.

    All lines are converted before anything is written, and files are staged next to
    out_dir then moved in, so a bad line leaves out_dir as it was.
    """
    path, out_dir = Path(path), Path(out_dir)
    converted = convert_file(path)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".agentclinic-import-", dir=out_dir.parent))
    report = ImportReport(source=path, out_dir=out_dir)
    try:
        for number, case, rubric in converted:
            for folder, model in (("cases", case), ("rubrics", rubric)):
                target = staging / folder / f"{case.id}.yaml"
                target.parent.mkdir(exist_ok=True)
                target.write_text(render(model, number, path), encoding="utf-8")
            report.cases.append(CaseCounts(
                case_id=case.id, line=number, facts=len(case.facts),
                absent_facts=sum(1 for f in case.facts if f.polarity.value == "absent"),
                exam=len(case.exam), tests=len(case.tests)))
        for folder in ("cases", "rubrics"):
            (out_dir / folder).mkdir(parents=True, exist_ok=True)
            for file in sorted((staging / folder).glob("*.yaml")):
                os.replace(file, out_dir / folder / file.name)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return report


__all__ = ["ImportFailed", "ImportReport", "convert_record", "import_agentclinic"]
