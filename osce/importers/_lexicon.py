"""Keyword maps the AgentClinic importer sorts text with.

Ordered lists, not dicts, where order matters: the first pattern that matches wins, so
specific phrases ("chest pain") come before general ones ("pain").
"""

from __future__ import annotations

import re

from osce.models.case import Category

C = Category


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


# --- text that is not a history fact --------------------------------------------------------

# "Information not provided", "N/A": the source has nothing to say, so no fact is made.
NOT_PROVIDED = _rx(
    r"\bnot (?:provided|specified|available|applicable|mentioned|documented|known|given|"
    r"described|recorded)\b|^\s*n/?a\b|\bno (?:\w+ ){0,4}(?:information|details?|data)\b|"
    r"\b(?:didn't|did not|does not|doesn't) (?:provide|specify|mention)\b|"
    r"\b(?:provided|mentioned|specified|available|given|documented)\s*\.?\s*$|"
    r"\bunable to provide\b|\bnone provided\b|\bnot applicable\b|\bno mention\b|"
    r"\bdue to (?:the )?(?:patient's )?age\b|\bnot relevant\b|\bno (?:\w+ )?relevant\b|"
    r"\bno pertinent\b"
)

# What someone saw rather than what the patient says: these become an exam finding.
OBSERVATION = _rx(
    r"\bappears?\b|\bexamination\b|\bexam\b|\bvital signs\b|\btemperature of\b|\bpulse\b|"
    r"\brespirations\b|\bnoted to be\b|\boriented\b|\balert and\b|\bauscultation\b|"
    r"\bmurmur\b|\bshows signs\b|\bshowing signs\b|\bfontanelle\b|\bpupils\b|\bsomnolent\b|"
    r"\bpresents as\b|\bis showing\b|\bon inspection\b|\bobserved to\b|\bdistress,|"
    r"\bavoids questions\b|\bshows apathy\b|\bis noted\b|\bbowel sounds\b|\breflexes\b"
)

# Secondary "symptoms" that only an examiner could know.
SIGN = _rx(
    r"\bexam\b|\bexamination\b|\breflex(?:es)?\b|\bicterus\b|\bmurmur\b|\bbowel sounds\b|"
    r"\bfasciculations?\b|\borthostatic\b|\bpitting\b|\bnoted\b|\bon palpation\b|"
    r"\bauscultation\b|\bretractions\b|\bnasal flaring\b|\baffect\b|\boriented\b|"
    r"\blesion has\b|\bborders\b|\bplantar\b|\bability to move\b|\bdistal interphalangeal\b|"
    r"\bconjunctiva\b|\btenderness at\b|\bhypopigmented macules\b|\brigidity\b|"
    r"\bdilated tortuous\b|\bscratch marks\b|\bexcoriations\b|\bmucositis\b|"
    r"\bappears\b|\bshortened, flexed\b"
)

# "No significant past medical history" and friends: one absent fact, not a list.
PMH_NONE = _rx(
    r"\bno (?:other |known |notable |significant |other significant |serious |major )*"
    r"(?:past |previous |prior )?(?:medical|psychiatric|surgical)(?: or (?:surgical|"
    r"psychiatric|medical))? (?:history|issues|problems|conditions)\b|\bunremarkable\b|"
    r"\b(?:previously|otherwise|generally) (?:healthy|well)\b|"
    r"\b(?:not report|denies|without) any (?:significant )?(?:past )?medical history\b|"
    r"\bno (?:history of )?"
    r"(?:serious|significant|major) (?:illness|illnesses|medical)\b|\bno known chronic\b|"
    r"\bno past medical history\b|\bno significant (?:medical|past medical) (?:history|issues)\b"
    r"|\bno other significant (?:\w+ )?history\b|\bno significant history\b"
)

# "Denies any other systemic symptoms": one absent 'anything else' fact.
ROS_NONE = _rx(
    r"\ball (?:other )?systems?\b|\bsystems? review\b|\breview of systems\b|"
    r"\bunremarkable\b|\bno (?:other|additional|significant|further) (?:\w+ )?"
    r"(?:complaints|symptoms|abnormalities|findings|problems)\b|"
    r"\b(?:denies|deny|not report) any other\b|\bno other (?:systemic )?complaints\b|"
    r"\bessentially negative\b|\bwithin normal limits\b|\bno significant findings\b"
)

MEDS_NONE = _rx(
    r"\b(?:takes no|not on any|no|denies taking any|does not take any|doesn't take any|"
    r"not taking any|is not on any|without any|not started any)\s+"
    r"(?:regular |current |prescribed |other |new )?medications?\b"
)

ALLERGY = _rx(r"\ballerg\w*|\badverse (?:drug )?reactions?\b")

# --- which part of the history a sentence belongs to ---------------------------------------

FAMILY = _rx(
    r"\bfamily history\b|\bfamilial\b|\bin the family\b|\bruns in the family\b|"
    r"\b(?:mother|father|brother|sister|uncle|aunt|grandmother|grandfather|sibling|cousin|"
    r"parent)s?(?:'s)?\b[^.]*\b(?:has|had|have|history|died|diagnosed|suffer\w*|with|"
    r"underwent|committ\w*|similar|treated)\b"
)
OBSTETRIC = _rx(
    r"\bgravida\b|\bpara \d|\bpostpartum\b|\bcesarean\b|\bcaesarean\b|\bchildbirth\b|"
    r"\bmenarche\b|\bmenses\b|\bmenstrua\w*|\bperiods?\b|\bpregnan\w*|\bgestation\b|"
    r"\bdeliver(?:ed|ing|ies|y)\b|\bcontractions\b|\bmiscarriage\b|\bfetal\b|"
    r"\bbaby move|\bconceive\b|\bnulliparous\b|\bvaginal deliver"
)
DEVELOPMENTAL = _rx(
    r"\bborn\b|\bbirth\b|\bgestation\w*|\bdeliver\w*|\bimmuni[sz]\w*|\bvaccin\w*|"
    r"\bmilestones?\b|\bbreast-?fe\w*|\bbreastfeeding\b|\bformula\b|\bprenatal\b|"
    r"\bantenatal\b|\bapgar\b|\bneonatal\b|\bprematur\w*|\bnicu\b|\bpregnancy\b|"
    r"\bdevelopment\w*"
)
SEXUAL = _rx(r"\bsexual\w*|\bcondoms?\b|\bunprotected sex\b|\bhigh-risk sex|\bmultiple partners\b|"
             r"\b(?:fe)?male partners?\b|\b\d+ (?:\w+ )?partners\b|\bdiaphragm\b")
PMH = _rx(
    r"\b(?:past )?medical history\b|\bhas (?:a |known |an? )?(?:significant |long |known )?"
    r"history of\b|\bhistory significant\b|\b(?:was |been |recently )?diagnosed\b|"
    r"\bhas known\b|\bunderwent\b|\bhistory includes\b|\bknown history\b|"
    r"\bprevious(?:ly)? (?:treated|diagnosed)\b|\btreated for\b|"
    r"\bhad an? (?:documented|known|previous|prior)\b"
)

# Social history: (pattern, attribute). Exposure comes before smoking so a child's
# "no exposure to tobacco smoke" is about exposure, not the child's own smoking.
SOCIAL: list[tuple[re.Pattern[str], str]] = [
    (_rx(r"\bexpos\w*|\btoxins?\b|\bpets?\b|\blivestock\b|\banimal"), "exposures"),
    (_rx(r"\bsick contacts?\b|\bcontact with sick\b|\bill contacts?\b"), "sick contacts"),
    (_rx(r"\bsmok\w*|\bcigar\w*|\btobacco\b|\bpack-?years?\b|\bpacks? (?:a|per|of|daily)\b"),
     "smoking"),
    (_rx(r"\balcohol\w*|\bdrinks?\b|\bdrinking\b|\bbeers?\b|\bwine\b|\bvodka\b|\bspirits\b|"
         r"\bteetotal\b"), "alcohol"),
    (_rx(r"\bcocaine\b|\becstasy\b|\bmarijuana\b|\bcannabis\b|\billicit\b|\brecreational\b|"
         r"\bdrug use\b|\bsubstance (?:use|abuse|misuse)\b|\bheroin\b|\bopioids?\b|\bsteroid use\b|"
         r"\banabolic\b|\bdrug abuse\b|\bdrugs\b"), "recreational drugs"),
    (_rx(r"\btravel\w*|\btrip\b|\breturned from\b|\bimmigrat\w*|\bvisit(?:ed)? to\b|"
         r"\babroad\b|\bconference\b"), "recent travel"),
    (_rx(r"\bincarcerat\w*|\bprison\b|\bjail\b"), "incarceration"),
    (_rx(r"\bstress\w*|\bexams?\b"), "stress"),
    (_rx(r"\bworks?\b|\bjob\b|\bemploy\w*|\bprofession\b|\boccupation\b|\bteacher\b|"
         r"\bengineer\b|\bclerk\b|\bfarmer\b|\bcashier\b|\baccountant\b|\bstudent\b|"
         r"\bretired\b|\bwarden\b|\bassistant\b|\bstore\b|\bcompany\b|\boffice\b"),
     "occupation"),
    (_rx(r"\bschool\b|\bkindergarten\b|\bpreschool\b|\bdaycare\b|\bgrade\b|\bclass\b|"
         r"\bacademic\w*"), "school"),
    (_rx(r"\blives?\b|\bliving\b|\bmarried\b|\bwife\b|\bhusband\b|\bpartner\b|\bparents\b|"
         r"\bsiblings?\b|\bchild\b|\bfamily\b|\broommates?\b|\bmother of\b"), "home and family"),
    (_rx(r"\bsports?\b|\bgym\b|\bfootball\b|\bvolleyball\b|\bgolf\b|\bhik\w*|\bgarden\w*|"
         r"\boutdoor\b|\bexercis\w*|\bactive\b|\bcamping\b|\bplay\w*|\bhobb\w*|"
         r"\bbodybuild\w*|\bcheerlead\w*|\bactivities\b"), "activities and exercise"),
    (_rx(r"\bdiet\w*|\bvegetarian\b|\bfood\b|\beating\b"), "diet"),
]

# Review of systems: first match wins. Items that belong elsewhere in the history
# (travel, medicines, past illnesses) are routed there instead.
ROS: list[tuple[re.Pattern[str], Category]] = [
    (_rx(r"\btravel\w*|\bsick contacts?\b|\banimal|\bexposures?\b|\btoxins?\b|"
         r"\bcontact with\b"), C.social),
    (_rx(r"\bdrug use\b|\billicit\b|\balcohol\b|\bsmok\w*"), C.social),
    (_rx(r"\bmedications?\b|\bantibiotics?\b|\bmedicines?\b"), C.drugs),
    (_rx(r"\ballerg\w*"), C.allergies),
    (_rx(r"\bsimilar\b|\bprevious (?:episodes?|complaints?)\b|\bprior episodes?\b"),
     C.hpc_other),
    (_rx(r"\btrauma\b|\binjur\w*|\bfalls?\b"), C.hpc_other),
    (_rx(r"\bpast illness\w*|\bheart disease\b|\bdiabetes\b|\bbleeding disorders?\b|"
         r"\bhospitali[sz]ations?\b|\bchronic illness\w*|\bsurger\w*"), C.past_medical),
    (_rx(r"\bfamily\b"), C.family),
    (_rx(r"\bchest pain\b|\bpalpitations?\b|\bswelling (?:in|of) (?:the )?(?:legs?|ankles?)\b|"
         r"\bleg swelling\b|\bankle swelling\b|\bsyncope\b|\bfaint\w*|\borthopno\w*|"
         r"\bcardiovascular\b|\bheart\b|\bcyanosis\b"), C.ros_cardiovascular),
    (_rx(r"\bcough\w*|\bshortness of breath\b|\bdyspn\w*|\bbreath\w*|\bwheez\w*|"
         r"\bsputum\b|\brespiratory\b|\bhaemoptysis\b|\bhemoptysis\b|\bflu-like\b"),
     C.ros_respiratory),
    (_rx(r"\bhearing\b|\btinnitus\b|\bears?\b|\bsore throat\b|\bnasal\b|\bnose\w*|"
         r"\bepistaxis\b|\bsinus\w*|\brhinorrh\w*|\bmucosal\b"), C.ros_ent),
    (_rx(r"\bvision\b|\bvisual\b|\beyes?\b|\bdiplopia\b|\bphotophobia\b"), C.ros_eyes),
    (_rx(r"\bdysuria\b|\burinar\w*|\burinat\w*|\burine\b|\bha?ematuria\b|\bmicturition\b|"
         r"\bflank pain\b|\bbladder\b|\bincontinence\b|\bvaginal\b|\burgency\b|"
         r"\bfrequency\b|\bwaterworks\b|\bgenital\w*"), C.ros_genitourinary),
    (_rx(r"\bnausea\w*|\bvomit\w*|\bdiarrho?ea\b|\bconstipation\b|\babdominal\b|\bbowel\w*|"
         r"\bstools?\b|\bgastrointestinal\b|\bdigestive\b|\bdysphagia\b|\bheartburn\b|"
         r"\bjaundice\b|\bappetite\b|\bfeeding\b|\bbelly\b|\bstomach\b|\bswallow\w*"),
     C.ros_gastrointestinal),
    (_rx(r"\bheadaches?\b|\bseizures?\b|\bweakness\b|\bnumbness\b|\btingling\b|"
         r"\bparaesthes\w*|\bparesthes\w*|\bdizz\w*|\bloss of consciousness\b|"
         r"\bneurological\b|\bbalance\b|\bspeaking\b|\bspeech\b|\bconfusion\b|\btremors?\b|"
         r"\bneck stiffness\b|\bmovement disorders?\b|\blethargy\b|\bconvuls\w*"),
     C.ros_neurological),
    (_rx(r"\bjoints?\b|\bback pain\b|\bneck pain\b|\bmuscles?\b|\bstiffness\b|\bbone pain\b|"
         r"\barthr\w*|\bswelling\b|\blimp\w*|\bmuscle tone\b"), C.ros_musculoskeletal),
    (_rx(r"\brash\w*|\bitch\w*|\bprurit\w*|\bskin\b|\bbruis\w*|\blesions?\b|"
         r"\bdiscolou?ration\b|\bpetechia\w*|\bpale\b"), C.ros_skin),
    (_rx(r"\bthirst\w*|\bheat intolerance\b|\bcold intolerance\b|\bpolyuria\b"),
     C.ros_endocrine),
    (_rx(r"\bdepress\w*|\banxi\w*|\bmood\b|\bsleep\w*|\bsuicid\w*|\bhallucinat\w*|"
         r"\bworr\w*|\bbully\w*|\bunsafe\b|\bstress\b|\bdelusion\w*|\bparanoi\w*|"
         r"\birritab\w*|\bpsychiatric\b"), C.ros_psychiatric),
    (_rx(r"\bfevers?\b|\bchills\b|\brigors\b|\bnight sweats\b|\bweight\b|\bfatigue\b|"
         r"\bmalaise\b|\btired\w*|\binfections?\b|\billness\w*|\bsystemic\b|\bsweat\w*"),
     C.ros_general),
]

# ROS dictionaries name their system: map the key to a category.
ROS_KEYS: list[tuple[re.Pattern[str], Category]] = [
    (_rx(r"general|constitutional"), C.ros_general),
    (_rx(r"cardio|heart"), C.ros_cardiovascular),
    (_rx(r"resp|pulm|chest"), C.ros_respiratory),
    (_rx(r"gastro|\bgi\b|abdo|digest"), C.ros_gastrointestinal),
    (_rx(r"genito|urin|renal|\bgu\b|gyn"), C.ros_genitourinary),
    (_rx(r"neuro"), C.ros_neurological),
    (_rx(r"musc|skelet|joint"), C.ros_musculoskeletal),
    (_rx(r"skin|derm"), C.ros_skin),
    (_rx(r"endo"), C.ros_endocrine),
    (_rx(r"psych|mental|mood"), C.ros_psychiatric),
    (_rx(r"\bent\b|ear|nose|throat"), C.ros_ent),
    (_rx(r"eye|ophth|vision"), C.ros_eyes),
]

# Extra Patient_Actor keys some records carry, by what their name says.
EXTRA_KEYS: list[tuple[re.Pattern[str], Category]] = [
    (_rx(r"family"), C.family),
    (_rx(r"medic|drug|prescri"), C.drugs),
    (_rx(r"allerg"), C.allergies),
    (_rx(r"surg|medical"), C.past_medical),
    (_rx(r"obstet|gyn|menstr|pregnan"), C.obstetric),
    (_rx(r"birth|develop|immuni|vaccin|feeding|neonat"), C.developmental),
    (_rx(r"sexual"), C.sexual),
    (_rx(r"social|lifestyle|occupation|habit"), C.social),
    (_rx(r"system|ros"), C.ros_general),
]

# --- medicines ------------------------------------------------------------------------------

DRUG_NAMES = {
    "aspirin", "metformin", "insulin", "lithium", "haloperidol", "risperidone", "olanzapine",
    "quetiapine", "clozapine", "aripiprazole", "ibuprofen", "naproxen", "acetaminophen",
    "paracetamol", "diclofenac", "meloxicam", "indomethacin", "celecoxib", "albuterol",
    "salbutamol", "doxycycline", "amoxicillin", "cephalexin", "ceftriaxone", "azithromycin",
    "trimethoprim", "trimethoprim-sulfamethoxazole", "nitrofurantoin", "levofloxacin",
    "ciprofloxacin", "fluconazole", "isotretinoin", "mesalamine", "mesalazine", "natalizumab",
    "glipizide", "glyburide", "glibenclamide", "warfarin", "prednisone", "prednisolone",
    "methotrexate", "hydroxychloroquine", "diphenhydramine", "captopril", "levothyroxine",
    "furosemide", "hydrochlorothiazide", "spironolactone", "digoxin", "amiodarone",
    "clopidogrel", "efavirenz", "tenofovir", "emtricitabine", "multivitamin",
    "multivitamins", "sitagliptin", "lisdexamfetamine", "methylphenidate", "amphetamine",
    "omeprazole", "simvastatin", "atorvastatin", "amlodipine", "losartan", "lisinopril",
    "enalapril", "corticosteroids", "nsaids", "valproate", "carbamazepine", "phenytoin",
    "levetiracetam", "lamotrigine", "gabapentin", "pregabalin", "tramadol", "morphine",
    "codeine", "oxycodone", "sertraline", "fluoxetine", "citalopram", "escitalopram",
    "venlafaxine", "mirtazapine", "amitriptyline", "bupropion", "trazodone", "zolpidem",
    "promethazine", "ondansetron", "metoclopramide", "loperamide", "vancomycin",
    "metronidazole", "clindamycin", "penicillin", "rifampicin", "rifampin", "isoniazid",
    "allopurinol", "colchicine", "tamsulosin", "finasteride", "sildenafil", "heparin",
    "glargine", "hydrocortisone", "dexamethasone", "montelukast", "fluticasone",
    "budesonide", "propranolol", "metoprolol", "atenolol", "bisoprolol", "diltiazem",
    "verapamil", "nifedipine", "ramipril", "valsartan", "pioglitazone", "empagliflozin",
    "dapagliflozin", "liraglutide", "semaglutide", "estradiol", "progesterone",
    "testosterone", "cetirizine", "loratadine", "ranitidine", "famotidine", "pantoprazole",
    "esomeprazole", "lansoprazole", "oseltamivir", "acyclovir", "valacyclovir",
}
DRUG_PHRASES = (
    "oral contraceptive pills", "oral contraceptive pill", "oral contraceptives",
    "oral contraceptive", "prenatal vitamins", "insulin glargine", "albuterol inhaler",
    "rectal mesalamine", "nutritional supplement",
)
_DRUG_SUFFIXES = (
    "pril", "sartan", "statin", "olol", "dipine", "conazole", "prazole", "floxacin", "cillin",
    "mycin", "cycline", "formin", "gliptin", "gliflozin", "tidine", "triptan", "zepam",
    "zolam", "oxetine", "mab", "tinib", "fovir", "clovir", "navir", "glitazone", "lukast",
    "parin", "xaban", "sone", "olone", "afil", "setron",
)
_NOT_DRUGS = {"person", "reason", "season", "comparison", "prison", "poison", "crimson",
              "stomach", "lamb"}


def is_drug_word(word: str) -> bool:
    word = word.lower().strip(".,;:()")
    if word in _NOT_DRUGS or len(word) < 5:
        return word in DRUG_NAMES
    if word in DRUG_NAMES:
        return True
    return any(word.endswith(s) for s in _DRUG_SUFFIXES) and len(word) >= 7


def find_drugs(text: str) -> list[str]:
    """Medicine names in the text, in order, longest phrase first ('insulin glargine')."""
    lowered = text.lower()
    found: list[tuple[int, str]] = []
    taken: list[tuple[int, int]] = []
    for phrase in DRUG_PHRASES:
        start = lowered.find(phrase)
        if start >= 0 and not re.match(r"\w", lowered[start + len(phrase):start + len(phrase) + 1]):
            found.append((start, text[start:start + len(phrase)]))
            taken.append((start, start + len(phrase)))
    for match in re.finditer(r"[A-Za-z][A-Za-z-]+", text):
        if any(a <= match.start() < b for a, b in taken):
            continue
        word = match.group(0)
        if re.search(r"\banabolic\s+$", text[: match.start()], re.I):
            continue  # anabolic steroids are a social history item, not a prescription
        if is_drug_word(word) or all(is_drug_word(p) for p in word.split("-") if p):
            found.append((match.start(), word))
    return [name for _, name in sorted(found)]


DOSE = _rx(r"\b\d+(?:\.\d+)?\s*(?:mg|mcg|µg|g|units?|ml|iu)\b|\blow[- ]dose\b|\bhigh[- ]dose\b")
FREQUENCY = _rx(
    r"\b(?:once|twice|three times|four times) (?:(?:a|per) (?:day|week)|daily|weekly)\b|"
    r"\bdaily\b|"
    r"\bas needed\b|\bprn\b|\bat night\b|\bevery \w+(?: hours)?\b|\bweekly\b|\bnightly\b|"
    r"\bin the morning\b"
)

# --- specialties ----------------------------------------------------------------------------

SPECIALTIES: list[tuple[re.Pattern[str], str]] = [
    (_rx(r"uter\w*|endometri\w*|pelvic inflammatory|granulosa|ovar\w*|meigs|genitopelvic|"
         r"menarche|aromatase|pregnan\w*|vaginal|listeriosis|postpartum"),
     "obstetrics and gynaecology"),
    (_rx(r"schizo\w*|personality|psychos\w*|depress\w*|bipolar|anxiety|oppositional|"
         r"nightmare|akathisia|intoxication|neuroleptic|behavio\w*|dysmorphic"), "psychiatry"),
    (_rx(r"leuka?emia|lymphoma|thrombocyth\w*|ha?emophilia|thrombasthenia|"
         r"macroglobulin\w*|erythropoietin|ana?emia|bruising|bleeding from gums"),
     "haematology"),
    (_rx(r"melanoma|keratosis|pemphig\w*|pyoderma|molluscum|leprosy|bowen|erythema|"
         r"dermatitis|eczema|bed bug|johnson|epidermoid|psoriasis|rash|skin|blisters"),
     "dermatology"),
    (_rx(r"gout|rheumatoid|lupus|vasculitis|spondyl\w*|polymyalgia|reactive arthritis"),
     "rheumatology"),
    (_rx(r"headache|migraine|myasthenia|encephalopathy|leukoencephalopathy|seizure|parkinson|"
         r"huntington|"
         r"dementia|syringomyelia|multiple system atrophy|neuralgia|ataxia|stroke|"
         r"intraventricular|neuropathy|tremor"), "neurology"),
    (_rx(r"vertigo|labyrinthitis|bppv|hearing|tinnitus"), "ENT"),
    (_rx(r"retinitis|glaucoma|uveitis|vision"), "ophthalmology"),
    (_rx(r"hepatitis|hepatic|cholangitis|colitis|hemorrhoids|haemorrhoids|pancrea\w*|"
         r"mesenteric|dumping|boerhaave|duodenal|hirschsprung|jaundice|irritable bowel|"
         r"crohn|diarrh\w*|vomiting|rectal"), "gastroenterology"),
    (_rx(r"asthma|pneumonia|tuberculosis|bronchiectasis|lung|respiratory|cough"),
     "respiratory medicine"),
    (_rx(r"coarctation|septal defect|aortic|syncope|heart|cardi\w*|venous insufficiency|"
         r"murmur"), "cardiology"),
    (_rx(r"nephritis|nephropathy|kidney|renal|medullary sponge"), "nephrology"),
    (_rx(r"cystitis|torsion|testicular|urolog\w*|ha?ematuria|bladder"), "urology"),
    (_rx(r"bursitis|dislocation|tendon|herniation|arthritis|osteoarthritis|capsulitis|"
         r"osteoclastoma|tenosynovitis|perthes|fracture|knee|shoulder|wrist|hip"),
     "orthopaedics"),
    (_rx(r"gonococcal|rubella|difficile|roseola|infection|hiv|aids"), "infectious diseases"),
    (_rx(r"tumou?r|carcinoma|adenocarcinoma|cancer|breast mass"), "oncology"),
]

# Words in a diagnosis that say nothing on their own: they may appear in a door note.
GENERIC_DIAGNOSIS_WORDS = {
    "disease", "syndrome", "disorder", "infection", "acute", "chronic", "type", "with",
    "and", "the", "of", "from", "due", "to", "in", "at", "its", "point", "primary",
    "secondary", "normal", "behavior", "behaviour", "active", "insertion", "reaction",
    "like", "positional", "benign", "physiological", "complex", "partial", "system",
    "multiple", "large", "cell",
}
