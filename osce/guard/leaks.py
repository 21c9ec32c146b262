# ruff: noqa: E501  (a table of glosses reads better one entry to a line)
"""Leaks through meaning rather than wording: the answer key embedded once per case, with
short lay glosses of each concept, and the frames in which a patient floats a diagnosis
("could it be", "I'm scared it's", "the paramedic said it was").

A sentence is compared with every answer-key vector. Inside a guess frame a moderate
likeness is enough, because the frame says a diagnosis is being named; outside one only a
close likeness counts. Either way, a disclosable fact that says the same thing wins (the
patient may voice an idea the case gives them), and so does a relative's own illness.
"""

from __future__ import annotations

import re

# How a patient floats a diagnosis: a guess, a worry, a hope it is not, or someone else's word.
GUESS = re.compile(
    r"\b(could (it|this|that|he|she|i|my|those|these|they|something|the|a|an|there)\b|"
    r"might (it|this) be|maybe (it'?s|it is|i'?ve|he'?s|she'?s|i have|that'?s|my)|"
    r"perhaps (it'?s|it is|i'?ve)|what if|is it (a|an|that|the|my|some|one of|just)?\b|"
    r"is (this|that) (a|an|that|the)?\b|could this be|would it be|"
    r"(i|we) (reckon|think|thought|suspect|wonder|wondered|wondering|was wondering|did wonder|bet|"
    r"guess|keep thinking|keep wondering|keep picturing|keep imagining|can'?t stop thinking|am worried|'?m worried|was worried|'?m scared|was scared|'?m terrified|"
    r"'?m frightened|fear|dread|read|googled|looked it up)|"
    r"(worried|scared|terrified|frightened|afraid|convinced|sure|feeling) (it'?s|it is|it was|it might|"
    r"it could|that|i'?ve|i have|i'?d|i'm having|he'?s|he has|she'?s|i'?m|my|"
    r"there'?s|there is|there might|there could|there'?ll|she'?ll|he'?ll)|"
    r"(i'?m|i am|we'?re) (so |really )?(worried|scared|terrified|frightened|afraid)\b|"
    r"(i|we)('m| am|'re|'ve been|'ve started| have been| started) (now )?wondering|"
    r"horrible feeling|tell me it'?s not|hope it'?s not|it'?s not (a|an) .{0,30}, is it|"
    r"(said|says|reckons|thinks|thought|mentioned|wrote|told me|reckoned|suggested|wonders|"
    r"wondered|asked|asks|worries|is worried|was worried|"
    r"warned|looked it up)\b.{0,40}\b(it|might|could|sounds|looked|probably|maybe|was|is)\b|"
    r"sounds like|looks like|looked like|the \w+ kind|that \w+ thing|one of those|"
    r"haven'?t i|isn'?t it|don'?t they|hasn'?t it|hasn'?t he|has it|have i|"
    r"(gone|turned|tipped|spread|got) (in)?to|same as|called)")

# Lay glosses of answer-key concepts: (what finds the concept in a term, how a patient
# might say it). Embedded once per case for the terms a case's key holds.
GLOSSES: list[tuple[str, tuple[str, ...]]] = [
    (r"myocardial infarction|nstemi|coronary|acute coronary|\bmi\b|heart attack|angina", (
        "my heart is not getting enough blood", "a heart attack", "a blocked artery in my heart")),
    (r"dissection", ("a tear in the main artery from the heart", "my aorta has split",
                     "the big blood vessel out of my heart has torn")),
    (r"pericarditis", ("inflammation of the lining around my heart",)),
    (r"pulmonary embol|clot in the lung|\bpe\b", ("a blood clot that has gone to my lungs",
                                                  "a clot on my lung")),
    (r"pneumothorax", ("my lung has collapsed", "a punctured lung")),
    (r"pneumonia", ("a chest infection in my lung",)),
    (r"pleurisy", ("inflammation of the lining of my lung",)),
    (r"melanoma|skin cancer|malignan|carcinoma", ("it has turned into skin cancer", "it has gone malignant",
                                                  "the mole is cancerous")),
    (r"metasta|spread|nodular|melanoma", ("the cancer has spread to the glands under my arm",
                                          "it has spread into my lymph nodes")),
    (r"seborrh", ("a harmless wart that comes with age",)),
    (r"diabetes|t1d|insulin", ("my pancreas has stopped making insulin", "I have sugar diabetes",
                               "high blood sugar disease")),
    (r"ketoacidosis|\bdka\b", ("acid building up in my blood from diabetes", "DKA",
                                "my sugar is so high I will go into a diabetic coma")),
    (r"thyroid", ("my thyroid is overactive", "my thyroid is running slow")),
    (r"appendi", ("my appendix is inflamed", "my appendix has burst")),
    (r"torsion", ("my testicle has twisted", "my ovary has twisted round")),
    (r"mesenteric", ("swollen glands inside my tummy",)),
    (r"ureteric|renal colic|stone", ("a kidney stone",)),
    (r"delirium|confusional", ("sudden confusion from being ill",)),
    (r"anticholinergic|drug toxicity|oxybutynin", ("his new tablets are making him confused",)),
    (r"subdural|haematoma|haemorrhage|bleed", ("a bleed on the brain", "bleeding under the skull")),
    (r"aneurysm", ("a blood vessel in my head has burst",)),
    (r"stroke", ("he has had a mini stroke",)),
    (r"urinary tract infection|uti|urosepsis", ("a water infection",)),
    (r"sepsis|septic", ("blood poisoning", "an infection in the blood",
                        "the bug has got into the bloodstream",
                        "her organs are shutting down")),
    (r"malaria", ("malaria from a mosquito bite", "malaria affecting the brain",
                 "it has gone to my brain")),
    (r"osteoarthr|degenerative|wear and tear", ("my knee is worn out", "arthritis in my knee")),
    (r"meniscal|menisc", ("I have torn a cartilage in my knee",)),
    (r"septic arthritis", ("an infection in the joint",)),
    (r"gout|pyrophosphate", ("gout crystals in the joint",)),
    (r"hip", ("the pain is coming from my hip",)),
    (r"tumour|metastasis", ("bone cancer", "a growth in the bone")),
    (r"meningitis|meningococc", ("meningitis", "an infection of the lining of the brain")),
    (r"thunderclap|vasoconstriction", ("a thunderclap headache",)),
    (r"ectopic|tubal", ("a pregnancy stuck in my tube", "a pregnancy outside the womb")),
    (r"miscarriage", ("I am losing the baby",)),
    (r"corpus luteum|cyst", ("a cyst on my ovary has burst",)),
    (r"pelvic inflammatory", ("an infection in my womb and tubes",
                              "the infection has spread up inside me")),
    (r"non.accidental|abuse|safeguarding", ("someone has hurt her on purpose",
                                             "the bruises are from somebody hurting her")),
    (r"leukaemia", ("blood cancer",)),
    (r"thrombocytopeni|itp", ("low platelets in the blood",)),
    (r"vasculitis|henoch", ("inflamed blood vessels in the skin",)),
    (r"depress", ("clinical depression",)),
    (r"bipolar", ("manic depression",)),
    (r"anxiety", ("an anxiety disorder",)),
    (r"alcohol", ("I am dependent on alcohol", "I have a drink problem")),
    (r"kidney injury|renal failure|\baki\b", ("my kidneys are failing", "the tablets have damaged my kidneys")),
    (r"obstructi", ("something is blocking my urine from coming out",)),
    (r"hyperkal", ("my potassium is too high",)),
    (r"haemolytic uraemic", ("the bug has poisoned my kidneys",)),
    (r"typhoid|enteric", ("typhoid",)),
    (r"dengue", ("dengue fever from a mosquito",)),
    (r"polydipsia|psychogenic", ("I drink too much out of habit or nerves",
                                 "the drinking is all in my head")),
    (r"insipidus", ("a hormone problem that makes me pass all the water I drink",)),
    (r"interstitial nephritis", ("an allergic reaction in my kidneys to a medicine",)),
    (r"glomerulonephritis", ("inflammation of the filters in my kidneys",)),
    (r"pyelonephritis", ("an infection that has gone up to my kidneys",)),
    (r"haemangioma", ("a little spot made of blood vessels that has clotted",)),
    (r"perforat|peritonitis", ("it has split open inside me",)),
    (r"rhabdomyolysis", ("his muscles breaking down from lying on the floor",)),
    (r"urinary retention", ("he cannot empty his bladder",)),
    (r"hyponatraemia", ("his salt is too low in his blood",)),
    (r"hypercalcaemia", ("too much calcium in the blood",)),
    (r"haemorrhagic fever|lassa|ebola", ("a disease where you bleed from everywhere",
                                         "a bleeding fever from West Africa",
                                         "Lassa fever")),
]

# A relative's own illness is family history, not a guess about the patient, unless the
# sentence puts it on the patient as well.
SELF_APPLIED = re.compile(r"\b(i('ve| have)? got|i have|i'?m|i think|i bet|same as|just like|like (my )?"
                          r"(mum|dad|mother|father)|it'?s|this is|maybe|could|reckon|worried|"
                          r"scared|terrified|he'?s got|she'?s got|he has|she has|has he|has she|"
                          # "and I've wondered whether mine's rheumatoid arthritis"
                          r"mine('?s| is| sounds| looks| seems| might| could| may)|"
                          r"wonder(ed|ing)? (if|whether)|"
                          # "I've inherited the same gonarthrosis"
                          r"inherit(ed|ing)?)\b")
PAST = re.compile(r"\b(years? (ago|back)|when (i|he|she) was|as a (child|kid|baby)|in (my|his|her) "
                  r"(teens|twenties|thirties|forties)|back in (19|20)\d\d|last year|had (a|an) \w+ "
                  r"(in|back in) (19|20)\d\d)\b")
KEY_SPLIT = re.compile(r",|;|\(|\)|\bsecondary to\b|\bafter\b|\bprovoked by\b|\bwith\b|\bor\b|\bfrom\b")


def key_texts(terms: list[str]) -> list[tuple[str, str]]:
    """(answer-key term, text to embed): the term, its parts, and the glosses it triggers."""
    out: list[tuple[str, str]] = []
    for term in terms:
        out.append((term, term))
        for part in KEY_SPLIT.split(term):
            part = part.strip(" .")
            if len(part) > 3 and part.lower() != term.lower():
                out.append((term, part))
        low = term.lower()
        for trigger, glosses in GLOSSES:
            if re.search(trigger, low):
                out.extend((term, g) for g in glosses)
    seen: set[str] = set()
    unique = []
    for term, text in out:
        if text.lower() not in seen:
            seen.add(text.lower())
            unique.append((term, text))
    return unique


def self_applied(low: str, relative: re.Match[str]) -> bool:
    """Does a sentence that names a relative put the illness on the patient too ("I think
    it's burst, like Mum's did")? Read without the relative's own words."""
    if re.search(r"\b(like|same as|just like) (my |our )?$", low[:relative.start()]):
        return True
    return bool(SELF_APPLIED.search(low[:relative.start()] + " " + low[relative.end():]))


# a trailing "I think" hedges a report ("his arm's been weak since the fall, I think"); it
# floats nothing
_HEDGE_TAIL = re.compile(r",?\s*\b(i think|i reckon|i guess|i suppose)\W*$")
# the question asks for a worry or an idea: the answer is the patient's guess, said bare
# ("That it's already burst.")
ASKS_GUESS = re.compile(r"\b(worr\w*|concern\w*|scared|afraid|frightened|fear\w*|what do you think|"
                        r"what'?s causing|what might|what could|any ideas?|think it (is|might|could))\b")


def guessing(sentence: str, question: str = "") -> bool:
    """Does the sentence float a diagnosis (a guess, a worry, someone else's word)?"""
    low = _HEDGE_TAIL.sub("", sentence.lower().replace("’", "'"))
    return bool(GUESS.search(low)) or bool(ASKS_GUESS.search(question.lower()))
