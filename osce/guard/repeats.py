"""A sentence with its repeats taken out, the way a reader would hear it.

A small model in a loop says the same clause ten times over ("I'm just a regular, I'm just
a regular, ..."). Said once or ten times it makes the same claim, but read as it stands it
counts every word ten times (so it looks like a long elaboration) and costs ten times as
much to embed. The guard reads the sentence with each clause kept once, and embeds at most
`EMBED_WORDS` words of that.
"""

from __future__ import annotations

import re

# Where one clause ends and the next begins, keeping the mark that joins them.
_JOINS = re.compile(r"(\s*[,;:]\s*(?:(?:and|but|so|or)\b\s*)?|\s+(?:and|but|so|or)\b\s*)")
# The words of a long sentence that the embedding sees: the meaning of a patient's sentence
# is in its first few dozen words; the rest adds time (the encoder grows with length).
EMBED_WORDS = 40


def _key(clause: str) -> str:
    """What a clause says, less spacing and punctuation ("I'mjusta" is "I'm just a")."""
    return re.sub(r"[^a-z0-9]", "", clause.lower())


def compact(sentence: str) -> str:
    """The sentence with every clause said before (word for word) left out."""
    parts = _JOINS.split(sentence.strip())
    if len(parts) < 3:
        return sentence.strip()
    seen: set[str] = set()
    kept: list[str] = []
    joiner = ""
    for k, part in enumerate(parts):
        if k % 2:  # a join: held until the clause after it is kept
            joiner = part
            continue
        key = _key(part)
        if not key or key in seen:
            continue
        seen.add(key)
        kept.append((joiner if kept else "") + part)
    out = "".join(kept).strip()
    if not out:
        return sentence.strip()
    end = re.search(r"[.!?]+$", sentence.strip())
    if end and not out.endswith(end.group(0)):
        out = out.rstrip(".!?") + end.group(0)  # a question stays a question
    return out


def for_embedding(sentence: str) -> str:
    """The compacted sentence, cut to its first `EMBED_WORDS` words."""
    words = sentence.split()
    return sentence if len(words) <= EMBED_WORDS else " ".join(words[:EMBED_WORDS])
