"""The texts a case is matched by: each fact's example questions, a question built from
its category and attribute, and its own words; each finding's name and aliases.

A generic bank of questions per category lets the engine recognise a question about a
part of the history the case does not script, so it can give the author's default.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from osce.engine.scripted.lexicon import normalise
from osce.models.case import Case, Category, Fact

# How much a match on each kind of key counts; an answer's wording is weaker evidence
# of what was asked than a question written to reach it.
KEY_WEIGHTS = {"example": 1.0, "template": 0.97, "words": 0.9, "finding": 1.0}

_TEMPLATES: dict[Category, tuple[str, ...]] = {
    Category.presenting_complaint: ("what brings you in with {topic}",),
    Category.hpc_site: ("where exactly is the {topic}", "whereabouts do you feel the {topic}"),
    Category.hpc_onset: ("when did the {topic} start", "how long have you had the {topic}",
                         "what were you doing when the {topic} began"),
    Category.hpc_character: ("what does the {topic} feel like", "how would you describe the "
                             "{topic}"),
    Category.hpc_radiation: ("does the {topic} spread or go anywhere else",),
    Category.hpc_associated: ("have you had any {attribute} with the {topic}", "any {attribute}"),
    Category.hpc_timing: ("is the {topic} constant or does it come and go",
                          "how often do you get the {topic}"),
    Category.hpc_exacerbating: ("does anything make the {topic} worse, {attribute}",
                                "what aggravates the {topic}"),
    Category.hpc_relieving: ("does anything make the {topic} better, {attribute}",
                             "have you found anything that eases the {topic}"),
    Category.hpc_severity: ("how bad is the {topic} out of ten",
                            "how much is the {topic} affecting your day to day life"),
    Category.hpc_other: ("{attribute} with the {topic}",),
    Category.past_medical: ("have you had {attribute}", "do you have any medical conditions"),
    Category.drugs: ("do you take {attribute}",),
    Category.allergies: ("are you allergic to anything, {attribute}",
                         "have you ever had a bad reaction to a medicine"),
    Category.family: ("family history of {attribute}",),
    Category.social: ("{attribute}",),
    Category.sexual: ("sexual history, {attribute}",),
    Category.obstetric: ("{attribute}",),
    Category.developmental: ("{attribute}",),
    Category.ice_ideas: ("what do you think is causing it", "what do you think is going on",
                         "do you have any idea what this could be",
                         "what has been going through your mind about the cause"),
    Category.ice_concerns: ("what are you worried about", "is anything in particular worrying "
                            "you", "what are you most frightened this could be",
                            "what is on your mind the most"),
    Category.ice_expectations: ("what are you hoping for today", "what would you like us to do",
                                "what do you want to get out of this appointment"),
}


# Generic questions per category, in students' words; not tied to any case.
CATEGORY_BANK: dict[Category, tuple[str, ...]] = {
    Category.past_medical: (
        "do you have any medical conditions", "any past medical history",
        "have you had any illnesses in the past", "do you see the doctor for anything",
        "have you ever had any operations", "any previous hospital admissions",
        "are you otherwise fit and well", "any medical problems", "any health problems",
        "do you have any long term conditions", "anything you're being treated for"),
    Category.drugs: (
        "what medications do you take", "are you on any tablets", "do you take any medicines",
        "any regular medication", "anything you buy from the pharmacy",
        "any herbal or over the counter remedies", "what tablets are you prescribed",
        "can you go through your repeat prescription", "what medicines is he on"),
    Category.allergies: ("do you have any allergies", "are you allergic to any medicines",
                         "any reactions to drugs"),
    Category.family: ("does anything run in the family", "any family history of illness",
                      "are your parents well", "any medical problems in your family",
                      "do your brothers or sisters have any health problems"),
    Category.social: ("who do you live with", "do you smoke", "do you drink alcohol",
                      "what do you do for work", "do you use recreational drugs",
                      "how are things at home", "do you drive", "any pets",
                      "have you travelled recently", "do you exercise", "how is your diet"),
    Category.sexual: ("are you sexually active", "any new sexual partners",
                      "do you use condoms", "any sexually transmitted infections"),
    Category.obstetric: ("when was your last period", "could you be pregnant",
                         "are your periods regular", "have you been pregnant before",
                         "any contraception", "when was your last smear test"),
    Category.developmental: ("was the pregnancy and birth normal", "is she up to date with her "
                             "immunisations", "is he feeding normally",
                             "any concerns about development", "how is he growing"),
    Category.ros_general: ("any fevers or sweats", "have you lost any weight",
                           "how is your appetite", "have you been more tired than usual",
                           "any lumps or bumps"),
    Category.ros_cardiovascular: ("any chest pain", "any palpitations",
                                  "any swelling of your ankles",
                                  "any problems with your heart", "any pain in your calves"),
    Category.ros_respiratory: ("any cough", "are you short of breath", "any wheeze",
                               "any problems with your breathing", "coughing up blood"),
    Category.ros_gastrointestinal: ("any problems with your bowels", "any tummy pain",
                                    "any vomiting or diarrhoea", "any blood in your stools",
                                    "any indigestion or heartburn", "any problems swallowing",
                                    "have your bowels been normal", "any constipation"),
    Category.ros_genitourinary: ("any problems with your waterworks",
                                 "any pain passing urine", "any blood in your urine",
                                 "are you passing urine more often", "any discharge"),
    Category.ros_neurological: ("any headaches", "any weakness or numbness", "any fits",
                                "any problems with your vision", "any dizziness",
                                "any pins and needles"),
    Category.ros_musculoskeletal: ("any joint pains", "any muscle aches", "any back pain",
                                   "any stiffness in your joints"),
    Category.ros_skin: ("any rashes", "any skin changes", "any itching", "any new moles"),
    Category.ros_endocrine: ("are you more thirsty than usual", "any heat or cold intolerance",
                             "any changes in your weight or appetite"),
    Category.ros_psychiatric: ("how has your mood been", "how are you sleeping",
                               "have you been feeling low", "any anxiety or stress"),
    Category.ros_ent: ("any sore throat", "any ear pain", "any runny nose"),
    Category.ros_eyes: ("any problems with your eyes", "any blurred vision"),
    Category.ice_ideas: ("what do you think is going on", "do you have any ideas what it is"),
    Category.ice_concerns: ("is anything worrying you", "what are your main concerns"),
    Category.ice_expectations: ("what are you hoping we can do", "what were you expecting "
                                "from today"),
}


@dataclass(frozen=True)
class Key:
    owner: str  # a fact, finding or test id, or "category:<name>" in the bank
    text: str  # normalised
    kind: str

    @property
    def weight(self) -> float:
        return KEY_WEIGHTS.get(self.kind, 1.0)


def fact_keys(case: Case, fact: Fact) -> list[Key]:
    topic = normalise(case.topic_of(fact) or case.complaint)
    attribute = normalise(fact.drug.name if fact.drug else fact.attribute)
    keys = [Key(fact.id, normalise(q), "example") for q in fact.examples]
    for template in _TEMPLATES.get(fact.category, ()):
        keys.append(Key(fact.id, normalise(template.format(topic=topic, attribute=attribute)),
                        "template"))
    keys.append(Key(fact.id, normalise(fact.words), "words"))
    return keys


def finding_keys(case: Case) -> list[Key]:
    keys = []
    for finding in case.exam:
        for name in (finding.name, *finding.aliases):
            keys.append(Key(finding.id, normalise(f"examine {name}"), "finding"))
    for test in case.tests:
        for name in (test.name, *test.aliases):
            keys.append(Key(test.id, normalise(f"{name} result"), "finding"))
    return keys


def case_keys(case: Case) -> list[Key]:
    keys: list[Key] = []
    for fact in case.facts:
        keys += fact_keys(case, fact)
    return keys + finding_keys(case)


def bank_keys() -> list[Key]:
    return [Key(f"category:{category.value}", normalise(q), "bank")
            for category, questions in CATEGORY_BANK.items() for q in questions]


BANK_FILE = Path(__file__).with_name("bank.yaml")


@lru_cache(maxsize=1)
def classifier_keys() -> tuple[Key, ...]:
    """Generic questions per category, to recognise the part of the history asked about.

    The owner is the category value itself. The general bank above joins them, because a
    question about the whole list is about that category too.
    """
    from ruamel.yaml import YAML

    data = YAML(typ="safe").load(BANK_FILE.read_text(encoding="utf-8")) or {}
    keys = {}
    for category, questions in data.items():
        cat = Category(category)  # a typo in the bank fails loudly, here
        for q in questions:
            keys[(cat.value, normalise(q))] = Key(cat.value, normalise(q), "bank")
    for cat, questions in CATEGORY_BANK.items():
        for q in questions:
            keys[(cat.value, normalise(q))] = Key(cat.value, normalise(q), "bank")
    return tuple(keys.values())
