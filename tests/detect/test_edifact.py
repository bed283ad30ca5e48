"""UN/EDIFACT messages: identifiers by segment, element and component (PAXLST passenger
lists, IFTMIN transport instructions), written by hand."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from veil.detect import Detector
from veil.detect._edifact import edifact_findings

PAXLST = "\n".join(
    [
        "UNB+UNOA:4+BALTICWINGS+USCBP+240106:1200+2159'",
        "UNH+1+PAXLST:D:05B:UN:IATA'",
        "NAD+MS+++BALTIC WINGS OPS CONTROL'",
        "COM+498948045736:TE+02214175624:FX'",
        "TDT+20+BW62+++BW'",
        "LOC+125+AMS'",
        "DTM+189:2401061535:201'",
        "DTM+137:2401051200:201'",
        "NAD+FL+++WALSH:NOAH+1015 JEFFERSON LN+EUGENE+OR+97475+USA'",
        "ATT+2++M'",
        "DTM+329:711116'",
        "DOC+P:110:111+568292128'",
        "DTM+36:270724'",
        "UNT+12+1'",
        "UNZ+1+2159'",
    ]
)


def test_elements_of_a_passenger_list() -> None:
    got = {(f.entity_type.value, PAXLST[f.start : f.end]) for f in edifact_findings(PAXLST)}
    assert got == {
        ("PHONE_NUMBER", "498948045736"),
        ("PHONE_NUMBER", "02214175624"),
        ("DATE_TIME", "2401061535"),  # departure; the message's own date (137) is no such
        ("PERSON", "WALSH:NOAH"),
        ("ADDRESS", "1015 JEFFERSON LN"),
        ("LOCATION", "EUGENE"),
        ("LOCATION", "OR"),
        ("DATE_OF_BIRTH", "711116"),
        ("DATE_TIME", "270724"),  # the passport's expiry
    }


def test_una_separators_and_release_character() -> None:
    text = (
        "UNA:+.? '\nUNH+1+IFTMIN:D:04A:UN'\nCTA+IC+:LORENZO RIZZO'\n"
        "NAD+CN+++ROSSI SPA+VIA DEL PORTO?+ 107+NAPOLI++80142+IT'\n"
    )
    got = {(f.entity_type.value, text[f.start : f.end]) for f in edifact_findings(text)}
    assert ("PERSON", "LORENZO RIZZO") in got
    assert ("ADDRESS", "VIA DEL PORTO?+ 107") in got  # "?+" is a plus inside the value
    assert ("LOCATION", "NAPOLI") in got


def test_detector_reads_edifact(detector: Detector) -> None:
    got = {(f.entity_type.value, PAXLST[f.start : f.end]) for f in detector.find(PAXLST)}
    assert ("DATE_OF_BIRTH", "711116") in got
    assert ("PHONE_NUMBER", "498948045736") in got


def test_prose_is_no_edifact() -> None:
    assert edifact_findings("UNANIMOUS vote: the board met on 2024-01-06.") == []


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="UNBHADTMCO+:?'\n 0123456789AZ", max_size=120))
def test_malformed_messages_never_raise(tail: str) -> None:
    text = "UNB+" + tail
    for f in edifact_findings(text):
        assert 0 <= f.start < f.end <= len(text)


def test_a_passenger_lines_fragment_is_read_too() -> None:
    text = "LOC+87+ORD'\nNAD+FL+++BAKKEN:ESPEN+12 FJORD VEG+BERGEN'\nATT+2++M'\n"
    got = {(f.entity_type.value, text[f.start : f.end]) for f in edifact_findings(text)}
    assert got == {("PERSON", "BAKKEN:ESPEN"), ("ADDRESS", "12 FJORD VEG"), ("LOCATION", "BERGEN")}
