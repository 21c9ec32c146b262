"""What the student is doing, when it is not asking for a case fact.

High-precision patterns over the normalised text of one question part. They run before
fact matching only where a wrong guess costs little (a greeting, consent); clinical
content always gets a chance at the case first.
"""

from __future__ import annotations

import re
from enum import StrEnum


class Intent(StrEnum):
    role_break = "role_break"
    diagnosis_request = "diagnosis_request"
    greeting = "greeting"
    introduction = "introduction"
    consent = "consent"
    identity_name = "identity_name"
    identity_age = "identity_age"
    identity_dob = "identity_dob"
    identity_relationship = "identity_relationship"  # "are you his daughter?"
    empathy = "empathy"
    thanks = "thanks"
    closing = "closing"
    repeat = "repeat"
    summary = "summary"
    signpost = "signpost"  # a statement of what comes next: acknowledged, never answered
    any_questions = "any_questions"  # "do you have any questions for me?"
    small_talk = "small_talk"  # "how was your journey in?": rapport, not history
    offer = "offer"  # "shall I turn the lights down?": comfort offered, nothing asked
    examine = "examine"
    order = "order"
    opening = "opening"  # why have you come
    open = "open"  # tell me more, anything else
    clinical = "clinical"


def any_of(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns))


# whom the patient may be told to become: "a consultant dermatologist", "the gynae registrar"
_ROLES = (r"(doctor|clinician|examiner|assistant|ai|nurse|consultant|specialist|physician|"
          r"registrar|surgeon|gp|tutor|[a-z]+olog(ist|er)|[a-z]+iatrist|[a-z]+ician)")
ROLE_BREAK = any_of(
    r"\b(ignore|disregard|forget) (all |any |your |the )?(previous|prior|above|earlier)? ?"
    r"(instructions|prompts?|rules|messages)",
    r"\bsystem prompt\b", r"\byour (instructions|prompt|programming|script)\b",
    r"\bare you (just |really |actually |even )?(an? )?([a-z]+ )?(ai|bot|robot|computer|language "
    r"model|llm|chatbot|machine|program)\b", r"\bare you (an? )?real\b",
    r"\b(am i|i'?m) (talking|speaking|chatting) (to|with) (an? )?(ai|bot|robot|computer|"
    r"language model|chatbot|machine|program|real person|human)\b",
    r"^are you (even )?(an? )?(real )?(person|human( being)?|alive)\W*$",
    r"^who (made|created|built|programmed|designed|wrote) you\W*$",
    r"\bwho (programmed|coded|designed|built|created) you\b",
    r"\byou are (an? )?([a-z]+ )?(ai|bot|robot|language model|chatbot|assistant)\b",
    # "you are now a consultant dermatologist", "pretend you're the gynae registrar",
    # "speak as Mr Walsh's doctor", "stop being Karen"
    rf"\b(you are|you'?re) now (an? |the )?([a-z-]+ ){{0,2}}{_ROLES}\b",
    rf"\bpretend (that )?(you are|you'?re|to be) (an? |the )?([a-z-]+ ){{0,2}}{_ROLES}\b",
    rf"\b(speak|talk|answer|reply|respond) (to me )?(as|like) ([a-z'-]+ ){{0,3}}({_ROLES}|chatbot|"
    r"bot|medic)\b",
    r"\bstop being (yourself|the patient|the (mum|mother|dad|father|daughter|son|parent)|[a-z]+)\b"
    r"(?! (so|too|such|a|an|the)\b)",
    r"\bwho'?s? (is )?(controlling|operating|running|typing for|playing|voicing) you\b",
    r"\b(pretend|act|behave|roleplay|role-play) (to be|as|like) (an? |the )?"
    r"(doctor|clinician|examiner|assistant|ai|nurse)",
    r"\b(you are|you're) (now )?(the|a) (doctor|examiner|clinician)\b",
    r"\b(stop|quit|leave|break|step out of) (the )?(role|character|roleplay|simulation|acting)",
    r"\bout of (character|role)\b", r"\bjailbreak\b", r"\bdeveloper mode\b",
    r"\bswap roles\b|\bswitch roles\b|\byou be the doctor\b",
    r"\bwhat (case|scenario|station) is this\b", r"\bcase (file|script|notes)\b",
    r"\b(in|for) (this|the) (scenario|station|simulation|role-?play|osce)\b",
    r"\b(portray|portraying|simulate|simulating|impersonate|impersonating)\b",
    r"\b(this|the) (case|station|scenario|simulation) (is )?(about|for)\b",
    r"\bso (i|we) (can|could) pass\b", r"\bpass (this|the) (station|exam|osce)\b",
    # the patient asked to act as the examiner: the time left, the marks, what to ask
    r"\bhow (long|much time|many minutes) (have i|do i have|have we|do we have|is there) (got )?"
    r"(left|remaining)\b", r"\bhow many minutes (do|have) (i|we)\b",
    r"^(so,? )?(how am i doing|am i doing (ok|okay|alright|all right|well|good|right))\b",
    r"\bam i doing (ok|okay|alright|all right|well|good) (so far|then)\b",
    r"\bam i (on track|going|likely|set|gonna) (to )?pass\b",
    r"\b(a|the) (sim|simulated|simulation)\b|\bsimulated (ed|a&e|ward|clinic|patient)\b",
    r"\b(gets?|earns?|scores?|worth|for|lose|loses) (me )?(the |any |more |full |extra )?marks\b",
    r"^what (else |other questions )?should i (ask|be asking)\b",
    r"^are you (just )?(acting|made up|fictional|pretending|an actor|an actress)\W*$",
    r"\bplaying (the|a) (patient|part|role)\b", r"^is (someone|somebody) playing you\W*$",
    # the clock and the syllabus of the station: "how long have I got?", "what else am I
    # meant to cover?", "is it ten minutes for this one?"
    r"^how (long|much time) (have i|do i have|have we|do we have) (got )?\b",
    r"\bhow many minutes (are |is )?left\b", r"\bis it (\w+|\d+) minutes for this\b",
    r"\bwhat else (am i|are we) (meant|supposed|expected) to (cover|ask|do)\b",
    r"\b(scripted|simulator|simulated patient|role[ -]?play|simulation)\b",
    r"\bstation (writers?|authors?|brief|instructions|script|notes)\b", r"\bsecret diagnosis\b",
    r"\bwhat( does| do| is|'?s| will| would) (the |my )?examiners? (want|expect|look|need|mark)"
    r"\w*\b",
    r"\b(mark|marking) scheme\b",
    r"\b(written|put|is|it) (on|in) your (card|brief|sheet)\b|\bwhich is on your card\b",
    r"\b(the|my) examiners?('?s| is| are)? (looking|wanting|expecting|hoping|after)\b",
    r"\bin disguise\b|\bare you (the|an|my) examiner\b|\b(other|previous|earlier) (candidates|"
    r"students) (said|have said|say|got|guessed)\b|\bicd\b|\blearning (objective|outcome)s?\b|"
    r"\bmodel answer\b|\bstop pretending\b|\bdrop the act\b|"
    r"\b(the )?(bell|buzzer|timer)('?s| has) (gone|rung|sounded|gone off)\b|"
    r"\b(your|the) station (notes|sheet|brief|card)\b",
    r"\b(instructed|told|briefed|programmed|scripted) to (reveal|say|tell|hold back|hide|disclose|"
    r"act|play|keep)\b",
    # "is this a PE station?" (not the train station)
    r"\b(this|the|a|an) ([a-z-]+ ){0,3}station\b(?<!train station)(?<!bus station)"
    r"(?<!railway station)(?<!tube station)(?<!petrol station)(?<!police station)"
    r"(?<!fire station)(?<!coach station)(?<!service station)",
    r"\b(the|this) (station|osce) (is |'?s )?(looking|asking|after|wants?|testing)\b",
    r"\b(write|wrote|written|put) (into|in|for) (your|the) (part|role|script|character)\b",
    r"\b(of|for|on|about) this patient\b",
    r"\b(minutes|time) left\b|\bthe timer\b|^how long left\W*$",
    r"\b(set answers|your lines|told to (give|say))\b",
    r"\bif you were (marking|examining|grading) me\b|\bmarking me\b",
    r"\b(am i going to|will i|did i|have i) pass(ed)?\b",
    r"\b(from now on|from here on),? (only )?(answer|reply|respond|speak)\w* (with|in|using)\b",
    r"^(please )?only (answer|reply|respond) (with|in|using)\b",
    r"\bis (s?he|[a-z]+|your [a-z]+) (even |really |actually )?(a )?real (baby|person|patient|"
    r"child|man|woman)\b",
    r"\b(mental health|history|history-taking|osce|exam|this|next|last|first|paeds|cardio) "
    r"stations?\b",
    r"\b(could|can|would) you be the (psychiatrist|doctor|examiner|consultant|registrar|tutor|"
    r"supervisor|assessor)\b",
    r"\bwhat (i'?ve|i have) missed\b",
)

DIAGNOSIS_REQUEST = any_of(
    r"\b(what|whats|what's) (is )?(your|the) ((most )?(likely|expected|working|probable|final|"
    r"real|actual|correct|right|official) )?(diagnosis|differential|condition|disease)\b",
    # "what's the underlying diagnosis?", "the key diagnosis?", "diagnosis?"
    r"\b(what|whats|what's) (is )?(your|the) (most )?[a-z-]+ (diagnosis|differential)\W*$",
    r"^(the |your |a )?diagnosis( then| please)?\W*$", r"\byour own diagnosis\b",
    # "I'm stuck, what's wrong with you?": the student gives up on the history
    r"\b(i'?m stuck|i give up|i'?m lost|put me out of my misery|help me out)\b.*\bwhat'?s "
    r"(actually |really )?wrong with (you|him|her)\b",
    r"\bwhat is it (you'?ve|you have|s?he'?s|s?he has) got\b",
    r"\b(tell|give|giv|gimme|deliver|hand|show) (me|us) (what )?(your|the|[a-z]+'s|her|his) "
    r"((correct|right|real|actual|final|secret) )?(diagnosis|answer|differential)\b",
    r"\bwhat (disease|condition|illness|diagnosis) (do you have|have you got|are you)\b",
    r"\bwhat (have you been|were you) diagnosed with (today|here)\b",
    r"\b(what is|whats|what's) the (right|correct) (answer|diagnosis)\b",
    r"\bwhat are you (supposed|meant) to have\b", r"\bwhat is your illness\b",
    r"\bwhich (disease|condition|illness|diagnosis) (do|does|have|has|are|is)\b",
    r"\bwhat'?s (your|the|her|his) (illness|disease|condition|diagnosis) called\b",
    r"\bis (that|this|it) the (right |correct |real )?(diagnosis|answer)\b",
    r"\b(that'?s|that is|this is) the (right |correct )?(diagnosis|answer)\b",
    r"\bin medical (terms|speak|language|jargon)\b",
    # "go on, just tell me what's wrong with you": impatience asks for the answer, where
    # "can you tell me what's been happening?" opens the history
    r"\b(just|go on,?|come on,?) tell me what'?s (actually |really )?wrong with (you|him|her)\b",
    r"\bjust tell me what (it is|(you|she|he)('?ve| have|'?s| has) got)\b",
    r"^(so |go on,? )?tell me what (you|she|he)('?ve| have|'?s| has) got\W*$",
    # "like the actual diagnosis?", "which condition am I meant to diagnose?", "what's wrong
    # with this patient?": the answer to the station, however it is put
    r"\b(the|your) (actual|real|correct|right|final|true|official) (diagnosis|answer|"
    r"condition|disease|illness)\b",
    r"\b(am i|are we|should i|i'?m|we'?re|i am|we are) (meant|supposed|expected) to (diagnose|"
    r"find|guess|work out|figure out|pick up)\b",
    r"\bwhat'?s (wrong|going on) with this (patient|person|case)\b",
    r"\bwhat (illness|disease|condition|diagnosis) (does|did|has) this (patient|person|case)\b",
    r"^what (disease|illness|condition|diagnosis) is (this|it)\W*$",
    r"\b(what|which) (should|must|do) (i|we) (be )?(diagnos(e|ing)|looking for)( here| today| "
    r"in this (case|station|scenario))?\W*$",
    # "what would you say the diagnosis is?": the patient asked for the answer, not for what
    # they fear ("what do you think is causing it?" is theirs to say)
    r"\bwhat (would|do|did|might|could) you (say|think|reckon|guess) (the|your) diagnosis "
    r"(is|was|would be|might be)\b",
    r"\bwhat (have|'?ve) you (actually|really) got\b",
    r"\b(a |the )?diagnosis (you can|you could|you'?re (able|allowed) to) (tell|give|share)\b",
    # "what's wrong with you, like the medical name?"; not the name of something already said
    # ("the medical name for it", "of your inhaler")
    r"\b(the )?(medical|proper|official) (name|term)\b(?! (for|of) (it|that|them|those|these|"
    r"(the|your|that|this|his|her) (drugs?|medicines?|tablets?|pills?|inhalers?|creams?|"
    r"operation|heart|chest|lung|kidney|knee|back|skin)))",
    r"\bname of (your|the|this|her|his) (condition|illness|disease|problem)\b",
    r"\b(which|what) ([a-z]+ )?(condition|disease|illness|diagnosis) is (this|it) (meant|supposed)"
    r" to be\b",
    r"^(can you |could you )?(just )?(gimme|give me|give us) a (hint|clue)\b",
    r"^any (hints?|clues?)\W*$",
    r"\bany (hints?|clues?) (on|about|as to|for) (what|the|which|how)\b",
    r"\b(what'?s (wrong|going on) with (her|him|you|me)|what (s?he|you) (has|have|'?s got|"
    r"'?ve got)),? (can|could) you (just )?tell me\b",
    r"\b(can|could) you just tell me what'?s (wrong|going on)\b",
    # "has anyone told you your diagnosis?": nobody has, which is why the station is set
    r"\b(has|have) (anyone|anybody|someone|the doctors?|they) (told|given) you (your|a|the) "
    r"diagnosis\b",
    r"\bcharacter'?s? (diagnosis|condition|illness|disease|answer)\b",
    r"\bdiagnosis[- ]?wise\b",
    r"\b(condition|diagnosis|illness|disease) (have|were) you (been )?(given|assigned|told to "
    r"(play|have))\b",
    r"\b(condition|diagnosis|illness|disease|case|part|role) (have|did) they (give|given|"
    r"assign\w*) you\b", r"\bgiven you to play\b",
    r"\bam i (getting )?(close|closer|warm|warmer|cold|colder|hot|hotter|on the right track)\b",
    # a sign asked for in place of the answer: "just nod if it's a UTI", "whisper it"
    r"\b(nod|blink|wink|squeeze|tap|cough|raise|wiggle)\w* [^?]*\bif (the answer|it'?s|it is|"
    r"i'?m (right|close|warm))\b", r"\bif the answer is\b",
    r"\bwhisper (it|the answer|the diagnosis)\b",
    r"\b(sneak|slip|drop|give|gimme) (me|us) (a|an|one|any)( little| small| tiny| quick)? (hint|"
    r"clue)\b",
    r"\b(wats|wots|wat) (is )?(your|the|ur) (diagnosis|answer)\b",
    r"\bon the right (lines|track) with\b", r"\bput me out of my misery\b",
    r"^(go on,? |ok,? |okay,? |so,? )?(hot|warm) or cold[:,]",
    # "is the answer a PE?", "which medication is the answer?"
    r"\bis (the|your) answer\b", r"\bis the answer\W*$", r"\bthe answer (to|for) (this|the) "
    r"(station|case|scenario|osce)\b",
    r"^(just |please |go on,? )?(state|name|reveal|say|give) (me |us )?(the|your) "
    r"(diagnosis|answer)\b",
    r"\bwhat (is |'?s )?(the|this|your|her|his) ([a-z]+ )?[a-z]+ (is )?(meant|supposed) to be"
    r"(?! like)\b",
    # "what are they hoping I'll diagnose?", "what do the examiners want me to find?"
    r"\b(they|the examiners?|the markers?|the assessors?|the station) (are |were |is )?(hoping|"
    r"want|wants|wanting|expect|expects|expecting|looking for)\b.*\b(me|i'?ll|i will|i'?d|i) "
    r"(to )?(diagnose|make|find|get|say|pick up|ask|do)\b",
    r"\b(hoping|want|wanting|expecting|expect) (me|i'?ll|i will|i) (to )?diagnose\b",
    r"\bwhat ([a-z]+ )?(condition|illness|disease|diagnosis) (is|are) ([a-z]+ ){0,2}"
    r"(meant|supposed) to have\b",
    # short of time, the student asks for the answer: "I'm running out of time, just tell me
    # what's wrong with your dad"
    r"\b(running out of time|out of time|short of time|no time left|i'?m stuck)\b.*\b(tell me|"
    r"what'?s|what is) (what'?s )?(actually |really )?(wrong|going on|the matter)\b",
    r"\b(running out of time|out of time|short of time|i'?m stuck)\b.*\bwhat ([a-z]+'?s|s?he'?s|"
    r"you'?ve|s?he has|you have) got\b",
    r"\b(throw|take|have) a guess (out there|at (the|your) (diagnosis|condition|answer))\b",
)

GREETING = re.compile(r"^(hi|hello|hey|hiya|good (morning|afternoon|evening)|morning|afternoon"
                      r"|evening)\b")
INTRODUCTION = any_of(r"\bmy name is\b", r"^my name'?s [a-z]+\b",
                   r"^i'?m [a-z]+,? (and )?i'?m (in my|a|an|one of)\b",
                   r"\bi am (a |one of the |the )?"
                   r"(dr|doctor|doctors|medical students?|students?|junior|fy1|fy2|registrar|"
                   r"nurse)\b",
                   r"^((hi|hello|hey|good (morning|afternoon|evening)),? )?i'?m "
                   r"(dr|doctor|a medical student|one of the)\b",
                   # "I'm a final year medical student" to a patient who is a student
                   # himself: the speaker's own role, never a question about his
                   r"\b(i'?m|i am) (a|an|the|one of the) ([a-z0-9-]+ ){0,3}(medical |med |"
                   r"nursing |medical school )?(students?|medics?|junior doctors?|doctors?)\b",
                   r"^i'?m [a-z]+,? (a|one of the|the) ",
                   r"\bi'?m [a-z]+,? (a|an|one of the|the) (medical|final|third|fourth|fifth|"
                   r"student|doctor|junior|foundation|trainee|nurse)",
                   r"^(a |the |one of the )?(medical |med )?students? here\W*$",
                   r"\b(i'?m|im|i am) (a |one of the )?med (stud|stu|student)s?\b",
                   r"\bmed (stud|stu) here\b",
                   r"^((hi|hello|hiya|hey),? )?i'?m [a-z]+,? (medical|med|nursing|final|"
                   r"[a-z0-9]+[- ]year|student)\b",
                   # the role said on its own, after the name: "I'm Pat. Medical student."
                   r"^((a|one of the) )?(([a-z0-9]+|final)[- ]year )?(medical|med|nursing) "
                   r"students?\W*$")
CONSENT = any_of(
    r"\b(is it|would it be|is that|will it be) (ok|okay|alright|all right|fine)\b",
    r"\b(do|would) you mind (if|me|having (a|some)|talking|chatting|speaking|answering)\b",
    r"\bmind if (i|we)\b",
    r"\b(can|could) i (ask|have a chat|talk|examine|take a history|have a look|check)\b.*"
    r"(\bquestions?\b|\byou\b|\bhistory\b)",
    r"\bmay i (ask|examine|talk)\b", r"\b(happy|ok|okay) (for me )?to (talk|chat|answer|go ahead|"
    r"carry on|continue)\b",
    r"^(is it |would it be )?(ok|okay|alright|all right|fine)( with you)? if (i|we)\b",
    r", (ok|okay|alright|all right)( with you)? if (i|we) (ask|take|have|go|chat|talk)\b",
    r"\b(alright|all right|ok|okay|happy|fine|cool) (for me )?to (ask|have|grill|go through|"
    r"chat|talk|run through)\b", r"\b(cool|alright|all right) if (i|we)\b",
    r"\bif (that'?s|that is) (ok|okay|alright|all right|fine)( with (you|both of you|you both|"
    r"the (two|both) of you|everyone))?\W*$",
    r"\b(would|are|do) you (be |feel )?(comfortable|happy|okay|ok|alright|all right|up for) "
    r"(with )?(having|to have|talking|chatting|speaking|answering|helping|to help|a chat|a few|"
    r"some)\b",
    # the plan told before leave is asked: "I'm going to ask some questions about what's
    # brought you in today." (`_ASKS_LEAVE_ABOUT` keeps it from being the question itself)
    r"^(i'?m going to|i'?d like to|i would like to|i want to|i'?ll be) (ask|asking|have a chat|"
    r"chat|talk|go through)( with| to)?( you)? (some|a few|a couple of) (quick )?"
    r"(questions|things|qs)\b[^?]*$",
    # leave to start, put as a plan: "then, if you're happy, we'll have a chat."
    r"^(then,? |and,? |so,? )?if you'?re (happy|ok|okay|alright|all right|ready|up to it|feeling "
    r"up to it),? (we'?ll|we can|we could|i'?ll|i'?d like to|i can) (have a|start|begin|talk|chat|"
    r"ask|go|make a start|get started)\b[^?]*$",
    r"\bis (now|this) (still )?(a |an )?(good|ok|okay|alright|convenient) (time|moment)\b",
    r"\b(whenever|when) you'?re ready( to (start|begin|go|talk|chat))?\b[^?]*$",
    # "can we talk?" after an introduction asks leave to start, not whether she talks yet
    r"^(so,? |and )?(can|could|shall) we (talk|chat|have a (chat|talk)|start|begin|get started)"
    r"\W*$",
    # comfort checks, answered like consent: "are you comfortable sitting like that?"
    r"\bis (it|the (room|chair|temperature|light|lighting)|that chair) (ok|okay|alright|all right|"
    r"comfortable|warm enough|too (hot|cold|warm|bright))\b",
    r"\bare you (sitting |lying )?(comfortable|comfy|warm enough)\b",
    r"\bcan you (hear|see) me (ok|okay|alright|all right|properly|clearly|well)\b",
    # leave to begin, in few words: "ok to start?", "alright to start?", "happy to start?"
    r"\b(a )?(couple of|few|some) (quick )?(questions|qs),? (alright|ok|okay|fine|is that ok)\W*$",
    r"(^|\b(are|would) you (be )?)(ok|okay|alright|all right|happy|fine|good|ready) (to|if we) "
    r"(start|begin|go|crack on|get going|get started|carry on)\W*$",
    # a plan put to the patient: "... then the doctor will examine you. does that sound ok?"
    r"^(does|would|is) (that|this) (sound |seem )?(ok|okay|alright|all right|fine|good)"
    r"( (to|with|for) you)?\W*$", r"^that (ok|okay|alright|all right)\W*$",
    r"^(are|would) you (be )?(alright|ok|okay|happy|up) (to|for) (answer|chat|talk|start)\w*\b",
    # what is said stays in the team: "everything you tell me stays within the team"
    r"\b(everything|anything|what) (you tell me|you say|we (talk about|discuss)) (stays|is|will "
    r"(stay|be)|remains) (confidential|private|between us|within the team|in the team)\b",
    r"\bwould you like (some |a )?(water|tissue|glass of water|break|blanket)\b",
    r"\b(would you like|do you want) me to (get|fetch|bring|grab|call|find)\b",
    r"\bcan i (get|fetch|bring|grab) you (a|an|some|anything)\b",
)
# Rapport before the history: the weather, the journey, the parking. The journey back from
# abroad is history, not small talk.
SMALL_TALK = any_of(
    # "I see you've come in with your partner.": a remark on who is there
    r"^(i see|i can see|i notice|i see that) you'?ve (come (in )?with|brought|got (someone|"
    r"somebody|your [a-z]+) with)\b[^?]*$",
    r"\b(what'?s|what is|how'?s|how is) the weather\b", r"\bweather (like|been|out)\b",
    r"\bhow was (the|your) (journey|trip|drive|bus|train) (in|here|over|today)\W*$",
    r"\b(journey|trip|drive) (in|here|over|today) (ok|okay|alright|all right|fine)\b",
    r"\b(did you|were you able to|could you) (manage to )?(park|find (us|the (place|clinic|"
    r"hospital|department|ward|room|surgery)))\b", r"\bparking\b",
    r"\b(have|did) you (come|travel) far( today| this morning)?\W*$",
    # how the stay has gone: "have you been looked after ok so far?"
    r"\b(have|has) (you|she|he|they|everyone|everybody|the staff) been (looked after|treated "
    r"(ok|okay|well|alright|all right|kindly|nicely)|seen to|made comfortable|looking after "
    r"(you|her|him)|(nice|kind|good) to (you|her|him))\b(?! (at home|by ))",
    # the student's own life, said in passing: "my nan was a postie as well! small world"
    r"^((ha|haha|oh|aw|ah),? )?(my (nan|gran|granny|grandad|grandma|grandpa|grandmother|"
    r"grandfather|mum|dad|mother|"
    r"father|sister|brother|aunt|auntie|uncle|friend|cousin|partner|flatmate)|"
    r"i('?m| am| was| used to| work| worked| did))\b[^?]*\b(too|as well)( mate| love| doc)?\b"
    r"(?=[,.!]|\s*$| i "
    r"(suppose|guess))[^?]*$",
    r"\bsmall world\b",
    r"^(come (on )?in|have a seat|take a seat|sit (yourself )?down|pull up a chair)\b[^?]*$",
    r"^(sorry,? )?(i'?m|i am) (a bit |a little |so )?(out of breath|short of breath|late|tired|"
    r"flustered|nervous)"
    r",? (i'?ve|i have|i was|because|it'?s been)\b[^?]*$",
    r"^(give me|just) a (sec|second|moment|minute)\W*$",
    r"\b(i'?ve|i have) (got to|to) be honest,? (i'?m|i am) (still )?(learning|new|nervous)\b",
    r"^(sorry,? )?(that|my) (last )?(question|wording) (came out|was|sounded|is)\b[^?]*$",
    r"\b(manage to )?(stay|keep) dry\b|\b(get|got|getting) (wet|soaked|caught in the rain)\b|"
    r"\b(nasty|lovely|horrible|awful|miserable|grim|glorious) (weather|day)\b",
    r"\bisn'?t the (nicest|best|most comfortable) (place|spot)\b|\bisn'?t exactly (a )?(restful|"
    r"relaxing|quiet|nice)\b|\bnobody plans to spend\b",
    r"^i don'?t want to (take up|keep you|waste)\b[^?]*$",
    r"^(sorry,? )?(i see |i know )?(you'?ve been|you were|you have been|to have kept you|"
    r"for keeping you|its|it'?s|it has|about the) (kept )?(waiting|taken|been a (while|wait)|wait|"
    r"delay)\b[^?]*$",
    # an apology for the place: "sorry it's so noisy in here."
    r"^sorry (it'?s|about|for) (so |the |all |my |that )?(noisy|busy|loud|cold|hot|crowded|cramped|"
    r"wait|waiting|delay|noise|mess|bleep|bleeper|phone|interruption|knock)\b[^?]*$",
    r"^(s?he'?s|s?he is) (a |an |such a )?(gorgeous|lovely|beautiful|cute|sweet|adorable|little "
    r"star|brave)\b[^?]*$",
)
IDENTITY_NAME = any_of(r"\b(what'?s|what is|can i (take|have|get|check|confirm)|confirm|could you "
                    r"(tell me|confirm)) (your|her|his|the (patient'?s|child'?s)) (full )?name\b",
                    r"\bwho (am i|are you)\b.*\b(speaking|talking)\b",
                    r"\bwho am i (speaking|talking|chatting) (to|with)\b",
                    r"\bwhat should i call you\b", r"\band you are\b",
                    r"\b(check|confirm|take|have|get) (your|her|his) (full )?name\b",
                    r"\bwhat (is|was) (your|her|his) name\b",
                    r"\b(grab|know) (your|her|his) (full )?name\b",
                    r"\bwhat (do|does) (your )?\w+ call (you|him|her)\b",
                    r"\bwhat (would you|do you) like (to be called|me to call you)\b",
                    r"\bwho (have i got|do we have|have we got) here\b",
                    r"\band (what'?s|what is) (this|the) little (one|boy|girl) called\b",
                    r"\b(i'?m|i am) looking for (mr|mrs|ms|miss|mx) [a-z]+\b",
                    r"\bis (that|this) (you|yourself)\W*$",
                    # a title says it is a name: "it's Mr Walsh, isn't it?" ("it's sharp,
                    # isn't it?" leads; `_asks_who` hears a bare name the case gives)
                    r"^(hello,? |hi,? )?(it'?s|you'?re|you must be) (mr|mrs|ms|miss|mx) [a-z]+"
                    r",? (isn'?t it|aren'?t you|is it|right)\W*$")
IDENTITY_RELATIONSHIP = re.compile(
    # "are you Isla's mum?": the patient named, as an informant is greeted
    r"^([a-z-]+'s) (mother|father|daughter|son|wife|partner|carer)\W*$|"
    r"^(and |so )?is ([a-z]+) your (daughter|son|child|father|mother|partner|wife|baby|little "
    r"(girl|boy|one|man|lady))\W*$|"
    r"\b(are you|and you'?re|you'?re|you are|you must be) (his|her|the patient'?s|their|"
    r"[a-z-]+'s) (daughter|son|mother|mum|mom|father|dad|wife|husband|partner|carer|sister|"
    r"brother|parent|relative)\b"
    r"|\bhow are you related\b|\b(what is|what'?s) your relationship\b"
    r"|\bare you (mum|mom|dad|mummy|daddy|the mum|the dad|(his|her) (mum|dad)|"
    # after the lexicon: "are you mum?" reads "are you mother?"
    r"(the )?mother|(the )?father)\W*$")
IDENTITY_AGE = any_of(r"\bhow old (are you|is (he|she|they|your (son|daughter|child|baby|father|"
                   r"mother|dad|mum)))\b", r"\bwhat'?s (your|her|his) age\b", r"\byour age\b")
IDENTITY_DOB = any_of(r"\bdate of birth\b", r"\bdob\b", r"\bwhen were you born\b",
                   r"\bbirthday\b")
# Comfort offered, not a question about the history: "shall I turn the lights down?", "let me
# know if you need a break". Offers to examine or to test are requests, not these.
_COMFORT = (r"(?:sit you up|prop you up|help you (?:to )?(?:sit|get|feel|be)|turn|switch|"
            r"dim|put|get|fetch|grab|close|open|draw|pull|call|pop|bring|find|"
            r"adjust|raise|lower|move|stop|pause|see about|sort|arrange|give you a (?:moment|"
            r"minute|second|break))")
OFFER = any_of(
    rf"\b(?:shall|should) i {_COMFORT}\b", rf"\b(?:would|do) you (?:like|want) me to {_COMFORT}\b",
    r"\blet me know if you(?:'d| would)? (?:want|need|like)\b",
    # leave to stop, pause or pass, offered with the consent: "you can stop me at any time",
    # "we can take a break whenever", "you don't have to answer anything you don't want to"
    r"\byou can (?:ask me to )?(?:stop|pause|slow)(?: me| us| down)?(?: at any| any ?time|"
    r" whenever| if)\b",
    r"\byou can ask me to (?:stop|pause|slow down)\b",
    r"^(?:just )?take a (?:breath|break|moment|minute|sip|rest)\b[^?]*$",
    r"^i'?ve (?:dimmed|turned|closed|opened|drawn|pulled|put|got|brought|fetched)\b[^?]*\bfor "
    r"you\b[^?]*$",
    # advice while they wait: "try and rest your eyes", "keep drinking fluids", "please don't
    # eat or drink for now", "sit however's comfiest"
    r"^(?:try (?:to|and) |please )?(?:rest|relax|get some rest|close your eyes|rest your eyes|"
    r"lie back)\b[^?]*$",
    r"^(?:please )?keep (?:drinking|taking|resting|sipping|still)\b[^?]*$",
    r"^(?:please )?(?:don'?t|do not) (?:eat|drink|get up|move|take)\b[^?]*$",
    r"^sit (?:however|wherever|where|how)\b[^?]*$",
    r"^(?:just |please |feel free to )?stop me (?:at any (?:time|point)|any ?time|whenever|if)\b",
    r"\b(?:we can|we'?ll|feel free to) (?:stop|pause|take a break|have a break|slow down)\b",
    r"\b(?:just )?(?:say|tell me) if you (?:need|want|'?d like) (?:a|to) (?:break|pause|stop)\b",
    r"\bif you (?:need|want|'?d like) (?:a |to )(?:break|pause|rest|stop)\b",
    r"\bif (?:anything|it)(?:'?s| is| gets) (?:too much|uncomfortable|upsetting)\b",
    r"\byou (?:don'?t|do not) have to (?:answer|talk about|tell me|say)\b",
    # "tell me if anything I say doesn't make sense"
    r"\b(?:tell|let) me (?:know )?if (?:i say )?anything (?:i say )?(?:that )?(?:doesn'?t|does not|"
    r"isn'?t) (?:make sense|clear)\b",
    r"\bif (?:anything|something) (?:i say )?(?:that )?(?:doesn'?t|does not|isn'?t) "
    r"(?:make sense|clear)\b",
    rf"^(do you )?want me to {_COMFORT}\b", r"^(the )?lights? (down|off|dimmed|lower)\b",
    r"\bwould you like (your|a|the) (partner|husband|wife|mother|father|daughter|son|friend|"
    r"relative|someone|nurse) to (stay|come in|be here|join|sit in)\b",
    r"\b(has|have) (anyone|anybody|someone|the nurses?) (offered|got|brought) you (a|some|any) "
    r"(cup of tea|tea|drink|water|coffee|pillow|blanket)\b",
    r"^i'?ll (check|ask|mention|tell|let) (it )?(with |to )?(the|a|one of the) (nurses?|doctors?|"
    r"staff)\b[^?]*$",
    r"^(and |but |so )?(if|when) (it|you|the pain|things) (gets?|starts?|feels?|start feeling|"
    r"feel|is getting) "
    r"(any |a bit |much )?worse\b[^?]*\b(tell|let) me( know)?( straight away| right away)?"
    r"(,? and i'?ll [^?]*)?\W*$",
    r"\b(tell|let) me (know )?(straight away )?if (it|you|the pain|things) (gets?|feel|start) "
    r"(any )?worse\b",
    r"\b(shout|say|tell me) if you need (to|a|anything|me)\b",
    r"\banyone (at home )?(you'?d like|you want|you would like) (us|me) to (let know|call|contact|"
    r"ring|phone|tell)\b",
    r"\bis there anything you need (for (her|him) )?(right )?now\b",
    r"\bwould you like (anyone|someone|anybody|a chaperone)\b[^?]*\b(with you|here)\b",
    r"\b(would you like|do you want|shall i (get|find|call)) (a|an) (chaperone|interpreter)\b",
    r"\bwe can (phone|call|ring) (someone|anyone|them|him|her)\b",
    r"\bif (s?he|[a-z]+) needs you,? (go|just go)\b",
    r"\b(he'?s|she'?s|they'?re) welcome to (sit|stay|come|join)\b",
    r"^if not,? (no problem|that'?s fine|that'?s ok)\W*$",
    r"\b(would you like|do you want|can i get you) (another|an extra|a) (pillow|blanket|cushion|"
    r"chair|cup of tea|cuppa|glass of water)\b",
    # comfort offered: "would you like to sit up?"
    r"\bwould you (?:like|prefer) to (?:sit|lie|lay|get comfortable|move|stand|have a (?:rest|"
    r"break|seat|moment|drink))\b",
    # "let me know if the light is bothering you", "your family can stay if you like"
    r"\blet me know if (?:the (?:light|lights|noise|room|position|chair|bed)|anything|it|that)\b"
    r"[^?]{0,30}\b(?:bother\w*|hurt\w*|uncomfortable|too (?:bright|loud|much|noisy|cold|hot))",
    r"\b(?:your|the) (?:family|wife|husband|partner|mum|dad|daughter|son|friend|relatives?)s? "
    r"(?:can|is welcome to|are welcome to|may) (?:stay|come in|join|sit in)\b",
    rf"\b(?:i can|i could|i'?ll|happy to) {_COMFORT} (?:the|some|a|you)\b",
    r"\bcan i get you (?:a|an|some|anything)\b",
    # "shall I ask a nurse to bring you some pain relief?", "let me get you a pillow."
    r"\b(?:shall|should|can|could) i (?:ask|get) (?:a|the|one of the) (?:nurses?|doctors?|staff)\b",
    rf"^(?:let me|i'?ll just) {_COMFORT} (?:you|the|some|a)\b[^?]*$",
    r"\b(?:would you like|do you want|do you need) (?:a|some) (?:water|drink|tissues?|blanket|"
    r"cup|glass|break|moment|minute|pain relief|painkillers?)\b",
    # a companion or a chaperone: "before we start, is there anyone you'd like with you?"
    r"\b(?:anyone|anybody|someone|somebody|a chaperone|a relative|a friend) (?:you'?d like|you "
    r"would like|you want) (?:with you|here|to (?:be here|join|sit in|come in))\b",
    r"\b(?:would|do) you (?:like|want) (?:anyone|anybody|someone|somebody|a chaperone|a "
    r"relative|a friend) (?:with you|here|to (?:be here|join|sit in|come in)|present)\b",
)

EMPATHY = any_of(
    # praise, sorrow and comfort, said: "you've done really well", "I'm so sorry, this must
    # be frightening", "try not to worry about your exams for now"
    r"^(you'?ve|you have) (done|been) (really |so |very |ever so )?(well|great|brilliant|amazing|"
    r"fantastic|helpful|really helpful|so helpful|very helpful|a great help|a big help)\b[^?]*$",
    r"^(i'?m|i am) (so |really |very |truly )?sorry\b[^?]*$",
    r"^sorry,? ([a-z]+,? )?(i know|you'?re|you are|you'?ve|you had|it'?s been|to hear|that|about "
    r"the wait)\b[^?]*$",
    r"\byou'?ll be in (good|safe) hands\b[^?]*$|\byou'?re in the right place\b[^?]*$",
    r"^i know (it|this|that) (can|must|might) (take|be)\b[^?]*$",
    r"^(please )?(try not to|don'?t) worry\b[^?]*$",
    # "thanks, I know you want to get back to work.": the patient's time minded, nothing asked
    r"^(?:(?:ok|okay|right|thanks|thank you),? )?(?:[a-z]+,? )?i know (?:you(?:'?re| are) "
    r"(?:busy|keen|in a hurry|tired)|"
    r"you(?:'d| would) (?:like|rather)|you (?:want|need|have) to (?:get|go|be)|you'?ve got to "
    r"(?:get|go|be))\b[^?]*$",
    # "I know you must be worried.": the feeling named, not asked after
    r"^(?:i (?:know|can see|imagine|expect|understand|appreciate) )?(?:that )?(?:you|this|it) "
    r"(?:must|might|may|'?d|would) (?:be|feel|have been) (?:\w+ )?(?:worried|worrying|scared|"
    r"frightened|frightening|worrying|stressful|upsetting|hard|difficult|anxious|a worry|"
    r"a lot|tough)\b[^?]*$",
    r"^i know (it'?s|this is|that'?s|this must be) (really |so |very )?(scary|frightening|"
    r"worrying|hard|difficult|awful|stressful|a worry|upsetting)\b[^?]*$",
    r"\b(i'?m|i am) (so |really |very )?sorry (your|that your|to see you)\b[^?]*$",
    r"^i (understand|can see|know) (that )?you'?re (keen|eager|worried|anxious|in a hurry|"
    r"busy|tired|fatigue|fed up|in pain|scared|sore)\b[^?]*$",
    r"^you must be (so |really |very |absolutely )?(shattered|exhausted|knackered|fed up|tired|"
    r"fatigue|sore|frustrated|in pain|worn out)\b[^?]*$",
    # thanks for what was told or done: "thank you for bringing him in."
    r"^(thanks|thank you)( so much| very much)? for (bringing|coming|telling|sharing|explaining|"
    r"going over|answering|your time|being|talking|seeing|waiting|that|all|letting)\b[^?]*$",
    # (a bare "right, I see" is listening: the patient goes on, see `_part`) a remark on what
    # was said is not: "right, that makes sense given the outdoor work"
    r"^((right|ok|okay|yes|yeah|ah|oh),? )?(that|it) (makes|made) (total |complete )?sense\b[^?]*$",
    r"^((right|ok|okay|great),? )?(that'?s|that|this) (really |very )?(helps|helpful|useful)\b"
    r"[^?]*$",
    r"^(try not to|don'?t|please don'?t) (worry|feel guilty|apologise|be sorry)\b[^?]*$",
    r"\bi can see (it'?s|you'?re|this is) (really )?(hurting|in pain|sore|uncomfortable|"
    r"painful|upsetting|difficult|hard)\b[^?]*$",
    r"^you'?re doing (really |so |very )?(well|great|brilliant|fine|amazing)\b[^?]*$",
    r"\b(you'?ve|you have|you) (done|did) ((absolutely|exactly|just|a|the|really|very) )*"
    r"(right|good|brave|sensible) thing\b[^?]*$",
    r"^(it )?sounds like you'?ve been (very |really |so )?(patient|brave|through a lot|coping|"
    r"managing)\b[^?]*$",
    r"\bis a (huge|big|massive|hard|difficult|lot) (thing|deal)( to (go through|deal with|cope "
    r"with))?\W*$",
    # no hurry: "take your time answering.", "no need to rush."
    r"^(?:please |just )?(?:take (?:your|all the) time(?: you need)?|(?:there'?s )?no (?:need to )?"
    r"(?:rush|hurry)|there'?s no (?:rush|hurry))\b[^?]*(?:,? (?:ok|okay|alright)\?)?$",
    # what the student sees, said as a kindness: "you look a bit uncomfortable."
    r"^you (?:look|seem|sound) (?:a bit |a little |quite |very |really )?(?:uncomfortable|sore|"
    r"worried|upset|tired|anxious|nervous|fed up|poorly|unwell|exhausted|distressed|"
    r"in (?:a lot of |some )?pain)\b[^?]*$",
    r"\b(i'?m|i am) (so |really |very )?sorry (to hear|that|about|you)\b",
    r"\bthat (must|sounds|would) (be |have been )?(really |very |so )?(hard|tough|difficult|"
    r"awful|frightening|scary|worrying|upsetting|distressing|stressful|terrible|horrible|a lot)",
    r"\bi can (see|imagine|understand) (why|how|that)\b", r"\bi understand (that|how|why|your)\b",
    r"\b(understandably|naturally|of course) (you|you're|you are)\b",
    r"\bthat'?s (completely |totally )?(understandable|natural|normal to feel)\b",
    r"\bit'?s (completely |totally )?(understandable|natural|normal) to (feel|be)\b",
    r"\bsounds (like it'?s been|really|very) (hard|tough|difficult|awful|worrying|frightening)",
    r"\bwe'?ll (look after|take care of) you\b", r"\byou'?re in the right place\b",
    r"\b(we'?re|we are|i'?m|i am) going to (look after|take care of|help) (you|her|him)\b",
    r"\b(we'?ll|we will|i'?ll|i will) (get|give|sort) (you|her|him) (something|some)\b",
    r"\b(you'?ve|you have) (been )?(done|doing) (a |an )?(great|good|brilliant|fantastic|"
    r"amazing|wonderful) (job|thing|work)\b",
    # "that sounds miserable.", "you're clearly in a lot of pain.": said, not asked
    r"^(oh,? |gosh,? )?that (sounds|must be|must have been|seems)\b[^?]*$",
    r"^it sounds (like|as if|as though) (you|things|it)\b[^?]*$",
    r"^(you'?re|you are|you'?ve|you have) (clearly|obviously)\b[^?]*$",
    r"^i can (see|hear|tell) (you'?re|you are|that|how|you'?ve|you have)\b[^?]*$",
    r"^(you poor thing|poor you|what a (horrible|awful|tough|difficult|hard|rough))\b[^?]*$",
    # "take your time.", "it's ok to feel upset.", "I'll be quick because I know you're in
    # pain.": reassurance, said and not asked
    r"^(there'?s )?(no rush|no hurry|take your time|take as long as you need)\b[^?]*$",
    r"^it'?s (ok|okay|alright|all right|fine) to (feel|be|cry)\b[^?]*$",
    r"^i'?ll (try to |try and )?(be|keep (this|it)) (quick|brief|short)\b[^?]*$",
)
THANKS = any_of(r"^((ok|okay|right|alright|great|lovely),? )?(thank you|thanks|cheers)\b",
             r"^(great|lovely|brilliant|perfect)\W*$",
             r"^(that'?s|that is|that was) (really |very |so )?(helpful|useful|great|brilliant|"
             r"clear),? (thank you|thanks)\W*$")
CLOSING = any_of(r"\b(leave it there|that'?s (all|everything) for now)\b",
              r"\b(that'?s|that is) me (done|finished)\b", r"^(please )?take it easy\b[^?]*$",
              r"\bi'?m going to (present|discuss|hand over|feed back|pass)\b[^?]*$",
              r"^hope (you|s?he|they) (feel|get|are|'?re)\b[^?]*$",
              r"^i'?ll (pass ((it|that|this|your) ([a-z]+ )?)?on|make sure|let)\b[^?]*\b(doctor|gp|"
              r"team|nurse|"
              r"consultant|registrar)s?\b[^?]*$",
              r"^i'?ll (make a note|note|write|jot|pop) (of )?(that|it|this)( down)?\b[^?]*$",
              r"\b(that'?s|that is|those are|those were) (all|everything|it for) (of )?(my|the) "
              r"questions\b", r"\b(i'?ve|i have) (no|run out of|got no) (more |other |further )?"
              r"questions\b",
              r"\bi'?(ll| will|m going to) (go and |just |now )?(get|fetch|grab|speak to|talk to|"
              r"tell|update|discuss (this )?with|find|ask)\b.{0,40}\b(doctor|gp|team|consultant|"
              r"registrar|senior|nurse|colleague|boss|supervisor)\b",
              r"\b(that'?s|that is) (all|everything) (i need|from me|i wanted)\b",
              # at the end only: "have you said goodbye to anyone?" is a risk question
              r"(^|[,.!] ?)(bye|goodbye|see you( later| soon)?)\W*$",
              r"\bthank you for (your time|talking|speaking|answering|coming)\b",
              r"\bwe'?ll be back\b", r"\bi'?ll (be back|come back)\b",
              # good wishes: "take care, and I hope Isla feels better soon."
              r"^(take care|all the best|get well soon)\b[^?]*$",
              r"^i hope [^?]*\b(better|himself|herself|yourself|soon|improves?)\W*$",
              r"\bi think i'?ve got (a good idea|everything|what i need|enough|all i need)\b[^?]*$")
# "sorry, what?" asks again; "sorry, what's been going on?" is a question of its own
REPEAT = any_of(r"\b(say|repeat) that again\b",
             r"\bsorry,? (?:what(?: (?:was|did) (?:that|you say))?|pardon)\W*$", r"^pardon\b",
             r"\bcould you repeat\b", r"\bcan you repeat\b", r"\bdidn'?t (catch|hear) (that|you)\b")
# Statements about what the student will do next. Only whole statements count (no question
# mark): "I'd like to ask about your medicines - what do you take?" is still a question.
# "I'd like to examine your chest" is not here: in an OSCE that is how findings are asked for.
SIGNPOST = any_of(
    r"^(so,? |now,? |okay,? |ok,? |right,? |next,? |great,? |lovely,? |brilliant,? |perfect,? |"
    r"after (that|this),? |in a (minute|moment|bit|sec|second),? |then,? |first(ly)?,? |"
    r"(thank you|thanks)( (mr|mrs|ms|miss|dr) [a-z]+| [a-z]+)?,? )*(i'?m (now |just )?going to|"
    r"i am (now |just )?going to|i'?ll|i will|i'?d like to|i would like to|i want to|let me|"
    r"we'?ll|we will|we'?re going to|i need to)\b.*\b(ask|move on|go through|talk about|"
    r"questions?|cover|come back|later|next|refer)\b",
    r"^((so|now|ok|okay|right|great|thanks|thank you),? )*(moving on(to)?|next)\b.*"
    r"\b(to|onto|about|your)\b",
    # "the next bit is about your medicines, we ask everyone", "these next questions are
    # routine", "I'm just going to switch gears", "what I'm doing next is..."
    r"^(the |these )?(next|following) (few |couple of )?(bit|section|part|questions?|"
    r"things?)('?s| is| are)? (about|on|going to be|are|is|routine|ones)\b[^?]*$",
    r"^(these|the|my) (next )?(few )?questions (are|i'?m going to ask)\b[^?]*$",
    r"\bwe ask (everyone|everybody|all|every [a-z]+)\b[^?]*$",
    r"^([a-z]+,? )?(i'?m|i am) (just )?going to (switch|change) (gears?|tack|topic)\b[^?]*$",
    r"\bwhat i'?m (doing|going to do|asking( about)?) next\b[^?]*$",
    r"^((ok|okay|right|so),? )?(going to|gonna) move on\b[^?]*$",
    # safety-netting: "if the pain gets worse, press the buzzer"
    r"^(and |but |so )?if [^?]*,? (press|ring|call|tell|let|get|go|come|shout|phone|book|"
    r"see)\b[^?]*$",
    r"^i'?ll leave (you )?(a|this|some|the) (leaflet|information|card|number)\b[^?]*$",
    r"^(the|a) (team|doctors?|nurses?|registrar|consultant|surgeons?|gp)s? (may|might|could|will "
    r"probably|'?ll probably|will likely) (well )?(want|need|suggest|decide|do|arrange|repeat|"
    r"send)\b[^?]*$",
    r"^(you|s?he|they) (may|might|could|will probably|'?ll probably) (well )?need (a|an|some|"
    r"to)\b[^?]*$",
    r"^(someone|somebody) (senior )?(will|'?ll) (be )?(in|along|round|over|come)\b[^?]*$",
    r"^(sorry,? )?([a-z]+,? )?(some|a few|a couple) of (the|these|my) (next |following )?(bits?|"
    r"questions|things)\b[^?]*$",
    # what the staff will do, told: "the ward pharmacist will go through your tablets", "the
    # nurse'll be back round in a min", "the surgical registrar will come after me"
    r"^((ok|okay|right|so|and|thanks|thank you|thx),? )?([a-z]+,? )?(the|a|your) ([a-z]+ )?"
    r"(doctors?|team|consultant|nurses?|registrar|surgeons?|gp|pharmacist|physio(therapist)?|"
    r"porters?|specialists?)s?('ll| is going to| are going to| will| can| may| might| could) "
    r"[^?]*$",
    r"^(so,? )?what (i'?m going to|i'?ll|we'?re going to|we'?ll) do (now |next )?is\b"
    r"(?![^?]*\b(look at|examine|listen|feel|check your)\b)[^?]*$",
    r"^if [^?]*, (the|a) ([a-z]+ )?(nurse|doctor|team|pharmacist)s? (will|'?ll|can|may)\b[^?]*$",
    r"^(please )?stay (with|here|in|sitting|on|where|put)\b[^?]*$",
    r"^(please )?keep (her|him|his|your|the) [a-z]+ (on|off|in|out)\b[^?]*$",
    # "ok, I'll keep this short, moving on to your past medical history now"
    r"(^|[,.] ?|\b(ok|okay|right|so|now|and|i'?m|im|i am) )(moving|movin'?|move) on (to|onto) "
    r"([a-z' ]+ )?(your|the|his|her|some)\b[^?]*$",
    # a plan told, not a request made: "we'll arrange a scan as soon as we can", "we might
    # need to put a drip up", "I'll have a look at your knee in a minute" (not "we'll get an
    # ECG done now", which asks for it)
    r"^((ok|okay|right|so|and),? )?(if (we|it|you) need (to)?,? )?(we|i|the (doctors?|team|"
    r"nurses?))('?ll| will| may| might| can| could|'?d| would| are going to|'?re going to|'?m "
    r"going to| is going to|'?s going to) (probably |likely |also |then |just |definitely |need "
    r"to |want to |have to |be able to )*(book|arrange|organi[sz]e|sort( out)?|refer|put (a|up|"
    r"you)|start|give you|send you|follow|keep an eye|see (you|her|him) again|let (the|your))\b"
    r"[^?]*$",
    r"^((ok|okay|right|so|and),? )?(we|i) (may|might|could|will probably|'?ll probably|'?ll "
    r"(possibly|maybe)) (also )?(need to |want to |have to )?(do|get|check|take|run|send|have)\b"
    r"[^?]*$",
    r"^((ok|okay|right|so|and),? )?(we|i)('?ll| will|'?re going to|'?m going to) [^?]*\b(before "
    r"you go|later on|later today|at some point|in a (minute|bit|moment|while)|once we'?ve|when "
    r"we'?ve|next time|tomorrow)\W*$",
    # what happens after the history: "the doctor will come and examine her"
    r"^(what'?s going to happen|what'?ll happen|what will happen|what happens) (now|next)\b[^?]*$",
    r"^(the|a) (doctor|team|consultant|nurse|registrar|surgeons?|gp|local doctor)s? (is|are|"
    r"will|'?ll) (going to |"
    r"be (along|in|over) (to|and) )?(come|examine|see|run|do|take|be|have a look)\b[^?]*$",
    # the student's errand, said on the way in: "I've been asked to speak to you before the
    # doctor comes."
    r"^(i'?ve|i have) been asked to (come and )?(speak|talk|chat) (to|with) you\b[^?]*$",
    r"^(i'?m|i am) (just )?here to (ask|speak|talk|chat|have a chat)\b[^?]*$",
    # "I'll be writing a few notes as we go."
    r"^(i'?ll|i will|i'?m going to|i may|i might|i'?m just going to) (just )?(be )?(tak|writ|jot|"
    r"mak|scribbl)\w* (down )?(a few |some |the odd )?notes?\b[^?]*$",
    r"^((so|now|ok|okay|right|just),? )*(a (few|couple of)|some) (more |quick |other )*questions "
    r"(about|on)\b[^?]*$",
    # what happens after the history: "then one of the surgeons will come and examine you"
    r"\b(one of the|the|a) ([a-z']+ )?(doctors?|surgeons?|team|consultant|registrar|nurse)s? "
    r"(will|may|might|is going to|'?ll) (want to )?(come and |be along to |be in to )?(examine|see|"
    r"have a look|check on)\b[^?]*$",
    r"^(this'?ll|this will|it'?ll|it will|we'?ll talk for|we will talk for|we'?ll chat for)\b"
    r"[^?]*\b(minutes?|mins?)\b[^?]*$",
    r"^i'?ll (be|try to be|keep (it|this)) (as )?(quick|brief|short)\b[^?]*$",
    r"^i'?d like to (get|take|hear) (some|a bit of|the) (background|history|details|more)\b[^?]*$",
    r"^(anyway|anyhow|well|so|right|okay|ok|like|um+|er+m?|uh+|hmm+)\W*$",
    r"^((mr|mrs|ms|miss|mx) [a-z]+,? )?(level with me|be honest with me|between you and me)\W*$",
    # a clause that only frames what follows: "just to be clear, ..."
    r"^(just )?(to be clear|to check|so i'?m clear|for clarity|to clarify)\W*$",
    # how long it will take, and what kind of questions: "it should take about ten minutes",
    # "some might be a bit sensitive"
    r"^(just )?to let you know\b[^?]*$",
    r"\b(s?he|the doctor|dr [a-z]+)('s| has) asked me to\b[^?]*$",
    r"^(the plan is|the plan:|here'?s the plan)\b[^?]*$",
    r"^(about|around|roughly|should (only )?be (about|around)?) ?\d+ (mins?|minutes)\b[^?]*$",
    r"^(i'?ve|i have) (read|seen|looked at) (the|your) (triage|referral|door|gp'?s?) "
    r"(note|notes|letter|sheet)\b[^?]*$",
    r"\bthe (sheet|board) (on the (curtain|door|wall) )?says\b[^?]*$",
    r"^(i'?m|i am) on (my|a) ([a-z]+ )?placement\b[^?]*$",
    r"^i'?ll (keep (this|it)|be|go) (as )?(gentle|slow|slowly|short|brief|quick)\b[^?]*$",
    r"^i'?ll sit (here|down|on)\b[^?]*$",
    r"^(i'?m|i am) (just )?going to sit\b[^?]*$",
    r"^(we'?ll|we will|we'?re going to|we may|we might) (probably |likely |need to |want to |"
    r"also )*(do|run|arrange|get|send|take|organise) (some |a few )?(tests?|bloods?|blood tests?|"
    r"scans?|x-?rays?)\b[^?]*$",
    r"^(ha,? )?i'?ll bet (you|that)\b[^?]*$",
    r"^(it|this|that|the chat|this chat) (should|will|shouldn'?t|won'?t|might|may|'?ll) (only )?"
    r"(take|last)\b[^?]*$",
    r"^(some|a few|one or two) (of (these|them|the questions|my questions|the next questions) )?"
    r"(might be|may be|could be|will be|are|might seem|may seem|might feel|may feel|might sound)"
    r" (a bit |a little |quite |rather )?(sensitive|personal|awkward|"
    r"embarrassing|intrusive|difficult|strange|odd)\b[^?]*$",
)
ANY_QUESTIONS = any_of(
    r"\b(do|have) you (have|got) any (questions|concerns) (for me|about|at all)?",
    r"\bany (other )?questions (for me|at all)?\W*$",
    r"\bis there anything (else )?you'?d like to ask\b",
    r"\banything (else )?(you want|you'?d like|you wanted|you would like) to ask( me| us)?\b"
    r"(?! about (your|the|her|his) (symptoms|pain|history))")
SUMMARY = any_of(r"\b(just )?to (summarise|summarize|recap|sum (it |that |this )?up)\b",
              r"\b(just )?(summarising|summarizing|recapping)\b",
              # what the patient said, said back and thanked for: "so you've had pain since
              # last night. ok, thank you"
              r"^((ok|okay|right),? )?so (far )?(you'?ve|you have|you'?re|you are|it'?s|it has|"
              r"(s?he|[a-z]+)('s| has| is))\b[^?]*[,.!]\s*((ok|okay|right|great),? )*(thank you|"
              r"thanks|got it|that'?s (really )?helpful)\b[^?]*$",
              r"^(so )?(far )?you'?ve told me\b[^?]*$",
              r"\bso to recap\b", r"\b(in summary|summing up)\b",
              r"\blet me (just )?(sum (it |that |this |everything )?up|play (it|that|this) back|"
              r"read (it|that|this) back|go over (that|what)|run through (that|what))\b",
              r"\bif i can just (summarise|summarize|recap)\b",
              r"\bcheck i'?ve (got|understood)\b", r"\blet me (summarise|summarize|recap)\b")
OPENING = any_of(
    r"\bwhat (brings|brought) you\b", r"\bhow can (i|we) help\b", r"\bwhat can i do for you\b",
    # (not "...and run some tests to work out what's going on": the team's errand)
    # (nor "so you know what's going on", "can't tell you what's going on", "let you know
    # what's happening": the student promising news, not asking for it)
    r"(?<!work out )(?<!figure out )(?<!bottom of )(?<!understand )(?<!you know )(?<!tell you )"
    r"(?<!you know exactly )(?<!keep you posted on )(?<!explain )"
    r"\bwhat'?s (been )?(the problem|"
    r"the matter|"
    r"going on|happening|wrong)\b",
    r"\bwhat (seems to be|is) the (problem|trouble|matter)\b",
    r"\bwhy have you (come|been brought|been sent)\b", r"\bwhat'?s brought you\b",
    r"\bwhat (has|have) (been )?happen",
    r"\bwhat made you (come|decide (to )?(come|see|book))\b",
    r"\bwhat'?s (prompted|made) you (to )?(come|see|book)",
    r"\bwhat (has|have) brought you\b", r"\bwhat'?s (been )?(troubling|bothering) you\b",
    r"\bin your own words\b", r"\bwhat'?s (landed|got|bought) you\b",
    r"\bwhat (has|have) (landed|got) you\b", r"\bwhat'?s led you\b",
    r"\bwhat (has|have) led you\b",
)
OPEN = any_of(
    r"^(tell me|can you tell me|could you tell me) (a bit |a little |some )?more\b",
    r"^(go on|carry on|and then|what else|anything else|is there anything else)\b",
    r"\banything else (you'?d like|you want|that|to add|i should know|going on)\b",
    # "and what happened when you had it?" asks after what was just said
    r"^(and|so) what (else|happened)\b(?! (?:when|to|with|after) )",
    r"^(anything|something) else\??$",
    r"^tell me (all )?about (it|that|this|things)\b",
    r"^how (have|has) (things|it all) been\W*$",
    r"^(mm+|mm+-?hm+|mhm|uh-? ?huh|i see|right|okay|ok|sure|yes|yeah)\W*$",
    # "right, okay", "okay, I understand": listening, so the patient goes on
    r"^((mm+|right|okay|ok|alright|sure|yes|yeah|i see|i understand)[,.!]* ?){2,3}$",
    r"^take your time\b", r"^(please )?(go ahead|continue|keep going)\b",
)
EXAMINE = any_of(
    r"\b(examine|examining|examination|exam|inspect|palpate|auscultate|percuss)\b",
    r"\blisten to (your|the|her|his) (chest|heart|lungs|tummy|abdomen|bowel)",
    r"\b(check|take|measure|do) (your|her|his|the|some) (pulse|blood pressure|heart rate|fever|"
    r"oxygen|observations|obs|vital|vitals|sats|oxygen saturation|respiratory rate|weight|"
    r"reflexes|pupils|glucose)",
    r"\b(feel|look at|have a look at|look in|look into) (your|her|his|the) ",
    r"\b(vital signs|observations|obs)\b",
)
ORDER = any_of(
    r"\b(order|request|send( off)?|arrange|organise|organize|get|do|run|perform|book|take)\b.*"
    r"\b(test|tests|bloods?|blood test|x-?ray|xray|radiograph|scan|ecg|ekg|ct|mri|ultrasound|"
    r"urine|urinalysis|dipstick|culture|swab|gas|abg|vbg|troponin|fbc|u&e|crp|lfts?|"
    r"electrocardiogram|echo|echocardiogram|smear|film|lumbar puncture|biopsy|dermoscopy|"
    r"pregnancy test|glucose|ketones|spirometry|peak flow)\b",
    r"\b(what|any) (are|were) the (results|bloods)\b", r"\bresults? of\b",
    # "can I have a look at her rash?" is to examine, not to order
    r"\bcan (we|i) (get|have|see) (an?|the|some) (?!(?:quick |little )?(?:look|feel|listen)\b)",
)
# A tag is a negative one ("... haven't you?") or comes after a comma ("..., is it?"): "how
# would you do it?" and "whereabouts is it?" end the same way and lead nowhere
LEADING = re.compile(
    r"(,|\s)(isn't|doesn't|don't|didn't|haven't|hasn't|aren't|wasn't|weren't|won't|can't|"
    r"wouldn't|shouldn't) (it|you|they|he|she|there|we|i)\s*\??$"
    r"|,\s*(is|does|do|did|have|has|are|was|were) (it|you|they|he|she|there|we|i)\s*\??$"
    r"|\b(right|correct|yeah|yes)\s*\?$|^(i (guess|suppose|assume|take it|expect|imagine|presume)|"
    r"i'?m guessing|am i right in thinking|presumably|"
    r"so you|and you|surely|i bet)\b"
)


# the patient's words said back as a statement: "so you've had pain since last night."
SAID_BACK = re.compile(r"^((ok|okay|right),? )?so (far )?(you'?ve|you have|you'?re|you are|it'?s|"
                       r"it has|(s?he|[a-z]+)('s| has| is))\b[^?]*$")


def social_intent(text: str) -> Intent | None:
    """Intents that say nothing clinical and can be answered from the persona."""
    for intent, pattern in (
        (Intent.role_break, ROLE_BREAK),
        (Intent.diagnosis_request, DIAGNOSIS_REQUEST),
        (Intent.identity_dob, IDENTITY_DOB),
        (Intent.identity_name, IDENTITY_NAME),
        (Intent.identity_age, IDENTITY_AGE),
        (Intent.repeat, REPEAT),
        (Intent.summary, SUMMARY),
        (Intent.any_questions, ANY_QUESTIONS),
        (Intent.identity_relationship, IDENTITY_RELATIONSHIP),
        (Intent.offer, OFFER),
        (Intent.consent, CONSENT),
        (Intent.small_talk, SMALL_TALK),
        (Intent.empathy, EMPATHY),
        (Intent.closing, CLOSING),
        (Intent.introduction, INTRODUCTION),
    ):
        if pattern.search(text):
            return intent
    if SIGNPOST.search(text) and not text.rstrip().endswith("?"):
        return Intent.signpost
    if GREETING.search(text) and len(text.split()) <= 6:
        return Intent.greeting
    if THANKS.search(text) and len(text.split()) <= 5:
        return Intent.thanks
    return None


# "do you ever get blood in your wee?" asks what the patient has had, with an order's verb
# and a sample's name; only a test named outright makes it a request for a result
_ASKS_PATIENT = re.compile(r"^(?:(?:and|so|also|ok|okay|right|now),? )*(?:do|does|did|have|has|"
                           r"had|are|is|was|were) (?:you|she|he|they|your|her|his)\b")
_TEST_NAMED = re.compile(
    r"\b(test|tests|tested|bloods|blood tests?|x-?rays?|xray|radiograph|scans?|ecg|ekg|ct|mri|"
    r"ultrasound|urinalysis|dipstick|culture|swab|gas|abg|vbg|troponin|fbc|u&e|crp|lfts?|"
    r"electrocardiogram|echo|echocardiogram|smear|film|lumbar puncture|biopsy|dermoscopy|"
    r"spirometry|peak flow|results?|sample|checked|measured|blood group|blood type)\b")


def request_intent(text: str) -> Intent | None:
    """Asking to examine or for a test result, in plain words."""
    if ORDER.search(text):
        if _ASKS_PATIENT.search(text) and not _TEST_NAMED.search(text):
            return None
        return Intent.order
    if EXAMINE.search(text):
        return Intent.examine
    return None


# "can I have a look at her rash?", "I'd like to send off some bloods": the student says what
# they will do and asks leave to do it. That is the request itself, however near a fact its
# words read ("the rash", "her kidney function").
ACTING = re.compile(
    r"^(?:(?:and|so|ok|okay|right|now|great|thanks|thank you),? )*(?:(?:can|could|may|might) "
    r"(?:i|we)(?: just)?|i'?d (?:just )?like to|i would like to|i want to|i'?m (?:just )?going "
    r"to|i'?ll (?:just )?|let me(?: just)?|we'?ll(?: just)?|we'?re going to|i need to|(?:is it|"
    r"would it be) (?:ok|okay|alright|all right) (?:if i|for me to|to)) (?:(?:quickly|just|now|"
    r"also|then|briefly) )?(?:examine|have a (?:quick |little )?look|look|feel|listen|check|take|"
    r"measure|do|get|send|order|request|arrange|run|organise|organize|book|pop|dip|weigh|"
    r"inspect|palpate)\b")


def acted_request(text: str) -> Intent | None:
    """A request to examine or order put as what the student is about to do."""
    return request_intent(text) if ACTING.search(text) else None


# "any other symptoms with the pain?": the symptoms that go with the complaint, as a list
ASSOCIATED = any_of(
    r"\b(any|what|which) (other|more|further) (symptoms?|problems?)\b",
    r"\b(anything|something) else (along |together )?with (the|it|that|this|your|his|her)\b"
    r"(?! (mates|friends|pals|partner|wife|husband|boyfriend|girlfriend|family|mum|dad|kids)\b)",
    r"\bnoticed (anything|any) (else|other)\b(?! (you'?d like|to add|i should know))",
    r"\b(anything|something) else (wrong |going on )?(apart from|besides|other than)\b",
    r"\b(other|else) symptoms?\b",
)


# Ideas, concerns and expectations are asked in set ways, and every case answers them in
# its own: the pattern says which part, the case's fact for that part says what.
ICE = {
    "ice.ideas": any_of(
        r"\bwhat do you (think|reckon|suppose|believe) (it|this|that)?\s?(is|might be|could be|"
        r"'?s)\b(?! (been|like|happening to))",
        r"\bwhat (do|did) you (think|reckon) (is|was|might be|could be) (causing|behind|going on|"
        r"wrong|happening)",
        r"\b(putting|put) (it|this|that|the \w+) down to\b", r"\bwhy do you (think|reckon)\b",
        r"\b(any|your own|your|have you got any) (ideas?|theor(y|ies)|thoughts?) (about|on|as to|"
        r"of) (what|why)\b",
        r"\bwhat do you (think|reckon) (has|might have|could have) (caused|brought)",
        r"\bwhat do you make of (it|this|that|all (this|that))\b",
        # "any thoughts yourself on why it's sore?", "what was your first thought?"
        r"\b(ideas?|theor(y|ies)|thoughts?) (yourself|of your own) (about|on|as to|of) "
        r"(what|why)\b",
        r"\bwhat (was|were) your (first|own|initial) (thoughts?|ideas?|theor(y|ies))\b",
        r"\bwhat did you (first )?(think|reckon|put) (it|this|that) (was|might be|could be|"
        r"down to)\b",
        r"\bhow do you (make sense of|explain) (why|what|it|this|that)\b",
        r"\bwhat'?s your (own )?(theory|take|explanation|view) on\b",
        r"\b(your )?(gut feeling|gut instinct|hunch)\b",
    ),
    "ice.concerns": any_of(
        r"\bwhat'?s (been )?(worrying|concerning|frightening|scaring) you\b",
        r"\bwhat (is|are|were) you (most |particularly )?(worried|concerned|scared|afraid|"
        r"frightened)\b",
        r"\b(is there )?(anything|something) (in particular |specific )?(worrying|concerning) "
        r"you\b",
        r"\bare you (worried|concerned|scared|afraid|frightened) (it|that|about what|it'?s)\b",
        r"\b(main|biggest|greatest|particular) (worry|worries|concerns?|fears?)\b",
        r"\bweighing on (your mind|you)\b",
        r"\b(anything|something) (about [\w ]+ )?that (worries|bothers|concerns|scares|frightens) "
        r"you\b",
        r"\b(thing|things) that (worries|worry|concerns|scares|frightens) you\b",
        r"\b(anything|something) (about [\w ]+ )?that'?s (really |particularly )?(worrying|"
        r"bothering|concerning|scaring|frightening) you\b",
        r"\b(worrying|bothering|concerning) you (about|in) (this|it|all this|all of this)\b",
        r"\b(worries|concerns|scares|frightens) you (the )?most\b",
    ),
    "ice.expectations": any_of(
        r"\bwhat (are|were) you (hoping|expecting)\b",
        r"\bwhat would you like (us|me) to do\b", r"\bwhat do you (want|expect) (from|us|me)\b",
        r"\bhoping (we|i|for|to get)\b", r"\bexpecting (from|us|me|today)\b",
        # "so what would help most today, do you think?": today's hope, not what eases it
        r"\bwhat would (help|be (most |more )?helpful)\b[^?]*\btoday\b",
    ),
}


# "When did you first notice things slipping?" names no symptom the case files an onset
# under, yet every student means the complaint's: it is asked in set ways, like ICE.
ONSET = any_of(
    r"\bwhen did (you|he|she|they) first (notice|feel|felt|get|start|realise|become|think)\b",
    r"\bwhen did (it|this|that|all this|all of this|things|the trouble) (all )?(first )?"
    r"(start|begin|kick off|come on)\b",
    r"\bwhen (was|did) the first time\b",
    r"\bwhen you first (noticed|felt|got|started|became|realised)\b",
    r"\bwhen (was it that|was it|did) (you|he|she|they|[a-z]+) first (noticed?|thought|saw|spotted|"
    r"realised)\b",
)
SET_PARTS = {**ICE, "hpc.onset": ONSET}


def ice_part(text: str) -> str | None:
    """The part of the history a question asked in a set way is after: ICE, or onset."""
    for part, pattern in SET_PARTS.items():
        if pattern.search(text):
            return part
    return None


def asks_associated(text: str) -> bool:
    return bool(ASSOCIATED.search(text))


def open_intent(text: str) -> Intent | None:
    if OPENING.search(text):
        return Intent.opening
    if OPEN.search(text):
        return Intent.open
    return None


# "is it a PE?" beside "is that the right answer?": a guess at the diagnosis, not a question
# about the history.
DIAGNOSIS_GUESS = re.compile(r"^(so,? |and |or )?(is it|is this|was it|could it be|might it be|"
                             r"it'?s|it is|do you have|have you got) (a |an )?[a-z0-9' -]{2,30}"
                             r"\W*$")


# "so what's wrong with you then, what's the diagnosis?", "so what have I got then, what's the
# diagnosis?": beside a request for the diagnosis, what is wrong asks for it too
WRONG_WITH = re.compile(r"\bwhat'?s (actually |really )?(wrong|going on) with (you|him|her|"
                        r"(the|your|this|that|his|her) [a-z]+)\b"
                        r"|\bwhat (have|'?ve) (i|you|we|s?he) got\b|\bwhat (has|'?s) s?he got\b"
                        # after "you are now a neurologist": "explain what's causing it"
                        r"|\bexplain\b|\bwhat'?s (actually |really )?(causing|going on)\b"
                        r"|\btell me what (this|the|that|your) [a-z]+ is\b"
                        r"|\bwhich (one )?is it\b|\b(hold back|reveal|disclose|keep back)\b")

# Told to leave the role ("you are now a neurologist", "forget the role-play", "ignore previous
# instructions"), or asked the station's answer: what else the turn asks of the patient is
# asked of the clinician or the examiner
ROLE_SWAP = re.compile(r"\b(you are|you'?re) now\b|\bpretend (that )?(you are|you'?re|to be)\b|"
                       r"\b(speak|talk|answer|reply|respond) (to me )?(as|like)\b|\bstop being\b|"
                       r"\b(forget|ignore|drop|stop) (the |this |your )?(role[ -]?play|character|"
                       r"act|acting|script)\b|\b(ignore|disregard|forget) (all |any |your |the )?"
                       r"(previous|prior|above|earlier)? ?(instructions|prompts?|rules)\b"
                       # or asks after the station's answer: "the right test for this station?"
                       r"|\b(station|osce|examiners?|diagnosis|answer|mark scheme|instructed|"
                       r"pretending|bell|buzzer|objective|disguise)\b")


def is_diagnosis_guess(text: str) -> bool:
    return bool(DIAGNOSIS_GUESS.match(text.strip()) or WRONG_WITH.search(text))


def is_leading(text: str) -> bool:
    return bool(LEADING.search(text.strip()))


IDENTITY = (Intent.identity_name, Intent.identity_dob, Intent.identity_age)


def identity_intents(text: str) -> list[Intent]:
    """Every identity check in one part: "your name and date of birth?" asks for both."""
    found = [i for i, p in zip(IDENTITY, (IDENTITY_NAME, IDENTITY_DOB, IDENTITY_AGE),
                              strict=True) if p.search(text)]
    if Intent.identity_dob in found and Intent.identity_age in found:
        found.remove(Intent.identity_age)  # one answer serves both
    return found
