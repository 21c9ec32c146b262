"""Students' lay terms and abbreviations, mapped to the words case authors write.

Both questions and case text pass through the same mapping, so "SOB" in a question meets
"short of breath" in a fact. Longest phrases are replaced first.
"""

from __future__ import annotations

import re
from functools import lru_cache

LAY_TERMS: dict[str, str] = {
    # abbreviations students type
    "sob": "shortness of breath",
    "soboe": "shortness of breath on exertion",
    "cp": "chest pain",
    "pmh": "past medical history",
    "pmhx": "past medical history",
    "dh": "medications",
    "drug history": "medications",
    "fh": "family history",
    "fhx": "family history",
    "sh": "social history",
    "shx": "social history",
    "hx": "history",
    "meds": "medications",
    # the student's own course is no medicine: "I'm Adil, med student"
    "med student": "medical student",
    "med students": "medical students",
    "med stud": "medical student",
    "med stu": "medical student",
    "med school": "medical school",
    "yr": "year",
    "yrs": "years",
    "med": "medication",
    "otc": "over the counter",
    "bp": "blood pressure",
    "hr": "heart rate",
    "rr": "respiratory rate",
    "sats": "oxygen saturation",
    "temp": "temperature",
    "n&v": "nausea and vomiting",
    "n+v": "nausea and vomiting",
    "n/v": "nausea and vomiting",
    "d&v": "diarrhoea and vomiting",
    "d+v": "diarrhoea and vomiting",
    "lmp": "last menstrual period",
    "pv": "vaginal",
    "pr": "rectal",
    "uti": "urine infection",
    "utis": "urine infections",
    "sti": "sexually transmitted infection",
    "stis": "sexually transmitted infections",
    "std": "sexually transmitted infection",
    "mi": "heart attack",
    "dvt": "blood clot in the leg",
    "pe": "blood clot in the lung",
    "loc": "loss of consciousness",
    "etoh": "alcohol",
    "ivdu": "injecting drugs",
    "nsaids": "anti-inflammatory painkillers",
    "nsaid": "anti-inflammatory painkiller",
    "gp": "local doctor",
    "ocp": "contraceptive pill",
    "cocp": "contraceptive pill",
    "hrt": "hormone replacement therapy",
    "wt": "weight",
    "abdo": "abdomen",
    "ed": "emergency department",
    "a&e": "emergency department",
    # lay words
    "the runs": "diarrhoea",
    "runny poo": "diarrhoea",
    "loose stools": "diarrhoea",
    "diarrhea": "diarrhoea",
    "being sick": "vomiting",
    "been sick": "been vomiting",
    "throwing up": "vomiting",
    "threw up": "vomited",
    "thrown up": "vomited",
    "throw up": "vomit",
    "puking": "vomiting",
    # (only with "anything": "brought up in Leeds" or "brought up phlegm" is no vomit)
    "brought anything up": "vomited anything",
    "brought anything back up": "vomited anything",
    "bring anything up": "vomit anything",
    "bringing anything up": "vomiting anything",
    "feel sick": "nauseous",
    "felt sick": "nauseous",
    "feeling sick": "nauseous",
    "queasy": "nauseous",
    "tummy": "abdomen",
    # the GP's practice, not an operation: "flagged up at the surgery" (an operation is
    # "surgery" or "an operation" in students' words, seldom "the surgery")
    "the surgery": "the doctors practice",
    "at your surgery": "at your doctors practice",
    "gp surgery": "doctors practice",
    "belly": "abdomen",
    "stomach": "abdomen",
    "waterworks": "urine",
    "pee": "urine",
    "peeing": "passing urine",
    "wee": "urine",
    "weeing": "passing urine",
    "poo": "bowel motion",
    "pooing": "opening bowels",
    "stools": "bowel motion",
    "water tablets": "diuretics",
    "under the knife": "had an operation",
    "out of puff": "short of breath",
    "earn a crust": "do for work",
    "earn a living": "do for work",
    "knocking back": "drinking",
    "come a cropper": "had a fall",
    "you last come on": "your last period",
    "you last came on": "your last period",
    "had a go at": "tried",
    "gone fuzzy": "gone blurred",
    "bring you out in": "give you an allergic reaction with",
    "brings you out in": "gives you an allergic reaction with",
    "holding up": "coping",
    "queasiness": "nausea",
    "piled on": "gained",
    "were you up to": "were you doing",
    "was she up to": "was she doing",
    "was he up to": "was he doing",
    "up and about": "active",
    "which bit of": "where in",
    "light up": "smoke",
    "able to face": "able to eat",
    "compliant": "taking your tablets as prescribed",
    "compliance": "taking your tablets as prescribed",
    "adherent": "taking your tablets as prescribed",
    "adherence": "taking your tablets as prescribed",
    "antimalarial": "anti malaria",
    "antimalarials": "anti malaria tablets",
    "anti-malaria": "anti malaria",
    "break anything": "fracture",
    "broken anything": "fracture",
    "broke anything": "fracture",
    "break any bones": "fracture",
    "broken any bones": "fracture",
    "broke any bones": "fracture",
    "anti-malarial": "anti malaria",
    "anti-malarials": "anti malaria tablets",
    "breath in": "breathe in",
    "breath out": "breathe out",
    "sugar problem": "diabetes",
    "water pills": "diuretics",
    "blood thinners": "anticoagulants",
    "painkillers": "analgesia",
    "pain killers": "analgesia",
    "the pill": "contraceptive pill",
    "fags": "cigarettes",
    "ciggies": "cigarettes",
    "smokes": "smoking",
    "booze": "alcohol",
    "drink alcohol": "drink alcohol",  # else "do you alcohol", which embeds worse
    "pints": "alcohol",
    "clothes been fitting": "weight been changing",
    # named things no case here holds, so that a question about them is not read as the
    # neighbour it shares words with ("pain during sex" is not the contraception fact)
    "pain during sex": "dyspareunia",
    "pain with sex": "dyspareunia",
    "painful sex": "dyspareunia",
    "sex painful": "dyspareunia",
    "sex hurts": "dyspareunia",
    "pain when you have sex": "dyspareunia",
    "give way": "instability",
    "gives way": "instability",
    "giving way": "instability",
    "gave way": "instability",
    "blood in the sick": "haematemesis blood vomit",
    "blood in your sick": "haematemesis blood vomit",
    "blood in my sick": "haematemesis blood vomit",
    "blood in the vomit": "haematemesis blood vomit",
    "blood in your vomit": "haematemesis blood vomit",
    "blood in her vomit": "haematemesis blood vomit",
    "blood in his vomit": "haematemesis blood vomit",
    "vomited any blood": "haematemesis blood vomit",
    "vomiting blood": "haematemesis blood vomit",
    "vomited blood": "haematemesis blood vomit",
    "sick up blood": "haematemesis blood vomit",
    "sicked up blood": "haematemesis blood vomit",
    "been around anyone": "been in contact with anyone",
    # a finger that points or feels is not asked after
    "run your finger over": "feel",
    "run a finger over": "feel",
    "put your finger on": "point to",
    "put a finger on": "point to",
    "put one finger on": "point to",
    "put a hand on": "point to",
    "put your hand on": "point to",
    "wander off elsewhere": "go anywhere else",
    "wander off anywhere": "go anywhere else",
    "settle it": "ease it",
    "stop off": "stopover",
    "stopped off": "stopover",
    "stop over": "stopover",
    "stopped over": "stopover",
    "clothes fitting": "weight changing",
    "weed": "cannabis",
    "pot": "cannabis",
    "street drugs": "recreational drugs",
    "illegal drugs": "recreational drugs",
    "illicit drugs": "recreational drugs",
    "breathless": "short of breath",
    "breathlessness": "shortness of breath",
    "out of breath": "short of breath",
    "puffed": "short of breath",
    "winded": "short of breath",
    "heart racing": "palpitations",
    "palps": "palpitations",
    "small hours": "night",
    "wee hours": "night",
    "heart pounding": "palpitations",
    "fluttering": "palpitations",
    "passed out": "fainted",
    "pass out": "faint",
    "blacked out": "fainted",
    "black out": "faint",
    "blackout": "faint",
    "blackouts": "faints",
    "keel over": "faint",
    "keeled over": "fainted",
    "nosebleed": "nose bleeding",
    "nosebleeds": "nose bleeding",
    "dizzy": "light-headed",
    "temperature": "fever",
    "temperatures": "fever",
    "thermometer": "fever",
    "temps": "fever",
    "an op": "an operation",
    "any ops": "any operations",
    "apetite": "appetite",
    "appitite": "appetite",
    "makes you pass more water": "diuretics",
    "make you pass more water": "diuretics",
    "makes you wee more": "diuretics",
    "make you wee more": "diuretics",
    "make you pee more": "diuretics",
    "makes you pee more": "diuretics",
    # idioms from fresh question sets (dev-questions-23, -24)
    "abdominal": "abdomen",
    "dizziness": "light-headed",
    "boiling": "feverish",
    "knock it on the head": "stop",
    "knocked it on the head": "stopped",
    "spend a penny": "pass urine",
    "spending a penny": "passing urine",
    "mozzies": "mosquitoes",
    "mozzie": "mosquito",
    "necking": "drinking",
    "intimate with": "having sex with",
    "passed your lips": "you ate",
    "put anything in your stomach": "eaten anything",
    "monthly bleed": "period",
    "lobster red": "sunburnt",
    "go lobster": "get sunburnt",
    "goes lobster": "gets sunburnt",
    "lumps or bumps": "lumps",
    "for protection": "for contraception",
    "use protection": "use contraception",
    "using protection": "using contraception",
    "achy all over": "aching muscles all over",
    "catch you when": "hurt when",
    "catches when": "hurts when",
    "catch when": "hurt when",
    "overseas": "abroad",
    "out of the country": "abroad to another country",
    "outside the uk": "abroad to another country",
    "outside of the uk": "abroad to another country",
    "on the scales": "weight",
    "spitting anything up": "bringing anything up",
    "spit anything up": "bring anything up",
    "coughing anything up": "bringing anything up",
    "cough anything up": "bring anything up",
    "avoiding pregnancy": "contraception",
    "avoid pregnancy": "contraception",
    "jab": "immunisation",
    "long journey": "long travel",
    "long journeys": "long travel",
    # idioms from fresh question sets (dev-questions-25, -27, -28)
    "wacky baccy": "cannabis",
    "swimmy": "light-headed",
    "bleed more easily": "take blood thinners",
    "bleed more": "take blood thinners",
    "holland and barrett": "health food shop", "holland & barrett": "health food shop",
    "kicked it off": "triggered it",
    "bring it on": "trigger it", "brought it on": "triggered it", "brings it on": "triggers it",
    "bring this on": "trigger this", "brought this on": "triggered this",
    # "does it go up and down?" asks whether it comes and goes; "where's it sitting?" where it is
    "go up and down": "come and go", "goes up and down": "comes and goes",
    "going up and down": "coming and going",
    # a cold the illness is not feeling cold: "any cough or cold?" asks after a runny nose,
    # which "have you felt hot and cold?" on a fever fact does not answer (the longest phrase
    # wins, so the entries that map to themselves keep "a cold sweat" and "hot or cold")
    "a cold": "a coryza", "colds": "coryzas", "or cold": "or coryza",
    "cold or flu": "coryza or flu",
    "common cold": "coryza", "head cold": "coryza", "a cold sweat": "a cold sweat",
    "a cold feeling": "a cold feeling", "a cold spell": "a cold spell",
    "hot or cold": "hot or cold", "heat or cold": "heat or cold", "warm or cold": "warm or cold",
    # treated FOR anything asks after conditions; treated it WITH anything, after remedies
    "treated for anything": "treated for any medical conditions",
    "where's it sitting": "where is it", "where is it sitting": "where is it",
    "where's the pain sitting": "where is the pain",
    # "what sets it off?" asked in the present: what makes it worse, not what first caused it
    # ("brings it on" reads as "what brings you in?" to the embedder)
    "what sets it off": "what makes it worse", "what sets them off": "what makes them worse",
    "what gets it going": "what makes it worse", "what brings it on": "what makes it worse",
    "anything that sets it off": "anything that makes it worse",
    "anything that brings it on": "anything that makes it worse",
    "what triggers it": "what makes it worse", "anything trigger it": "anything make it worse",
    "anything seem to trigger it": "anything seem to make it worse",
    "anything that triggers it": "anything that makes it worse",
    "kicked all this off": "triggered all this",
    "kicked this off": "triggered this",
    "sparked it off": "triggered it",
    "sparked all this off": "triggered all this",
    "sparked this off": "triggered this",
    "all through your body": "all over",
    "achy all through": "aching muscles all over",
    "brought any milk back up": "vomited any milk",
    "brought her milk back up": "vomited her milk",
    "brought his milk back up": "vomited his milk",
    "bringing her milk back up": "vomiting her milk",
    "bringing his milk back up": "vomiting his milk",
    "twinges": "pains",
    "twinge": "pain",
    "knocks": "injuries",
    "a knock": "an injury",
    "job centre": "jobcentre",
    "keep yourself active": "exercise",
    "keep active": "exercise",
    "worst-case scenario": "biggest fear",
    "worst case scenario": "biggest fear",
    "going through your head": "on your mind",
    "going through your mind": "on your mind",
    "give you grief": "bother you",
    "giving you grief": "bothering you",
    "gives you grief": "bothers you",
    # surgery needed, not the GP's surgery
    "need surgery": "need an operation",
    "needed surgery": "needed an operation",
    "feverish": "fever",
    "shivers": "rigors",
    "shivering": "rigors",
    "shakes": "rigors",
    "sweats": "sweating",
    "night sweats": "sweating at night",
    "clammy": "sweaty",
    "tired": "fatigue",
    "tiredness": "fatigue",
    "exhausted": "fatigue",
    "worn out": "fatigue",
    "lost weight": "weight loss",
    "losing weight": "weight loss",
    "put on weight": "weight gain",
    "gained weight": "weight gain",
    "heartburn": "indigestion",
    "wind": "flatulence",
    "piles": "haemorrhoids",
    "sugar problems": "diabetes",
    "sugar diabetes": "diabetes",
    # tablets "for his sugar" treat diabetes, not a taste for sweets
    "for his sugar": "for his diabetes",
    "for her sugar": "for her diabetes",
    "for my sugar": "for my diabetes",
    "for their sugar": "for their diabetes",
    "herbal remedies": "herbal supplements",
    "sugar": "glucose",
    "sugars": "glucose",
    "high blood pressure": "hypertension",
    "blood pressure tablets": "antihypertensives",
    # everyday idioms for symptoms and feelings
    "wiped out": "fatigue",
    "knackered": "fatigue",
    "shattered": "fatigue",
    "drained": "fatigue",
    "no energy": "fatigue no energy",
    "the trots": "diarrhoea",
    "back passage": "rectum",
    # the thermometer's "reading" is a temperature
    "highest reading": "highest temperature",
    # bleeding from the bottom is blood in the stool, not the mole's or the spotting's bleed
    "pr bleeding": "blood in your poo",
    "pr bleed": "blood in your poo",
    "rectal bleeding": "blood in your poo",
    "bleeding from your bottom": "blood in your poo",
    "bleeding from your back passage": "blood in your poo",
    "bleeding from the back passage": "blood in your poo",
    "dysphagia": "difficulty swallowing",
    # an illness of its own, not a fever: "ever had glandular fever?"
    "glandular fever": "mononucleosis",
    "pins and needles": "tingling",
    "passing water": "passing urine",
    "pass water": "pass urine",
    "water infection": "urine infection",
    "off your food": "loss of appetite",
    "off his food": "loss of appetite",
    "off her food": "loss of appetite",
    "off my food": "loss of appetite",
    "out of the blue": "suddenly",
    "non-stop": "all the time",
    "nonstop": "all the time",
    "non stop": "all the time",
    "let-up": "easing off",
    "let up": "ease off",
    "playing up": "giving trouble",
    "holding his water": "bladder control",
    "holding her water": "bladder control",
    "holding your water": "bladder control",
    "avoid getting pregnant": "contraception",
    "stop you getting pregnant": "contraception",
    "prevent pregnancy": "contraception",
    "run me through": "tell me",
    "talk me through": "tell me",
    "proper bleed": "period",
    "pain stronger": "pain worse",
    "make it stronger": "make it worse",
    "makes it stronger": "makes it worse",
    "do any good": "help",
    "did any good": "helped",
    "done any good": "helped",
    "frightening you": "worrying you",
    "flare up": "get worse",
    "flares up": "gets worse",
    "flare-up": "getting worse",
    "flare-ups": "getting worse",
    "reckon": "think",
    "theory": "idea",
    "gut feeling": "idea",
    "could you be expecting": "could you be pregnant",
    "you're expecting": "you're pregnant",
    "you are expecting": "you are pregnant",
    "expecting a baby": "pregnant",
    "seeing anyone": "in a relationship with a partner",
    "seeing someone": "in a relationship with a partner",
    "with anyone at the moment": "in a relationship with a partner at the moment",
    "other half": "partner",
    "repeat prescription": "regular medications",
    "under the weather": "unwell",
    "poorly": "unwell",
    "out of nowhere": "suddenly",
    "balloon up": "swell up",
    "balloons up": "swells up",
    "stressing you": "worrying you",
    "stressing about": "worrying about",
    "stressed about": "worried about",
    "disagree with you": "give you a bad reaction",
    "disagreed with you": "gave you a bad reaction",
    "angry-looking": "red",
    "angry looking": "red",
    "disagrees with you": "gives you a bad reaction",
    "chuck up": "vomit",
    "chucked up": "vomited",
    "chucking up": "vomiting",
    "puke": "vomit",
    "puked": "vomited",
    "giddy": "light-headed",
    "woozy": "light-headed",
    "peckish": "hungry",
    "ravenous": "hungry",
    "parched": "thirsty",
    "roll-ups": "cigarettes",
    "off colour": "unwell",
    "feeling rough": "feeling unwell",
    "ticker": "heart",
    "boobs": "breasts",
    "loo": "toilet",
    "at the mo": "at the moment",
    "calpol": "paracetamol",
    "panadol": "paracetamol",
    "nurofen": "ibuprofen",
    "ventolin": "salbutamol inhaler",
    "perspiring": "sweating",
    "perspiration": "sweating",
    "urinate": "pass urine",
    "urinating": "passing urine",
    "urination": "passing urine",
    "micturition": "passing urine",
    "faeces": "bowel motion",
    "motions": "bowel motions",
    "nauseated": "nauseous",
    "lightheaded": "light-headed",
    "light headed": "light-headed",
    "fatigued": "fatigue",
    "lethargic": "fatigue",
    "weary": "fatigue",
    "febrile": "fever",
    "burning up": "fever",
    "shivery": "rigors",
    "puffy": "swollen",
    "menstruation": "menstrual periods",
    "down in the dumps": "low mood",
    "sleeping pills": "sleeping medications",
    "cigs": "cigarettes",
    "coke": "cocaine",
    "skunk": "cannabis",
    "missus": "partner",
    "hubby": "partner",
    "kids": "children",
    "nan": "grandmother",
    "nana": "grandmother",
    "gran": "grandmother",
    "granny": "grandmother",
    "grandad": "grandfather",
    "grandpa": "grandfather",
    "passed away": "died",
    "pass away": "die",
    # Everyday phrases whose words the rules below would misread, kept as they are.
    "fit and well": "fit and well",
    "fit and healthy": "fit and healthy",
    "keep fit": "keep fit",
    "protein shakes": "protein shakes",
    "fits": "seizures",
    # rigors, in a feverish patient's words: shivering, not a seizure
    "shaking fits": "shaking attacks",
    "shivering fits": "shivering attacks",
    # "been anywhere hot recently?": travel, not a fever
    "anywhere hot": "abroad somewhere hot",
    "somewhere hot": "abroad somewhere hot",
    "anywhere warm": "abroad somewhere warm",
    "somewhere warm": "abroad somewhere warm",
    # "lost his sense of smell": the sense, not a smell
    "sense of smell": "anosmia",
    # "eaten alive by mozzies": bitten, not fed
    "eaten alive": "bitten all over",
    # a glass of water is a drink, not the glasses someone wears
    "glass of water": "cup of water",
    "glasses of water": "cups of water",
    # "my trousers are falling down": weight lost, not a fall
    "trousers are falling down": "trousers are loose",
    "trousers keep falling down": "trousers are loose",
    # "I can't shake it": the low mood will not go, nobody trembles
    "shake it": "get rid of it",
    "shake it off": "get rid of it",
    # "fit" alone is as often fitness ("how fit are you?"): only its seizure phrases map.
    "a fit": "a seizure",
    "any fit": "any seizure",
    "fitting": "having seizures",
    "mum": "mother",
    "mom": "mother",
    "dad": "father",
    "folks": "parents",
    "period": "menstrual period",
    "periods": "menstrual periods",
    # "over what time period has it changed?", "a period of weeks": a span of time
    "time period": "time span",
    "period of": "span of",
    "periods of": "spans of",
    "periods where": "spans where",
    "periods when": "spans when",
    "a period where": "a span where",
    "a period when": "a span when",
    "bleed": "bleeding",
    "jabs": "immunisations",
    "vaccines": "immunisations",
    "vaccinations": "immunisations",
    "nappies": "nappies urine",
    "job": "work occupation",
    "for a living": "work occupation",
    "wife": "partner",
    "husband": "partner",
    "boyfriend": "partner",
    "girlfriend": "partner",
    "kip": "sleep",
    "grub": "food",
    "tablets": "medications",
    "pills": "medications",
    "medicines": "medications",
    "medicine": "medication",
    "allergic": "allergies",
    "allergy": "allergies",
}
# a joint replaced was an operation: "did she need surgery?" to "she had both knees replaced"
LAY_TERMS.update({w: f"{w} operation" for w in ("replaced", "replacement", "replacements")})
# an antidepressant named is asked after as one: "ever been on sertraline?" is answered by
# "never been on tablets for it"
LAY_TERMS.update({w: f"{w} antidepressants" for w in (
    "sertraline", "citalopram", "escitalopram", "fluoxetine", "mirtazapine", "venlafaxine",
    "amitriptyline", "paroxetine", "duloxetine")})
# pain passing urine, named, so that a fact on blood in the urine is not its answer; the
# words stay, for the facts that do speak of it
LAY_TERMS.update({f"{hurt} when {who}": f"{hurt} when {who} dysuria"
                  for hurt in ("pain", "hurt", "hurts")
                  for who in ("you pass urine", "you pee", "you wee", "he passes water",
                              "you pass water")})

STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "if",
        "of",
        "to",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "from",
        "into",
        "about",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "am",
        "do",
        "does",
        "did",
        "have",
        "has",
        "had",
        "having",
        "i",
        "me",
        "my",
        "mine",
        "you",
        "your",
        "yours",
        "he",
        "him",
        "his",
        "she",
        "her",
        "they",
        "them",
        "their",
        "it",
        "its",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "what",
        "which",
        "who",
        "whom",
        "when",
        "where",
        "why",
        "how",
        "can",
        "could",
        "would",
        "should",
        "will",
        "shall",
        "may",
        "might",
        "must",
        "any",
        "anything",
        "some",
        "something",
        "ever",
        "just",
        "so",
        "very",
        "really",
        "quite",
        "too",
        "also",
        "please",
        "tell",
        "me",
        "okay",
        "ok",
        "right",
        "well",
        "now",
        "then",
        "than",
        "not",
        "no",
        "yes",
        "all",
        "up",
        "down",
        "out",
        "over",
        "again",
        "ve",
        "ll",
        "re",
        "d",
        "s",
        "t",
        "m",
        "im",
        "youre",
        "dont",
        "doesnt",
        "didnt",
        "isnt",
        "arent",
        "wasnt",
        "havent",
        "hasnt",
        "ive",
        "youve",
        "id",
        "youd",
        "let",
        "lets",
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "doctor",
    ]
)

_WORD = re.compile(r"[a-z0-9&+/'-]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'"})


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    phrases = sorted(LAY_TERMS, key=len, reverse=True)
    alternation = "|".join(re.escape(p) for p in phrases)
    return re.compile(rf"(?<![a-z0-9])(?:{alternation})(?![a-z0-9])")


def lay_pattern() -> re.Pattern[str]:
    """The lay phrases `normalise` replaces, longest first."""
    return _pattern()


@lru_cache(maxsize=8192)  # the guard normalises the same sentence in several rules
def normalise(text: str) -> str:
    """Lower case, straight apostrophes, lay terms and abbreviations in authors' words."""
    text = text.lower().translate(_APOSTROPHES)
    text = re.sub(r"\s+", " ", text).strip()
    # "um, sorry, how old were u?": the hesitation says nothing, and "u" is "you"
    text = _TEXT_SPEAK.sub(lambda m: _TEXT_WORDS[m.group(1)], _FILLERS.sub("", text)).strip()
    # "what are you on, tablet-wise?", "how are you memory-wise?": the thing is what is asked
    text = _WISE.sub(lambda m: f" for {_COUNTED.get(m.group(1), m.group(1))}", text).strip()
    return _pattern().sub(lambda m: LAY_TERMS[m.group(0)], text)


_FILLERS = re.compile(r"(?:^|(?<=[\s,.]))(?:um+|uh+|uhm+|erm+|er|hmm+)\b[,.]?\s*")
_TEXT_WORDS = {"u": "you", "ur": "your", "r u": "are you", "ya": "you", "alrite": "alright",
               "alryt": "alright"}
_TEXT_SPEAK = re.compile(r"\b(r u|u|ur|ya|alrite|alryt)\b(?!['&-])")
_WISE = re.compile(r",?\s*\b(\w+)-wise\b")
# "tablet-wise" asks after the tablets, as "what are you on for tablets?" does
_COUNTED = {w: f"{w}s" for w in ("tablet", "pill", "medicine", "medication", "drug", "inhaler")}


# Words the suffix stripper would turn into another word: "early" is not an ear.
_UNSTEMMED = frozenset({"early", "family"})
# Words of one root that the suffix stripper leaves apart: the pill is contraception, and
# what was ate was eaten
_SAME_STEM = {"contraception": "contracept", "contraceptive": "contracept",
              "contraceptives": "contracept", "ate": "eaten", "wake": "wak", "wakes": "wak",
              "woke": "wak", "woken": "wak", "awake": "wak", "waken": "wak", "wakened": "wak"}


@lru_cache(maxsize=32768)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "coughing" with "cough" and "pains" with "pain"."""
    word = word.strip("'-")
    if word in _UNSTEMMED:
        return word
    if word in _SAME_STEM:
        return _SAME_STEM[word]
    for suffix in (
        "ations",
        "ation",
        "ingly",
        "ings",
        "ing",
        "edly",
        "ies",
        "ied",
        "ed",
        "es",
        "ly",
        "s",
    ):
        if len(word) > len(suffix) + 2 and word.endswith(suffix):
            word = word[: -len(suffix)]
            if suffix in ("ies", "ied"):
                word += "y"
            break
    return word


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry meaning, from text already normalised."""
    words = _WORD.findall(text.replace("'", ""))
    return [stem(w) for w in words if w not in STOPWORDS and len(w) > 1]


# Words that name what a question is about: a symptom, a part of the body, a condition, a
# procedure, an exposure or a part of someone's life. A question that names one the case
# never mentions is asking about something the case does not hold ("any pets?" to a case
# with a home but no animals), however close its wording comes to a fact's. Words that
# only shape a question ("stay", "manage") and words for pain in general ("sore", "ache")
# are not here: they name nothing the case could lack.
BODY_TERMS = """
head neck chest back arm arms shoulder elbow wrist hand hands finger fingers thumb nail nails
leg legs hip hips knee knees ankle ankles foot feet toe toes calf calves thigh groin buttock
eye eyes ear ears nose throat mouth teeth tooth tongue gums jaw lips face scalp hair skin
abdomen bowel bowels bladder kidney kidneys liver heart lung lungs breast breasts nipple
testicle testicles scrotum penis vagina vulva womb uterus ovary prostate spine joint joints
muscle muscles bone bones gland glands armpit brain blood fingernail fingernails toenail toenails
"""

TOPIC_TERMS = BODY_TERMS + """
fever sweating sweaty rigors chills weight appetite fatigue energy lethargy
cough sputum phlegm wheeze wheezing breathing breath palpitations light-headed faint fainted
vertigo headache headaches migraine vision eyesight hearing deafness tinnitus numbness
tingling weakness paralysis seizure seizures tremor shaking confusion memory speech
rash rashes itch itching itchy lump lumps swelling swollen bruise bruising bleeding
injury injuries injured
vomiting vomited nausea nauseous diarrhoea constipation indigestion reflux swallowing
jaundice yellow urine thirst thirsty discharge incontinence flatulence haemorrhoids
menstrual pregnancy pregnant miscarriage contraception contraceptive menopause smear
mood sleep sleeping insomnia nightmares anxiety anxious stress stressful stressed panic worry
hallucinations
voices suicide self-harm depression depressed mental psychiatric
covid covid-19 coronavirus flu influenza cold colds coryza coryzas infection infections pneumonia
tuberculosis tb hiv hepatitis measles chickenpox shingles malaria meningitis sepsis
diabetes diabetic asthma hypertension cholesterol cancer tumour stroke epilepsy thyroid
arthritis gout osteoporosis clot clots anaemia sickle eczema psoriasis allergies hay
dementia alzheimer's parkinson's angina heart-attack ulcer gallstones appendicitis
operation operations surgery transfusion transfusions transfused donor donated anaesthetic
transplant biopsy teething
x-ray scan scans endoscopy colonoscopy stent pacemaker dialysis chemotherapy radiotherapy
immunisations jab injection injections screening hospital admission admissions
insulin warfarin anticoagulants antidepressants antibiotics inhaler inhalers steroids statin
statins chemotherapy
pet pets animal animals dog dogs cat cats bird birds parrot farm livestock
travel travelled abroad holiday flight flights trip overseas
cigarettes smoking smoke vape vaping alcohol cannabis cocaine heroin injecting
occupation work exercise sport sports gym jogging diet food eating caffeine coffee
driving drive car money finances debt housing stairs carer carers partner children
sex sexual condoms
tattoo tattoos piercing piercings sunbed sunburn sun
nicotine chemicals pesticides weedkiller stopover layover pendant alarm gambling gamble guns
weapons firearms counselling counsellor snoring glucose
burning stinging redness soreness childhood upbringing school religion faith hobbies
physio physiotherapy physiotherapist takeaway takeaways glasses spectacles soap soaps cream
creams bite bitten clinic complications sinus sinuses
chew chewing pus scratching scratch drooling floaters photophobia libido impotence
erection cramp cramps ulcers sores bedsores hoarse hoarseness sneezing bedwetting hiccups
bloating belching piles acne warts verrucas boils blisters hives dandruff
surgeon surgeons orthopaedic orthopaedics urologist urologists urology cardiologist
neurologist dermatologist psychiatrist psychologist gynaecologist rheumatologist oncologist
endocrinologist gastroenterologist specialist consultant chiropractor osteopath acupuncture
optician dentist midwife
benefits grandchildren grandchild dvla airline insurance mortgage landlord pension
wine spirits whisky vodka gin rum brandy cider
fatty spicy greasy dairy gluten chocolate shellfish seafood nuts peanuts latex
herbal supplements vitamins homeopathic remedies laxatives antacids morphine tramadol
diazepam hrt
endometriosis ectopic fibroids polyps glaucoma cataract cataracts apnoea coeliac
crohn's colitis hernia varicose lupus pancreatitis cirrhosis emphysema bronchitis
cervical mammogram angiogram ultrasound mri
socks stockings swimming camping hiking safari ticks unpasteurised asbestos dust mould
fumes solvents pigeons budgie
dyspareunia instability haematemesis knock knocks knocked bump bumps contact dysuria
fracture fractures dosette blister
counter chemist chemists pharmacy pharmacist
bereavement bereavements bereaved grieving funeral jobcentre
mucus slime taste smell balance spare leisure worker workers sti stis
"""


# Words a patient's sentence claims with that a student's question seldom asks by: "it keeps
# me awake", "back and forth to the toilet", "he fell", "a tummy bug"
CLAIM_TERMS = """
awake waking woke woken toilet fell bug
heel heels shin shins knuckle knuckles earache earaches goosebumps drooling
snot snotty wetting
"""
# Topics a question names ("have you had a fall?", "any change in a mole?") that the guard's
# claim readers were measured without: in a patient's sentence they are often a fear or an
# aside ("I'm frightened he'll fall again", "wasting your time over a mole"), so only the
# question's reading counts them. Drugs named by name are among them: "do you take lithium?"
# is not answered by "never taken drugs" (an antidepressant named is read as one, above).
ASKED_TERMS = """
fall falls mole moles freckle freckles insect insects appendix appendicectomy flush flushes
flushing weak eaten water rectum rectal anus toothache dental diuretic diuretics
antipsychotic antipsychotics immunosuppressant immunosuppressants church chapel mosque
dentures denture irritable irritability fertility ivf twins undercooked soil grazes fibrosis
anosmia slimming anaemic rat rats mice mouse rodents vermin
aspirin clopidogrel apixaban rivaroxaban heparin simvastatin atorvastatin ramipril lisinopril
bisoprolol propranolol atenolol amlodipine furosemide bendroflumethiazide spironolactone metformin
gliclazide levothyroxine thyroxine carbimazole omeprazole lansoprazole naproxen diclofenac codeine
co-codamol gabapentin pregabalin zopiclone lorazepam prednisolone amoxicillin penicillin
trimethoprim nitrofurantoin doxycycline
sumatriptan donepezil memantine tamsulosin finasteride oxybutynin lithium allopurinol colchicine
methotrexate digoxin hydroxychloroquine quetiapine olanzapine risperidone haloperidol
valproate lamotrigine levetiracetam carbamazepine phenytoin orlistat viagra sildenafil tramadol
"""


@lru_cache(maxsize=1)
def topic_stems() -> frozenset[str]:
    return frozenset(content_stems(normalise(TOPIC_TERMS + ASKED_TERMS)))


@lru_cache(maxsize=1)
def claim_topic_stems() -> frozenset[str]:
    return frozenset(content_stems(normalise(TOPIC_TERMS + CLAIM_TERMS)))


@lru_cache(maxsize=1)
def plain_claim_stems() -> frozenset[str]:
    return frozenset(content_stems(normalise(CLAIM_TERMS)))


@lru_cache(maxsize=1)
def body_stems() -> frozenset[str]:
    return frozenset(content_stems(normalise(BODY_TERMS)))


def is_body_part(stem_: str) -> bool:
    """A part of the body: in a question it often only says where ("pain up near your
    neck or your shoulder?"), where a drug, a procedure or an exposure is what is asked."""
    return stem_ in body_stems()


def _names_one_of(topics: frozenset[str], stem_: str) -> bool:
    # a short stem must be one of them exactly: "tri" (tried) is not "trip"
    if stem_ in topics or (len(stem_) >= 5 and covers(topics, stem_)):
        return True
    # "weight-loss pills" name the weight
    return "-" in stem_ and any(_names_one_of(topics, stem(w)) for w in stem_.split("-") if w)


@lru_cache(maxsize=4096)
def is_topic(stem_: str) -> bool:
    """Does this stem name a topic ("transfus" from "transfused" as well as "transfusion")?"""
    return _names_one_of(topic_stems(), stem_)


@lru_cache(maxsize=4096)
def is_claim_topic(stem_: str) -> bool:
    """A topic as the guard reads a patient's sentence: without `ASKED_TERMS`."""
    return _names_one_of(claim_topic_stems(), stem_)


@lru_cache(maxsize=256)
def _by_prefix(vocabulary: frozenset[str]) -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for v in vocabulary:
        if len(v) >= 3:
            index.setdefault(v[:3], []).append(v)
    return {prefix: tuple(words) for prefix, words in index.items()}


# stems one letter apart that name different things: a clot is not a cloth
_APART = frozenset({frozenset({"clot", "cloth"})})


@lru_cache(maxsize=65536)
def covers(vocabulary: frozenset[str], term: str) -> bool:
    """Does a vocabulary hold this stem, allowing for the crude stemmer ("kne" and "knee")?"""
    if term in vocabulary:
        return True
    if len(term) < 3:
        return False
    for v in _by_prefix(vocabulary).get(term[:3], ()):
        if frozenset({v, term}) in _APART:
            continue
        short, long = (v, term) if len(v) <= len(term) else (term, v)
        if long.startswith(short) and len(long) - len(short) <= 3 and (
                len(short) >= 0.7 * len(long) or long == f"{short}nes"):
            return True  # "sorenes" (soreness) is "sore"
    return False


# People a question may ask about besides the patient ("does your wife smoke?"), each group
# the words that name the same person. A fact about the patient's own smoking does not say
# whether the wife smokes, however near the question reads to it.
PEOPLE: dict[str, tuple[str, ...]] = {
    "partner": ("wife", "husband", "partner", "boyfriend", "girlfriend", "spouse"),
    "mother": ("mum", "mother", "mom", "mam"),
    "father": ("dad", "father"),
    "child": ("daughter", "son", "child", "children", "kids", "kid", "baby", "boys", "girls",
              "sons", "daughters"),
    "sibling": ("brother", "sister", "brothers", "sisters"),
    "grandparent": ("grandad", "grandfather", "granddad", "grandpa", "gran", "granny",
                    "grandmother", "grandma", "nan", "nana"),
    "friend": ("friend", "friends", "flatmate", "flatmates", "housemate", "housemates",
               "colleague", "colleagues"),
}
# Words of a group that name one kind of person only: a sister is not a brother
_KINDS = (("brother", "brothers"), ("sister", "sisters"), ("son", "sons", "boys"),
          ("daughter", "daughters", "girls"), ("grandad", "grandfather", "granddad", "grandpa"),
          ("gran", "granny", "grandmother", "grandma", "nan", "nana"))
_ONE_OF = {w: kind for kind in _KINDS for w in kind}
# How an informant who is not the patient hears the patient named: to a mother the patient
# is "your daughter", to a daughter "your dad".
_PATIENT_TO_INFORMANT = {
    "mother": "child", "father": "child", "parent": "child",
    "daughter": ("mother", "father"), "son": ("mother", "father"),
    "wife": "partner", "husband": "partner", "partner": "partner",
}
# every word for someone, as a regex alternation
PEOPLE_WORDS = "|".join(w for words in PEOPLE.values() for w in words)
# "what about brothers or sisters?" names them as surely as "your brother" does
_PERSON = re.compile(r"\b(?:your|his|her|their|any|about) (?:(?:big|little|older|younger|elder|"
                     r"eldest|youngest|baby|twin|late|step|half)[- ])?(" + PEOPLE_WORDS + r")\b")


# "I live with my wife, Carol", "her big brother Alfie": a name the case gives someone
_NAMED = re.compile(r"\b(?:my|her|his|our|their) (?:(?:big|little|older|younger|baby) )?("
                    + "|".join(w for words in PEOPLE.values() for w in words)
                    + r"),? ([A-Z][a-z]+)\b")


def people_named(texts: list[str]) -> dict[str, tuple[str, ...]]:
    """The names a case's words give people other than the patient, each with the words for
    who they are: a question may ask after "Alfie" where it would have said "her brother"."""
    named: dict[str, tuple[str, ...]] = {}
    for text in texts:
        for match in _NAMED.finditer(text):
            words = next(ws for ws in PEOPLE.values() if match.group(1) in ws)
            named.setdefault(match.group(2).lower(), words)
    return named


def other_person(norm: str, relationship: str = "",
                 named: dict[str, tuple[str, ...]] | None = None) -> tuple[str, ...]:
    """The words for someone other than the patient that a question asks about, or ()."""
    if _WITH_YOU.search(norm):
        return ()  # "what do you and your partner use?" asks the patient too
    patient = _PATIENT_TO_INFORMANT.get(relationship.lower(), ())
    patient_groups = {patient} if isinstance(patient, str) else set(patient)
    found: list[str] = []  # "your mum or dad": either of them
    matches = list(_PERSON.finditer(norm))
    matches += list(_ALSO_PERSON.finditer(norm)) if matches else []
    for match in matches:
        for group, words in PEOPLE.items():
            if match.group(1) in words and group not in patient_groups:
                # "your sister" is not the brother a fact names; "your mum", "your mam"
                # are one person
                found += [w for w in _ONE_OF.get(match.group(1), words) if w not in found]
    for name, words in (named or {}).items():
        if re.search(rf"\b{name}\b", norm) and not re.search(rf"\b{name} and you\b", norm):
            # "what does Dave do for a living?": him, by the name the case gives him
            found += [w for w in (name, *words) if w not in found]
    if found:
        return tuple(found)
    if _SOMEONE_ELSE.search(norm):
        return ("else",)  # a fact that speaks of anyone else has "else" among its words
    return ()


_ALSO_PERSON = re.compile(r"\b(?:or|and) (" + PEOPLE_WORDS + r")\b")
_WITH_YOU = re.compile(r"\byou and your\b|\byour \w+ and you\b")
# "did anyone else catch the bug?": someone other than the patient, unnamed
_SOMEONE_ELSE = re.compile(r"\b(?:anyone|anybody|someone|somebody) else\b")
