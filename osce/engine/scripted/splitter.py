"""Cutting a turn into the questions it holds: "Any fever? And do you smoke?" is two."""

from __future__ import annotations

import re

from osce.engine.scripted.lexicon import content_stems, is_body_part, is_topic, normalise

_QUESTION_WORD = (r"(?:do|does|did|are|is|was|were|have|has|had|how|what|when|where|which|"
                  r"who|why|any|can|could|would|will)")
_SENTENCE = re.compile(r"(?<=[?!.])\s+")
# "Can I ask a few systems review questions - any swollen ankles?": after leave to ask, a
# dash or a colon before a question ends the request as a full stop would ("chest pain -
# when did it start?" stays one question)
_LEAVE_THEN = re.compile(rf"^((?:(?:ok|okay|right|so|now|thanks|thank you)\W+)*(?:(?:can|could|"
                         rf"may) i (?:just |now )?ask|i(?:'d| would) like to ask|i(?:'m| am) "
                         rf"going to ask|i (?:have|need|want) to ask|let me ask|moving on)\b[^?]*?)"
                         rf"(?:\s+[-–—]+|:)\s+(?={_QUESTION_WORD}\b)", re.IGNORECASE)
# "... and um, do you drive?", "... and sorry how much do you drink?": the filler goes with the
# join
_JOINED = re.compile(rf",?\s+(?:and|also|plus)\s+(?:(?:um+|uh+|erm+|er|sorry),?\s+)*"
                     rf"(?={_QUESTION_WORD}\b)|,\s+(?={_QUESTION_WORD}"
                     rf"(?:'s|'re|s)?\s+(?:you|your|it|there|the|anything|any|brought|been|"
                     rf"happening|going)\b)")
# "Hi Mr Moffat, so what can I help you with?": the name goes with the greeting
_GREETING_HEAD = re.compile(r"^((?:hi|hello|hey|hiya|good (?:morning|afternoon|evening))"
                            r"(?: there| (?:mr|mrs|ms|miss|mx|dr)\.? [a-z'-]+| [a-z'-]+(?=,))?)"
                            r"[,!.]?\s+(?=\S)", re.IGNORECASE)
_LIST_HEAD = re.compile(r"^(any|have you had any|have you had|do you have any|do you get any|"
                        r"have you noticed any|any problems with|have you got any)\s+(.+?)\??$")
# "how are your appetite and energy?": one question about several things
_HOW_HEAD = re.compile(r"^(how(?:'s| is| are| has| have)? (?:your|his|her|their))\s+(.+?)"
                       r"(?:\s+(?:been|doing|lately|recently))*\??$")
# "do you smoke, drink or use any drugs?": habits asked after together
_HABIT_HEAD = re.compile(r"^((?:do|does|did) (?:you|he|she|they))(?: at all)?\s+(.+?)\??$")
_HABITS = re.compile(r"^(?:smoke|drink|use|take|vape|gamble|exercise|drive|work)\b")
# where in the body, with the place it starts with ("in your ") as its group
_TAIL = re.compile(r"( (?:in|on|around|under|behind|down) (?:your|her|his|the|their) ).+$")
_LIST_SEP = re.compile(r",\s*(?:or\s+|and\s+)?|\s+or\s+|\s+and\s+")


_FILLER = re.compile(r"^(?:(?:oh|ah|sorry|ok|okay|right|so|um+|er+|uh+|well|alright|great|and|"
                     r"now|i see|mm+|hmm+)[\s,]*){1,3}$", re.IGNORECASE)


# "could you start by telling me, in your own time, what's..." leads into what follows
_DANGLING = re.compile(r"(?:\b(?:tell|telling|explain|explaining|describe|describing) (?:me|us)"
                       r"(?: a bit| a little| more)?|\b(?:wondering|wonder)(?: if| whether)?|"
                       r"\bin your own (?:time|words))$", re.IGNORECASE)


_OR_JOINED = re.compile(rf",?\s+or\s+(?={_QUESTION_WORD}\b)")


def _alternatives(piece: str) -> list[str]:
    """"Is he like this all day, or does it vary?" is one question with two answers to
    choose from; "any medical problems, or have you had operations?" asks after two things:
    what follows "or" is a question of its own only where it names a topic the first part
    does not."""
    halves = _OR_JOINED.split(piece)
    out = [halves[0]]
    for half in halves[1:]:
        before = set(content_stems(normalise(out[-1])))
        if any(is_topic(s) and s not in before for s in content_stems(normalise(half))):
            out.append(half)
        else:
            out[-1] = f"{out[-1]} or {half}"
    return out


# "did they help, do you think?": a tag after a question asks nothing of its own
_HEDGE = re.compile(r"^(?:do|would|d'?)\s?you (?:think|reckon|say|know|remember)|^(?:you think|"
                    r"is that right|would you say|if you know|if you remember)$", re.IGNORECASE)


# "you're not drinking much, are you?": the tag leans on what came before, asking nothing new
_TAG = re.compile(r"(?:are|aren't|is|isn't|was|wasn't|were|weren't|do|don't|does|doesn't|did|"
                  r"didn't|have|haven't|has|hasn't|had|hadn't|can|can't|could|couldn't|would|"
                  r"wouldn't|will|won't)(?: not)? (?:you|he|she|they|it|we|there|i)(?: not)?",
                  re.IGNORECASE)


# "while you were out there, did you swim?": a clause that only sets the scene for the next
_SCENE = re.compile(r"^(?:and |so |ok |okay )?(?:(?:while|whilst|when|since|after|before|as|"
                    r"because|although|though|if)\s+(?:you|he|she|they|it|we|i|your|his|her|"
                    r"their|the)\b|(?:in|over|during|before|after|since|apart from|other than|"
                    r"besides)\s+(?:[\w']+\s*){1,4}$)(?!.*\?$)", re.IGNORECASE)
# "any pain in your legs, particularly your calves?": where, not another thing asked after
_NARROWING = re.compile(r"^(?:particularly|especially|mainly|mostly|specifically|in particular)\b")


_BARE_WHEN = re.compile(r"^(?:and |also )?(?:what time|when|at what time|how long ago)(?: (?:was|"
                        r"is|did) (?:that|it|this)| did you (?:take|have) (?:it|them|that|those))?"
                        r"\W*$", re.IGNORECASE)


# "any pain or swelling in your legs, by any chance?": courtesy, not a third thing asked after
_BY_ANY_CHANCE = re.compile(r",?\s+by any chance\b", re.IGNORECASE)


def _after_leave(sentence: str) -> list[str]:
    match = _LEAVE_THEN.match(sentence)
    return [match.group(1), sentence[match.end():]] if match else [sentence]


def split_parts(text: str) -> list[str]:
    """Questions and statements in order, each as the student put it.

    A filler ("Sorry, can you say that again?") stays with what follows it.
    """
    parts: list[str] = []
    carry = ""
    text = _BY_ANY_CHANCE.sub("", text.strip())
    greeting = _GREETING_HEAD.match(text)
    if greeting:  # "Hello, what's brought you in?" is a greeting and a question
        parts.append(greeting.group(1))
        text = text[greeting.end():]
    for sentence in (p for s in _SENTENCE.split(text) for p in _after_leave(s)):
        first = len(parts)
        for piece in (p for joined in _JOINED.split(sentence) for p in _alternatives(joined)):
            piece = piece.strip(" ,;")
            if not piece:
                continue
            if len(parts) > first and not carry and _BARE_WHEN.match(piece):
                # "how many did you take, and what time?": the time of that, not a question
                # of its own
                parts[-1] = f"{parts[-1].rstrip(' ?')} and {piece}"
                continue
            if parts and not carry and _TAG.fullmatch(piece.strip(" .!?")):
                parts[-1] = f"{parts[-1].rstrip(' .!?')}?"
                continue
            if parts and not carry and _HEDGE.fullmatch(piece.strip(" .!?")):
                continue
            if _FILLER.match(piece.strip(" .!?")) and "sorry" not in piece.lower():
                continue  # "oh okay, so" before a question acknowledges and asks nothing
            if _FILLER.match(piece.strip(" .!?")) or _DANGLING.search(piece) or (
                    _SCENE.search(piece) and not piece.rstrip().endswith("?")):
                carry = f"{carry}{piece}, "
                continue
            parts.append(carry + piece)
            carry = ""
    if carry and parts:
        parts[-1] = f"{parts[-1]} {carry.strip(' ,')}"
    return parts or [text]


_DESCRIBING = frozenset({"red", "sore", "swollen", "itchy", "dry", "painful", "stiff", "hot",
                         "watery", "blurry", "tender", "cold", "numb", "weak", "puffy", "gritty",
                         "sticky", "achy", "heavy", "bloodshot", "runny", "blocked", "cracked",
                         "bleeding", "bumpy", "scaly", "flaky"})


def list_items(part: str) -> list[str]:
    """"any fever, cough or weight loss" -> ["any fever", "any cough", "any weight loss"].

    Only short noun phrases count as items, so an ordinary clause with "and" stays whole.
    """
    text = part.strip().lower()
    habits = _HABIT_HEAD.match(text)
    if habits:
        head, body = habits.groups()
        items = [i.strip(" ?.") for i in _LIST_SEP.split(body) if i.strip(" ?.")]
        if len(items) >= 2 and all(_HABITS.match(i) and len(i.split()) <= 4 for i in items):
            return [f"{head} {item.removesuffix(' at all')}" for item in items]
        return []
    match = _LIST_HEAD.match(text) or _HOW_HEAD.match(text)
    if not match:
        return []
    head, body = match.groups()
    items = [i.strip(" ?.") for i in _LIST_SEP.split(body) if i.strip(" ?.")
             and not _NARROWING.match(i.strip(" ?."))]
    if len(items) < 2 or any(len(i.split()) > 4 for i in items):
        return []
    # "any weakness in your arms or legs": a bare part of the body after an item that says
    # where is that item again, somewhere else
    for i in range(1, len(items)):
        where = _TAIL.search(items[i - 1])
        if where and where.start() > 0 and all(is_body_part(s) for s in content_stems(
                normalise(items[i]))):
            items[i] = f"{items[i - 1][:where.start()]}{where.group(1)}{items[i]}"
    # "any red or sore eyes": a bare describing word shares the last item's noun
    last = items[-1].split()
    if len(last) >= 2 and last[0] in _DESCRIBING:
        items = [f"{item} {' '.join(last[1:])}" if item in _DESCRIBING else item
                 for item in items[:-1]] + [items[-1]]
    # "any pain or swelling in your calves": where in the body goes with every item
    tail = _TAIL.search(items[-1])
    if tail and tail.start() > 0:
        items = [item if _TAIL.search(item) else f"{item}{tail.group(0)}"
                 for item in items[:-1]] + [items[-1]]
    return [f"{head} {item}" for item in items]
