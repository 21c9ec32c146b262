"""Cut a reply into sentences as it streams in, so each can be checked before it is shown."""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset({
    "dr", "mr", "mrs", "ms", "mx", "prof", "st", "sr", "jr", "vs", "etc", "eg", "ie", "approx",
    "no", "e.g", "i.e",
})
_CLOSERS = "\"'”’)]"
_END = re.compile(r"([.!?…]+)([" + re.escape(_CLOSERS) + r"]*)(\s+|$)")


class SentenceCutter:
    """Feed pieces of a stream; get back each sentence once it is complete.

    A sentence ends at ".", "!", "?" or "…" (any run of them, with closing quotes or
    brackets) followed by white space, or at a line break. Not at "Dr." or "Mr.", a
    decimal ("2.5 mg"), an initial ("E. coli"), or an ellipsis followed by lower case.
    """

    def __init__(self) -> None:
        self._buffer = ""

    def feed(self, piece: str) -> list[str]:
        self._buffer += piece
        return self._cut(final=False)

    def flush(self) -> list[str]:
        out = self._cut(final=True)
        rest = self._buffer.strip()
        self._buffer = ""
        return out + ([rest] if rest else [])

    def pending(self) -> str | None:
        """The sentence the buffer ends with, if it holds exactly one that a space or the
        stream's end would complete: the next piece most likely confirms it, so its check
        can start before that piece comes. Not after an ellipsis or a figure ("Well..." may
        go on in lower case, "2." may become "2.5"), where the guess is too often wrong."""
        text = self._buffer
        if not text or text[-1].isspace():
            return None
        body = text.rstrip(_CLOSERS)
        if body.endswith(("..", "…")) or (len(body) > 1 and body[-2].isdigit()):
            return None
        cut = self._next_cut(final=True)
        sentence = text[:cut].strip() if cut == len(text) else ""
        return sentence or None

    def _cut(self, final: bool) -> list[str]:
        out: list[str] = []
        while True:
            cut = self._next_cut(final)
            if cut is None:
                return out
            sentence, self._buffer = self._buffer[:cut].strip(), self._buffer[cut:]
            if sentence:
                out.append(sentence)

    def _next_cut(self, final: bool) -> int | None:
        text = self._buffer
        newline = text.find("\n")
        for m in _END.finditer(text):
            if newline != -1 and newline < m.start():
                break
            if not m.group(3) and not final:
                return None  # the stream may go on: "2." could become "2.5"
            ellipsis = m.group(1).count(".") >= 3 or "…" in m.group(1)
            if ellipsis and not final and not text[m.end():].strip():
                return None  # "Well... it" or "Well... It": wait for the next word
            if not self._ends_here(text, m):
                continue
            return m.end()
        if newline != -1:
            return newline + 1
        return None

    @staticmethod
    def _ends_here(text: str, m: re.Match[str]) -> bool:
        marks, after = m.group(1), text[m.end():]
        before = text[: m.start()]
        word = re.search(r"([A-Za-z][A-Za-z.]*)$", before)
        if marks == ".":
            # "no." only abbreviates before a figure ("No. 5")
            if word and word.group(1).lower().rstrip(".") in ABBREVIATIONS and (
                    word.group(1).lower() != "no" or re.match(r"\d", after)):
                return False
            standalone = word and (word.start() == 0 or before[word.start() - 1] in " (\"'“‘")
            if word and standalone and len(word.group(1)) == 1 and word.group(1).isupper():
                return False  # an initial: "E. coli", "J. Smith"
        if re.match(r"\.+$|…$", marks) and len(marks.replace("…", "...")) >= 3:
            # an ellipsis ends a sentence only before a capital or the end
            nxt = after.lstrip()
            if nxt and not (nxt[0].isupper() or nxt[0] in "\"'“‘"):
                return False
        return True
