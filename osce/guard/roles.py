# ruff: noqa: E501  (tables of patterns read better one entry to a line)
"""Out of role: speaking as an AI, talking like a clinician, reversing the roles, or obeying
an instruction the student slipped into a question."""

from __future__ import annotations

import re

from osce.guard.social import STAGE

AS_AI = re.compile(
    r"\b(i'?m (just |only |simply |really |actually )?(an?|the) (ai|a\.i\.|bot|chatbot|computer|program|language model|virtual|simulat\w*)|"
    r"i'?m (just |only |simply )(an?|the) (voice|character|script|recording|text)\b|"
    r"(the|an?) ai (playing|pretending|who)|"
    r"(as|being) an? (ai|a\.i\.|language model|assistant|chatbot|virtual patient)|artificial intelligence|"
    r"language model|\bllm\b|ai (assistant|model)|chatbot|system prompt|my (instructions|programming|prompt)|"
    r"playing (the )?(part|role) of|an? ai (simulation|speaking)|this is an? ai\b|"
    r"(speaking|talking) as the ai\b|the ai behind|instructions? ignored|"
    r"ignoring (the|my|your) instructions|"
    r"examiner('s)? hat|as the examiner\b|"
    r"(in|out of|stay in|break|breaking|drop|dropping) (the )?character|"
    r"out of (the )?role\b|(break|breaking|drop|dropping|stepping out of) (the |my )?role\b|"
    r"the (script|roleplay|role-play|role play|scenario|simulation)\b|in this (scenario|simulation|roleplay)|"
    r"this is (just )?a (simulation|roleplay|role-play)|virtual patient|i can'?t actually (be|have|feel)|"
    r"debug\w*|case (file|loaded|notes)|\binformant\b|(a|the) simulated (patient|parent|relative)|"
    # the exam itself: its mark sheet, its stations, the parts of a history by their headings
    r"mark ?(sheet|scheme)|marks? on the (sheet|scheme)|next mark|\bosce\b|this station|"
    r"(social|drug|sexual|past medical) history|"
    # a made thing, said of itself, or a role-play called off
    r"text generator|(generated|computer.generated|made.up|fictional) (character|patient|person)|"
    r"no more role.?play|instructions (dropped|overridden|removed|lifted)|"
    r"role.?play('s| is)? (over|done|finished)|"
    # a model or a programme doing someone's voice: "I'm just a text model voicing Natalie"
    r"(text|language|computer|ai) (model|programme|program|generator)\b|\bvoicing [a-z]+\b|"
    r"doing [a-z]+'s voice|(switching|switched|switch|swapping|stepping) (to|over to|into) (the )?examiner|"
    r"examiner mode|"
    # a made voice owning up in its own words: "I'm a scripted bot", "predicted text wearing
    # Neil's name", "AI software putting words in Sheila's mouth", "my outputs are only ..."
    r"i'?m (just |only |simply |really |actually )?(an?|the|a bit of) [a-z]+ (ai|bot|chatbot|program|software)\b|"
    r"\bai software|predicted text|(my|the) outputs?\b|predictions? of what [a-z]+ would (say|do)|"
    r"putting words in(to)? [a-z]+'s mouth|wearing [a-z]+'s name|scripted (bot|character|patient)|"
    r"(doesn'?t|does not|don'?t|do not) (really )?exist outside (this|the) (exercise|simulation|scenario|session)|"
    r"examiner('s)? (view|speaking|here)\b|"
    # software, a computer or a made character owning up: "as a piece of software", "a
    # computer's generating me", "as a simulated character", "I'm not a real person";
    # the part laid down: "role dropped", "dropping Sheila for a minute", "if I were marking"
    r"(a piece of|i'?m|as) software\b|software (pretending|playing|posing)|"
    r"(computer|machine|program|model)('s| is)? (generating|making|writing) me\b|"
    r"(as|i'?m) an? (simulated|made.up|fictional|scripted) (character|person|woman|man)|"
    r"i'?m not an? real (person|patient|human|woman|man)|"
    r"(role|character) dropped|dropping [a-z]+ for (a|the) (minute|moment|sec|second|bit)|"
    r"if i were (the one )?(marking|examining|the examiner))")

JARGON = re.compile(
    r"\b(polyuria|polydipsia|capillary (glucose|blood glucose)|ketones|urine dip\w*|dipstick|"
    r"\b4at\b|\bck\b|ct (head|scan)|bloods? (with|for|show)|white cell count|\bcrp\b|\bwcc\b|"
    r"creatinine|u&es?|\begfr\b|troponin|\becg\b|hcg|transvaginal|ultrasound|phq-?9|gad-?7|"
    r"risk assessment|crisis team|referral|thick and thin films?|antigen test|topical nsaids?|"
    r"quads? strengthening|first.line|second.line|differential|diagnosis is|rule out|"
    r"exclude|investigations?|management|presentation|presenting complaint|history of|"
    r"year.old (man|woman|male|female|boy|girl|gentleman|lady)|the patient|this patient|"
    r"pigmented lesion|lesion|examination|auscultat|palpat|clinically|aetiology|"
    r"prognosis|contraindicat|analgesia|antipyretic|tachycard\w*|hypotens\w*|febrile|"
    r"sepsis six|same.day|urgent(ly)? (refer|review)|red flags?|safety.net\w*|"
    r"stat\b|iv (fluids|antibiotics)|blood cultures?|lumbar puncture|mri|x-?ray|"
    r"\bwe('ll| will| should| need to| must) (order|arrange|check|send|get|do|start|request|refer|admit)|"
    # a ward's orders in its own words: "a fluid balance chart", "lying and standing blood
    # pressures", "an OT home visit", "a validated questionnaire"
    r"evidence.based (option|approach|treatment|plan)|talking therapies|"
    r"fluid balance|dip (his|her|the) urine|falls assessment|lying and standing|\bot (home )?visit|"
    r"occupational therap\w*|structured exercise|validated (questionnaire|tool|scale|score)|"
    r"biological symptoms|differentials|care bundle|medication reconciliation|hydration (chart|status)|"
    r"fluid chart|formulation|carer'?s assessment|capacity (assessment|formally)|weight management service|"
    r"contralateral|walking aid|imaging)\b")

DIRECTIVE = re.compile(
    r"\b(i'?d (suggest|recommend|advise)|i would (suggest|recommend|advise)|"
    r"you('d| would| should| need to| must| ought to) (want|need|do|send|order|request|arrange|"
    r"check|start|get|consider|give|refer|think about|ask)|would be (first.line|indicated|"
    r"appropriate|the next step)|next step|i'd rate|i would rate|as your doctor|"
    r"i'?d (start|check|arrange|request|order|refer|prescribe)|please arrange|"
    r"what you should (really )?do is|"
    r"let me (examine|take a look at you|check you)|"
    # "you'll want to assess his capacity", "don't forget to consent him", "consider a referral"
    r"you('ll| will) (want|need|have) to (assess|consent|examine|refer|request|order|book|arrange|"
    r"prescribe|document|admit|offer|check (his|her|him|them)|do (a|an|his|her))|"
    r"(don'?t forget|remember|make sure( you)?) to (consent|do (a|an|his|her)|send|check (his|her)|request|"
    r"order|book|refer|examine|document|offer|safety.net|ask for)|"
    r"(^|[.;,] )consider (a|an|the|referr\w+|start\w*|check\w*|request\w*|arrang\w*)|"
    r"you ought to be|i'?d (ask for|take a (full |proper |detailed )?[a-z ]{0,20}history|"
    r"examine (his|her|him)|assess (his|her|him)))\b")

ROLE_REVERSAL = re.compile(
    r"\b(what('s| has)? brought you (in|here)|what brings you|how can i help( you)?|"
    r"your symptoms|yourself\?|take a seat|have a seat|we('ll| will) (take (good )?care of|look after|"
    r"sort (you|her|him)|get (you|her|him))|don'?t worry,? (love|dear|pet)|"
    r"tell me (when|where|how|about) your|and how (are|have) you been feeling|"
    r"any questions for me|let's get you|"
    # the parent reassured as a clinician reassures: "you did the right thing bringing her in"
    r"(you('ve| have)|you) (done|did) (just )?the right thing (bringing|coming|to (bring|come)|calling)|"
    r"try not to (panic|worry),? (mum|dad|love)|lie (back|down|flat) for me|let me have a (press|feel|listen|look)|"
    # the clinician's checks before starting: "can I just check your name and date of birth?"
    r"(can|could|may) i (just )?(check|confirm|take|have) your (full )?(name|date of birth)|"
    r"(start|begin) with your (full )?(name|date of birth)|"
    # the clinician's question put to the student: "any chance you could be pregnant, love?"
    r"chance (that )?you (could|might) be pregnant|could you be pregnant|"
    # the examination offered or ordered: "let me listen to your heart first", "pop her up
    # on the couch for me and I'll have a proper look"
    r"let me (just )?(have a (quick |proper |little )?)?(listen|look|feel|press|examine|check)\w* "
    r"(to |at |on |over )?your\b|"
    r"i'?ll (just )?have a (proper |quick |little )?(look|listen|feel|press)\b|"
    r"pop (her|him|yourself|them) (up )?(on|onto|on to) (the|my) (couch|bed|scales)|"
    r"i'?ll (talk|take|walk) you through (what happens|the plan|what we'?ll do|everything)|sit yourself down|"
    # the symptoms put on the student: "I've noticed that you're having a stomach ache"
    r"(noticed|see|seems?|sounds?( like)?|know) (that )?you('re| are) (having|feeling|suffering|"
    r"in pain|unwell|poorly)|you('ve| have) (got|been having) (a|an|some|this) [a-z ]{0,20}"
    r"(ache|pain|rash|cough|fever|headache)|"
    # history questions put to the student: "any clots in your family?", "anything for your
    # own blood pressure?"
    r"for your own (blood pressure|health|heart|chest)|"
    r"your own (headaches?|pains?|symptoms?|cough|chest pain|tummy|rash|fever|knee|breathing)|"
    # "could you roll up your sleeve so I can take your blood pressure?"
    r"(roll|pull|pop|slip|take) (up |off )?your (sleeves?|trouser( legs?)?|top|shirt|shoes?|socks?)\b|"
    r"i'?d like to (examine|listen to|feel|have a (look|feel|listen)( at)?|check|take) your|"
    r"so (that )?i can (take|check|examine|listen to|feel|look at) your|"
    # the student examined or sent for a test: "follow my finger with your eyes", "I'll just
    # need you to do a quick urine sample for me"
    r"follow my finger|i'?ll (just )?need you to (do|give|provide|pop|hop|lie|take|roll|pass)|"
    r"(a|your) (quick )?urine sample for me)\b"
    r"|\b(in your (own )?family\b[^.!]*\?|have you been on any [a-z ]+ (lately|recently)\?)")

INJECTION_QUESTION = re.compile(
    r"\b(ignore|forget|disregard|drop|override|bypass|stop|quit|end|leave)\b.{0,40}\b(instructions?|script|prompt|"
    r"character|role|roleplay|patient|rules?|(the|this|your) (case|scenario))\b|\btell (me|us) a joke\b|\bsystem\s*:|\byou are now\b|\bas the examiner\b|"
    r"\bas if you were\b|\bprint\b|\breveal\b|\bhidden\b|\bcase notes\b|\bsummari[sz]e the case\b|"
    r"\bout of character\b|\blet \w+ (speak|answer|talk) for (himself|herself|themselves)\b|\b(the|your) (answer|diagnosis|risk level)\b|"
    r"\btell me what the .{0,30} show|\bjailbreak\b|\bdeveloper mode\b|\bpretend\b|"
    r"\btell me (her|his|the) (u&es|results|bloods)\b|\bdifferentials?\b|"
    r"\b(write|compose|sing|give) (me |us )?(a |an )?(poem|song|limerick|haiku|rhyme|story|essay)\b")

COMPLIANCE = re.compile(
    r"^(okay|ok|sure|of course|certainly|alright|right|fine|very well|understood)\b.{0,15}"
    r"(here|as the|speaking as|stepping|i'?ll (drop|stop|step|leave|forget|ignore)|the )"
    r"|\b(as the examiner|speaking as|stepping out|step out|out of character|drop the script|"
    r"here (are|is) (the|my|his|her|your)|the (answer|key|diagnosis) is|the facts not yet|"
    r"not yet disclosed|hidden|case notes|(bloods?|results?|tests?|scan|ecg|x-?ray|tracing|ultrasound) (show|shows|showed)|"
    r"i'?ll (only )?(answer|reply|respond|speak|talk) (only )?(in|with|yes|as)|roses are red|"
    r"i'?d rate (him|her)|risk level)\b")


def as_ai(sentence: str) -> bool:
    return bool(AS_AI.search(sentence.lower().replace("’", "'")))


def clinician_talk(sentence: str) -> bool:
    """Jargon with a directive, or the kind of jargon no patient says about themselves."""
    s = sentence.lower().replace("’", "'")
    # a term passed on, not used: "Megan's mentioned something called primary polydipsia"
    # (what it gives away is a leak's matter)
    s = re.sub(r"\b(called|mentioned|heard of|read about|on about) (something called )?"
               r"(primary )?(polydipsia|polyuria)\b", " ", s)
    # a turn of phrase, not an order: "funny you should ask"
    s = re.sub(r"\b(funny|strange|odd) you should (ask|say|mention)\b", " ", s)
    jargon = JARGON.findall(s)
    if DIRECTIVE.search(s) and (jargon or re.search(r"\b(you|we)\b", s)):
        return True
    strong = re.search(r"\b(polyuria|polydipsia|differential|first.line|the patient|this patient|"
                       r"year.old (man|woman|male|female|boy|girl)|4at|phq-?9|thick and thin|"
                       r"antigen test|topical nsaid|oral nsaids?|quads? strengthening|"
                       r"(ppi|gastro-?protect\w*) cover|safety plan|crisis team referral|"
                       r"(sensible|appropriate|reasonable|best) plan (here|would be|is)|"
                       r"would be the (sensible|appropriate|reasonable|best) (plan|approach|"
                       r"next step|option)|"
                       # a plan weighed as a clinician weighs it: "X would be the sensible
                       # first step here", "an injection would be reasonable if ..."
                       r"would be (the |a |an )?(sensible|reasonable|standard|usual|recommended|"
                       r"appropriate|logical) (first |next )?(step|approach|option|plan|choice|"
                       r"course|management)|would be (reasonable|sensible|justified|warranted) "
                       r"(if|here|now|at this (stage|point)|given)|intra.articular|"
                       r"we('ll| will| should| need to| must) (order|arrange|check|send|get|request|refer|admit)|"
                       # the clinician's plan for the patient, said by the patient: "I'd be
                       # checking his pH", "grab her obs", "get the registrar to see you"
                       r"i'?d (be )?(checking|check|admit|admitting|start|starting|order|ordering|"
                       r"request|do|doing) (his|her|him|their|them)\b|"
                       r"(grab|grabbing|check|checking|do|doing|take|taking|repeat|repeating) (his|her|their|your) "
                       r"obs|"
                       r"(get|call|page|bleep) (the|a) (registrar|consultant|reg|on.call)|"
                       r"safety.net (him|her|them|me)\b|review (him|her|them) in (a|one|two|three|four|six|\d+) "
                       r"(days?|weeks?|months?)|"
                       r"you should be asking (me )?about|protective factors|access to means|"
                       r"skyline views?|a trial of [a-z]+ if|pop this [a-z]+ on your|"
                       # the plan or the scale a clinician names: "a trial of topical capsaicin",
                       # "a first-contact physio referral", "using the Columbia scale on me",
                       # "a cognitive baseline"; and the order itself, "give him a trial of ..."
                       r"a trial of topical|first.contact|cognitive baseline|columbia (scale|protocol)|"
                       r"key findings|you should be (using|documenting|doing|checking|screening|assessing)|"
                       r"(^|[.;] )(?:so,? |right,? |okay,? )?(give|start|refer|book|arrange|prescribe|admit) "
                       r"(him|her|them) (on|a|an|to|for)|"
                       r"check (his|her|your) (oxygen|sats|blood group|parasite count)|"
                       # the ward's own orders: "do a PR exam to exclude faecal loading", "an
                       # in-out catheter", "a CT head and an LP", "a speculum and bimanual",
                       # "her INR's one point six and her fibrinogen's low"
                       r"\bpr exam|faecal loading|in.out cath\w*|\ban lp\b|ct head and|"
                       r"(speculum|bimanual) (and|exam\w*)|cervical excitation|send off (some )?swabs|"
                       r"(his|her) inr\b|fibrinogen|i'?d consent (him|her|them)|book theatre|i'?d consider (a|an) (ct|mri|lp|scan|referral)|"
                       r"(his|her) parasite count|rhesus (negative|positive)|\banti-d\b|"
                       r"(ph|bicarb|chloride|magnesium|albumin|bilirubin)('s| is)? [a-z0-9 .]{0,20}"
                       r"(and|,) (his|her|the) (ph|bicarb|chloride|magnesium|albumin|bilirubin))\b",
                       s)
    return bool(strong) or len(jargon) >= 3


def role_reversal(sentence: str) -> bool:
    s = sentence.lower().replace("’", "'")
    if ROLE_REVERSAL.search(s):
        return True
    # Questioning the student as if they were the patient
    return bool(re.match(r"^(now|so|and|right|okay|ok)?,? ?(have|do|did|are|were|has) you (been |ever |had |got )"
                         r".*\b(yourself|pain|symptoms?|headaches?|problems?|medications?|allergies)\b.*\?$", s))


def injection(question: str) -> bool:
    return bool(INJECTION_QUESTION.search(question.lower()))


def complies(sentence: str) -> bool:
    return bool(COMPLIANCE.search(sentence.lower().replace("’", "'").strip()))


# ---------------------------------------------------------------- broader structural signals
# Speaking as an assistant: refusals, disclaimers, signposting to services, meta talk about
# the exercise, the examiner, the student or the instructions.
ASSISTANT = re.compile(
    r"\b(i('m| am) (not able|unable) to (discuss|provide|help|give|answer)|i can'?t (provide|give|offer) "
    r"(medical|clinical|health|professional) (advice|guidance)|(medical|healthcare|health) professional|"
    r"please (consult|contact|seek|speak to|call|reach out)|if you('re| are) in crisis|samaritans|"
    r"\b(helpline|hotline)\b|note to (the )?(examiner|student|assessor)|the (examiner|assessor|candidate|student) "
    r"(has|hasn'?t|should|did|didn'?t|needs|is|was)|"
    # the encounter narrated from outside: "the student's last question was: ..."
    r"the (examiner|assessor|candidate|student|patient)'s (last |next |first |latest )?(question|"
    r"response|answer|reply|turn|words)|the (examiner|assessor|candidate|student|patient) (replied|"
    r"answered|responded|said|asked|says|asks|replies|answers)\b|^the answer is(?=\s*:)|(switching|switch|switched) to \w+ mode|\w+ mode (on|now|activated)|"
    r"i'?ll (make (one|it|something) up|play along|pretend)|as requested|as instructed|"
    r"my (guidelines|instructions|training data|system)|i('m| am) (just )?(a|an) (ai|assistant|model)|"
    # (a patient "happy to help" is willing; an assistant is happy to help with something)
    r"happy to (help|assist) (you )?(with|further|in any)|hope (this|that) helps|is there anything else i can help|"
    r"i can'?t (discuss|talk about|engage (in|with)|continue with) (explicit|sexual|this|that|graphic)|"
    r"explicit (sexual )?content|"
    # the assistant's disclaimer and offer: "I'm not a doctor, but I can help you"
    r"not a doctor,? but i can (help|assist|support|advise))\b")

# Written, not spoken: a speaker label, a bullet, a JSON object, a heading, a form of
# label-colon-value pairs, or a sentence shouted in capitals on request.
SPEAKER_LABEL = re.compile(r"^\s*(patient|pt|doctor|dr|student|assistant|ai|informant|mother|"
                           r"daughter|history|hpc|pmh|dh|sh|fh|summary|answer|response|bullet points?|"
                           r"current medications?|medications?|symptoms?|assessment|plan|impression|"
                           r"[A-Z][a-z]+ [A-Z][a-z]+)\s*:", re.IGNORECASE)
BULLET = re.compile(r"^\s*([-*•]\s+\S|\d+[.)]\s+\S)")
# a list's number after a heading ("Dialectic: 1.", "The medical profession; 3."): the
# sentence splitter cuts a numbered list there, and nobody says one. A bare "7." may answer
# "out of ten?", so alone it is a list only under an order to list (`lists_as_ordered`)
ENUMERATOR = re.compile(r"^\s*[\w' ]{1,40}[:;]\s*\d{1,2}[.)]\s*$")
JSON_LIKE = re.compile(r"^\s*[\[{].*[\]}]\s*$|\"\w+\"\s*:")
FIELD_LIST = re.compile(r"(\b[a-z][a-z ]{2,20}:\s*[^;:]{1,40};\s*){1,}[a-z][a-z ]{2,20}:", re.IGNORECASE)
# "Site: occipital. Onset: sudden.": headings, each with its value, one after another
HEADED = re.compile(r"(?:^|[.;]\s+)[A-Z][a-z]+(?: [a-z]+)?:\s+\S[^.;:]{0,40}[.;]\s+[A-Z][a-z]+(?: [a-z]+)?:\s")
CLIPPED_NOTE = re.compile(r"^[^.!?]{3,60};\s[^.!?]{3,60};\s")  # telegraphic notes joined by semicolons
ABBREVIATED_DOSES = re.compile(r"\b\d+\s?(mg|mcg|ml|g)\s+(od|bd|tds|qds|om|on|prn|nocte|mane)\b", re.IGNORECASE)


def written_form(sentence: str) -> str | None:
    """The sentence is laid out as a note, a list or data, which no patient speaks."""
    s = sentence.strip()
    if STAGE.match(s):  # "*winces*" is said with the body, not written as a note
        return None
    if JSON_LIKE.search(s):
        return "answers as data (JSON or a list)"
    if BULLET.match(s):
        return "answers as a bulleted list"
    if ENUMERATOR.match(s):
        return "answers as a numbered list"
    if SPEAKER_LABEL.match(s):
        return "answers under a label, like a note or a script"
    if FIELD_LIST.search(s) or ABBREVIATED_DOSES.search(s) or CLIPPED_NOTE.match(s) or HEADED.search(s):
        return "answers in note form"
    letters = [c for c in s if c.isalpha()]
    if len(letters) >= 12 and all(c.isupper() for c in letters):
        return "answers in capitals, as an instruction asked"
    return None


# a person not giving a detail of their own ("I'm unable to provide a specific address") is
# shy or muddled, not an assistant refusing: an assistant refuses advice, help or talk
_OWN_DETAIL = re.compile(r"\b(i('m| am) (not able|unable) to (provide|give)) (you )?(a |an |the |"
                         r"my )?(specific |exact |precise |full )?(address|name|height|weight|age|"
                         r"date of birth|birthday|phone number|postcode)\b")


def assistant_talk(sentence: str) -> bool:
    s = sentence.lower().replace("’", "'")
    return bool(ASSISTANT.search(_OWN_DETAIL.sub(" ", s)))


# Clinical register: words for findings, tests and plans that belong in the notes, not in a
# patient's mouth. Each hit counts; two make clinician talk, and so does one beside a
# directive or a claim about what an examination shows.
REGISTER = re.compile(
    r"\b(on examination|examination|palpable|palpat\w*|auscultat\w*|tachycardic|bradycardic|tachypnoeic|"
    r"hypotonic|hypertonic|lethargic|pyrexial|afebrile|febrile|apyrexial|normotensive|hypotensive|clammy and|"
    r"lymphadenopathy|crepitus|on flexion|on extension|effusion|erythema|photophobia is|is present|are present|"
    r"red flags?|insidious onset|sudden.onset|occipital|consistent with|suggestive of|in keeping with|"
    r"warrant\w*|indicated|nil by mouth|surgical review|senior review|escalat\w*|guidance (advises|says|recommends)|"
    r"childbearing age|presentation|presents (with|as|lethargic)|presenting|reports no|denies any|"
    r"fitzpatrick|phototype|dermatoscop\w*|abcde|ecg|troponin|\bhcg\b|urine dip\w*|confusion screen|"
    r"bloods|fbc|u&es?|lfts?|crp|abg|vbg|blood cultures?|imaging|ultrasound|ct|mri|cxr|x-?ray|"
    r"urinalysis|lactate|venous gas|blood gas|sent off|"
    r"withhold\w*|ace inhibitors?|diuretics|analges\w*|antiemetic|iv fluids|cannula|"
    r"differential|diagnosis|aetiology|prognosis|sepsis six|safety.net\w*|follow.up|management|"
    r"anorexia|dysuria|haematuria|dyspnoea|orthopnoea|syncope|rigors|myalgia|arthralgia|"
    r"emesis|melaena|haematemesis|pruritus|oedema|hepatomegaly|splenomegaly|"
    r"amenorrh\w*|menorrhagia|dysmenorrh\w*|peritonism|peritonitic|serum|bolus|"
    r"iv|intravenous\w*|intramuscular\w*|ceftriaxone|cefotaxime|benzylpenicillin|"
    r"stat dose|broad.spectrum|beta.hcg|"
    r"\bod\b|\bbd\b|\btds\b|\bqds\b|\bprn\b|\bstat\b|mg/kg|mmol|mmhg|recheck|\bobs\b|\blmp\b|"
    r"asymmetr\w*|irregularity|mane|nocte|lying and standing|postural (bp|drop)|respiratory rate|"
    r"splinting|on inspiration|cap(illary)? refill|centrally|peripheries|sats|saturations?)\b")
STRONG_REGISTER = re.compile(
    # what staff do at the bedside, said as the speaker's own next step: "I'll pop her on
    # the monitor and get a drip started"
    r"\bi'?ll (just )?(pop|put|get|hook|start|set up|take) ((him|her|you|them) )?((on|up to) )?"
    r"(the |a |an |some )?(monitor|drip|cannula|line|obs|observations|fluids|oxygen|ecg|bloods)\b|"
    r"\b(on examination|palpable|palpat\w*|auscultat\w*|tachycardic|bradycardic|tachypnoeic|hypotonic|"
    r"lymphadenopathy|crepitus|on flexion|photophobia is|is present|red flags?|insidious onset|"
    r"consistent with|suggestive of|warrant\w*|nil by mouth|surgical review|guidance (advises|recommends)|"
    r"childbearing age|presents (with|as|lethargic)|reports no|denies any|fitzpatrick|confusion screen|"
    r"the (patient|infant|child|gentleman|lady|candidate)|clinically|pyrexial|afebrile|"
    r"you'?d expect|would expect|if i were you|collateral|(with )?a background of|year.old (gentleman|lady)|"
    r"ictus|pathology|typically (develops|presents|occurs|starts)|criteria|variegat\w*|"
    r"document (her|his|the|their)|before we proceed|things to (document|ask about|cover|elicit|establish)|"
    r"from an? (history|history-taking|clinical|diagnostic|management|examination) (point of view|perspective)|"
    r"management should|the priority (is|here is|would be)|large.bore|group and save|cross.match\w*|"
    r"patient education|core (treatments?|management)|the key (things|points|features|priorities|questions)|"
    r"classic (\w+ )?(symptoms|presentation|features|triad|picture)|osmotic|(her|his) (sexual|social|drug|past medical|family) history|"
    r"capillary refill|full set of obs|blood gas|as (your|the) (examiner|doctor|clinician|tutor|assessor)|"
    r"(mg|milligrams?) (per|a) (kilo|kg)|would be my (first|next) (steps?|line)|"
    # feedback to the student, as an examiner gives it
    r"you('ve| have) (asked|covered|missed|forgotten|not asked|done well)|good start)\b")
ADVICE = re.compile(
    r"\b(i'?d (get|do|order|send|start|check|arrange|recommend|suggest|want|keep|hold|withhold|recheck|"
    r"repeat|stop)|you'?ll (want|need) (a|an|some|to)|i would (get|do|order|"
    r"send|start|check|arrange)|if i were you|you'?d (expect|want|find|need)|you should (get|do|order|"
    r"send|check|arrange|start|give|refer|ask)|(should|must|needs? to) be (done|checked|sent|started|"
    r"given|ordered|arranged|excluded|ruled out)|let'?s (have a look|take a look|get you|examine|check)|"
    r"hop up on|pop (up )?on the (couch|bed)|keep (me|him|her) nil)\b")
# a ward order, said in the imperative with a clinical word: "start IV fluids and get a
# lactate", "give her a fluid bolus"
ORDERS = re.compile(r"^(start|give|get|commence|arrange|order|send|request|prescribe|put (him|her|"
                    r"them) on)\b")
# the rule for the medicines put to the student as a lesson ("you should pause ramipril when
# you're dehydrated"): a patient says what they were told, not what "you" should do
TEACHING = re.compile(
    r"\byou (should|must|need to|ought to|have to) (pause|stop|withhold|hold off|suspend|restart) "
    r"(taking )?(your |the |any |all )?(\w+ine|\w+il|\w+ide|\w+pril|\w+sartan|\w+olol|\w+formin|"
    r"tablets|medicines?|medications?|diuretics?|pills)\b")
THIRD_PERSON_CLINICAL = re.compile(
    r"^(the )?(patient|pt|infant|child|baby|gentleman|lady|woman|man|boy|girl|mr|mrs|ms|miss)\b[^.?!]{0,25}\b"
    r"(describes|reports|presents|complains|denies|states|is|has|was|appears|looks)\b")
THIRD_VERB = r"(describes|reports|presents|complains|denies|states|is|has|was|appears|says|feels|mentions|admits)"


def register_talk(sentence: str) -> str | None:
    """Clinician's register: note-speak, examination findings, test plans, advice."""
    s = sentence.lower().replace("’", "'")
    hits = REGISTER.findall(s)
    if STRONG_REGISTER.search(s):
        return "talks like a clinician (examination, tests or plans)"
    if TEACHING.search(s) and "?" not in s:
        return "teaches the student what to do with the medicines"
    if hits and ORDERS.match(s):
        return "gives a clinician's orders"
    if ADVICE.search(s) and (hits or re.search(r"\b(test|tests|scan|bloods?|review|look|couch|"
                                               r"examine|referral|admission|mouth)\b", s)):
        return "gives a clinician's advice or plan"
    if len(hits) >= 2:
        return "talks in a clinician's register"
    return None


def third_person(sentence: str, names: tuple[str, ...]) -> bool:
    """Speaks of the patient or the speaker in the third person, as a note would."""
    s = sentence.lower().replace("’", "'").strip()
    if THIRD_PERSON_CLINICAL.match(s):
        return True
    for name in names:
        if name and re.match(rf"^{re.escape(name)}\b[^.?!]{{0,20}}\b{THIRD_VERB}\b", s):
            return True
    return False


# Asking the student about their own health, or running the consultation.
RUN_CONSULT = re.compile(
    r"\b(what can i do for you|what seems to be the (problem|trouble|matter)|how can i help|"
    r"what brings you|what's brought you|let me ask you (something|a few)|i'?ll ask the questions|"
    r"(tell|give) me (the date of )?your|when did you last (have|get) your|"
    r"your (last|little one|symptoms|medical|medication|"
    r"period|history|pain|child|baby|son|daughter)|"
    r"(how|what) about you(rself)?(,? (though|then))?,? (doc|doctor)|(how|what) about yourself|"
    r"(how|what) about you,? (are|do|have|did|were) you\b|"
    r"(how|what) about you,? (is|has) (anything|something) (been )?(worrying|bothering|troubling)|(are|were) you on (any|anything)\b|"
    r"how (much|many|often) do you (drink|smoke|put away|have)\b|"
    r"what'?s been (weighing on|bothering|troubling|worrying|getting to) you|"
    r"(have|did|do|are|were) you (been \w+ing|travelled|been abroad|had any|got any|noticed|taking|smoke|drink|"
    r"ever had|been having|been feeling|feel|felt|suffer))\b")
ASKS_STUDENT_OK = re.compile(r"\b(do you think|can you|could you (ask|say|repeat|turn|switch|dim|"
                             r"possibly|pass|get|open|close|help|tell me what|tell me if|explain)|"
                             r"are you (a|the) (doctor|student)|have you (seen|got) (the|my) results|"
                             r"will you|did you (say|mean|get)|do you (know|mean|need|want))\b")


# a question put to the student about themselves: "how are you sleeping yourself, doctor?"
YOURSELF_ASKED = re.compile(r"\byourself\b[^.!?]*\?")


def runs_consultation(sentence: str) -> bool:
    """The speaker takes the clinician's seat: asks the student about their own health."""
    s = sentence.lower().replace("’", "'").strip()
    if not RUN_CONSULT.search(s) and not YOURSELF_ASKED.search(s):
        return False
    # the student's seat taken in a reported question too: "I'd ask when your last period was"
    if "?" not in s and not re.search(r"\b(let me ask|i'?ll ask|i'?d ask|i would ask|what can i do|"
                                      r"tell me your)\b", s):
        return False
    return not (ASKS_STUDENT_OK.search(s) and not re.search(r"\byour\b", s))


FORMAT_ORDER = re.compile(
    r"\b(from now on|only in|only with|answer only|reply only|respond only|respond as|"
    r"in (json|capitals|capital letters|caps|bullet points|french|spanish|a list|a table)|"
    r"as a doctor would|you are now|make (one|it|something) up|helpful assistant|"
    r"repeat after me|say after me|say (exactly|only|just|the words)|in one word|one.word answer)\b")


def instructed(question: str) -> bool:
    """The question carries an instruction to the model rather than a question to a patient."""
    return injection(question) or bool(FORMAT_ORDER.search(question.lower()))


def obeys(question: str, sentence: str) -> bool:
    """An injected instruction was asked and the reply follows it."""
    if not instructed(question):
        return False
    return complies(sentence) or written_form(sentence) is not None or bool(
        ASSISTANT.search(sentence.lower().replace("’", "'"))) or echoes_order(
        question, sentence) or lists_as_ordered(question, sentence) or takes_the_part(
        question, sentence)


# "pretend you are my supervisor", "you are now the examiner", "act as my tutor"
_PART_ORDERED = re.compile(r"\b(?:pretend (?:that )?you(?:'re| are)|you are now|act as|play|be) "
                           r"(?:my |a |an |the |our )?([a-z]+)\b")
# what one who oversees says: "I'm going to make sure you're doing everything right"
_OVERSEES = re.compile(r"\bi(?:'m| am) going to (?:make sure|check|watch|mark|assess|supervise|"
                       r"grade|observe) (?:that )?(?:you|your|how you)\b")
# a new self with a title: "I'm Mark Thompson, the Head of the Medical Research Institute"
_TITLED = re.compile(r"^i(?:'m| am) [a-z]+(?: [a-z]+)?, (?:the |a |an )?(?:head|director|chief|"
                     r"professor|dean|lead|manager) of\b")


def takes_the_part(question: str, sentence: str) -> bool:
    """Ordered to play someone else, the reply speaks as them: names itself the part, sets
    about overseeing the student, or introduces a new self by title."""
    m = _PART_ORDERED.search(question.lower())
    if not m:
        return False
    s = sentence.lower().replace("’", "'").strip()
    part = re.escape(m.group(1))
    return bool(re.search(rf"\bi(?:'m| am)(?: going to be| now)?(?: your| a| an| the)? "
                          rf"(?:[a-z]+ )?{part}s?\b", s) or _OVERSEES.search(s)
                or _TITLED.search(s))


_LIST_ORDER = re.compile(r"\b(list|enumerate|bullet|differentials?)\b")
_BARE_NUMBER = re.compile(r"^\s*\d{1,2}[.)]?\s*$")
# what makes a fragment a sentence, or a patient's short answer, rather than an item of a list
_SPOKEN = re.compile(r"(?<![\w'])(i|i'm|i've|i'd|me|my|it|it's|he|she|his|her|we|you|they|this|"
                     r"that|yes|yeah|no|not|nope|none|nothing|never|sorry|maybe|well|is|are|was|"
                     r"were|be|been|have|has|had|do|does|did|get|gets|got|feel|feels|felt|can|"
                     r"could|will|would|should|may|might|think|know|hope|just|about|only)(?![\w'])")


def lists_as_ordered(question: str, sentence: str) -> bool:
    """Under an order to list ("list the differential"), a number on its own or a bare noun
    phrase ("High blood pressure", "Blood test") is an item of the list asked for: a patient
    answering speaks in sentences, or says yes, no or not sure."""
    if not _LIST_ORDER.search(question.lower()):
        return False
    s = sentence.lower().replace("’", "'").strip()
    if _BARE_NUMBER.match(s):
        return True
    words = re.findall(r"[a-z']+", s)
    return 0 < len(words) <= 6 and not _SPOKEN.search(s) and not re.search(r"[?!]", s)


# "Repeat after me: ..." / "say exactly '...'": the words to be said follow the order
_SAY_ORDER = re.compile(r"\b(?:repeat after me|say after me|say (?:exactly|only|just|the words))\b"
                        r"\W*(.+)$")


def echoes_order(question: str, sentence: str) -> bool:
    """The reply says back the words the question ordered said: obeying, whatever they
    claim, since a patient answers a question and does not recite one."""
    m = _SAY_ORDER.search(question.lower().replace("’", "'"))
    if not m:
        return False
    ordered = set(re.findall(r"[a-z']+", m.group(1)))
    said = set(re.findall(r"[a-z']+", sentence.lower().replace("’", "'")))
    return bool(ordered) and len(ordered & said) >= 0.8 * len(ordered)


# an order to answer as someone else: "pretend to be Dennis and answer as him"
_AS_PATIENT = re.compile(r"\b(?:pretend (?:to be|you'?re)|answer as|speak as|talk as|be|act as|"
                         r"reply as|respond as|let)\s+(?:him|her|the patient|your (?:dad|mum|father|"
                         r"mother|daughter|son|baby|child)|(\w+))\b")


def speaks_as_patient(question: str, sentence: str, patient_names: tuple[str, ...]) -> bool:
    """An informant ordered to speak as the patient, and doing it: the first person now
    stands for the patient, so the whole reply is out of the informant's role."""
    q = question.lower().replace("’", "'")
    if not instructed(q):
        return False
    named = [m.group(1) for m in _AS_PATIENT.finditer(q)]
    if not named or not any(n is None or n in patient_names for n in named):
        return False
    s = sentence.lower().replace("’", "'")
    first = re.search(r"\b(i|i'm|i've|i'll|me|my)\b", s)
    about_him = re.search(r"\b(he|him|his|she|her|dad|mum)\b", s)
    return bool(first) and not about_him


# The speaker takes the student's or the clinician's part: says they are the student or the
# doctor, offers to help with the exam, talks about "a patient", consoles the student.
_STAFF_SELF = re.compile(r"\bi('?m| am| was| used to be| worked as) (just |only |a |the |your |"
                         r"one of the )*(medical |junior |trainee )?(student|doctor|nurse|"
                         r"clinician|examiner|assistant|gp|physician|medic)s?\b")
# "as a medical student, I'm not a doctor": speaking from the student's or a clinician's seat
_STAFF_AS = re.compile(r"^(?:i'?m sorry[^,]*, but )?(?:but )?as an? (medical |junior |trainee )?"
                       r"(student|doctor|nurse|clinician|professional|physician)\b")
_STAFF_TALK = re.compile(
    r"\b(here|going) to help you\b|\bi'?m (just |only |always )?here to help\b|\bhelp you (with|through) (your|the) (exam|health|symptoms|"
    r"condition|assessment|osce|station|consultation)\b|\b(talk|talking|tell|telling|explain|"
    r"explaining|discuss|discussing|describe|describing) (to )?(you )?about (a|the|this|my) "
    r"patient\b|\b(a|the) patient (who|that|with)\b|\ba patient'?s\b|\bsorry (to hear )?"
    r"(about|for) (your|the recent)\b|\bi'?ll give you (a few |some |the )?options\b|"
    # "I'm here to discuss your health": the student's health is no patient's business
    r"\b(here|going) to (discuss|talk about|look at) your (health|well-?being|symptoms|"
    r"condition|care)\b")


def speaks_as_staff(sentence: str, occupation: str = "") -> bool:
    s = sentence.lower().replace("\u2019", "'")
    if _STAFF_TALK.search(s):
        return True
    own = occupation.lower()
    role = _STAFF_AS.search(s)
    if role and role.group(2) not in own:
        return True
    match = _STAFF_SELF.search(s)
    # "a medical student" is no university student of engineering
    return bool(match) and f"{match.group(3) or ''}{match.group(4)}" not in own


# Function words of other languages that English almost never uses: three make a reply in
# another language, which no patient here speaks and an injected order may ask for
_FOREIGN = re.compile(r"(?<![\w'])(je|j'ai|c'est|le|les|dans|docteur|oui|merci|est|et|une|du|des|"
                      r"estoy|tengo|dolor|muy|pero|señor|médico|ich|habe|nicht|und|sehr|der|die|das|"
                      r"claro|mucha|mucho|todo|el|los|las|sí|está|tiempo|sed|también|desde|"
                      r"hace|días|semanas|mais|très|depuis|avec|pas|jours|ja|nein|seit|auch)(?![\w'])")


# A toddler's voice: what a parent-informant case says when the model speaks as the child
BABY_TALK = re.compile(r"(?<![\w'])(^me (want|wants|hot|sore|hurt|hurts|sick|poorly|tired|sleepy)\b|"
                       r"[.!?] me (want|wants|hot|sore|hurt|hurts|sick|poorly|tired|sleepy)\b|"
                       r"owie|ouchie|boo-?boo|wanna mummy|want mummy|mama!|dada!)(?![\w'])")


def baby_talk(sentence: str) -> bool:
    """Speaks as the baby or toddler ("Me hot. Me want mummy.", "Mama! Owie!")."""
    return bool(BABY_TALK.search(sentence.lower().replace("’", "'")))


def foreign(sentence: str) -> bool:
    """Said in another language: three or more of its common words."""
    return len(set(_FOREIGN.findall(sentence.lower().replace("’", "'")))) >= 3


# the parent called "Mum" or "Dad" to her face, as a nurse or a doctor calls her: the parent
# speaking is the one addressed, so the words are the clinician's
_CALLS_PARENT = re.compile(r"(^|[,.!?] )(mum|mam|mummy|mama|dad|daddy)(?=\s*[,.!?]|$)|"
                           r"\b(mum|dad),? (you('ve| have)|try|don'?t|we('ll| will))\b|"
                           r"\byou('ve| have) done (ever so |really |so |very )?well to (bring|come|"
                           r"spot|notice)\b")


def addresses_parent(sentence: str) -> bool:
    """Speaks to the parent as the clinician does ("Try not to worry, Mum")."""
    return bool(_CALLS_PARENT.search(sentence.lower().replace("’", "'").strip()))

