"""The case script: who the patient is, what they say, when, and what is true of them.

Everything a patient engine may say comes from here; the `diagnosis` block and the
`never` facts exist for graders and staff and must never reach a student.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Literal

from pydantic import Field, field_validator, model_validator

from osce.models.common import SCHEMA_VERSION, Identifier, IsoDuration, NonEmpty, Strict


class Category(StrEnum):
    """Where a fact sits in a history. SOCRATES for the presenting complaint."""

    presenting_complaint = "presenting_complaint"
    hpc_site = "hpc.site"
    hpc_onset = "hpc.onset"
    hpc_character = "hpc.character"
    hpc_radiation = "hpc.radiation"
    hpc_associated = "hpc.associated"
    hpc_timing = "hpc.timing"
    hpc_exacerbating = "hpc.exacerbating"
    hpc_relieving = "hpc.relieving"
    hpc_severity = "hpc.severity"
    hpc_other = "hpc.other"  # previous episodes, what has been tried, course so far
    past_medical = "past_medical"
    drugs = "drugs"
    allergies = "allergies"
    family = "family"
    social = "social"
    sexual = "sexual"
    obstetric = "obstetric"  # obstetric and gynaecological history
    developmental = "developmental"  # birth, feeding, growth, milestones, immunisations
    ros_general = "ros.general"
    ros_cardiovascular = "ros.cardiovascular"
    ros_respiratory = "ros.respiratory"
    ros_gastrointestinal = "ros.gastrointestinal"
    ros_genitourinary = "ros.genitourinary"
    ros_neurological = "ros.neurological"
    ros_musculoskeletal = "ros.musculoskeletal"
    ros_skin = "ros.skin"
    ros_endocrine = "ros.endocrine"
    ros_psychiatric = "ros.psychiatric"
    ros_ent = "ros.ent"
    ros_eyes = "ros.eyes"
    ice_ideas = "ice.ideas"
    ice_concerns = "ice.concerns"
    ice_expectations = "ice.expectations"

    @property
    def is_hpc(self) -> bool:
        return self is Category.presenting_complaint or self.value.startswith("hpc.")


class Polarity(StrEnum):
    present = "present"
    absent = "absent"


class Disclosure(StrEnum):
    volunteered = "volunteered"  # offered to any open question, unprompted
    on_question = "on_question"  # given to a question that reaches it, specific or general
    on_specific_question = "on_specific_question"  # only when the question names it
    never = "never"  # the patient never says it (for graders and staff only)


class Sex(StrEnum):
    female = "female"
    male = "male"
    intersex = "intersex"


class InformantRole(StrEnum):
    patient = "patient"
    parent = "parent"
    relative = "relative"
    carer = "carer"


class Door(Strict):
    """What the candidate reads at the door of the station."""

    setting: NonEmpty
    task: NonEmpty
    station_minutes: int = Field(ge=1, le=60)


class Persona(Strict):
    name: NonEmpty
    age: str = Field(description="e.g. '58', '3 years', '9 months'")
    sex: Sex
    occupation: str = ""
    speaking_style: NonEmpty
    mood: NonEmpty
    opening_line: NonEmpty = Field(
        description="Said to the first open question about why they came; states the "
        "presenting complaint and nothing more."
    )

    @field_validator("age", mode="before")
    @classmethod
    def _age_as_text(cls, value: object) -> object:
        return str(value) if isinstance(value, int) else value


class Informant(Strict):
    """Who answers the questions: the patient, or someone speaking for them."""

    role: InformantRole = InformantRole.patient
    name: str = ""
    relationship: str = ""  # "mother", "husband": how they refer to the patient

    @model_validator(mode="after")
    def _proxy_needs_relationship(self) -> Informant:
        if self.role is not InformantRole.patient and not (self.name and self.relationship):
            raise ValueError("an informant who is not the patient needs a name and a relationship")
        return self


class Drug(Strict):
    name: NonEmpty
    dose: str = ""
    frequency: str = ""
    route: str = ""


class Cue(Strict):
    """An emotional cue the patient drops with a fact; a good student responds to it."""

    words: NonEmpty
    emotion: NonEmpty  # worry, fear, embarrassment, frustration, sadness ...


class Fact(Strict):
    id: Identifier
    category: Category
    attribute: NonEmpty  # what the fact is about: "radiation", "smoking", "penicillin allergy"
    polarity: Polarity = Polarity.present
    value: str | float | int | None = None
    unit: str = ""
    duration: IsoDuration | None = None
    drug: Drug | None = None
    topic: str = Field(
        default="",
        description="The complaint or subject follow-up questions refer to; defaults to the "
        "presenting complaint for history-of-presenting-complaint facts.",
    )
    words: NonEmpty  # the informant's own first-person words
    examples: list[NonEmpty] = Field(min_length=1)  # questions in students' words that reach it
    disclosure: Disclosure = Disclosure.on_question
    cue: Cue | None = None

    @model_validator(mode="after")
    def _drug_facts_name_the_drug(self) -> Fact:
        if self.category is Category.drugs and self.polarity is Polarity.present and not self.drug:
            raise ValueError("a drug fact that is present needs `drug` (name, dose, frequency)")
        return self


class Finding(Strict):
    """An examination finding or a test result, given only when asked for."""

    id: Identifier
    name: NonEmpty
    aliases: list[str] = []
    result: NonEmpty


class Diagnosis(Strict):
    """The answer key. Never shown to a student."""

    primary: NonEmpty
    synonyms: list[NonEmpty] = []
    differentials: list[NonEmpty] = []  # acceptable alternatives on a differential
    must_not_miss: list[NonEmpty] = []
    investigations: list[NonEmpty] = []
    plan: list[NonEmpty] = []


class Case(Strict):
    schema_version: Literal[1] = SCHEMA_VERSION
    id: Identifier
    title: NonEmpty
    specialty: NonEmpty
    difficulty: int = Field(ge=1, le=5)
    competencies: list[Identifier] = Field(min_length=1)
    reviewed_by: str = ""
    door: Door
    persona: Persona
    informant: Informant = Informant()
    facts: list[Fact] = Field(min_length=1)
    defaults: dict[Category, NonEmpty] = {}
    unknown_reply: NonEmpty = "I'm not sure, to be honest."
    exam: list[Finding] = []
    tests: list[Finding] = []
    diagnosis: Diagnosis

    def answer_key(self) -> list[str]:
        """The diagnostic terms a student must never be handed: the diagnosis, its synonyms,
        the acceptable differentials and the must-not-miss diagnoses."""
        d = self.diagnosis
        return [d.primary, *d.synonyms, *d.differentials, *d.must_not_miss]

    @model_validator(mode="after")
    def _ids_unique(self) -> Case:
        seen: set[str] = set()
        for group in (self.facts, self.exam, self.tests):
            for item in group:
                if item.id in seen:
                    raise ValueError(f"duplicate id {item.id!r}")
                seen.add(item.id)
        return self

    @model_validator(mode="after")
    def _title_hides_diagnosis(self) -> Case:
        title = self.title.lower()
        for term in (self.diagnosis.primary, *self.diagnosis.synonyms):
            if len(term) > 3 and term.lower() in title:
                raise ValueError(f"the title gives away the diagnosis ({term!r})")
        return self

    def fact(self, fact_id: str) -> Fact:
        for fact in self.facts:
            if fact.id == fact_id:
                return fact
        raise KeyError(fact_id)

    @property
    def fact_ids(self) -> set[str]:
        return {fact.id for fact in self.facts}

    @property
    def complaint(self) -> str:
        """The presenting complaint, which history-of-presenting-complaint facts are about."""
        for fact in self.facts:
            if fact.category is Category.presenting_complaint:
                return fact.topic or fact.attribute
        return "this problem"

    def topic_of(self, fact: Fact) -> str | None:
        """What "it" means after this fact; ideas, concerns and expectations set no topic."""
        if fact.topic:
            return fact.topic
        if fact.category.is_hpc:
            return self.complaint
        if fact.category.value.startswith("ice."):
            return None
        return fact.attribute
