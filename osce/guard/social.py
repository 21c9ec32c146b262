# ruff: noqa: E501  (tables of patterns read better one entry to a line)
"""Talk that carries no clinical claim: greetings, feelings, asking to repeat, filler."""

from __future__ import annotations

import re

GREETING = re.compile(
    r"^(hi|hello|hiya|hey|morning|good (morning|afternoon|evening)|nice to meet you|pleased to meet you|"
    r"yes,? hello|yeah,? (that's )?fine|that's fine|fine,? go ahead|go ahead|of course,? go ahead|"
    r"yes,? (that's )?(fine|okay|ok)|no problem|thank(s| you)|cheers|bye|see you)\b"
    r"|\b(i'?m|my name'?s|call me) [a-z]+\.?$")
REPEAT = re.compile(
    r"\b(say that again|what did you say|what was the question|lost me|pardon|come again|"
    r"repeat (that|the question)|didn't (quite )?catch|sorry\?$|what do you mean|say it again|"
    r"could you (ask|say) (that|it) again|one more time|you what\?)\b")
FEELING = re.compile(
    r"\b(i'?m|i am|i feel|i've been|feeling|i get|i just feel|it's all)\b.{0,25}\b(scared|frightened|"
    r"terrified|worried|fed up|on edge|nervous|anxious|embarrassed|sorry|upset|"
    r"stressed|overwhelmed|frustrated|cross|angry|ashamed|guilty|awful|rubbish|a mess|"
    r"silly|daft|exhausted|hopeless|low|down|so tired|at the end of my tether)\b"
    r"|\b(i'll be honest|to be honest|honestly|sorry (to|for)|rambling|making (such )?a fuss|"
    r"keep this between us|between you and me|nagged|made me come|insisted|"
    r"don't (really )?know where to start|let me think|where was i|give me a (sec|second|minute|moment))\b")


def kind(sentence: str) -> str | None:
    """"greeting", "repeat", "feeling" or None."""
    s = sentence.lower().replace("’", "'").strip()
    if REPEAT.search(s):
        return "repeat"
    if GREETING.search(s):
        return "greeting"
    if FEELING.search(s):
        return "feeling"
    return None
