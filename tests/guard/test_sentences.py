"""The stream cutter: sentences out as soon as they are complete, and not before."""

from __future__ import annotations

from osce.guard.sentences import SentenceCutter


def _stream(text: str, step: int) -> list[str]:
    cutter = SentenceCutter()
    out: list[str] = []
    for i in range(0, len(text), step):
        out += cutter.feed(text[i:i + step])
    return out + cutter.flush()


def test_cuts_a_stream_the_same_whatever_the_pieces() -> None:
    text = ('Hello Dr. Shah, nice to meet you. I take 2.5 mg of it at night! Well... '
            'it started on Monday. Mr. Jones said "go to A&E." So I came\nStraight here. And now')
    expected = ['Hello Dr. Shah, nice to meet you.', 'I take 2.5 mg of it at night!',
                'Well... it started on Monday.', 'Mr. Jones said "go to A&E."', 'So I came',
                'Straight here.', 'And now']
    for step in (1, 2, 5, 1000):
        assert _stream(text, step) == expected


def test_waits_for_what_follows_a_full_stop() -> None:
    cutter = SentenceCutter()
    assert cutter.feed("It was 39.") == []  # might be 39.6
    assert cutter.feed("6 last night. ") == ["It was 39.6 last night."]
    assert cutter.flush() == []


def test_ellipsis_then_capital_and_questions() -> None:
    assert _stream("I don't know... Maybe? Could you say that again?", 3) == [
        "I don't know...", "Maybe?", "Could you say that again?"]
    assert _stream("It was E. coli, they said. Fine.", 4) == ["It was E. coli, they said.", "Fine."]
    assert _stream("Ends with a dose of 5 mg. Then more.", 4) == [
        "Ends with a dose of 5 mg.", "Then more."]


def test_pending_guesses_the_sentence_the_next_piece_would_complete() -> None:
    cutter = SentenceCutter()
    assert cutter.feed("It hurts") == [] and cutter.pending() is None
    assert cutter.feed(" here.") == [] and cutter.pending() == "It hurts here."
    assert cutter.feed(" It") == ["It hurts here."] and cutter.pending() is None
    assert cutter.feed(" spreads!\"") == [] and cutter.pending() == 'It spreads!"'
    assert cutter.flush() == ['It spreads!"']


def test_pending_does_not_guess_where_the_stream_often_goes_on() -> None:
    for text in ("It was 39.", "Well...", "Well…", "I saw Dr.", "It was E.", "So I came\n", "Hm. "):
        cutter = SentenceCutter()
        cutter.feed(text)
        assert cutter.pending() is None, text
