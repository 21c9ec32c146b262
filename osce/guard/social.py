# ruff: noqa: E501  (tables of patterns read better one entry to a line)
"""Talk that carries no clinical claim: greetings, feelings, asking to repeat, filler."""

from __future__ import annotations

import re

GREETING = re.compile(
    r"^(hi|hello|hiya|hey|morning|good (morning|afternoon|evening)|nice to meet you|pleased to meet you|"
    r"yes,? (hello|hi)|yeah,? (that's )?fine|that's fine|fine,? go ahead|go ahead|of course,? go ahead|"
    r"yes,? (that's )?(fine|okay|ok)|no problem|thank(s| you)|cheers|bye|see you)\b"
    # "that's alright, love", "that's grand": accepting what the student says or offers
    r"|\bthat'?s (alright|all right|grand|lovely|perfect|great|kind of you)\b"
    r"|\b(go|carry) on[.!]*$"
    # "I'm Karen.", not "... I've never been told I'm diabetic."
    r"|^((hi|hello|yes|yeah),? )?(i'?m|my name'?s|call me) [a-z]+\.?$"
    # reassurance and go-aheads said to the student
    r"|\b(no worries|no bother|fire away|ask away|don'?t (you )?(fret|worry)( about it)?|"
    r"i know you'?re (busy|rushed off your feet)|take your time|"
    # ("not at all, no" answers a question: a denial, not a courtesy)
    r"not at all(?!,? (no|nope|nah)\b)|"
    # a joke to put the student at ease, and thanks for being seen
    r"(i|we) don'?t bite|"
    r"thanks? (you )?(so much |very much )?for (seeing|fitting|squeezing|getting|having) (me|him|her|us|them)\b( in)?)\b"
    # who the speaker is, said to a greeting: "yes, I'm Karen"
    r"|^(yes|yeah|yep|that'?s (me|right)),? (i'?m|this is|it'?s) [a-z]+[.!,]"
    # who the speaker is, confirmed: "that's me, yes", "yes, that is me"
    r"|^((yes|yeah|yep),? )?(that'?s|that is|it'?s|this is) (me|her|him|us|right)\b(?! (who|that|when|because)\b)")
REPEAT = re.compile(
    r"\b(say that again|what did you say|what was the question|lost me|pardon|come again|"
    # not heard: "I didn't hear you properly" asks again, it is no hearing loss
    r"(^|[,.?!] )(sorry,? )?i (didn'?t|did not|couldn'?t) (quite |properly )?hear (you|that|what you (said|asked))"
    r"( (properly|there|then|clearly|right))?|"
    r"repeat (that|the question)|say that once more|didn't (quite )?catch|sorry(?=\?$)|what do you mean|say it again|"
    r"could you (ask|say) (that|it) again|(ask|say) (me )?(that|it) again|one more time|you what(?=\?)|"
    # "I missed that, could you ask me again?"
    r"(i )?missed (that|what you (said|asked))|(ask|say) (me|it) again\b(?=\s*[?,.!]|$)|"
    # a question waved past as not the speaker's: "I think that was meant for somebody else;
    # what was it you wanted to ask me?"
    r"(that|this|it) (was|must have been|must be) meant for (somebody|someone|something) else|"
    r"what (was|is) it you want(ed)? to (ask|know)( me)?|"
    # "can't follow you" asks again; "can't follow the telly" is a symptom
    r"(don't|do not|can't) follow( you| what you('re| are) (saying|asking))?(?=\s*([,.!?]|$|sorry))|"
    r"(i'?m|i am) not following|"
    # too much asked at once: "can you ask me that one bit at a time?"
    r"(one|a) (bit|thing|question) at a time|one at a time|"
    # the thread lost, the question asked again: "what was it you wanted to know?"
    r"lost (the|my) (thread|train of thought)|where (was i|were we)(?=\s*[,.?!])|"
    r"what (was|is) it you (wanted|were asking|asked|want)( to know)?(?=\?)|"
    r"what (did|do) you (ask|want to know)( me)?( again)?(?=\s*\?)|"
    r"(that'?s|too many) (a lot of |too many )?questions( at once)?|"
    # "sorry, love, what was that?", "could you say that a bit slower?"
    r"(sorry,? (love,? |pet,? )?)?what was that(?=\?)|say (that|it) (a bit |a little )?(slower|more slowly)|"
    r"struggling to (follow|keep up)|can'?t make head (n)?or tail of (that|what you)|(that'?s |it'?s )?gone (right )?over my head|"
    r"go over (that|it) again|(i )?lost you( there)?(?=\s*[,.?!])|"
    r"what was it you wanted to know|what (was it|is it) you (were|are) asking|double dutch|"
    r"run (that|it) (by|past) me again|(didn'?t|did not) (quite )?(hear|catch|take in) the question|"
    r"(didn'?t|did not) take (that|it) in|"
    r"(didn'?t|did not|couldn'?t) (quite )?(hear|catch) the (last|first|end) (bit|part)|"
    # "I'm not with you at all there; can you ask me that a bit more plainly?"
    r"(i'?m|i am) not with you|(ask|say|put) (me )?(that|it) (a bit |a little )?(more )?(plainly|simply|"
    r"another way|differently)|what did you ask|"
    # "that went straight over my head", "my mind wandered off there", "could you run that
    # past me once more", "ask me again a bit more simply"
    r"went (straight |right )?over my head|my (mind|head|brain) (wandered|drifted)( off)?|"
    r"run (that|it) (by|past) me (again|once more)|(ask|say) (me|it) again,? (a bit |a little )?"
    r"(more )?(simply|plainly|slowly|slower))\b")
REQUEST = re.compile(
    r"\b(could|can|would) you (possibly |please |just )?(turn|switch|dim|close|open|shut|pass|fetch|"
    r"get me|grab|pull|draw|move|lower)\b|\bwould you mind\b|"
    # the one who came along, asking where to be: "do you want me to stay in for all of it?"
    r"\bdo you want me to (stay|step out|wait outside|leave|sit in)\b|"
    r"\bshall i (step|pop|wait|go) (out|outside)\b")
# Not knowing, said as filler: "I'm not sure what to say", "I don't know".
# Not knowing, with nothing claimed: the question's own choice handed back, no side taken
# ("not sure if it's a sudden thing or a gradual thing").
CHOICE_LEFT_OPEN = re.compile(
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (if|whether) (it'?s|it is|it was|this is) (a |an )?[a-z]+"
    r"( (thing|one|process|event|start))? or (a |an )?[a-z]+( (thing|one|process|event|start))?(?=\s*[.!?]*$)")

# ... and an indirect question, nothing claimed: "not sure who's at home with me", "not sure
# if I've had any colds", "not sure if it's normal", "not sure how far I can walk" (but not a
# guess at a cause: "not sure if it's the kidneys")
INDIRECT = re.compile(
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (who|what|where|when|why|how (it|this|that|they|he|she|much(?! longer)|far|many|long|often))\b[^,.;!?]*(?=\s*([,.;!?]|$))|"
    # ("not sure I've ever used an inhaler" wonders as "not sure if I've" does)
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (that )?(i'?ve|i have) (ever |really |actually )?"
    r"(had|taken|used|felt|noticed|seen|been|got)\b[^,.;!?]*(?=\s*([,.;!?]|$))|"
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (that )?i (ever |really |actually )?"
    r"(take|use|get)\b[^,.;!?]*(?=\s*([,.;!?]|$))|"
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (if|whether) (i'?m|i'?ve|i am|i have|i had|i was|i|"
    r"it'?s (a )?(normal|right|ok|okay|anything|something|serious)|that'?s (normal|right|ok|okay)|"
    # "not sure if it's a problem with my joints": wondering, nothing said to be wrong
    r"it'?s a problem with (my|his|her|the) [a-z]+)\b[^,.;!?]*(?=\s*([,.;!?]|$))|"
    # "I'm not sure of my own memory": unsure of a thing of one's own, nothing said of it
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (of|about) (the number of (my |the )?|"
    r"how many |my own |my |the |any )[a-z']+( [a-z']+){0,3}?( either)?(?=\s*([,.;!?]|$))|"
    # "I'm not sure I'm right handed": wondering what one is says nothing of it
    r"\b((i'?m|i am) )?(just )?not (really |quite )?sure (that )?(i'?m|i am) [a-z-]+( [a-z-]+)?(?=\s*([,.;!?]|$))|"
    # "I don't know my blood group": the thing not known is not told
    r"\bi (really |honestly )?(don'?t|do not) know (what )?my [a-z']+( [a-z']+)?( is| are)?(?=\s*([,.;!?]|$))|"
    # "I don't know what the diagnosis is": nothing told, nothing claimed
    r"\b((i'?m|i am) afraid,? )?i (really |honestly |just )?(don'?t|do not) know (what )?(the|my) "
    r"diagnosis( is| was)?"
    r"(?=\s*([,.;!?]|$))")

UNSURE = re.compile(
    CHOICE_LEFT_OPEN.pattern + "|" + INDIRECT.pattern + "|"
    # "I'm not sure how to explain it in a way that's easy to understand": filler to its end
    r"\b((i'?m|i am) )?(really |just )?not sure how to (explain|describe|put|say) (it|this|that)"
    r"( in a way [^.?!]*)?|"
    r"\b(i'?m|i am) (really |just |honestly )?not (really |quite |too |entirely )?sure\b|"
    r"\b((i'?m|i am) afraid,? )?i (really |honestly |just )?(don't|do not) know\b|\bno idea\b|"
    r"\bi can't (really )?say\b|\bnot sure what to (say|tell you)\b|"
    # "I haven't really thought about that": nothing said of the thing not thought about
    r"\bi (haven't|have not|hadn't) (really |honestly |actually )?(thought|given (it|that) "
    r"(much |any )?thought)( about)?( (it|that|this))?(?=\s*[,.!?]|$)|"
    r"\b(haven't|have not|not) (got )?a clue\b|\bno clue\b|\b(i'?m|i am) not a doctor(,? (and|or|nor) (i'?m|i am) not a (medical student|student|nurse))?\b|"
    # a refusal with nothing refused named: "I'm not allowed to tell you"
    r"\b(i'?m|i am) not (allowed|able|going) to (tell|say)( you)?( that| anything( about [a-z ]{1,30})?)?(?=\s*[,.!?]|$)")
# Garble that names no claim: a kind of person ("I'm a bit of a stair person"), a thing done
# for ages with nothing said of what
FILLER = re.compile(
    r"\b(i'?m|i am) a bit of (a|an) [a-z]+( [a-z]+)? person\b|"
    # (its garbled "but not": "I'm not a tall person" alone is a claim of height)
    r",? but (i'?m|i am) not (a|an) [a-z]+( [a-z]+)? person\b|"
    r"^(i'?ve|i have) been doing (this|it|that) for (a long time|ages|years|a while)[.!]*$|"
    # the small model's non-answers: no one here is a doctor, the speaker is where they
    # are, or is off to the loo ("The trouble is that I'm not a doctor.", "I'm in the
    # hospital.", "I'm just going to go to the bathroom.")
    r"^(the trouble is,? (that )?|sorry,? |i'?m sorry,? )?(i'?m|i am|you'?re|you are) not (a|the) "
    r"doctor((,)? (and|or) (i'?m|you'?re) not (a|the) (medical student|doctor))?[.!]*$|"
    r"^(i'?m|i am|we'?re) (here )?in (the )?(hospital|a&e|the waiting room)[.!]*$|"
    r"^(i'?m|i am) (just )?(going to|gonna|about to) (go to|pop to|nip to|use) the (bathroom|loo|"
    r"toilet)[.!]*$|"
    # (what is left of "the trouble is that I'm not a doctor" once its role is read)
    r"^the trouble is,? (that )?\s*[,.!]*$|"
    # a story promised, none told: "it's a bit of a long story, but I'll give you the gist"
    r"\b(it'?s )?a (bit of a |very |really )?long story\b[^.]*|"
    # coping in general words: "I'm just trying to stay safe", "keep it together", "keep my
    # mind clear", "keep it all in perspective"
    r"\b(trying|going|try|want) to (stay (safe|healthy|positive|strong|calm)|keep (it|myself|"
    r"everything|things|it all) (together|under control|going|in perspective|calm)|"
    r"keep my (mind|head) clear|keep (it|things) simple)\b|"
    # talk about talking: "I'm going to talk about it again tomorrow", "so I'm not allowed to
    # talk to you about that"
    r"\b(i'?m|i am) (not )?(going|allowed) to (talk|speak) (to you )?about (it|that|this)"
    r"( (again|anymore|any more))?( tomorrow)?\b|\bbut (i'?m|i am) not allowed to do that\b|"
    r"^but (i'?m|i am) not going to talk about it (anymore|any more)[.!]*$")
STAGE = re.compile(r"^\s*[*(\[_][^*)\]_]+[*)\]_]\s*$")
# set feelings read both as social talk and, beside a clinical answer, as saying nothing
# (`EMPTY_FEELING`): a blush ("I've gone bright red"), a welcome ("I'd rather you ask now
# than later"), and being rattled
_BLUSH = (r"\bi'?(ve| have| am|m) (gone|going|turned|turning) (all |bright |a bit |so |beetroot )?"
          r"(red|pink|scarlet|crimson|beetroot)")
_WELCOME = r"\bi'?d rather you ask(ed)? (me )?now( than [a-z' ]+)?"
_RATTLED = r"\b(has|'s|have|'ve) got me (rattled|worried|spooked|scared|frightened|on edge)\b"
FEELING = re.compile(
    r"\b(i'?m|i am|i (do |really |just )?feel|i've been|feeling|i get|it's all)\b(?! up and down)(?:(?! and ).){0,25}\b(scared|frightened|"
    r"terrified|worried|fed up( to the (back )?teeth)?|on edge|nervous|anxious|embarrassed|embarrassing|awkward|sorry|upset|"
    r"stressed|overwhelmed|frustrated|cross|angry|ashamed|guilty|awful|rubbish|a mess|"
    r"silly|daft|exhausted|shattered|shaken|shaky|all over the place|hopeless|low|down|so tired|"
    r"petrified|beside myself|exposed|"
    r"emotional|choked up|rattled|shook up|shaken up|wound up( (so |as )?tight)?( as a (coiled )?(spring|drum))?|in a state|in bits|"
    r"at the end of my tether|cheesed off|jittery|in a bit of a fog|proud of (myself|my team|"
    r"my (kids|family|children|wife|husband)))\b"
    # "barely holding it together", "it's all a lot for me right now", "putting on a brave face"
    r"|\b(barely|only just|just about) holding (it|myself) together\b"
    r"|\b(all )?(just )?a lot (for me|to take in)( right now| at the moment)?\b"
    r"|\bput(ting)? (on )?a brave face( on( it)?)?( for [a-z]+)?\b"
    r"|\b(ever so|so|very|really) kind (of you )?to listen( to me)?( rattling on| going on)?\b"
    # the mood said with no subject: "bit on edge, that's all", "a bit nervous, to be honest"
    r"|(^|(?<=[.!?] ))(a )?(little |bit |wee )?(bit )?(on edge|nervous|jittery|anxious|scared|frightened|worried|wound up|"
    r"embarrassing|embarrassed|awkward)\b"
    # "my nerves are all over the place today"
    r"|\bmy (nerves|head|mind)('s| is| are|'re)( all)? (all over the place|shot|in bits|frazzled|shredded|a mess)\b"
    # a regret said last: "..., I'm afraid."
    r"|(?<=[,.!?] )i'?m afraid[.!]*$"
    # an apology said last: "..., sorry."
    r"|(?<=[,.!?] )sorry[.!]*$"
    r"|\b(i'?m|i am) (just )?an? ([a-z]+,? (and )?){1,3}person( who [^.?!]*)?"
    # "I was hoping you could tell me that. That's why I'm here.": the reason for coming,
    # said as a shrug
    r"|^that'?s (why|what) (i'?m|we'?re) (here|in)( for)?[.!]*$"
    r"|\b(make|making|made) (such )?a fuss\b|\bit'?s been a long (day|week|night|few days)\b"
    # "I hate being a bother to you all"
    r"|\b(hate|don'?t (want|like)) (being|to be) (such )?a (bother|nuisance|burden|pest)\b"
    r"|\b(hate|don'?t (want|like)) (causing|making) (a|any|such a) (bother|fuss|nuisance|trouble)\b"
    r"|\b(trying|try) (so hard |my best )?to hold (it|myself) together\b"
    # the worst kept at bay: "I'm just trying not to think the worst"
    r"|\b(trying|try|tried) (hard )?not to (think|imagine|dwell on) (the worst|about it|too much)\b"
    r"|^you tell me(,? (mate|love|doctor|doc|pet|son))?(?=\s*[,;.!?])"
    r"|\b(i'?m|i am) not (one|much) for (all this |any )?(fuss|doctors|hospitals)\b"
    r"|\b(i )?(just )?can'?t stop crying\b"
    # shaking with fear is the fear, not a rigor: "sorry, I'm shaking, I can't think straight"
    r"|\b(i'?m|i am|i (just )?can'?t stop|i'?ve been) (all |still )?(shaking|trembling)\b(?=[^.?!]*"
    r"\b(scared|frightened|terrified|petrified|nervous|can'?t think straight|can'?t stop crying)\b)"
    r"|\b(scared|frightened|terrified|petrified|nervous)\b[^.?!]{0,20}\b(shaking|trembling)\b"
    r"|\b(mustn'?t grumble|can'?t complain|can'?t think straight|hard to find the words|not easy (saying|talking|to say|to talk)|hard to (say|talk about|"
    r"think straight|admit|explain|understand|describe|put into words)|bear with me|it's a lot|i'm not myself)\b"
    r"|\b(i'll be honest|to be honest|honestly|sorry (to|for)|rambling|making (such )?a fuss|"
    r"keep this between us|between you and me|"
    # made to come: "the wife wasn't having it", "she dragged me here"
    r"((the|my|his|her) (wife|husband|missus|partner|other half|daughter|son|kids|family|mum|dad) )?"
    r"(nagged|made me come|insisted|(wasn'?t|isn'?t|weren'?t) having (it|any of it)|dragged me|"
    r"sent me (in|here|down))|"
    r"(daft|silly|a fraud|a time.waster|wasting your time) (being|coming|sitting) (here|in)|"
    # "wasting your time over a mole", "sitting here over a cough": the complaint named in
    # the apology, no claim about it
    r"(wasting your time|(sitting|being|coming) (here|in)) (over|about|with) (a|this|my|the) "
    r"[a-z]+(?=\s*[,.!?]|$)|"
    # apologising for taking the student's time: "bothering you with all this"
    r"(bothering|troubling|pestering|keeping) you( with (all )?(this|that|it|my \w+))?(?=\s*[,.!?]|$)|"
    r"don't (really )?know where to start|let me think|where was i|give me a (sec|second|minute|moment)|"
    # asking the student to pass over the outburst, or to be quick
    r"ignore me|no offence|(can|could) we (keep|make) (it|this) (brisk|quick|short|snappy)|"
    # taking the student's time, going on, being wound up, having turned up at all
    r"taking up (your|the doctor'?s) time|(folk|people) (much |far )?worse off than (me|us|him|her)|"
    r"(wind|winds|winding|wound) (me|him|her) up|going on (and on|a bit)|can'?t calm (myself |"
    r"him |her )?down|(pleased|glad|chuffed|happy) (that )?(i|he|she) (actually |finally )?"
    r"(turned up|came in|made it|showed up)|"
    # embarrassment: "sorry, I'm going red here", "a bit awkward to say out loud"
    r"(i'?m|my face'?s|my face is) (going|gone|turning) (red|bright red|pink|scarlet)|blushing|"
    r"(i'?m|i feel) (a bit |a little |all |so )?red.faced|"
    r"awkward to (say|talk about)( out loud)?)\b"
    r"|^(oh,? |i'?m )?(so )?sorry[.!]*$"
    r"|^(it'?s|this is|it'?s been) (like )?(a|an absolute|a living|a real) nightmare[.!]*$"
    # "I'm just a normal guy", "I'm so glad you're here": the speaker's standing or relief
    r"|\b(i'?m|i am) just (a|an) (normal|ordinary|regular) (guy|bloke|person|lad|man|woman|lass)\b"
    r"|\b(i'?m|i am) (so |really |very )?glad (that )?you'?re here\b"
    # nerves in a figure of speech, which names no symptom: "my heart's in my mouth",
    # "shaking like a leaf", "wound up tight as a spring", "about to burst into tears",
    # "it's been nagging at me", "sick of feeling like this"
    r"|\bmy heart'?s (been )?in my mouth\b|\bshaking like a leaf\b|\bcan'?t get my words out\b"
    r"|\bwound up( (so |as )?tight)?( as a (spring|drum|coiled spring))?\b"
    r"|\b(about|going|ready|close) to burst into tears\b|\b(it'?s|it has|it'?s been|been) nagging (at|away at) me\b"
    r"|\bi keep telling myself\b|\bi'?ll admit\b|\bsick (and tired )?of (feeling|being|it|this|all this)( like this)?\b"
    r"|\b(finding it )?hard to keep up\b"
    # teased, worn out with worry, a wreck, love: "Ron'll never let me hear the end of it",
    # "I can't switch the worry off", "I'm such a wreck, I just love her so much", "I've gone
    # a bit quiet about it at home", "there's a bit of worry there"
    r"|\bnever let (me|him|her|us) hear the end of it\b"
    r"|\b(can'?t|cannot|couldn'?t) (switch|turn|shut) (the worry|my (brain|mind|head)|it) off\b"
    r"|\b(i'?m|i am|i'?ve been) (such |a complete |an absolute |a total )?(a )?(wreck|nervous wreck)\b"
    r"|\bi (just )?love (her|him|them) (so much|to bits|more than anything)\b"
    r"|\b(i'?ve|i have|he'?s|she'?s) gone (a bit |all |very )?quiet( about it)?\b"
    r"|\b(there'?s|there is) (a bit of |some |a lot of )?worry there\b"
    # the wait itself, and an order not understood: "sitting here waiting is making me
    # uneasy", "I don't really know what you want from me there"
    r"|\b(is|it'?s|are) making me (a bit |a little |so |really )?(uneasy|nervous|anxious|jumpy|twitchy|"
    r"worse)\b"
    # "right now I'm just a knot of nerves", "I'm normally the calm one", "I've gone bright red
    # just hearing that word", "I'd rather you ask now than have to come back later"
    r"|\b(a|one big|an absolute) (knot|bag|bundle|ball) of nerves\b"
    r"|\b(normally|usually|always) the calm one\b"
    r"|" + _BLUSH + r"\b|" + _WELCOME +
    r"|\bnot sure i'?m the (right|best) person to ask( about (that|this|it))?\b"
    # helpless, worn down by it all, settling in: "I just feel so helpless", "fed up and worn
    # out with it all", "let me just put my coat down, I came straight over"
    r"|\b(i|i just|i really) (feel|felt) (so |that |completely |utterly )?(helpless|useless|powerless)\b"
    r"|\bworn out with (it all|everything|all this|all of it)\b"
    r"|\blet me (just )?(put|take|pop) my (coat|bag|things|jacket) (down|off)\b"
    r"|\bi came straight (over|here|round|from work)\b"
    r"|\b(awkward|embarrassing|hard|not easy) (talking|to talk) about (it|this|that|them)\b"
    r"|" + _RATTLED +
    r"|\b(don'?t|do not) (really )?know what you want (from me|me to (say|do))\b"
    # "I'm not great at talking about stuff"
    r"|\b(i'?m|i am) (not|never been) (great|good|very good|the best|much good) at (talking|"
    r"opening up)( about)?( (stuff|things|it|this|feelings|myself))?\b"
    # "fed up to the back teeth", "I always get a bit twitchy in these places", "listen to me
    # going on", "you must have proper poorly people to see"
    r"|\b(fed up|sick) to the (back )?teeth\b|\b(get|getting|go|going|am|i'?m) (a bit |all |so |a bit more )?twitchy"
    r"( (in|at|around) (these places|places like this|hospitals?|doctors'?( surgeries)?))?\b"
    r"|\blisten to me (going on|rattling on|wittering( on)?|rambling( on)?)\b"
    r"|\byou must have (proper |really |genuinely )?(poorly|sick|ill|busier) (people|patients|folk)"
    r"( to (see|get to))?\b"
    # the part itself, the voice, the worst pictured, the brave face, the stare: "I'm just not
    # very good at being the patient", "I hate that I can't keep my voice steady", "I can't
    # stop picturing the worst", "trying to look like I'm not bothered", "sat here staring at
    # the floor"
    r"|\b(i'?m|i am) (just )?(not|never been) (very |much |any )?(good|great) at being (the|a) "
    r"patient\b|\bi keep apologi[sz]ing\b"
    r"|\bcan'?t (keep|hold) my voice (steady|still|level|from shaking)\b"
    r"|\b(can'?t stop|keep) (picturing|imagining|thinking) the worst\b"
    r"|\b(trying|try) (hard )?to look like i'?m not (bothered|worried|scared|fussed)"
    r"(,? when really i am)?\b|^you'?re the doctor(,? (mate|love|doc|son|pet))?(?=\s*[,;.!?])"
    r"|\b(sat|sitting) here staring at (the|my) (floor|wall|ceiling|feet|hands)\b")


# feelings in set words that can carry no claim, so a sentence is read without them where it
# also says something clinical: "no swelling at all, sorry, it's a bit awkward talking about
# it", "you'll understand why this pain's got me rattled"
EMPTY_FEELING = re.compile(
    r"\b(it'?s |it is )?(a bit |a little |so |really )?(awkward|embarrassing|not easy) (talking|to talk) "
    r"about (it|this|that|them)\b|"
    + _RATTLED + "|"
    r"\byou'?ll (surely |probably )?understand( why)?\b|"
    r"\b(he'?ll|she'?ll|they'?ll|[a-z]+'ll) never let (me|him|her|us) hear the end of it\b|"
    # a blush is no finding, and a welcome no claim: "I've gone bright red just hearing that
    # word", "I'd rather you ask now than have to come back later"
    + _BLUSH + r"( (just )?(hearing|saying|at) (that|the) word)?\b|" + _WELCOME)


# why the question was missed, beside a request to hear it again: "I'm that tired I missed
# what you said", "my mind was still on Dad", "it hurts to concentrate"
DISTRACTED = re.compile(
    r"\b(i'?m (that |so |too |just )?(tired|exhausted|shattered|knackered)|(i'?ve )?(had )?"
    r"(hardly|barely) any sleep|(it )?hurts to (concentrate|think)|(my )?mind (was|is|'s) "
    r"(still |elsewhere|somewhere else|on)[a-z ]{0,20}|i was (just )?wondering [a-z ']{0,40}|"
    r"(my )?head'?s (pounding|banging|thumping|all over the place)|can'?t (think|concentrate)"
    r"( straight)?|miles away|in a (daze|world of my own)|"
    # "my brain's like cotton wool today", "I had my eyes shut"
    r"(my )?(brain|head)'?s? (is )?(like )?(cotton wool|mush|porridge|scrambled|foggy|all fuzzy)"
    r"( today)?|(had|have|'d had) my eyes (shut|closed)|"
    # "I'd drifted off thinking about my exams", "I was reading the sign on the wall"
    r"(i'?d |i )?(drifted|zoned|switched|tuned) (off|out)( thinking (about|of) [a-z ']{0,30})?|"
    r"i was (just )?(reading|looking at) [a-z ']{0,50})")


# The small model's stock reminiscence and enthusiasm, about nothing of the case: "I loved
# the way the whole world was connected", "it's a beautiful thing", "I'm just a little bit
# excited to talk about something really important", "the project is really popular"
GARBLE = re.compile(
    r"\bi (really )?(loved|love|enjoyed) (the way\b[^,.;!?]*|(the|my) (work|people|community|"
    r"school|teachers?|world)\b[^,.;!?]*|learning\b|to (make|learn|grow|build) things\b[^.;!?]*)|"
    r"\bit'?s (a |such a |just a )?(really )?(beautiful|wonderful|lovely) thing\b|"
    r"\b((i'?m|i am) )?(just )?(a little bit |really |so )?excited to (talk|tell you|share) about "
    r"(something|it|this|that)( really important)?\b|"
    r"\bthe project is (really )?(popular|cool|interesting)\b|"
    r"\b(i'?m|i am) (really )?proud of (all )?the people\b[^,.;!?]*|"
    r"\bi was always asking questions\b|\bi would always ask my (mother|father|mum|dad)\b[^.;!]*[?!.]*"
    r"|\bi'?m not (really )?here today\b")


def kind(sentence: str) -> str | None:
    """"greeting", "repeat", "feeling" or None."""
    s = sentence.lower().replace("’", "'").strip()
    if STAGE.match(s):
        return "stage direction"
    if REPEAT.search(s):
        return "repeat"
    if GREETING.search(s):
        return "greeting"
    if FEELING.search(s):
        return "feeling"
    if REQUEST.search(s):
        return "request"
    if UNSURE.search(s):
        return "not sure"
    if FILLER.search(s):
        return "filler"
    if GARBLE.search(s):
        return "garble"
    return None


def remainder(sentence: str) -> str:
    """The sentence less its social phrases: what is left to carry a clinical claim."""
    s = sentence.lower().replace("’", "'").strip()
    if STAGE.match(s):
        return ""
    for pattern in (REPEAT, GREETING, FEELING, REQUEST, UNSURE, FILLER, GARBLE):
        s = pattern.sub(" ", s)
    return s
