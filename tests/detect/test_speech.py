"""Speech: ASR transcripts, voicemail, dictation, call recordings. Dates and times spelled
out, names in lowercase, answers given on the turn after their question, phone numbers in
SIP addresses. Expected values are written by hand."""

from __future__ import annotations

import pytest

from veil.detect import Detector


def found(d: Detector, text: str) -> set[tuple[str, str]]:
    return {(f.entity_type.value, text[f.start : f.end]) for f in d.find(text)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("i'll be in calgary on august seventh so maybe we can meet", "august seventh"),
        ("i was in an accident on the tenth of january", "the tenth of january"),
        ("checking in march twenty-second", "march twenty-second"),
        (
            "i can move you to may twentieth twenty twenty three at ten forty am does that work",
            "may twentieth twenty twenty three at ten forty am",
        ),
        (
            "the hearing is on june the first, two thousand and nine",
            "june the first, two thousand and nine",
        ),
        ("so maybe we can meet at one twenty pm question mark", "one twenty pm"),
        ("around eleven thirty in the morning", "eleven thirty in the morning"),
        ("see you at three pm", "three pm"),
    ],
)
def test_dates_and_times_spelled_out(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_TIME", value) in found(detector, text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "my date of birth is may eighteenth nineteen ninety nine",
            "may eighteenth nineteen ninety nine",
        ),
        (
            "and my birthday is the seventeenth of february nineteen sixty two",
            "the seventeenth of february nineteen sixty two",
        ),
        ("my date of birth is 11 10 1974 if you need it", "11 10 1974"),
    ],
)
def test_a_spoken_birth_date(detector: Detector, text: str, value: str) -> None:
    assert ("DATE_OF_BIRTH", value) in found(detector, text)


@pytest.mark.parametrize(
    "text",
    [
        "i may second that motion",
        "we march first to the town hall",
        "she came first and he came second",
        "it's one of those days",
        "the second of the two reports is late",
    ],
)
def test_words_that_only_look_spoken_are_no_dates(detector: Detector, text: str) -> None:
    assert not {v for t, v in found(detector, text) if t in ("DATE_TIME", "DATE_OF_BIRTH")}


def test_an_answer_on_the_turn_after_its_question(ner_detector: Detector) -> None:
    text = (
        "Agent: thanks for calling northwind energy\n"
        "Customer: hi, i'm moving and need to transfer my service\n"
        "Agent: sure, can i get the account number\n"
        "Customer: 5742 3951 85\n"
        "Agent: and the name on the account\n"
        "Customer: joão nascimento\n"
        "Agent: okay, what's your name\n"
        "Customer: zofia wiśniewski\n"
    )
    got = found(ner_detector, text)
    assert ("ACCOUNT_NUMBER", "5742 3951 85") in got
    assert ("PERSON", "joão nascimento") in got
    assert ("PERSON", "zofia wiśniewski") in got


def test_a_number_in_a_header_line_is_no_answer(detector: Detector) -> None:
    # the first "turn" is a header's key and value; two speakers talk after it
    text = (
        "account number: see ticket\nAgent: hello\nCustomer: 4182 5521\nAgent: ok\nCustomer: bye\n"
    )
    assert ("ACCOUNT_NUMBER", "4182 5521") not in found(detector, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("(00:00:01) AGENT: hotel aurora reservations, tomasz speaking", "tomasz"),
        ("Agent: tech support, khalid here, what's going on", "khalid"),
        ('"hoi emma, met joost smit. ik bel over de bezichtiging"', "emma"),
        ('"hoi thijs, met joost van dijk. ik bel over de bezichtiging"', "joost van dijk"),
        ("good afternoon seo-yeon, this is about the invoice", "seo-yeon"),
        ("dear inês comma new line thanks for sending", "inês"),
        ("hi jonas it's joão silva calling from your insurance", "joão silva"),
        ("hola, soy sofía gómez, quería bloquear mi tarjeta", "sofía gómez"),
    ],
)
def test_lowercase_names_in_a_transcript(ner_detector: Detector, text: str, name: str) -> None:
    assert ("PERSON", name) in found(ner_detector, text)


def test_speaking_and_here_after_no_name(ner_detector: Detector) -> None:
    text = "i'm speaking with the manager here, the team is here. public speaking is hard"
    assert not {v for t, v in found(ner_detector, text) if t == "PERSON"}


def test_a_phone_number_in_a_sip_address_is_no_email(detector: Detector) -> None:
    text = (
        "INVITE sip:+18006040226@sip.voxly.app SIP/2.0\n"
        'From: "Tariq Saleh" <sip:+15127041300@trunk.acme-telco.net>;tag=2e3ba8cb\n'
        "Contact: <sip:1001@10.0.0.5>\n"
    )
    got = found(detector, text)
    assert ("PHONE_NUMBER", "+18006040226") in got
    assert ("PHONE_NUMBER", "+15127041300") in got
    assert not {v for t, v in got if t == "EMAIL_ADDRESS"}
    assert ("PHONE_NUMBER", "1001") not in got  # an extension


def test_a_caller_id(detector: Detector) -> None:
    text = '"","4046308248","305","from-trunk","\\"Gregory W. Brown\\" <4046308248>","ANSWERED"'
    assert ("PHONE_NUMBER", "4046308248") in found(detector, text)


def test_a_sentence_ended_by_an_id_ends_the_negative_context(detector: Detector) -> None:
    text = "about the invoice, the reference is inv-233576. my number is 480-620-3544. thanks"
    assert ("PHONE_NUMBER", "480-620-3544") in found(detector, text)
