"""Student-style questions that should reach a fact, built from its category and attribute.

The engine matches what a student types against these, so they are written the way
students talk ("any fevers?"), in lower case without question marks like the bundled
cases. For a parent answering about a child they are turned into the third person.
"""

from __future__ import annotations

import re

from osce.models.case import Category, Polarity

C = Category

# Lay questions for common symptoms and topics: (pattern over the attribute, questions).
_LAY: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(rf"\b(?:{p})", re.I), qs) for p, qs in [
        (r"fever|temperature|febrile", ("any fevers", "have you had a temperature",
                                        "have you felt hot and shivery")),
        (r"chills|rigors", ("any chills or shivers", "have you had the shakes")),
        (r"night sweats", ("any night sweats", "do you wake up sweaty at night")),
        (r"weight loss|lost weight|losing weight", ("have you lost any weight",
                                                    "has your weight changed")),
        (r"weight gain", ("have you put on weight", "has your weight changed")),
        (r"weight", ("has your weight changed", "have you lost or gained any weight")),
        (r"appetite", ("how is your appetite", "have you been eating normally")),
        (r"fatigue|tired|malaise|letharg|energy", ("have you been feeling tired",
                                                   "how are your energy levels")),
        (r"chest pain", ("any chest pain", "any pain in your chest")),
        (r"palpitation", ("any palpitations", "have you felt your heart racing")),
        (r"shortness of breath|dyspn|breathless|difficulty (?:in )?breathing|breath",
         ("are you short of breath", "any difficulty breathing", "have you been breathless")),
        (r"sputum|phlegm", ("are you coughing anything up", "what colour is the phlegm")),
        (r"cough", ("have you had a cough", "have you been coughing")),
        (r"wheez|stridor", ("any wheezing", "is the breathing noisy")),
        (r"nausea|nauseous", ("any nausea", "have you felt sick")),
        (r"vomit", ("any vomiting", "have you been sick", "have you thrown up")),
        (r"diarrh", ("any diarrhoea", "have your bowels been loose")),
        (r"constipat", ("any constipation", "are your bowels opening normally")),
        (r"blood in (?:the )?stool|rectal bleeding|bloody", ("any blood in your stools",
                                                             "any bleeding from the back passage")),
        (r"bowel|stool", ("any change in your bowels", "how are your bowels")),
        (r"abdominal|stomach|belly|tummy", ("any tummy pain", "any pain in your abdomen")),
        (r"dysuria|pain (?:with|on|during) urination|burning micturition|urinary pain|"
         r"pain with urination", ("any pain when you pass urine",
                                  "does it burn when you pee")),
        (r"ha?ematuria|blood in (?:the |your )?urine", ("any blood in your urine",
                                                        "has your urine been red")),
        (r"urin|bladder|micturition|voiding", ("any problems passing urine",
                                               "any change in your waterworks")),
        (r"flank pain|back pain", ("any back pain", "any pain in your side")),
        (r"headache", ("any headaches", "have you had a headache")),
        (r"seizure|fit\b|convuls", ("any fits or seizures", "have you had a seizure")),
        (r"dizz|vertigo|light-?headed|spinning", ("any dizziness",
                                                  "have you felt dizzy or lightheaded")),
        (r"loss of consciousness|faint|syncope|black ?out|unconscious",
         ("have you fainted", "any blackouts")),
        (r"numb|tingl|paraesthes|paresthes|pins and needles", ("any numbness or tingling",
                                                               "any pins and needles")),
        (r"weakness|weak", ("any weakness", "have you noticed any weakness")),
        (r"vision|visual|diplopia|eye", ("any problems with your vision",
                                         "any change in your eyesight")),
        (r"hearing|tinnitus|ears?\b", ("any problems with your hearing",
                                     "any ringing in your ears")),
        (r"sore throat", ("any sore throat",)),
        (r"nasal|nose|rhinorrh|congestion", ("any runny or blocked nose",)),
        (r"rash|skin|lesion|spot", ("any rashes", "any skin changes")),
        (r"itch|prurit", ("any itching", "is it itchy")),
        (r"bruis|bleed", ("any unusual bruising or bleeding", "do you bruise easily")),
        (r"joint|arthr", ("any joint pains", "any pain or swelling in your joints")),
        (r"swelling (?:in|of) (?:the )?(?:legs?|ankles?)|leg swelling|ankle",
         ("any swelling in your legs", "are your ankles swollen")),
        (r"infection|illness|unwell", ("have you been unwell recently",
                                       "any recent infections or illnesses")),
        (r"travel|trip|abroad", ("have you travelled anywhere recently",
                                 "any recent travel abroad")),
        (r"sick contact|contact with sick", ("has anyone around you been unwell",
                                             "any sick contacts")),
        (r"trauma|injur|\bfall", ("have you had any injuries", "did you hurt yourself or fall")),
        (r"similar|previous episode|like this before|prior episode",
         ("has this happened before", "have you had anything like this before")),
        (r"depress|mood|sad", ("how has your mood been", "have you been feeling low")),
        (r"anxi|worr", ("have you been feeling anxious", "do you worry a lot")),
        (r"sleep", ("how are you sleeping", "any problems with sleep")),
        (r"suicid|harm", ("have you had any thoughts of harming yourself",
                          "have you thought about ending your life")),
        (r"hallucinat|voices", ("have you been hearing or seeing things others don't",
                                "do you hear voices")),
        (r"confus|memory|forget", ("have you been confused", "any problems with your memory")),
        (r"swallow|dysphagia", ("any difficulty swallowing", "does food get stuck")),
        (r"thirst", ("have you been more thirsty than usual",)),
        (r"feeding|feed", ("how is the feeding going", "is the baby feeding well")),
    ]
]

_SYSTEM: dict[Category, str] = {
    C.ros_general: "how have you been in yourself",
    C.ros_cardiovascular: "any problems with your heart",
    C.ros_respiratory: "any problems with your breathing",
    C.ros_gastrointestinal: "any problems with your stomach or bowels",
    C.ros_genitourinary: "any problems with your waterworks",
    C.ros_neurological: "any weakness, numbness or problems with your nerves",
    C.ros_musculoskeletal: "any problems with your joints or muscles",
    C.ros_skin: "any problems with your skin",
    C.ros_endocrine: "any problems with thirst or feeling hot or cold",
    C.ros_psychiatric: "how has your mood been",
    C.ros_ent: "any problems with your ears, nose or throat",
    C.ros_eyes: "any problems with your eyes",
}

_HPC: dict[Category, tuple[str, ...]] = {
    C.presenting_complaint: ("what brings you in today", "how can I help you today",
                             "what seems to be the problem", "tell me what's been happening"),
    C.hpc_onset: ("when did it start", "how long has this been going on",
                  "when did you first notice it"),
    C.hpc_timing: ("has it changed over time", "is it there all the time or does it come and go",
                   "is it getting better or worse"),
    C.hpc_exacerbating: ("does anything make it worse", "what makes it worse",
                         "is it worse at any particular time"),
    C.hpc_relieving: ("does anything make it better", "does anything help",
                      "have you tried anything for it"),
    C.hpc_character: ("what does it feel like", "can you describe it"),
    C.hpc_radiation: ("does it spread anywhere", "does it go anywhere else"),
    C.hpc_severity: ("how bad is it", "how much is it affecting you",
                     "is it stopping you doing things"),
    C.hpc_site: ("where is it", "can you show me where"),
    C.hpc_other: ("can you tell me more about what happened", "is there anything else about it"),
}

_SOCIAL: dict[str, tuple[str, ...]] = {
    "smoking": ("do you smoke", "have you ever smoked", "how many cigarettes a day"),
    "alcohol": ("do you drink alcohol", "how much alcohol do you drink", "do you drink"),
    "recreational drugs": ("do you use any recreational drugs", "have you ever taken street drugs",
                           "any drug use"),
    "occupation": ("what do you do for work", "what's your job", "are you working at the moment"),
    "school": ("how is school going", "do you go to school or nursery"),
    "home and family": ("who do you live with", "what's your home situation",
                        "who is at home with you"),
    "recent travel": ("have you travelled anywhere recently", "any recent travel"),
    "sick contacts": ("has anyone around you been unwell", "any sick contacts"),
    "exposures": ("have you been exposed to anything at home or work",
                  "any contact with animals or chemicals"),
    "activities and exercise": ("what do you do in your spare time", "do you do any sport",
                                "how active are you"),
    "diet": ("what is your diet like", "have you changed what you eat"),
    "stress": ("are you under any stress at the moment", "how are things going generally"),
    "incarceration": ("have you ever been in prison", "where have you been living"),
}


def _about(attribute: str) -> str:
    """The attribute as it sits in 'any ...?': short, lower case, no brackets."""
    text = re.sub(r"\s*\([^)]*\)", "", attribute).strip(" .").lower()
    words = text.split()
    return " ".join(words[:7])


def _lay(attribute: str) -> list[str]:
    for pattern, questions in _LAY:
        if pattern.search(attribute):
            return list(questions)
    return []


def _symptom(category: Category, attribute: str) -> list[str]:
    about = _about(attribute)
    out = _lay(attribute)
    out += [f"any {about}", f"have you had any {about}", f"have you noticed any {about}"]
    system = _SYSTEM.get(category)
    if system:
        out.insert(min(2, len(out)), system)
    return out


def _past_medical(attribute: str, polarity: Polarity) -> list[str]:
    about = _about(attribute)
    if re.search(r"past medical|medical history|surgical history|medical problems", about):
        return ["do you have any medical conditions", "have you had any illnesses or operations",
                "are you usually fit and well"]
    if polarity is Polarity.absent:
        return [f"have you ever had {about}", "do you have any medical conditions",
                "any other medical problems"]
    if re.search(r"ectomy|plasty|otomy|surgery|operation|repair|transplant", about):
        return ["have you had any operations", f"have you had {about}",
                "do you have any medical conditions"]
    return ["do you have any medical conditions", f"have you ever been diagnosed with {about}",
            "do you see a doctor for anything", "any past medical history"]


def _drugs(attribute: str, polarity: Polarity) -> list[str]:
    if polarity is Polarity.absent:
        return ["do you take any medications", "are you on any regular medicines",
                "do you take anything from the pharmacy"]
    return ["do you take any medications", "are you on any regular medicines",
            f"do you take {_about(attribute)}", "what tablets do you take"]


def _family(attribute: str) -> list[str]:
    about = _about(attribute)
    out = ["does anything run in the family", "any illnesses in your family"]
    if about not in {"family history", "family"}:
        out.append(f"has anyone in your family had {about}")
    return out


def _social(attribute: str) -> list[str]:
    return list(_SOCIAL.get(attribute, ("tell me about your life at home",
                                        f"can you tell me about {_about(attribute)}")))


def _obstetric(attribute: str) -> list[str]:
    about = attribute.lower()
    if re.search(r"menstr|menses|period|menarche", about):
        return ["when was your last period", "are your periods regular",
                "when did your periods start"]
    if re.search(r"pregnan|gestation|baby|fetal|contraction", about):
        return ["are you pregnant", "how far along are you", "how has the pregnancy been"]
    return ["have you been pregnant before", "have you had any children",
            "how were your deliveries"]


def _developmental(attribute: str) -> list[str]:
    about = attribute.lower()
    if re.search(r"immuni|vaccin", about):
        return ["are your immunisations up to date", "have you had all your vaccines"]
    if re.search(r"feed|breast|formula", about):
        return ["how is the feeding going", "are you breastfed or bottle fed"]
    if re.search(r"milestone|develop", about):
        return ["are you meeting your milestones", "how is your development"]
    return ["how was the pregnancy and birth", "were you born on time",
            "were there any problems at birth"]


def _for(category: Category, attribute: str, polarity: Polarity) -> list[str]:
    if category in _HPC and category is not C.hpc_other:
        return list(_HPC[category])
    if category is C.hpc_other:
        return _lay(attribute) + list(_HPC[C.hpc_other])
    if category is C.hpc_associated or category.value.startswith("ros."):
        return _symptom(category, attribute)
    builders = {
        C.past_medical: lambda: _past_medical(attribute, polarity),
        C.drugs: lambda: _drugs(attribute, polarity),
        C.allergies: lambda: ["do you have any allergies", "are you allergic to any medicines",
                              "any reactions to medications"],
        C.family: lambda: _family(attribute),
        C.social: lambda: _social(attribute),
        C.sexual: lambda: ["are you sexually active", "do you use condoms",
                           "how many partners have you had recently"],
        C.obstetric: lambda: _obstetric(attribute),
        C.developmental: lambda: _developmental(attribute),
    }
    build = builders.get(category)
    return build() if build else [f"can you tell me about {_about(attribute)}"]


def third_person(question: str, he: str) -> str:
    """'have you had any fevers' -> 'has she had any fevers', for a parent answering."""
    his = "her" if he == "she" else "his"
    him = "her" if he == "she" else "him"
    # 'can you tell me...' is asked of the parent and stays as it is
    question = re.sub(r"\bcan you (tell|show|describe)\b", r"can YOU \1", question)
    swaps = [
        (r"\bhave you\b", f"has {he}"), (r"\bare you\b", f"is {he}"),
        (r"\bwere you\b", f"was {he}"), (r"\bdo you\b", f"does {he}"),
        (r"\bdid you\b", f"did {he}"), (r"\byou've\b", f"{he}'s"),
        (r"\byourself\b", f"{him}self"), (r"\byour\b", his),
    ]
    for pattern, replacement in swaps:
        question = re.sub(pattern, replacement, question)
    question = re.sub(r"\b(when|if|that|what|where|how) you (\w+)",
                      lambda m: f"{m.group(1)} {he} {_third(m.group(2))}", question)
    return re.sub(r"\byou\b", him, question).replace("YOU", "you")


def _third(verb: str) -> str:
    """The verb after 'he' or 'she': 'pee' -> 'pees', 'go' -> 'goes'."""
    irregular = {"have": "has", "do": "does", "go": "goes", "are": "is", "were": "was"}
    if verb in irregular:
        return irregular[verb]
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return verb + "es"
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        return verb[:-1] + "ies"
    return verb + "s"


def examples(category: Category, attribute: str, polarity: Polarity, *,
             proxy_he: str = "") -> list[str]:
    """Two to four questions a student might ask that this fact answers."""
    found = _for(category, attribute, polarity)
    if proxy_he and category is not C.presenting_complaint:
        found = [third_person(q, proxy_he) for q in found]
    unique = list(dict.fromkeys(q.strip() for q in found if q.strip()))
    if len(unique) < 2:
        unique.append(f"tell me about {_about(attribute)}")
    return unique[:4]
